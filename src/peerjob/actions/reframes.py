"""Reframes: the private thought records kept after a 'no' or a silence."""

from __future__ import annotations

import sqlite3
from typing import Any

from peerjob.store import reframes as store


def list_reframes(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every reframe with its application, oldest first."""
    rows: list[dict[str, Any]] = store.list_reframes(conn)
    return rows
