"""Applications: logging one, and what the log says back."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from peerjob.actions.nudges import isolation_nudge
from peerjob.config import Settings
from peerjob.domain.records import Application
from peerjob.domain.stages import changes_on_move
from peerjob.domain.weeks import week_span
from peerjob.errors import BadInput
from peerjob.store import applications as store
from peerjob.store.milestones import record_reached
from peerjob.store.reframes import save_reframe
from peerjob.store.toolkit import count_boundaries, get_disclosure

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
    details: dict[str, object] = field(default_factory=dict)  # location, salary, resume, description


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


def refuse_duplicate(conn: sqlite3.Connection, entry: NewApplication, *, verb: str) -> None:
    """SameJob when the same job was logged or saved in the 60 days before ``entry``'s date (or after it).

    Checked in the write transaction itself, so the everyday `log` opens the
    file once; the refusal rolls everything back.
    """
    import shlex

    from peerjob.domain.records import DUPLICATE_DAYS
    from peerjob.errors import SameJob

    earlier = store.same_job_since(conn, entry.company, entry.role, entry.applied_on - timedelta(days=DUPLICATE_DAYS))
    if earlier is None:
        return
    again = f"peerjob {verb} {shlex.quote(entry.company)} {shlex.quote(entry.role)} ... --again"
    if earlier.stage == "saved" and verb == "log":
        said = f"{earlier.company}, {earlier.role} is saved (ID {earlier.id}). Sent it? peerjob applied {earlier.id}"
        raise SameJob(f"{said} (or, for a separate application: {again})", earlier, said=said)
    what = "saved" if earlier.stage == "saved" else "logged"
    said = (
        f"{earlier.company}, {earlier.role} is already {what} "
        f"(ID {earlier.id}, {earlier.applied_on}, now at {earlier.stage})."
    )
    raise SameJob(f"{said} To add it again anyway: {again}", earlier, said=said)


def save_job(conn: sqlite3.Connection, entry: NewApplication, *, again: bool = False) -> int:
    """A job kept for later at 'saved': no follow-up, not counted as an application, nothing celebrated yet."""
    if not again:
        refuse_duplicate(conn, entry, verb="save")
    job_id = store.add_application(
        conn,
        company=entry.company,
        role=entry.role,
        applied_on=entry.applied_on,  # the day it was saved, until it is sent
        stage="saved",
        url=entry.url,
        source=entry.source,
        note=entry.note,
        follow_up_on=None,
        tags=entry.tags,
    )
    if entry.details:
        store.update_application(conn, job_id, entry.details)
    return job_id


def log_application(
    conn: sqlite3.Connection, entry: NewApplication, *, settings: Settings, today: date, again: bool = False
) -> ApplicationLogged:
    """Record an application, with its first stage, the milestones it reaches and the nudge that applies.

    The same job from the last 60 days is refused (SameJob) unless ``again``.
    """
    if not again:
        refuse_duplicate(conn, entry, verb="log")
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
    if entry.details:
        store.update_application(conn, application_id, entry.details)
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
        # At most once a day: only with the first application logged for today.
        reach_out=None
        if store.logged_today(conn, today, other_than=application_id)
        else isolation_nudge(conn, today, settings),
    )


@dataclass
class ApplicationShown:
    application: Application  # with its full stage history
    disclosure: dict[str, Any] | None  # private: shown on this computer only, never exported
    rounds: list[Any] = field(default_factory=list)  # its interview rounds (domain.interviews.Round), by date
    follow_ups: list[dict[str, Any]] = field(default_factory=list)  # the follow-ups sent, oldest first
    contacts: list[dict[str, Any]] = field(default_factory=list)  # private: the people at this application


def show_application(conn: sqlite3.Connection, application_id: int) -> ApplicationShown:
    """One application, its history and its disclosure plan (an unknown ID is refused)."""
    from peerjob.store import interviews
    from peerjob.store.contacts import contacts

    application = store.get_application(conn, application_id, history=True)
    return ApplicationShown(
        application=application,
        disclosure=get_disclosure(conn, application_id),
        rounds=interviews.all_rounds(conn, application_id),
        follow_ups=interviews.follow_ups_sent(conn, application_id),
        contacts=contacts(conn, application_id),
    )


def check_move(conn: sqlite3.Connection, application_id: int, to_stage: str, changed_on: date) -> Application:
    """The application, if it can move to ``to_stage`` on ``changed_on``; else BadInput."""
    application = store.get_application(conn, application_id, history=True)
    if application.stage == to_stage:
        raise BadInput(f"Application {application_id} is already at '{to_stage}'. Nothing changed.")
    last_move = application.history[-1].changed_on if application.history else application.applied_on
    # A job saved today may have been sent last week: catching up on a saved job can be dated back
    # (its history then says it was saved that day at the latest).
    only_saved = application.stage == "saved" and len(application.history) <= 1
    if changed_on < last_move and not only_saved:
        raise BadInput(
            f"The last change to application {application_id} was on {last_move}; "
            f"a new move can't be dated earlier. Try --date {last_move.isoformat()} or later."
        )
    return application


@dataclass(frozen=True)
class StageMove:
    application_id: int
    to_stage: str
    changed_on: date
    note: str | None = None
    follow_up_on: date | None = None
    clear_follow_up: bool = False
    start_on: date | None = None
    interview: tuple[date, str | None] | None = None  # a round's day and time: a new round, or the next one moved
    today: date | None = None  # for "the next round", when ``interview`` is given
    reframe: dict[str, Any] = field(default_factory=dict)  # answers to save with a rejection or a silence


@dataclass
class StageMoved:
    application: Application  # as it was before the move
    to_stage: str
    reframe_saved: bool
    milestones: list[dict[str, Any]] = field(default_factory=list)
    boundaries: int | None = None  # after 'accepted': how many boundaries are kept
    round_change: RoundChange | None = None  # --interview: the round added
    turn: int = 1  # how many moves to this stage there have been, this one included (for fresh words)


def move_stage(conn: sqlite3.Connection, move: StageMove, *, settings: Settings) -> StageMoved:
    application = check_move(conn, move.application_id, move.to_stage, move.changed_on)
    store.record_stage_change(
        conn,
        move.application_id,
        from_stage=application.stage,
        to_stage=move.to_stage,
        changed_on=move.changed_on,
        note=move.note,
    )
    changes = changes_on_move(
        move.to_stage,
        from_stage=application.stage,
        follow_up_on=move.follow_up_on,
        clear_follow_up=move.clear_follow_up,
        start_on=move.start_on,
    )
    if application.stage == "saved" and move.to_stage != "saved":
        # Sent at last: it becomes an application on the day of the move, with the usual follow-up.
        changes["applied_on"] = move.changed_on
        if move.to_stage == "applied" and "follow_up_on" not in changes and settings.default_follow_up_days:
            changes["follow_up_on"] = move.changed_on + timedelta(days=settings.default_follow_up_days)
    if changes:
        saved_on = application.history[0].changed_on if application.history else application.applied_on
        store.update_application(conn, move.application_id, dict(changes), move_first_row=move.changed_on < saved_on)
    round_change = None
    if move.interview is not None:
        round_change = plan_round(
            conn, move.application_id, move.interview, today=move.today or move.changed_on, move_next=False
        )
    if move.reframe:
        save_reframe(conn, move.application_id, move.reframe)
    reached = record_reached(conn, first_weekday=settings.first_weekday, days=[move.changed_on])
    boundaries = count_boundaries(conn) if move.to_stage == "accepted" else None
    return StageMoved(
        application=application,
        to_stage=move.to_stage,
        reframe_saved=bool(move.reframe),
        milestones=reached,
        boundaries=boundaries,
        round_change=round_change,
        turn=conn.execute(
            "SELECT COUNT(*) FROM stage_change WHERE to_stage = ? AND from_stage IS NOT NULL", (move.to_stage,)
        ).fetchone()[0],
    )


@dataclass
class RoundChange:
    """What `--interview` or `--no-interview` did to a round, to say it plainly."""

    what: str  # "added", "moved" or "cancelled"
    round: Any  # domain.interviews.Round, as it is now
    was: str | None = None  # "moved": when it was before


def plan_round(
    conn: sqlite3.Connection, application_id: int, when: tuple[date, str | None], *, today: date, move_next: bool
) -> RoundChange:
    """`--interview WHEN`: on `stage`, a new round; on `edit`, the next round still to come moves (or a new one)."""
    from peerjob.actions.interviews import check_round, find_round
    from peerjob.domain.interviews import when_words
    from peerjob.store import interviews

    held_on, at_time = when
    upcoming = interviews.next_open_round(conn, application_id, today) if move_next else None
    check_round(conn, application_id, held_on, at_time, not_id=upcoming.id if upcoming else 0)
    if upcoming is not None:
        interviews.update_round(conn, upcoming.id, {"held_on": held_on, "at_time": at_time})
        return RoundChange("moved", find_round(conn, upcoming.id), was=when_words(upcoming.held_on, upcoming.at_time))
    added = interviews.add_round(conn, application_id, {"held_on": held_on, "at_time": at_time})
    return RoundChange("added", find_round(conn, added))


def edit_application(
    conn: sqlite3.Connection,
    application_id: int,
    changes: dict[str, object],
    *,
    tag: list[str],
    untag: list[str],
    interview: tuple[date, str | None] | None = None,
    no_interview: bool = False,
    today: date | None = None,
) -> tuple[Application, RoundChange | None]:
    """Apply ``changes``, the tag changes and a planned round's new date; returns the application as it was.

    ``no_interview`` marks the next round still to come as not happening (kept, never asked about).
    Refuses a no-op.
    """
    application = store.get_application(conn, application_id, history=True)
    round_change = None
    if interview is not None or no_interview:
        from peerjob.actions.interviews import cancel_round
        from peerjob.store import interviews

        assert today is not None, "today is needed to find the next round"
        if no_interview:
            upcoming = interviews.next_open_round(conn, application_id, today)
            if upcoming is None:
                raise BadInput(f"Application {application_id} has no interview still to come. Nothing changed.")
            round_change = RoundChange("cancelled", cancel_round(conn, upcoming.id, on=today))
        else:
            assert interview is not None
            round_change = plan_round(conn, application_id, interview, today=today, move_next=True)
        if not changes and not tag and not untag:
            return application, round_change
    new_date = changes.get("applied_on")
    later_moves = [change.changed_on for change in application.history if change.from_stage is not None]
    if isinstance(new_date, date) and later_moves and new_date > min(later_moves):
        raise BadInput(f"The application date can't be after its first stage move ({min(later_moves)}).")
    applied_on = new_date if isinstance(new_date, date) else application.applied_on
    follow_up_on = changes.get("follow_up_on", application.follow_up_on)
    if isinstance(follow_up_on, date) and follow_up_on < applied_on:
        raise BadInput(f"The follow-up date {follow_up_on} is before the application date {applied_on}.")
    new_tags = sorted((set(application.tags) | set(store.normalise_tags(tag))) - set(store.normalise_tags(untag)))
    if not changes and new_tags == sorted(application.tags):
        shown = ", ".join(application.tags) or "none"
        raise BadInput(f"Nothing to change: application {application_id} already has those tags (its tags: {shown}).")
    if changes:
        store.update_application(conn, application_id, changes)
    if new_tags != sorted(application.tags):
        store.set_tags(conn, application_id, new_tags)
    return application, round_change


def find_application(conn: sqlite3.Connection, application_id: int) -> Application:
    return store.get_application(conn, application_id)


def delete_application(conn: sqlite3.Connection, application_id: int) -> None:
    store.get_application(conn, application_id)  # still there? (asked outside the write lock)
    store.delete_application(conn, application_id)


def list_applications(
    conn: sqlite3.Connection,
    *,
    stage: str | None,
    since: date | None,
    until: date | None,
    tag: str | None,
    search: str | None = None,
    active: bool = False,
    sort: str = "applied",
    limit: int | None = None,
) -> tuple[list[Application], bool]:
    """The applications that match, in the order asked (oldest first by default), and whether there are any at all."""
    from peerjob.domain.records import matches, sort_applications
    from peerjob.domain.stages import FINISHED_STAGES

    rows = store.list_applications(conn, stage=stage, since=since, until=until, tag=tag)
    if active:
        rows = [row for row in rows if row.stage not in FINISHED_STAGES]
    if search is not None:
        from peerjob.store.contacts import contacts

        people: dict[int, list[str]] = {}
        for person in contacts(conn):
            people.setdefault(person["application_id"], []).append(person["name"])
        rows = [row for row in rows if matches(row, search, people.get(row.id))]
    rows = sort_applications(rows, sort)
    if limit is not None:
        rows = rows[:limit]
    return rows, bool(rows) or store.count_applications(conn, sent_only=False) > 0
