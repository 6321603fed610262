"""The wellness plan's lines and the person's own support lines, in the data file."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from peerjob.store.db import connect, inserted_id, utc_now_text


def plan(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Every section's lines, in the order the person put them."""
    found: dict[str, list[str]] = {}
    for row in conn.execute("SELECT section, text FROM plan_item ORDER BY section, position, id"):
        found.setdefault(row[0], []).append(row[1])
    return found


def add_plan_line(conn: sqlite3.Connection, section: str, text: str) -> int:
    """Add a line at the end of ``section``; returns its number within the section (1 for the first)."""
    position = conn.execute(
        "SELECT COALESCE(MAX(position), 0) + 1 FROM plan_item WHERE section = ?", (section,)
    ).fetchone()[0]
    conn.execute(
        "INSERT INTO plan_item (section, position, text, created_at) VALUES (?, ?, ?, ?)",
        (section, position, text, utc_now_text()),
    )
    return int(conn.execute("SELECT COUNT(*) FROM plan_item WHERE section = ?", (section,)).fetchone()[0])


def plan_line_ids(conn: sqlite3.Connection, section: str) -> list[int]:
    return [
        row[0] for row in conn.execute("SELECT id FROM plan_item WHERE section = ? ORDER BY position, id", (section,))
    ]


def remove_plan_line(conn: sqlite3.Connection, line_id: int) -> str:
    text: str = conn.execute("SELECT text FROM plan_item WHERE id = ?", (line_id,)).fetchone()[0]
    conn.execute("DELETE FROM plan_item WHERE id = ?", (line_id,))
    return text


def replace_plan(conn: sqlite3.Connection, lines: dict[str, list[str]]) -> None:
    """The whole plan as given: lines kept where they are the same, the rest removed or added."""
    current: dict[tuple[str, str], list[int]] = {}
    for row in conn.execute("SELECT id, section, text FROM plan_item ORDER BY position, id"):
        current.setdefault((row[1], row[2]), []).append(row[0])  # a line written twice is kept twice
    wanted = [(section, position, text) for section, texts in lines.items() for position, text in enumerate(texts, 1)]
    now = utc_now_text()
    for section, position, text in wanted:
        same = current.get((section, text))
        line_id = same.pop(0) if same else None
        if line_id is None:
            conn.execute(
                "INSERT INTO plan_item (section, position, text, created_at) VALUES (?, ?, ?, ?)",
                (section, position, text, now),
            )
        else:
            conn.execute(
                "UPDATE plan_item SET position = ? WHERE id = ? AND position <> ?", (position, line_id, position)
            )
    for left in current.values():
        for line_id in left:
            conn.execute("DELETE FROM plan_item WHERE id = ?", (line_id,))


# --- the person's own support lines ----------------------------------------------------


def add_support_line(conn: sqlite3.Connection, name: str, contact: str, note: str | None) -> int:
    cursor = conn.execute(
        "INSERT INTO support_line (name, contact, note, created_at) VALUES (?, ?, ?, ?)",
        (name, contact, note, utc_now_text()),
    )
    return inserted_id(cursor)


def support_lines(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [
        dict(row) for row in conn.execute("SELECT id, name, contact, note FROM support_line ORDER BY lower(name), id")
    ]


def for_support(path: Path) -> tuple[list[dict[str, Any]], dict[str, list[str]]] | None:
    """The person's own lines and the plan's "what I do" and "people" sections, straight from the file.

    Like partners.support_contacts: never creates, upgrades or changes the
    file; ([], {}) when there is nothing yet (or an older file without these
    tables); None when the file can't be read at all just now.
    """
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return [], {}
        conn = connect(path, read_only=True, timeout=2)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            lines = support_lines(conn) if "support_line" in tables else []
            sections = plan(conn) if "plan_item" in tables else {}
            return lines, {key: sections[key] for key in ("actions", "people") if sections.get(key)}
        finally:
            conn.close()
    except Exception:  # any state at all: help must print whatever the file is like
        return None
