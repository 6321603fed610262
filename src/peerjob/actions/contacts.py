"""Contacts per application: who you deal with at each one. Private: never exported unless named."""

from __future__ import annotations

import sqlite3
from typing import Any

from peerjob.store import applications as applications_store
from peerjob.store import contacts as store


def add_contact(conn: sqlite3.Connection, application_id: int, values: dict[str, Any]) -> tuple[int, str]:
    """The new contact's ID and the application's company (an unknown application is refused)."""
    application = applications_store.get_application(conn, application_id)
    return store.add_contact(conn, application_id, values), application.company


def list_contacts(conn: sqlite3.Connection, application_id: int | None) -> tuple[list[dict[str, Any]], bool]:
    if application_id is not None:
        applications_store.get_application(conn, application_id)
    rows = store.contacts(conn, application_id)
    return rows, bool(rows) or bool(store.contacts(conn))
