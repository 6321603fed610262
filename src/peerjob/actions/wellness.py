"""`plan` (the wellness plan) and `support add|list|delete` (the person's own lines)."""

from __future__ import annotations

import sqlite3
from typing import Any

from peerjob.domain.wellness import BY_KEY, SECTIONS, check_line
from peerjob.errors import BadInput, NotFound
from peerjob.store import wellness as store


def show_plan(conn: sqlite3.Connection) -> dict[str, list[str]]:
    found = store.plan(conn)
    return {section.key: found.get(section.key, []) for section in SECTIONS}


def add_to_plan(conn: sqlite3.Connection, section: str, text: str) -> int:
    return store.add_plan_line(conn, section, check_line(text))


def remove_from_plan(conn: sqlite3.Connection, section: str, number: int) -> str:
    """Remove line ``number`` (as `peerjob plan` numbers it) of ``section``; returns its text."""
    ids = store.plan_line_ids(conn, section)
    title = BY_KEY[section].title
    if not ids:
        raise NotFound(f"'{title}' has no lines yet, so there is nothing to remove. peerjob plan shows the plan.")
    if not 1 <= number <= len(ids):
        has = "one line, number 1" if len(ids) == 1 else f"lines 1 to {len(ids)}"
        raise NotFound(f"'{title}' has {has}, not {number}. peerjob plan shows the numbers.")
    return store.remove_plan_line(conn, ids[number - 1])


def replace_plan(conn: sqlite3.Connection, lines: dict[str, list[str]]) -> dict[str, list[str]]:
    store.replace_plan(conn, lines)
    return show_plan(conn)


def add_support_line(conn: sqlite3.Connection, name: str, contact: str, note: str | None) -> int:
    if not name.strip() or not contact.strip():
        raise BadInput(
            'A line needs a name and a way to reach it. For example: peerjob support add "My sponsor" 555-0100'
        )
    return store.add_support_line(conn, " ".join(name.split()), " ".join(contact.split()), note)


def list_support_lines(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return store.support_lines(conn)
