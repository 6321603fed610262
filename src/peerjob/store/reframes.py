"""Reframes (private thought records), one per application, revisited in place."""

from __future__ import annotations

import sqlite3

from peerjob.domain.reframe import FIELDS
from peerjob.store.db import as_date, as_date_or_none, utc_now_text


def _from_row(row: sqlite3.Row) -> dict:
    reframe = {name: row[name] for name in FIELDS}
    reframe["next_step_on"] = as_date_or_none(row["next_step_on"])
    return reframe


def get_reframe(conn: sqlite3.Connection, application_id: int) -> dict | None:
    row = conn.execute(
        "SELECT * FROM reframe WHERE application_id = ? ORDER BY id DESC LIMIT 1", (application_id,)
    ).fetchone()
    return _from_row(row) if row else None


def save_reframe(conn: sqlite3.Connection, application_id: int, answers: dict) -> None:
    """Add the application's reframe, or update the one it has (only the answers given)."""
    values = {name: answers[name] for name in FIELDS if name in answers}
    if "next_step_on" in values and values["next_step_on"] is not None:
        values["next_step_on"] = values["next_step_on"].isoformat()
    now = utc_now_text()
    existing = conn.execute(
        "SELECT id FROM reframe WHERE application_id = ? ORDER BY id DESC LIMIT 1", (application_id,)
    ).fetchone()
    if existing:
        if values:
            assignments = ", ".join(f"{name} = ?" for name in values)
            conn.execute(
                f"UPDATE reframe SET {assignments}, updated_at = ? WHERE id = ?", (*values.values(), now, existing[0])
            )
            # Every answer cleared: no reframe left to keep (an empty one would list as a heading over nothing).
            blank = " AND ".join(f"{name} IS NULL" for name in FIELDS)
            conn.execute(f"DELETE FROM reframe WHERE id = ? AND {blank}", (existing[0],))
        return
    columns = ", ".join(values)
    conn.execute(
        f"INSERT INTO reframe (application_id, {columns}{', ' if values else ''}private, created_at, updated_at)"
        f" VALUES (?, {'?, ' * len(values)}1, ?, ?)",
        (application_id, *values.values(), now, now),
    )


def list_reframes(conn: sqlite3.Connection) -> list[dict]:
    return [
        {
            "application_id": row["application_id"],
            "company": row["company"],
            "role": row["role"],
            "stage": row["stage"],
            "updated_on": as_date(row["updated_at"]),
            **_from_row(row),
        }
        for row in conn.execute(
            "SELECT r.*, a.company, a.role, a.stage FROM reframe r JOIN application a ON a.id = r.application_id"
            " ORDER BY r.updated_at, r.id"
        )
    ]
