"""Partners and check-ins, and the quiet reach-out line when none happened for a while.

A removed partner is kept (``removed_at`` is set) so their check-ins stay on
the record; they simply stop getting new ones and stop being suggested.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from peerjob.errors import BadInput, NotFound
from peerjob.store.db import as_date, as_date_or_none, connect, inserted_id, utc_now_text

PARTNER_COLUMNS = ("name", "role", "contact", "note")


def _partner(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "name": row["name"],
        "role": row["role"],
        "contact": row["contact"],
        "note": row["note"],
        "removed": row["removed_at"] is not None,
        "removed_on": as_date_or_none(row["removed_at"]),
    }


def add_partner(conn: sqlite3.Connection, *, name: str, role: str, contact: str | None, note: str | None) -> int:
    cursor = conn.execute(
        "INSERT INTO partner (name, role, contact, note, created_at) VALUES (?, ?, ?, ?, ?)",
        (name, role, contact, note, utc_now_text()),
    )
    return inserted_id(cursor)


def list_partners(conn: sqlite3.Connection, *, include_removed: bool = False) -> list[dict]:
    """Partners by name, each with their check-in count and last check-in date."""
    rows = conn.execute(
        "SELECT p.id, p.name, p.role, p.contact, p.note, p.removed_at,"
        " COUNT(c.id) AS checkins, MAX(c.checkin_on) AS last_checkin"
        " FROM partner p LEFT JOIN checkin c ON c.partner_id = p.id"
        + ("" if include_removed else " WHERE p.removed_at IS NULL")
        + " GROUP BY p.id ORDER BY p.removed_at IS NOT NULL, lower(p.name), p.id"
    ).fetchall()
    return [
        {
            **_partner(row),
            "checkins": row["checkins"],
            "last_checkin": as_date_or_none(row["last_checkin"]),
        }
        for row in rows
    ]


def same_name(conn: sqlite3.Connection, name: str) -> list[dict]:
    """Active partners already called ``name`` (case-insensitive)."""
    wanted = name.casefold()
    return [partner for partner in list_partners(conn) if partner["name"].casefold() == wanted]


def find_partner(conn: sqlite3.Connection, ref: str, *, include_removed: bool = False) -> dict:
    """A partner by ID or by name (case-insensitive); ambiguous names are refused with the IDs."""
    text = " ".join(str(ref).split())
    if not text:
        raise BadInput("Name a partner by name or ID, for example: Sam or 2. See them with: peerjob partner list")
    rows = [_partner(row) for row in conn.execute("SELECT * FROM partner ORDER BY id")]
    if text.isdigit():
        matches = [partner for partner in rows if partner["id"] == int(text)]
        if not matches:
            raise NotFound(f"There is no partner with ID {text}. See your partners with: peerjob partner list")
    else:
        wanted = text.casefold()
        named = [partner for partner in rows if " ".join(partner["name"].split()).casefold() == wanted]
        active = [partner for partner in named if not partner["removed"]]
        matches = active or named
        if not matches:
            from peerjob.domain.typos import closest

            meant = closest(text, [partner["name"] for partner in rows if not partner["removed"]])
            if meant:
                raise NotFound(f"There is no partner called '{text}'. Did you mean '{meant}'?")
            raise NotFound(
                f"There is no partner called '{text}'. See your partners with peerjob partner list,"
                f' or add one: peerjob partner add "{text}"'
            )
        if len(matches) > 1:
            ids = ", ".join(str(partner["id"]) for partner in matches)
            raise BadInput(
                f"More than one partner is called '{text}' (IDs {ids}). Use the ID instead, for example {matches[-1]['id']}."
            )
    partner = matches[0]
    if partner["removed"] and not include_removed:
        raise BadInput(
            f"{partner['name']} (ID {partner['id']}) was removed from your partners on {partner['removed_on']}."
            f' To add them again: peerjob partner add "{partner["name"]}"'
        )
    return partner


def update_partner(conn: sqlite3.Connection, partner_id: int, changes: dict[str, object]) -> None:
    unknown = set(changes) - set(PARTNER_COLUMNS)
    if unknown:
        raise ValueError(f"not partner columns: {sorted(unknown)}")
    assignments = ", ".join(f"{column} = ?" for column in changes)
    conn.execute(f"UPDATE partner SET {assignments} WHERE id = ?", (*changes.values(), partner_id))


def remove_partner(conn: sqlite3.Connection, partner_id: int) -> int:
    """Mark a partner removed; returns how many check-ins with them stay on the record."""
    conn.execute("UPDATE partner SET removed_at = ? WHERE id = ? AND removed_at IS NULL", (utc_now_text(), partner_id))
    return conn.execute("SELECT COUNT(*) FROM checkin WHERE partner_id = ?", (partner_id,)).fetchone()[0]


def add_checkin(
    conn: sqlite3.Connection,
    *,
    partner_id: int,
    checkin_on: date,
    channel: str | None,
    shared: str | None,
    agreed: str | None,
    next_on: date | None,
) -> int:
    cursor = conn.execute(
        "INSERT INTO checkin (partner_id, checkin_on, channel, shared, agreed, next_on, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            partner_id,
            checkin_on.isoformat(),
            channel,
            shared,
            agreed,
            next_on.isoformat() if next_on else None,
            utc_now_text(),
        ),
    )
    return inserted_id(cursor)


def list_checkins(conn: sqlite3.Connection, *, partner_id: int | None = None, since: date | None = None) -> list[dict]:
    """Check-ins oldest first, with their partner's name and whether that partner was removed."""
    rows = conn.execute(
        "SELECT c.id, c.partner_id, p.name, p.role, p.removed_at, c.checkin_on, c.channel, c.shared, c.agreed, c.next_on"
        " FROM checkin c JOIN partner p ON p.id = c.partner_id"
        " WHERE (?1 IS NULL OR c.partner_id = ?1) AND c.checkin_on >= ?2"
        " ORDER BY c.checkin_on, c.id",
        (partner_id, (since or date.min).isoformat()),
    )
    return [
        {
            "id": row["id"],
            "partner_id": row["partner_id"],
            "partner": row["name"],
            "role": row["role"],
            "removed": row["removed_at"] is not None,
            "date": as_date(row["checkin_on"]),
            "channel": row["channel"],
            "shared": row["shared"],
            "agreed": row["agreed"],
            "next_on": as_date_or_none(row["next_on"]),
        }
        for row in rows
    ]


def count_checkins(conn: sqlite3.Connection, *, partner_id: int | None = None) -> int:
    return conn.execute("SELECT COUNT(*) FROM checkin WHERE ?1 IS NULL OR partner_id = ?1", (partner_id,)).fetchone()[0]


def last_checkin(conn: sqlite3.Connection, until: date) -> date | None:
    """The latest check-in with anyone, on or before ``until``."""
    value = conn.execute("SELECT MAX(checkin_on) FROM checkin WHERE checkin_on <= ?", (until.isoformat(),)).fetchone()[
        0
    ]
    return as_date_or_none(value)


def practised_since(conn: sqlite3.Connection, start: date, end: date, practices: tuple[str, ...]) -> bool:
    """Is any of ``practices`` in a journal entry dated from ``start`` to ``end``?"""
    marks = ", ".join("?" * len(practices))
    return (
        conn.execute(
            "SELECT 1 FROM journal_practice jp JOIN journal_entry je ON je.id = jp.entry_id"
            f" WHERE je.entry_on BETWEEN ? AND ? AND jp.practice IN ({marks}) LIMIT 1",
            (start.isoformat(), end.isoformat(), *practices),
        ).fetchone()
        is not None
    )


def least_recently_heard(conn: sqlite3.Connection, as_of: date) -> str | None:
    """The active partner to suggest: someone who supports you (a mentee last), heard from least recently.

    Never-heard-from first within each; None with no partners.
    """
    partner = conn.execute(
        "SELECT p.name FROM partner p LEFT JOIN checkin c ON c.partner_id = p.id AND c.checkin_on <= ?"
        " WHERE p.removed_at IS NULL GROUP BY p.id"
        " ORDER BY p.role = 'mentee', MAX(c.checkin_on) IS NOT NULL, MAX(c.checkin_on), p.id"
        " LIMIT 1",
        (as_of.isoformat(),),
    ).fetchone()
    return partner["name"] if partner is not None else None


def support_contacts(path: Path) -> list[dict[str, Any]] | None:
    """Active partners' names, roles and contacts, read straight from the file for `peerjob support`.

    Never creates, upgrades or changes a file: [] when there is no data file
    yet (or no partner table); None when it could not be read at all, since
    help must still print whatever state the file is in.
    """
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return []
        conn = connect(path, read_only=True, timeout=2)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "partner" not in tables:
                return []
            return [
                dict(row)
                for row in conn.execute(
                    "SELECT name, role, contact FROM partner WHERE removed_at IS NULL ORDER BY lower(name), id"
                )
            ]
        finally:
            conn.close()
    except Exception:  # any state at all: a damaged file, a newer schema, no permission
        return None
