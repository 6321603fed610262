"""Interview rounds and follow-ups: the middle of a search, each one a step."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from peerjob.config import Settings
from peerjob.domain.interviews import Round
from peerjob.domain.records import Application
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


@dataclass
class RoundAdded:
    round: Round
    moved_to_interviewing: bool = False  # the application was still at 'applied': a round is a reply
    milestones: list[dict[str, Any]] = field(default_factory=list)


def check_round(
    conn: sqlite3.Connection, application_id: int, held_on: date, at_time: str | None, *, not_id: int = 0
) -> Application:
    """Refuse a round before the application was sent, on a saved job, or at the very time of another."""
    application = applications_store.get_application(conn, application_id)  # an unknown ID is refused
    if application.stage == "saved":
        raise BadInput(
            f"Application {application_id} is saved, not sent yet. Once it is: peerjob applied {application_id}"
        )
    if held_on < application.applied_on:
        raise BadInput(
            f"That round ({held_on}) is before application {application_id} was sent ({application.applied_on})."
        )
    for other in store.all_rounds(conn, application_id):
        if other.id != not_id and other.cancelled_on is None and (other.held_on, other.at_time) == (held_on, at_time):
            raise BadInput(
                f"Application {application_id} already has a round then (ID {other.id}). "
                f"To change it: peerjob interview edit {other.id}"
            )
    return application


def add_round(
    conn: sqlite3.Connection, application_id: int, values: dict[str, Any], *, today: date, settings: Settings
) -> RoundAdded:
    """A new round; an application still at 'applied' moves to 'interviewing' (an interview is a reply)."""
    application = check_round(conn, application_id, values["held_on"], values.get("at_time"))
    round_id = store.add_round(conn, application_id, values)
    moved = application.stage == "applied"
    reached: list[dict[str, Any]] = []
    if moved:
        from peerjob.actions.applications import StageMove, move_stage

        reached = move_stage(
            conn,
            StageMove(
                application_id=application_id, to_stage="interviewing", changed_on=max(today, application.applied_on)
            ),
            settings=settings,
        ).milestones
    return RoundAdded(round=find_round(conn, round_id), moved_to_interviewing=moved, milestones=reached)


def cancel_round(conn: sqlite3.Connection, round_id: int, *, on: date) -> Round:
    """It didn't happen: kept, marked, and never asked about again."""
    found = find_round(conn, round_id)
    if found.done_on is not None:
        raise BadInput(f"Interview round {round_id} is marked as gone to on {found.done_on}. Nothing changed.")
    if found.cancelled_on is not None:
        raise BadInput(f"Interview round {round_id} is already marked as not happening. Nothing changed.")
    store.update_round(conn, round_id, {"cancelled_on": on})
    return find_round(conn, round_id)


def list_rounds(conn: sqlite3.Connection, application_id: int | None) -> tuple[list[Round], bool]:
    if application_id is not None:
        applications_store.get_application(conn, application_id)
    rounds = store.all_rounds(conn, application_id)
    return rounds, bool(rounds) or bool(store.all_rounds(conn))


def edit_round(conn: sqlite3.Connection, round_id: int, changes: dict[str, Any]) -> tuple[Round, Round]:
    """The round before and after the change (a new day or time is checked like a new round)."""
    before = find_round(conn, round_id)
    if "held_on" in changes:
        check_round(conn, before.application_id, changes["held_on"], changes.get("at_time"), not_id=round_id)
    store.update_round(conn, round_id, changes)
    return before, find_round(conn, round_id)


def delete_round(conn: sqlite3.Connection, round_id: int) -> Round:
    found = find_round(conn, round_id)
    store.delete_round(conn, round_id)
    return found


def check_gone_to(conn: sqlite3.Connection, round_id: int, *, today: date) -> Round:
    """The round, if it can have happened by ``today`` (asked before any debrief question)."""
    found = find_round(conn, round_id)
    if found.held_on > today:
        raise BadInput(
            f"Interview round {round_id} is on {found.held_on}, still to come. "
            f"To move it: peerjob interview edit {round_id} --when DATE"
        )
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
    found = check_gone_to(conn, round_id, today=today)
    if found.done_on is not None and not debrief:
        raise BadInput(f"Interview round {round_id} is already marked as gone to on {found.done_on}. Nothing changed.")
    changes: dict[str, object] = dict(debrief or {})
    first_time = found.done_on is None
    if first_time:
        changes["cancelled_on"] = None  # it happened after all
        if on is not None and on < found.held_on:
            raise BadInput(f"Interview round {round_id} was on {found.held_on}; --date can't be earlier.")
        changes["done_on"] = on or found.held_on  # the day you went, unless you say otherwise
    store.update_round(conn, round_id, changes)
    if first_time:
        # Going counts as a step like any other: a win, in the week's figures, the review and goals.
        from peerjob.store.wins import add_win

        add_win(
            conn,
            text=f"Went to interview round {found.number} with {found.company}",
            kind="interview",
            won_on=on or found.held_on,
            application_id=found.application_id,
        )
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
