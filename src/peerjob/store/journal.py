"""The self-care journal: entries with a mood, energy, practices and private text."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from peerjob.domain.selfcare import Day
from peerjob.errors import NotFound
from peerjob.store.db import as_date, inserted_id, utc_now_text


def add_entry(
    conn: sqlite3.Connection,
    *,
    entry_on: date,
    text: str | None,
    mood: int | None,
    energy: int | None,
    practices: list[str],
) -> int:
    cursor = conn.execute(
        "INSERT INTO journal_entry (entry_on, text, mood, energy, private, created_at) VALUES (?, ?, ?, ?, 1, ?)",
        (entry_on.isoformat(), text, mood, energy, utc_now_text()),
    )
    entry_id = inserted_id(cursor)
    conn.executemany(
        "INSERT INTO journal_practice (entry_id, practice) VALUES (?, ?)",
        [(entry_id, practice) for practice in practices],
    )
    return entry_id


def _practices_by_entry(conn: sqlite3.Connection, where: str, params: tuple) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for entry_id, practice in conn.execute(
        "SELECT jp.entry_id, jp.practice FROM journal_practice jp JOIN journal_entry je ON je.id = jp.entry_id"
        f" WHERE {where} ORDER BY jp.practice",
        params,
    ):
        found.setdefault(entry_id, []).append(practice)
    return found


def _entry(row: sqlite3.Row, practices: dict[int, list[str]]) -> dict:
    return {
        "id": row["id"],
        "date": as_date(row["entry_on"]),
        "mood": row["mood"],
        "energy": row["energy"],
        "practices": practices.get(row["id"], []),
        "text": row["text"],
    }


def list_entries(conn: sqlite3.Connection, *, since: date | None = None, until: date | None = None) -> list[dict]:
    """Entries oldest first, each {id, date, mood, energy, practices, text}."""
    where = "je.entry_on >= ? AND je.entry_on <= ?"
    params = ((since or date.min).isoformat(), (until or date.max).isoformat())
    rows = conn.execute(
        f"SELECT je.id, je.entry_on, je.mood, je.energy, je.text FROM journal_entry je WHERE {where}"
        " ORDER BY je.entry_on, je.id",
        params,
    ).fetchall()
    practices = _practices_by_entry(conn, where, params) if rows else {}
    return [_entry(row, practices) for row in rows]


def get_entry(conn: sqlite3.Connection, entry_id: int) -> dict:
    row = conn.execute(
        "SELECT id, entry_on, mood, energy, text FROM journal_entry WHERE id = ?", (entry_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"There is no journal entry with ID {entry_id}. See the IDs with: peerjob journal list")
    return _entry(row, _practices_by_entry(conn, "je.id = ?", (entry_id,)))


def count_entries(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM journal_entry").fetchone()[0]


def known_practices(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT DISTINCT practice FROM journal_practice")}


def days_between(conn: sqlite3.Connection, start: date, end: date) -> list[Day]:
    """One Day per date with an entry, summed in SQL, with the practices of that day."""
    span = (start.isoformat(), end.isoformat())
    days = {
        row[0]: Day(
            day=as_date(row[0]),
            entries=row[1],
            mood_sum=row[2] or 0,
            mood_count=row[3],
            energy_sum=row[4] or 0,
            energy_count=row[5],
        )
        for row in conn.execute(
            "SELECT entry_on, COUNT(*), SUM(mood), COUNT(mood), SUM(energy), COUNT(energy) FROM journal_entry"
            " WHERE entry_on BETWEEN ? AND ? GROUP BY entry_on ORDER BY entry_on",
            span,
        )
    }
    practices: dict[str, set[str]] = {}
    for day, practice in conn.execute(
        "SELECT DISTINCT je.entry_on, jp.practice FROM journal_practice jp JOIN journal_entry je ON je.id = jp.entry_id"
        " WHERE je.entry_on BETWEEN ? AND ?",
        span,
    ):
        practices.setdefault(day, set()).add(practice)
    for day, tags in practices.items():
        days[day].practices = frozenset(tags)
    return list(days.values())


def other_very_low_entries(conn: sqlite3.Connection, day: date, entry_id: int) -> int:
    """Entries with mood 1 on ``day`` other than ``entry_id``: support is offered once, not on every entry."""
    count: int = conn.execute(
        "SELECT COUNT(*) FROM journal_entry WHERE entry_on = ? AND mood = 1 AND id <> ?",
        (day.isoformat(), entry_id),
    ).fetchone()[0]
    return count


def moods_on(conn: sqlite3.Connection, day: date, *, before_id: int | None = None) -> list[int | None]:
    """The moods of ``day``'s entries (only those written before entry ``before_id``, when given)."""
    if before_id is None:
        rows = conn.execute("SELECT mood FROM journal_entry WHERE entry_on = ?", (day.isoformat(),))
    else:
        rows = conn.execute(
            "SELECT mood FROM journal_entry WHERE entry_on = ? AND id < ?", (day.isoformat(), before_id)
        )
    return [row[0] for row in rows]


def has_plan(conn: sqlite3.Connection, *, by: date | None = None) -> bool:
    """Is there a wellness plan (written by the end of ``by``, when given)?"""
    if by is None:
        return conn.execute("SELECT 1 FROM plan_item LIMIT 1").fetchone() is not None
    before = (by + timedelta(days=1)).isoformat()
    return conn.execute("SELECT 1 FROM plan_item WHERE created_at < ? LIMIT 1", (before,)).fetchone() is not None


def entries_alike(conn: sqlite3.Connection, *, low: bool) -> int:
    """How many entries had a low mood (2 or less), or how many did not: the turn of the words said."""
    condition = "mood <= 2" if low else "(mood IS NULL OR mood > 2)"  # one of two constants, never input
    return int(conn.execute(f"SELECT COUNT(*) FROM journal_entry WHERE {condition}").fetchone()[0])
