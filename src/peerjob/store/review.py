"""The weekly review's figures, aggregated in SQL (never every row in Python)."""

from __future__ import annotations

import sqlite3
from datetime import date

from peerjob.domain.review import (
    MOMENTUM_WEEKS,
    MilestoneItem,
    MoodDay,
    PracticeDays,
    ReframeText,
    StageMove,
    WinItem,
)
from peerjob.domain.selfcare import average
from peerjob.domain.stages import CLOSED_BY_EMPLOYER, SENT_SQL
from peerjob.store.db import as_date, as_date_or_none


def weekly_counts(conn: sqlite3.Connection, first: date, last: date) -> list[int]:
    """Activity per week from ``first`` (a week start) to ``last``, in one pass per table."""
    counts = [0] * MOMENTUM_WEEKS
    span = (first.isoformat(), first.isoformat(), last.isoformat())
    for sql in (
        "SELECT CAST((julianday(applied_on) - julianday(?)) / 7 AS INTEGER), COUNT(*)"
        f" FROM application WHERE applied_on BETWEEN ? AND ? AND {SENT_SQL} GROUP BY 1",
        "SELECT CAST((julianday(won_on) - julianday(?)) / 7 AS INTEGER), COUNT(*)"
        " FROM win WHERE won_on BETWEEN ? AND ? GROUP BY 1",
        "SELECT CAST((julianday(checkin_on) - julianday(?)) / 7 AS INTEGER), COUNT(*)"
        " FROM checkin WHERE checkin_on BETWEEN ? AND ? GROUP BY 1",
        "SELECT CAST((julianday(entry_on) - julianday(?)) / 7 AS INTEGER), COUNT(DISTINCT entry_on)"
        " FROM journal_entry WHERE entry_on BETWEEN ? AND ? GROUP BY 1",
    ):
        for week_index, count in conn.execute(sql, span):
            counts[week_index] += count
    return counts


def stage_moves(conn: sqlite3.Connection, start: date, end: date, *, private: bool) -> list[StageMove]:
    rows = conn.execute(
        "SELECT sc.application_id, a.company, a.role, sc.from_stage, sc.to_stage, sc.changed_on,"
        " r.id AS reframe_id, r.next_step, r.next_step_on, r.what_happened, r.first_thought,"
        " r.outside_control, r.peer_advice, r.balanced_thought"
        " FROM stage_change sc JOIN application a ON a.id = sc.application_id"
        " LEFT JOIN reframe r ON r.id = (SELECT MAX(id) FROM reframe WHERE application_id = sc.application_id)"
        " WHERE sc.from_stage IS NOT NULL AND sc.changed_on BETWEEN ? AND ?"
        " ORDER BY sc.changed_on, sc.id",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    moves = []
    for row in rows:
        move = StageMove(
            id=row["application_id"],
            company=row["company"],
            role=row["role"],
            from_=row["from_stage"],
            to=row["to_stage"],
            date=as_date(row["changed_on"]),
        )
        if move.to in CLOSED_BY_EMPLOYER:
            move.has_reframe = row["reframe_id"] is not None
            move.next_step = row["next_step"]
            move.next_step_on = as_date_or_none(row["next_step_on"])
            if private and move.has_reframe:
                move.reframe = ReframeText(
                    what_happened=row["what_happened"],
                    first_thought=row["first_thought"],
                    outside_control=row["outside_control"],
                    peer_advice=row["peer_advice"],
                    balanced_thought=row["balanced_thought"],
                )
        moves.append(move)
    return moves


def all_time_totals(conn: sqlite3.Connection, until: date | None = None) -> tuple[int, int, int, int]:
    """Applications sent, wins, check-ins and journal entries recorded, ever or dated up to ``until``.

    A week's page counts up to its last day, so a past week reads the same whenever it is read.
    """
    last = (until or date.max).isoformat()
    row = conn.execute(
        f"SELECT (SELECT COUNT(*) FROM application WHERE {SENT_SQL} AND applied_on <= ?1),"
        " (SELECT COUNT(*) FROM win WHERE won_on <= ?1),"
        " (SELECT COUNT(*) FROM checkin WHERE checkin_on <= ?1),"
        " (SELECT COUNT(*) FROM journal_entry WHERE entry_on <= ?1)",
        (last,),
    ).fetchone()
    return (row[0], row[1], row[2], row[3])


def wins_between(conn: sqlite3.Connection, start: date, end: date) -> list[WinItem]:
    return [
        WinItem(id=row["id"], kind=row["kind"], text=row["text"], date=as_date(row["won_on"]))
        for row in conn.execute(
            "SELECT id, kind, text, won_on FROM win WHERE won_on BETWEEN ? AND ? ORDER BY won_on, id",
            (start.isoformat(), end.isoformat()),
        )
    ]


def milestones_between(conn: sqlite3.Connection, start: date, end: date) -> list[MilestoneItem]:
    return [
        MilestoneItem(key=row["key"], kind=row["kind"], title=row["title"], reached_on=as_date(row["reached_on"]))
        for row in conn.execute(
            "SELECT key, kind, title, reached_on FROM milestone WHERE reached_on BETWEEN ? AND ? ORDER BY reached_on, id",
            (start.isoformat(), end.isoformat()),
        )
    ]


def mood_and_energy(conn: sqlite3.Connection, start: date, end: date) -> tuple[float | None, float | None]:
    """Averages over the span, rounded the way `journal stats` rounds (halves up), so the two agree."""
    row = conn.execute(
        "SELECT SUM(mood), COUNT(mood), SUM(energy), COUNT(energy) FROM journal_entry WHERE entry_on BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat()),
    ).fetchone()
    return average(row[0] or 0, row[1]), average(row[2] or 0, row[3])


def mood_by_day(conn: sqlite3.Connection, start: date, end: date) -> list[MoodDay]:
    return [
        MoodDay(date=as_date(row[0]), mood=average(row[1], row[2]))
        for row in conn.execute(
            "SELECT entry_on, SUM(mood), COUNT(mood) FROM journal_entry WHERE entry_on BETWEEN ? AND ? AND mood IS NOT NULL"
            " GROUP BY entry_on ORDER BY entry_on",
            (start.isoformat(), end.isoformat()),
        )
    ]


def top_practices(conn: sqlite3.Connection, start: date, end: date) -> list[PracticeDays]:
    return [
        PracticeDays(practice=row[0], days=row[1])
        for row in conn.execute(
            "SELECT jp.practice, COUNT(DISTINCT je.entry_on) FROM journal_practice jp"
            " JOIN journal_entry je ON je.id = jp.entry_id WHERE je.entry_on BETWEEN ? AND ?"
            " GROUP BY jp.practice ORDER BY 2 DESC, 1 LIMIT 3",
            (start.isoformat(), end.isoformat()),
        )
    ]


def welcome_back_figures(conn: sqlite3.Connection, start: date, until: date) -> tuple[bool, dict[str, int]]:
    """Whether a week starting ``start`` comes after time away, and what was done up to ``until``.

    Time away: nothing recorded for RETURN_AFTER_DAYS or more before the week (and something before that).
    """
    from peerjob.domain.review import RETURN_AFTER_DAYS
    from peerjob.store.applications import latest_activity_before

    before = latest_activity_before(conn, start)
    returning = before is not None and (start - before).days >= RETURN_AFTER_DAYS
    applications, wins, checkins, entries = all_time_totals(conn, until=until)
    return returning, {
        "applications": applications,
        "wins": wins,
        "milestones": len(milestones_between(conn, date.min, until)),
        "checkins": checkins,
        "journal_entries": entries,
    }
