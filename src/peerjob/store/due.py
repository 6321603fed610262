"""What is due: one list gathered from every kind of thing with a date.

Each provider reads one kind (follow-ups, check-ins, resources...) and
returns DueItems (worded in domain/due.py) up to a horizon; `peerjob due`, the review and the calendar
all use ``collect`` so they never disagree. Rounds that have passed come first, as questions ("How did
it go?"), never as overdue.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from peerjob.config import Settings
from peerjob.domain import due as words
from peerjob.domain.due import DueItem
from peerjob.domain.stages import FINISHED_STAGES, stage_in
from peerjob.store.db import as_date


def follow_ups(conn: sqlite3.Connection, *, until: date, today: date, settings: Settings) -> list[DueItem]:
    """Follow-up dates set on open applications, up to ``until``."""
    still_open, stages = stage_in("stage", FINISHED_STAGES, negate=True)
    rows = conn.execute(
        "SELECT id, company, role, follow_up_on FROM application"
        f" WHERE follow_up_on IS NOT NULL AND follow_up_on <= ? AND {still_open}"
        " ORDER BY follow_up_on, id",
        (until.isoformat(), *stages),
    )
    return [words.follow_up(row["id"], row["company"], row["role"], as_date(row["follow_up_on"])) for row in rows]


def quiet_applications(conn: sqlite3.Connection, *, until: date, today: date, settings: Settings) -> list[DueItem]:
    """Applications with no reply yet: a follow-up nudge, later a suggestion to mark no-response.

    Only suggestions: nothing here changes a stage. An application with its
    own follow-up date is left to that date until the no-response point.
    Each item is dated the day it became due, so a review can show what
    comes up next week.
    """
    nudge_days, silence_days = settings.follow_up_after_days, settings.no_response_after_days
    items: list[DueItem] = []
    if not nudge_days and not silence_days:
        return items
    earliest = min(days for days in (nudge_days, silence_days) if days)
    rows = conn.execute(
        "SELECT id, company, role, applied_on, follow_up_on,"
        " EXISTS (SELECT 1 FROM follow_up f WHERE f.application_id = application.id) AS followed_up"
        " FROM application WHERE stage = 'applied' AND applied_on <= date(?, ?)"
        " AND NOT EXISTS (SELECT 1 FROM interview i WHERE i.application_id = application.id"
        " AND i.cancelled_on IS NULL)"
        " ORDER BY applied_on, id",
        (until.isoformat(), f"-{earliest} days"),
    )
    for row in rows:
        item = words.quiet_application(
            row["id"],
            row["company"],
            row["role"],
            applied_on=as_date(row["applied_on"]),
            # A follow-up planned, or one already sent: no nudge to send one.
            has_follow_up=row["follow_up_on"] is not None or bool(row["followed_up"]),
            today=today,
            until=until,
            nudge_days=nudge_days,
            silence_days=silence_days,
        )
        if item is not None:
            items.append(item)
    return items


def reframe_steps(conn: sqlite3.Connection, *, until: date, today: date, settings: Settings) -> list[DueItem]:
    """The dated next step from a reframe. Its words are private: they stay in ``detail``,
    and exports leave kinds with "reframe" out unless reframes are included."""
    rows = conn.execute(
        "SELECT r.id, r.next_step, r.next_step_on, a.id AS application_id, a.company FROM reframe r"
        " JOIN application a ON a.id = r.application_id"
        " WHERE r.next_step_on IS NOT NULL AND r.next_step_on >= ? AND r.next_step_on <= ? ORDER BY r.next_step_on, r.id",
        (today.isoformat(), until.isoformat()),
    )
    return [
        words.reframe_step(
            row["id"], row["application_id"], row["company"], row["next_step"], as_date(row["next_step_on"])
        )
        for row in rows
    ]


def resources(conn: sqlite3.Connection, *, until: date, today: date, settings: Settings) -> list[DueItem]:
    """Next steps with a date on resources still open, up to ``until``.

    The next step's words are private: they go in ``private_detail`` only, so the
    title (read by exports and the calendar) carries just the resource's name.
    """
    rows = conn.execute(
        "SELECT id, name, kind, next_step, next_on FROM resource"
        " WHERE done_on IS NULL AND next_on IS NOT NULL AND next_on <= ? ORDER BY next_on, id",
        (until.isoformat(),),
    )
    return [
        words.resource_step(row["id"], row["name"], row["kind"], row["next_step"], as_date(row["next_on"]))
        for row in rows
    ]


def planned_checkins(conn: sqlite3.Connection, *, until: date, today: date, settings: Settings) -> list[DueItem]:
    """The next check-in planned (``checkin --next``) with each active partner, up to ``until``.

    Only the latest check-in with a partner counts: once a later one happened,
    the earlier plan was kept (or replaced) and is no longer due.
    """
    rows = conn.execute(
        "SELECT c.id, c.partner_id, c.next_on, c.checkin_on, p.name, p.role FROM checkin c"
        " JOIN partner p ON p.id = c.partner_id"
        " WHERE p.removed_at IS NULL AND c.next_on IS NOT NULL AND c.next_on <= ?"
        " AND c.id = (SELECT c2.id FROM checkin c2 WHERE c2.partner_id = c.partner_id"
        "             ORDER BY c2.checkin_on DESC, c2.id DESC LIMIT 1)"
        " ORDER BY c.next_on, p.name, p.id",
        (until.isoformat(),),
    )
    return [
        words.planned_checkin(
            row["id"], row["partner_id"], row["name"], row["role"], row["checkin_on"], as_date(row["next_on"])
        )
        for row in rows
    ]


def _moment(today: date, now: datetime | None) -> datetime:
    """When a round counts as over: ``now`` (the clock, on today) if known, else the start of ``today``."""
    return now if now is not None else datetime.combine(today, datetime.min.time())


def interviews(
    conn: sqlite3.Connection,
    *,
    until: date,
    today: date,
    settings: Settings,
    now: datetime | None = None,
    as_planned: bool = False,
) -> list[DueItem]:
    """Interview rounds still to come (from today on, and not over by ``now``), on applications still open.

    ``as_planned`` (a past week's page): every round dated in the span that was not called off, whether or
    not it has since happened, so marking it done later doesn't change what that page said was coming.
    """

    from peerjob.domain.interviews import has_passed
    from peerjob.store.interviews import all_rounds

    moment = _moment(today, now)
    return [
        words.interview(round_)
        for round_ in all_rounds(conn)
        if today <= round_.held_on <= until
        and round_.cancelled_on is None
        and (as_planned or (round_.stage not in FINISHED_STAGES and round_.done_on is None))
        and (as_planned or not has_passed(round_, now=moment))
    ]


def debriefs(
    conn: sqlite3.Connection, *, until: date, today: date, settings: Settings, now: datetime | None = None
) -> list[DueItem]:
    """Rounds that have passed with nothing said of them yet: "How did it go?" (the last 60 days).

    ``now`` (cx.now()) lets a round earlier today count once its time is
    over; without it, only rounds on earlier days have passed.
    """
    from datetime import timedelta

    from peerjob.domain.interviews import wants_debrief
    from peerjob.store.interviews import all_rounds

    moment = _moment(today, now)
    oldest = today - timedelta(days=60)
    return [
        words.debrief(round_)
        for round_ in all_rounds(conn)
        if round_.held_on >= oldest and round_.stage not in FINISHED_STAGES and wants_debrief(round_, now=moment)
    ]


def deadlines(conn: sqlite3.Connection, *, until: date, today: date, settings: Settings) -> list[DueItem]:
    """Closing dates of jobs saved and not sent yet, from today on."""
    rows = conn.execute(
        "SELECT id, company, role, deadline_on FROM application WHERE stage = 'saved'"
        " AND deadline_on IS NOT NULL AND deadline_on >= ? AND deadline_on <= ? ORDER BY deadline_on, id",
        (today.isoformat(), until.isoformat()),
    )
    return [words.deadline(row["id"], row["company"], row["role"], as_date(row["deadline_on"])) for row in rows]


def training(conn: sqlite3.Connection, *, until: date, today: date, settings: Settings) -> list[DueItem]:
    """Courses planned up to ``until``, and credentials to renew in the next 30 days (or up to ``until``)."""
    from peerjob.store.training import due_items

    return due_items(conn, until=until, today=today)


# Providers, in the order their items are shown.
# (Rounds, to debrief or to come, read the clock too: collect asks them first.)
PROVIDERS = (
    deadlines,
    follow_ups,
    quiet_applications,
    reframe_steps,
    planned_checkins,
    resources,
    training,
)


def collect(
    conn: sqlite3.Connection,
    *,
    until: date,
    today: date,
    settings: Settings,
    now: datetime | None = None,
    as_planned: bool = False,
) -> list[DueItem]:
    """Everything due up to ``until``; ``now`` (the clock, on today) also asks about rounds over earlier today."""
    items = debriefs(conn, until=until, today=today, settings=settings, now=now)
    items += interviews(conn, until=until, today=today, settings=settings, now=now, as_planned=as_planned)
    for provider in PROVIDERS:
        items.extend(provider(conn, until=until, today=today, settings=settings))
    # Soonest first; undated suggestions last. The sort is stable, so providers keep their order within a day.
    items.sort(key=lambda item: (item.due_on is None, item.due_on or today))
    return items


# Where each kind of plan keeps its date: (table, date column, the ref naming its row).
PLAN_DATES = {
    "follow-up": ("application", "follow_up_on", None),
    "check-in": ("checkin", "next_on", "checkin_id"),
    "resource": ("resource", "next_on", "resource"),
}


def move_plan(conn: sqlite3.Connection, item: DueItem, new_date: date | None) -> bool:
    """Give a plan a new date, or none (let it go). False for a kind with no date to change."""
    if item.kind not in PLAN_DATES:
        return False
    table, column, ref = PLAN_DATES[item.kind]
    row_id = item.application_id if ref is None else item.refs.get(ref)
    if row_id is None:
        return False
    # Table and column come from PLAN_DATES above, never from input.
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (new_date.isoformat() if new_date else None, row_id))
    return True
