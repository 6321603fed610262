"""Interview rounds and follow-ups: the middle of a search, each one a step."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from peerjob.config import Settings
from peerjob.domain.interviews import Round
from peerjob.domain.stages import FINISHED_STAGES
from peerjob.errors import BadInput, NotFound
from peerjob.store import applications as applications_store
from peerjob.store import interviews as store
from peerjob.store.milestones import record_reached


def find_round(conn: sqlite3.Connection, round_id: int) -> Round:
    found = store.get_round(conn, round_id)
    if found is None:
        raise NotFound(f"There is no interview round with ID {round_id}. `peerjob interview list` shows the IDs.")
    return found


def add_round(conn: sqlite3.Connection, application_id: int, values: dict[str, object]) -> Round:
    application = applications_store.get_application(conn, application_id)  # an unknown ID is refused
    held_on = values["held_on"]
    if isinstance(held_on, date) and held_on < application.applied_on:
        raise BadInput(
            f"That round ({held_on}) is before application {application_id} was sent ({application.applied_on})."
        )
    return find_round(conn, store.add_round(conn, application_id, values))


def list_rounds(conn: sqlite3.Connection, application_id: int | None) -> tuple[list[Round], bool]:
    if application_id is not None:
        applications_store.get_application(conn, application_id)
    rounds = store.all_rounds(conn, application_id)
    return rounds, bool(rounds) or bool(store.all_rounds(conn))


def edit_round(conn: sqlite3.Connection, round_id: int, changes: dict[str, object]) -> Round:
    find_round(conn, round_id)
    store.update_round(conn, round_id, changes)
    return find_round(conn, round_id)


def delete_round(conn: sqlite3.Connection, round_id: int) -> Round:
    found = find_round(conn, round_id)
    store.delete_round(conn, round_id)
    return found


@dataclass
class RoundWent:
    round: Round
    milestones: list[dict[str, Any]] = field(default_factory=list)
    first_time: bool = False  # the round was not marked as gone to before


def mark_went(
    conn: sqlite3.Connection,
    round_id: int,
    *,
    on: date | None,
    today: date,
    debrief: dict[str, str | None] | None = None,
    settings: Settings,
) -> RoundWent:
    """`interview done` or `interview debrief`: the round happened (a step), with the person's own words if given."""
    found = find_round(conn, round_id)
    if found.held_on > today:
        raise BadInput(
            f"Interview round {round_id} is on {found.held_on}, still to come. "
            f"To move it: peerjob interview edit {round_id} --when DATE"
        )
    changes: dict[str, object] = dict(debrief or {})
    first_time = found.done_on is None
    if first_time:
        if on is not None and on < found.held_on:
            raise BadInput(f"Interview round {round_id} was on {found.held_on}; --date can't be earlier.")
        changes["done_on"] = on or found.held_on  # the day you went, unless you say otherwise
    store.update_round(conn, round_id, changes)
    reached = record_reached(conn, first_weekday=settings.first_weekday, days=[found.held_on])
    return RoundWent(round=find_round(conn, round_id), milestones=reached, first_time=first_time)


def follow_up_sent(conn: sqlite3.Connection, follow_up_id: int) -> dict[str, Any]:
    """One follow-up sent, as `followup --json` prints it."""
    found = next((row for row in store.follow_ups_sent(conn) if row["id"] == follow_up_id), None)
    if found is None:
        raise NotFound(f"There is no follow-up with ID {follow_up_id}.")
    return found


@dataclass
class FollowedUp:
    id: int
    application_id: int
    company: str
    next_on: date | None
    milestones: list[dict[str, Any]] = field(default_factory=list)


def record_follow_up(
    conn: sqlite3.Connection,
    application_id: int,
    *,
    on: date,
    channel: str | None,
    with_name: str | None,
    note: str | None,
    next_on: date | None,
    no_next: bool,
    settings: Settings,
) -> FollowedUp:
    """A follow-up sent: kept in the history, and the next one planned (by default the configured interval)."""
    application = applications_store.get_application(conn, application_id)
    if application.stage == "saved":
        raise BadInput(
            f"Application {application_id} is saved, not sent yet. Once it is: peerjob stage {application_id} applied"
        )
    if on < application.applied_on:
        raise BadInput(
            f"That follow-up ({on}) is before application {application_id} was sent ({application.applied_on})."
        )
    if next_on is not None and next_on < on:
        raise BadInput(f"The next follow-up ({next_on}) is before this one ({on}). Try a later --next, or --no-next.")
    follow_up_id = store.add_follow_up(
        conn, application_id, followed_on=on, channel=channel, with_name=with_name, note=note
    )
    if no_next or application.stage in FINISHED_STAGES:
        planned = None
    elif next_on is not None:
        planned = next_on
    else:
        interval = settings.default_follow_up_days or settings.follow_up_after_days
        planned = on + timedelta(days=interval) if interval else None
    applications_store.update_application(conn, application_id, {"follow_up_on": planned})
    reached = record_reached(conn, first_weekday=settings.first_weekday, days=[on])
    return FollowedUp(
        id=follow_up_id,
        application_id=application_id,
        company=application.company,
        next_on=planned,
        milestones=reached,
    )
