"""Training and credentials in the data file."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from peerjob.domain.due import DueItem
from peerjob.domain.training import RENEWAL_NOTICE, planned, renewal
from peerjob.store.db import as_date, inserted_id, utc_now_text

COLUMNS = ("name", "issuer", "hours", "status", "planned_on", "done_on", "renews_on", "note")


def _stored(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def add_training(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    now = utc_now_text()
    names = [column for column in COLUMNS if column in values]
    cursor = conn.execute(
        f"INSERT INTO training ({', '.join(names)}, created_at, updated_at)"  # columns from COLUMNS, never input
        f" VALUES ({', '.join('?' * len(names))}, ?, ?)",
        (*(_stored(values[column]) for column in names), now, now),
    )
    return inserted_id(cursor)


def update_training(conn: sqlite3.Connection, training_id: int, changes: dict[str, Any]) -> None:
    if not changes:
        return
    assignments = ", ".join(f'"{column}" = ?' for column in changes if column in COLUMNS)
    conn.execute(
        f"UPDATE training SET {assignments}, updated_at = ? WHERE id = ?",
        (*(_stored(value) for column, value in changes.items() if column in COLUMNS), utc_now_text(), training_id),
    )


def move_win(conn: sqlite3.Connection, text: str, old_on: str, new_on: date) -> None:
    """The win a finished training counted as, to its new finishing day (the one it was recorded as)."""
    conn.execute(
        "UPDATE win SET won_on = ? WHERE id = (SELECT id FROM win WHERE kind = 'training' AND text = ?"
        " AND won_on = ? ORDER BY id LIMIT 1)",
        (new_on.isoformat(), text, old_on),
    )


def list_training(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [
        dict(row)
        for row in conn.execute(
            "SELECT id, name, issuer, hours, status, planned_on, done_on, renews_on, note FROM training"
            " ORDER BY status = 'done', COALESCE(done_on, planned_on, '9999'), id"
        )
    ]


def finished_between(conn: sqlite3.Connection, start: date, end: date) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM training WHERE status = 'done' AND done_on BETWEEN ? AND ? ORDER BY done_on, id",
            (start.isoformat(), end.isoformat()),
        )
    ]


def finished(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Everything finished, newest first: for the prep sheet."""
    return [
        dict(row)
        for row in conn.execute(
            "SELECT name, issuer, done_on, renews_on FROM training WHERE status = 'done' ORDER BY done_on DESC, id DESC"
        )
    ]


def due_items(conn: sqlite3.Connection, *, until: date, today: date) -> list[DueItem]:
    """Training planned up to ``until`` (not done yet), and renewals up to 30 days ahead (or ``until``)."""
    items = [
        planned(row["id"], row["name"], row["issuer"], as_date(row["planned_on"]))
        for row in conn.execute(
            "SELECT id, name, issuer, planned_on FROM training WHERE status <> 'done'"
            " AND planned_on IS NOT NULL AND planned_on <= ? ORDER BY planned_on, id",
            (until.isoformat(),),
        )
    ]
    renew_until = max(until, today + RENEWAL_NOTICE)
    items += [
        renewal(row["id"], row["name"], row["issuer"], as_date(row["renews_on"]))
        for row in conn.execute(
            "SELECT id, name, issuer, renews_on FROM training WHERE renews_on IS NOT NULL AND renews_on <= ?"
            " ORDER BY renews_on, id",
            (renew_until.isoformat(),),
        )
    ]
    return items
