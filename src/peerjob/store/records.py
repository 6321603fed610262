"""Any one record by its key: read it, change some of its columns, delete it.

Table and column names come from peerjob's own code (actions/records.py),
never from input; values always go in as parameters.
"""

from __future__ import annotations

import sqlite3

TABLES = {
    "application": "id",
    "win": "id",
    "journal_entry": "id",
    "checkin": "id",
    "reframe": "application_id",
    "goal": "id",
    "partner": "id",
    "strength": "id",
    "resource": "id",
    "boundary": "id",
    "disclosure": "application_id",
    "contact": "id",
    "support_line": "id",
    "story": "id",
    "training": "id",
}


def _key(table: str) -> str:
    return TABLES[table]  # a KeyError here is a bug in peerjob, not bad input


def get_row(conn: sqlite3.Connection, table: str, key: int) -> dict | None:
    row = conn.execute(f"SELECT * FROM {table} WHERE {_key(table)} = ?", (key,)).fetchone()
    return dict(row) if row is not None else None


def update_row(conn: sqlite3.Connection, table: str, key: int, changes: dict[str, object]) -> None:
    if not changes:
        return
    assignments = ", ".join(f'"{column}" = ?' for column in changes)
    conn.execute(f"UPDATE {table} SET {assignments} WHERE {_key(table)} = ?", (*changes.values(), key))


def delete_row(conn: sqlite3.Connection, table: str, key: int) -> bool:
    return conn.execute(f"DELETE FROM {table} WHERE {_key(table)} = ?", (key,)).rowcount > 0


def checkins_with(conn: sqlite3.Connection, partner_id: int) -> int:
    return int(conn.execute("SELECT count(*) FROM checkin WHERE partner_id = ?", (partner_id,)).fetchone()[0])


def delete_checkins_with(conn: sqlite3.Connection, partner_id: int) -> None:
    conn.execute("DELETE FROM checkin WHERE partner_id = ?", (partner_id,))


def journal_practices(conn: sqlite3.Connection, entry_id: int) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT practice FROM journal_practice WHERE entry_id = ? ORDER BY practice", (entry_id,)
        )
    ]


def set_journal_practices(conn: sqlite3.Connection, entry_id: int, practices: list[str]) -> None:
    conn.execute("DELETE FROM journal_practice WHERE entry_id = ?", (entry_id,))
    conn.executemany(
        "INSERT INTO journal_practice (entry_id, practice) VALUES (?, ?)", [(entry_id, p) for p in practices]
    )


def partner_name(conn: sqlite3.Connection, partner_id: int) -> str | None:
    row = conn.execute("SELECT name FROM partner WHERE id = ?", (partner_id,)).fetchone()
    return row[0] if row is not None else None


def strength_applications(conn: sqlite3.Connection, strength_id: int) -> list[int]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT application_id FROM strength_application WHERE strength_id = ? ORDER BY application_id",
            (strength_id,),
        )
    ]
