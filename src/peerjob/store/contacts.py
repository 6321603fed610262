"""Contacts per application, in SQL."""

from __future__ import annotations

import sqlite3
from typing import Any

from peerjob.store.db import inserted_id, utc_now_text


def add_contact(conn: sqlite3.Connection, application_id: int, values: dict[str, Any]) -> int:
    now = utc_now_text()
    cursor = conn.execute(
        "INSERT INTO contact (application_id, name, role, email, phone, note, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (application_id, values["name"], values["role"], values["email"], values["phone"], values["note"], now, now),
    )
    return inserted_id(cursor)


def contacts(conn: sqlite3.Connection, application_id: int | None = None) -> list[dict[str, Any]]:
    """Every contact (or one application's), by application, then name."""
    rows = conn.execute(
        "SELECT c.id, c.application_id, a.company, c.name, c.role, c.email, c.phone, c.note"
        " FROM contact c JOIN application a ON a.id = c.application_id"
        " WHERE ? IS NULL OR c.application_id = ? ORDER BY c.application_id, c.name COLLATE NOCASE, c.id",
        (application_id, application_id),
    )
    return [dict(row) for row in rows]
