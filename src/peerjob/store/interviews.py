"""Interview rounds and follow-ups sent, in SQL."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from peerjob.domain.interviews import Round, numbered
from peerjob.store.db import as_date, as_date_or_none, inserted_id, utc_now_text

ROUND_COLUMNS = (
    "held_on",
    "at_time",
    "kind",
    "with_names",
    "place",
    "duration_min",
    "note",
    "done_on",
    "cancelled_on",
    "how_it_went",
    "learned",
    "next_step",
)
_SELECT = "SELECT i.*, a.company, a.role, a.stage FROM interview i JOIN application a ON a.id = i.application_id"


def _round(row: sqlite3.Row) -> Round:
    values: dict[str, Any] = {name: row[name] for name in ROUND_COLUMNS}
    values["held_on"] = as_date(row["held_on"])
    values["done_on"] = as_date_or_none(row["done_on"])
    values["cancelled_on"] = as_date_or_none(row["cancelled_on"])
    return Round(
        id=row["id"],
        application_id=row["application_id"],
        company=row["company"],
        role=row["role"],
        stage=row["stage"],
        **values,
    )


def _stored(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def add_round(conn: sqlite3.Connection, application_id: int, values: dict[str, object]) -> int:
    now = utc_now_text()
    names = [name for name in ROUND_COLUMNS if name in values]
    cursor = conn.execute(
        f"INSERT INTO interview (application_id, {', '.join(names)}, created_at, updated_at)"
        f" VALUES (?, {', '.join('?' * len(names))}, ?, ?)",
        (application_id, *(_stored(values[name]) for name in names), now, now),
    )
    return inserted_id(cursor)


def update_round(conn: sqlite3.Connection, round_id: int, changes: dict[str, object]) -> None:
    names = [name for name in ROUND_COLUMNS if name in changes]
    if not names:
        return
    conn.execute(
        f"UPDATE interview SET {', '.join(f'{name} = ?' for name in names)}, updated_at = ? WHERE id = ?",
        (*(_stored(changes[name]) for name in names), utc_now_text(), round_id),
    )


def delete_round(conn: sqlite3.Connection, round_id: int) -> None:
    conn.execute("DELETE FROM interview WHERE id = ?", (round_id,))


def all_rounds(conn: sqlite3.Connection, application_id: int | None = None) -> list[Round]:
    """Every round (or one application's), numbered within its application, by day and time."""
    rows = conn.execute(_SELECT + " ORDER BY i.held_on, coalesce(i.at_time, ''), i.id").fetchall()
    rounds = numbered([_round(row) for row in rows])
    return [r for r in rounds if application_id is None or r.application_id == application_id]


def get_round(conn: sqlite3.Connection, round_id: int) -> Round | None:
    return next((r for r in all_rounds(conn) if r.id == round_id), None)


def rounds_between(conn: sqlite3.Connection, start: date, end: date) -> list[Round]:
    return [r for r in all_rounds(conn) if start <= r.held_on <= end]


def next_open_round(conn: sqlite3.Connection, application_id: int, today: date) -> Round | None:
    """The application's first round from today on that hasn't happened yet: the one a new date moves."""
    return next(
        (
            r
            for r in all_rounds(conn, application_id)
            if r.held_on >= today and r.done_on is None and r.cancelled_on is None and not r.debriefed
        ),
        None,
    )


def add_follow_up(
    conn: sqlite3.Connection,
    application_id: int,
    *,
    followed_on: date,
    channel: str | None,
    with_name: str | None,
    note: str | None,
) -> int:
    cursor = conn.execute(
        "INSERT INTO follow_up (application_id, followed_on, channel, with_name, note, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (application_id, followed_on.isoformat(), channel, with_name, note, utc_now_text()),
    )
    return inserted_id(cursor)


def follow_ups_sent(conn: sqlite3.Connection, application_id: int | None = None) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT f.*, a.company, a.role FROM follow_up f JOIN application a ON a.id = f.application_id"
        " WHERE ? IS NULL OR f.application_id = ? ORDER BY f.followed_on, f.id",
        (application_id, application_id),
    )
    return [
        {
            "id": row["id"],
            "application_id": row["application_id"],
            "company": row["company"],
            "role": row["role"],
            "date": as_date(row["followed_on"]),
            "channel": row["channel"],
            "with": row["with_name"],
            "note": row["note"],
        }
        for row in rows
    ]
