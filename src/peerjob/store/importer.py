"""Imported applications, written in bulk: a handful of statements, one transaction.

The caller holds the transaction (``cx.database(write=True)``); everything
here either all lands with it or not at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from peerjob.domain.importing import ImportRow, application_key, history_for
from peerjob.store.db import as_date, next_id, utc_now_text

CHUNK = 1000


def existing_keys(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
    """(company, role, date applied) of every application already recorded, and (company, role, "") too.

    The second is what an undated saved job from a file matches: a job the
    file gives no date for is the same job whatever day it came in.
    """
    keys: set[tuple[str, str, str]] = set()
    for row in conn.execute("SELECT company, role, applied_on FROM application"):
        key = application_key(row[0], row[1], as_date(row[2]))
        keys.add(key)
        keys.add((key[0], key[1], ""))
    return keys


def saved_jobs(conn: sqlite3.Connection) -> dict[tuple[str, str], int]:
    """(company, role) -> ID of each job saved and not sent yet: a sent row in a file brings it along."""
    found: dict[tuple[str, str], int] = {}
    for row in conn.execute("SELECT id, company, role, applied_on FROM application WHERE stage = 'saved' ORDER BY id"):
        key = application_key(row[1], row[2], as_date(row[3]))
        found.setdefault((key[0], key[1]), row[0])
    return found


def existing_read_only(path: Path) -> tuple[set[tuple[str, str, str]], dict[tuple[str, str], int]]:
    """The same two, for a dry run: opens the file read-only and never creates or upgrades it."""
    from peerjob.store.db import open_for_reading

    conn = open_for_reading(path)  # no file, or an empty one: nothing recorded yet
    try:
        return existing_keys(conn), saved_jobs(conn)
    finally:
        conn.close()


def mark_sent(conn: sqlite3.Connection, application_id: int, row: ImportRow) -> None:
    """A job saved earlier, sent as the file says: its stage, date and history move on; what it had stays."""
    now = utc_now_text()
    conn.execute(
        "UPDATE application SET stage = ?, applied_on = ?, url = COALESCE(url, ?), source = COALESCE(source, ?),"
        " note = COALESCE(note, ?), follow_up_on = COALESCE(?, follow_up_on), location = COALESCE(location, ?),"
        " salary = COALESCE(salary, ?), resume = COALESCE(resume, ?), updated_at = ? WHERE id = ?",
        (
            row.stage,
            row.applied_on.isoformat(),
            row.url,
            row.source,
            row.note,
            row.follow_up_on.isoformat() if row.follow_up_on else None,
            row.location,
            row.salary,
            row.resume,
            now,
            application_id,
        ),
    )
    for from_stage, to_stage, on in history_for(row):
        conn.execute(
            "INSERT INTO stage_change (application_id, from_stage, to_stage, changed_on, note, created_at)"
            " VALUES (?, ?, ?, ?, NULL, ?)",
            (application_id, from_stage or "saved", to_stage, on.isoformat(), now),
        )
    if row.planned_interview is not None:
        conn.execute(
            "INSERT INTO interview (application_id, held_on, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (application_id, row.planned_interview.isoformat(), now, now),
        )


def insert_applications(
    conn: sqlite3.Connection, rows: list[ImportRow], *, progress: Callable[[int], None] | None = None
) -> list[int]:
    """Insert applications with their stage history; returns their new IDs, in order."""
    if not rows:
        return []
    now = utc_now_text()
    first_id = next_id(conn, "application")
    ids = list(range(first_id, first_id + len(rows)))
    for start in range(0, len(rows), CHUNK):
        chunk = list(zip(ids[start : start + CHUNK], rows[start : start + CHUNK], strict=True))
        conn.executemany(
            "INSERT INTO application (id, company, role, stage, applied_on, url, source, note, follow_up_on,"
            " deadline_on, location, salary, resume, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    application_id,
                    row.company,
                    row.role,
                    row.stage,
                    row.applied_on.isoformat(),
                    row.url,
                    row.source,
                    row.note,
                    row.follow_up_on.isoformat() if row.follow_up_on else None,
                    row.deadline_on.isoformat() if row.deadline_on else None,
                    row.location,
                    row.salary,
                    row.resume,
                    now,
                    now,
                )
                for application_id, row in chunk
            ),
        )
        conn.executemany(
            "INSERT INTO stage_change (application_id, from_stage, to_stage, changed_on, note, created_at)"
            " VALUES (?, ?, ?, ?, NULL, ?)",
            _history_rows(chunk, now),
        )
        conn.executemany(  # an interview date still to come: a planned round, in due and the calendar
            "INSERT INTO interview (application_id, held_on, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (
                (application_id, row.planned_interview.isoformat(), now, now)
                for application_id, row in chunk
                if row.planned_interview is not None
            ),
        )
        if progress:
            progress(min(start + CHUNK, len(rows)))
    return ids


def _history_rows(chunk: Iterable[tuple[int, ImportRow]], now: str):
    for application_id, row in chunk:
        for from_stage, to_stage, on in history_for(row):
            yield application_id, from_stage, to_stage, on.isoformat(), now


def latest_day_per_week(days: Iterable[date], first_weekday: int) -> list[date]:
    """One date per week (the latest), for checking each touched week's goals once."""
    from peerjob.domain.weeks import week_start

    latest: dict[date, date] = {}
    for day in days:
        start = week_start(day, first_weekday)
        if day > latest.get(start, date.min):
            latest[start] = day
    return sorted(latest.values())
