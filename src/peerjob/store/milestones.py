"""Milestones: detected from what is stored, recorded once, with the date reached.

``record_reached`` looks at the whole record (so back-dated and imported
entries get their historical dates) with a handful of indexed queries, and
inserts only the milestones not yet recorded.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date
from typing import Any

from peerjob.domain import milestones as rules
from peerjob.domain.stages import SENT_SQL
from peerjob.store.db import as_date, utc_now_text


def _nth_date(conn: sqlite3.Connection, table: str, column: str, number: int, where: str = "1") -> str:
    # Table, column and condition come from this module only, never from input.
    return conn.execute(
        f"SELECT {column} FROM {table} WHERE {where} ORDER BY {column}, id LIMIT 1 OFFSET ?", (number - 1,)
    ).fetchone()[0]


def _candidates(conn: sqlite3.Connection, known: set[str]) -> list[tuple[str, str, str, str]]:
    """(key, kind, title, reached_on) for every milestone reached but not yet recorded."""
    found = []
    applications = conn.execute(f"SELECT COUNT(*) FROM application WHERE {SENT_SQL}").fetchone()[0]
    for number in rules.count_thresholds(applications, rules.APPLICATION_STEPS):
        key = f"applications:{number}"
        if key not in known:
            found.append(
                (
                    key,
                    "applications",
                    rules.application_title(number),
                    _nth_date(conn, "application", "applied_on", number, SENT_SQL),
                )
            )
    stages = tuple(rules.FIRST_STAGE_TITLES)
    for stage, first_on in conn.execute(
        f"SELECT to_stage, MIN(changed_on) FROM stage_change WHERE to_stage IN ({','.join('?' * len(stages))})"
        " GROUP BY to_stage",
        stages,
    ):
        key = f"first:{stage}"
        if key not in known:
            found.append((key, "first-stage", rules.FIRST_STAGE_TITLES[stage], first_on))
    # (A first win of kind 'interview' is the "first:went" milestone above, not a second one.)
    for kind, first_on in conn.execute("SELECT kind, MIN(won_on) FROM win WHERE kind <> 'interview' GROUP BY kind"):
        key = f"first-win:{kind}"
        if key not in known:
            found.append((key, "first-win", rules.first_win_title(kind), first_on))
    if "first:went" not in known:
        went_on = conn.execute("SELECT MIN(done_on) FROM interview").fetchone()[0]
        if went_on is not None:
            found.append(("first:went", "first-went", rules.FIRST_WENT_TITLE, went_on))
    wins = conn.execute("SELECT COUNT(*) FROM win").fetchone()[0]
    for number in rules.count_thresholds(wins, rules.WIN_STEPS):
        key = f"wins:{number}"
        if key not in known:
            found.append((key, "wins", rules.win_count_title(number), _nth_date(conn, "win", "won_on", number)))
    return found


def record_reached(conn: sqlite3.Connection, *, first_weekday: int, days: Iterable[date] = ()) -> list[dict]:
    """Record every milestone reached so far; return only the new ones, oldest first.

    ``days``: dates of the records this command wrote; the weeks holding them
    are checked for "every goal met".
    """
    from peerjob.store.goals import record_goals_met_milestone

    known = {row[0] for row in conn.execute("SELECT key FROM milestone")}
    new: list[dict[str, Any]] = []
    now = utc_now_text()
    for key, kind, title, reached_on in _candidates(conn, known):
        conn.execute(
            "INSERT INTO milestone (key, kind, title, reached_on, created_at) VALUES (?, ?, ?, ?, ?)",
            (key, kind, title, reached_on, now),
        )
        new.append({"key": key, "kind": kind, "title": title, "reached_on": as_date(reached_on)})
    for day in sorted(set(days)):
        goals_met = record_goals_met_milestone(conn, day, first_weekday)
        if goals_met:
            new.append(goals_met)
    new.sort(key=lambda milestone: milestone["reached_on"])
    return new


def list_milestones(conn: sqlite3.Connection) -> list[dict]:
    return [
        {
            "key": row["key"],
            "kind": row["kind"],
            "title": row["title"],
            "reached_on": as_date(row["reached_on"]),
        }
        for row in conn.execute("SELECT key, kind, title, reached_on FROM milestone ORDER BY reached_on, id")
    ]
