"""Weekly goals: a row per change, carried forward until the next one."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from peerjob.domain.goals import GOAL_NAMES
from peerjob.domain.stages import SENT_SQL
from peerjob.store.db import as_date, utc_now_text


def effective_goals(conn: sqlite3.Connection, week_start: date) -> dict[str, int | None]:
    """The goals in force for the week starting ``week_start`` (all None if never set)."""
    row = conn.execute(
        f"SELECT {', '.join(GOAL_NAMES)} FROM goal WHERE week_start <= ? ORDER BY week_start DESC, id DESC LIMIT 1",
        (week_start.isoformat(),),
    ).fetchone()
    return {name: (row[name] if row else None) for name in GOAL_NAMES}


def set_goals(conn: sqlite3.Connection, week_start: date, changes: dict[str, int]) -> dict[str, int | None]:
    """Record goals from ``week_start`` on; unnamed goals keep their value. 0 clears one."""
    goals = effective_goals(conn, week_start)
    goals.update({name: (value or None) for name, value in changes.items()})
    # One row per week: setting goals twice for the same week changes that week's row, which keeps its ID
    # (`goals edit|show|delete ID` go on pointing at it).
    assignments = ", ".join(f"{name} = ?" for name in GOAL_NAMES)
    updated = conn.execute(
        f"UPDATE goal SET {assignments} WHERE week_start = ?",
        (*(goals[name] for name in GOAL_NAMES), week_start.isoformat()),
    ).rowcount
    if not updated:
        conn.execute(
            f"INSERT INTO goal (week_start, {', '.join(GOAL_NAMES)}, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (week_start.isoformat(), *(goals[name] for name in GOAL_NAMES), utc_now_text()),
        )
    return goals


def goal_history(conn: sqlite3.Connection) -> list[dict]:
    """Each time goals changed, in the order of the weeks they apply from."""
    return [
        {"week_start": as_date(row["week_start"]), **{name: row[name] for name in GOAL_NAMES}}
        for row in conn.execute(f"SELECT week_start, {', '.join(GOAL_NAMES)} FROM goal ORDER BY week_start, id")
    ]


def goal_rows(conn: sqlite3.Connection) -> list[dict]:
    """Every goal setting with its ID, in the order of the weeks they apply from."""
    return [
        {"id": row["id"], "week_start": as_date(row["week_start"]), **{name: row[name] for name in GOAL_NAMES}}
        for row in conn.execute(f"SELECT id, week_start, {', '.join(GOAL_NAMES)} FROM goal ORDER BY week_start, id")
    ]


def week_counts(conn: sqlite3.Connection, start: date, end: date) -> dict[str, int]:
    """What was done between two dates (inclusive), counted the way goals count."""
    span = (start.isoformat(), end.isoformat())
    row = conn.execute(
        "SELECT"
        f" (SELECT COUNT(*) FROM application WHERE applied_on BETWEEN ?1 AND ?2 AND {SENT_SQL}),"
        " (SELECT COUNT(*) FROM win WHERE won_on BETWEEN ?1 AND ?2),"
        " (SELECT COUNT(*) FROM checkin WHERE checkin_on BETWEEN ?1 AND ?2),"
        " (SELECT COUNT(DISTINCT entry_on) FROM journal_entry WHERE entry_on BETWEEN ?1 AND ?2)",
        span,
    ).fetchone()
    return {"applications": row[0], "wins": row[1], "checkins": row[2], "self_care_days": row[3]}


def record_goals_met_milestone(conn: sqlite3.Connection, day: date, first_weekday: int) -> dict | None:
    """If every goal set for ``day``'s week is now met, record it once. Returns the new milestone."""
    from peerjob.domain.weeks import week_start as start_of

    start = start_of(day, first_weekday)
    targets = effective_goals(conn, start)
    if not any(targets.values()):  # no goals set for that week: none to meet
        return None
    from peerjob.domain.review import goal_progress

    progress = goal_progress(targets, week_counts(conn, start, start + timedelta(days=6)))
    if not progress or not all(goal.met for goal in progress):
        return None
    # Goals agreed at a check-in count only once marked done.
    if conn.execute(
        "SELECT 1 FROM agreed_goal WHERE week_start = ? AND done_on IS NULL LIMIT 1", (start.isoformat(),)
    ).fetchone():
        return None
    key = f"goals-met:{start.isoformat()}"
    title = f"Met every goal for the week of {start.isoformat()}"
    cursor = conn.execute(
        "INSERT OR IGNORE INTO milestone (key, kind, title, reached_on, created_at) VALUES (?, 'goals-met', ?, ?, ?)",
        (key, title, day.isoformat(), utc_now_text()),
    )
    return {"key": key, "kind": "goals-met", "title": title, "reached_on": day} if cursor.rowcount else None


def add_agreed(conn: sqlite3.Connection, checkin_id: int, texts: list[str], week_start: date) -> None:
    from peerjob.store.db import utc_now_text

    now = utc_now_text()
    conn.executemany(
        "INSERT INTO agreed_goal (checkin_id, text, week_start, created_at) VALUES (?, ?, ?, ?)",
        [(checkin_id, text, week_start.isoformat(), now) for text in texts],
    )


def agreed_goals(conn: sqlite3.Connection, week_start: date | None = None) -> list[dict]:
    """Goals agreed at check-ins (for one week, or all), with the partner they were agreed with."""
    from peerjob.store.db import as_date, as_date_or_none

    rows = conn.execute(
        "SELECT g.id, g.text, g.week_start, g.done_on, p.name AS partner FROM agreed_goal g"
        " JOIN checkin c ON c.id = g.checkin_id JOIN partner p ON p.id = c.partner_id"
        " WHERE ? IS NULL OR g.week_start = ? ORDER BY g.week_start, g.id",
        (week_start and week_start.isoformat(), week_start and week_start.isoformat()),
    )
    return [
        {
            "id": row["id"],
            "text": row["text"],
            "week_start": as_date(row["week_start"]),
            "partner": row["partner"],
            "done_on": as_date_or_none(row["done_on"]),
        }
        for row in rows
    ]


def mark_agreed_done(conn: sqlite3.Connection, goal_id: int, on: date | None) -> None:
    conn.execute("UPDATE agreed_goal SET done_on = ? WHERE id = ?", (on and on.isoformat(), goal_id))
