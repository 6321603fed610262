"""Partners and check-ins: the people a person does not go it alone with."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peerjob.config import Settings
from peerjob.store import partners as store
from peerjob.store.milestones import record_reached


@dataclass
class PartnerAdded:
    id: int
    name: str
    role: str
    namesakes: list[int]  # other partners with the same name, told apart by ID


def add_partner(
    conn: sqlite3.Connection, *, name: str, role: str, contact: str | None, note: str | None
) -> PartnerAdded:
    namesakes = [partner["id"] for partner in store.same_name(conn, name)]
    partner_id = store.add_partner(conn, name=name, role=role, contact=contact, note=note)
    return PartnerAdded(id=partner_id, name=name, role=role, namesakes=namesakes)


def list_partners(conn: sqlite3.Connection, *, include_removed: bool) -> list[dict[str, Any]]:
    partners: list[dict[str, Any]] = store.list_partners(conn, include_removed=include_removed)
    return partners


def resolve_partner(conn: sqlite3.Connection, ref: str, *, include_removed: bool = False) -> int:
    """A partner's ID from their name or ID, as typed; an unknown one is refused (with a "did you mean")."""
    return int(store.find_partner(conn, ref, include_removed=include_removed)["id"])


def edit_partner(conn: sqlite3.Connection, ref: str, changes: dict[str, object]) -> dict[str, Any]:
    """The partner as found (before the change); an unknown name or ID is refused."""
    found: dict[str, Any] = store.find_partner(conn, ref)
    store.update_partner(conn, found["id"], changes)
    return found


def remove_partner(conn: sqlite3.Connection, ref: str) -> tuple[dict[str, Any], int]:
    """The partner removed, and how many of their check-ins stay on the record."""
    found: dict[str, Any] = store.find_partner(conn, ref)
    kept: int = store.remove_partner(conn, found["id"])
    return found, kept


@dataclass(frozen=True)
class NewCheckin:
    partner: str  # a name or an ID, as typed
    checkin_on: date
    channel: str | None
    shared: str | None
    agreed: str | None
    next_on: date | None
    agreed_goals: tuple[str, ...] = ()  # each --agreed: a goal for the coming week


@dataclass
class CheckinLogged:
    id: int
    partner_name: str
    next_on: date | None
    milestones: list[dict[str, Any]] = field(default_factory=list)


def log_checkin(conn: sqlite3.Connection, checkin: NewCheckin, *, settings: Settings) -> CheckinLogged:
    found = store.find_partner(conn, checkin.partner)
    checkin_id = store.add_checkin(
        conn,
        partner_id=found["id"],
        checkin_on=checkin.checkin_on,
        channel=checkin.channel,
        shared=checkin.shared,
        agreed=checkin.agreed,
        next_on=checkin.next_on,
    )
    if checkin.agreed_goals:
        from datetime import timedelta

        from peerjob.domain.weeks import week_start
        from peerjob.store.goals import add_agreed

        # For the coming week: the week holding the day after the check-in (a Sunday's agreement is next week's).
        week = week_start(checkin.checkin_on + timedelta(days=1), settings.first_weekday)
        add_agreed(conn, checkin_id, list(checkin.agreed_goals), week)
    reached = record_reached(conn, first_weekday=settings.first_weekday, days=[checkin.checkin_on])
    return CheckinLogged(id=checkin_id, partner_name=found["name"], next_on=checkin.next_on, milestones=reached)


def list_checkins(conn: sqlite3.Connection, *, partner: str | None, since: date | None) -> list[dict[str, Any]]:
    partner_id = store.find_partner(conn, partner, include_removed=True)["id"] if partner is not None else None
    rows: list[dict[str, Any]] = store.list_checkins(conn, partner_id=partner_id, since=since)
    return rows
