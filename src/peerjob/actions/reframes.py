"""Reframes: the private thought records kept after a 'no' or a silence."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from peerjob.store import applications
from peerjob.store import reframes as store


def list_reframes(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every reframe with its application, oldest first."""
    rows: list[dict[str, Any]] = store.list_reframes(conn)
    return rows


@dataclass
class ReframeRead:
    company: str
    current: dict[str, Any] | None


def read_reframe(conn: sqlite3.Connection, application_id: int) -> ReframeRead:
    """The application's reframe as it stands (an unknown ID is refused)."""
    application = applications.get_application(conn, application_id)
    return ReframeRead(company=application.company, current=store.get_reframe(conn, application_id))


def save_reframe(conn: sqlite3.Connection, application_id: int, answers: dict[str, Any]) -> dict[str, Any] | None:
    """Save the answers given (the others are kept); the reframe as it now stands."""
    applications.get_application(conn, application_id)  # still there after the questions?
    store.save_reframe(conn, application_id, answers)
    saved: dict[str, Any] | None = store.get_reframe(conn, application_id)
    return saved
