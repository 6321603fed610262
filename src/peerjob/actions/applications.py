"""Applications: logging one, and what the log says back."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from peerjob.actions.nudges import isolation_nudge
from peerjob.config import Settings
from peerjob.domain.records import Application
from peerjob.domain.weeks import week_span
from peerjob.store import applications as store
from peerjob.store.milestones import record_reached
from peerjob.store.toolkit import get_disclosure

# After this long with nothing recorded, `log` says "welcome back" (and nothing about the gap).
WELCOME_BACK_AFTER_DAYS = 21


@dataclass(frozen=True)
class NewApplication:
    company: str
    role: str
    applied_on: date
    url: str | None = None
    source: str | None = None
    note: str | None = None
    follow_up_on: date | None = None
    no_follow_up: bool = False
    tags: list[str] | None = None


@dataclass
class ApplicationLogged:
    id: int
    number: int  # applications in all, this one included
    this_week: int  # applications dated in the current week
    moment: str  # "applied", "applied_earlier" or "applied_welcome_back"
    follow_up_on: date | None
    milestones: list[dict[str, Any]] = field(default_factory=list)
    reach_out: str | None = None


def default_follow_up(entry: NewApplication, settings: Settings) -> date | None:
    if entry.follow_up_on is not None or entry.no_follow_up or not settings.default_follow_up_days:
        return entry.follow_up_on
    return entry.applied_on + timedelta(days=settings.default_follow_up_days)


def log_application(
    conn: sqlite3.Connection, entry: NewApplication, *, settings: Settings, today: date
) -> ApplicationLogged:
    """Record an application, with its first stage, the milestones it reaches and the nudge that applies."""
    follow_up_on = default_follow_up(entry, settings)
    latest = store.latest_activity_date(conn)
    application_id = store.add_application(
        conn,
        company=entry.company,
        role=entry.role,
        applied_on=entry.applied_on,
        url=entry.url,
        source=entry.source,
        note=entry.note,
        follow_up_on=follow_up_on,
        tags=entry.tags,
    )
    number = store.count_applications(conn)
    start, end = week_span(today, settings.first_weekday)
    this_week = store.count_applications(conn, since=start, until=end)
    reached = record_reached(conn, first_weekday=settings.first_weekday, days=[entry.applied_on])
    moment = "applied" if start <= entry.applied_on <= end else "applied_earlier"
    if latest is not None and (entry.applied_on - latest).days >= WELCOME_BACK_AFTER_DAYS:
        moment = "applied_welcome_back"
    return ApplicationLogged(
        id=application_id,
        number=number,
        this_week=this_week,
        moment=moment,
        follow_up_on=follow_up_on,
        milestones=reached,
        reach_out=isolation_nudge(conn, today, settings),
    )


@dataclass
class ApplicationShown:
    application: Application  # with its full stage history
    disclosure: dict[str, Any] | None  # private: shown on this computer only, never exported


def show_application(conn: sqlite3.Connection, application_id: int) -> ApplicationShown:
    """One application, its history and its disclosure plan (an unknown ID is refused)."""
    application = store.get_application(conn, application_id, history=True)
    return ApplicationShown(application=application, disclosure=get_disclosure(conn, application_id))
