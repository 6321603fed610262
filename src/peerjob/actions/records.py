"""Show, change and delete any one record: the shared half of `peerjob NOUN show|edit|delete ID`."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from peerjob.errors import BadInput, NotFound
from peerjob.store import records as store


@dataclass(frozen=True)
class Kind:
    table: str
    noun: str  # as a sentence says it
    listing: str  # the command that shows the IDs
    by_application: bool = False  # keyed by its application's ID (one per application)


KINDS = {
    "application": Kind("application", "application", "peerjob list"),
    "win": Kind("win", "win", "peerjob win list"),
    "journal": Kind("journal_entry", "journal entry", "peerjob journal list"),
    "checkin": Kind("checkin", "check-in", "peerjob checkin list"),
    "reframe": Kind("reframe", "reframe", "peerjob reframe list", by_application=True),
    "goals": Kind("goal", "goal setting", "peerjob goals list"),
    "partner": Kind("partner", "partner", "peerjob partner list --all"),
    "strength": Kind("strength", "strength", "peerjob strength list"),
    "resource": Kind("resource", "resource", "peerjob resource list --all"),
    "boundary": Kind("boundary", "boundary", "peerjob boundary list"),
    "contact": Kind("contact", "contact", "peerjob contact list"),
    "support": Kind("support_line", "support line", "peerjob support list"),
    "story": Kind("story", "story", "peerjob story list"),
    "training": Kind("training", "training", "peerjob training list"),
}


def not_found(kind: str, key: int) -> NotFound:
    spec = KINDS[kind]
    if spec.by_application:
        return NotFound(f"Application {key} has no {spec.noun}. `{spec.listing}` shows the ones you have.")
    return NotFound(f"There is no {spec.noun} with ID {key}. `{spec.listing}` shows the IDs.")


def find(conn: sqlite3.Connection, kind: str, key: int) -> dict[str, Any]:
    """The record, with what belongs to it (a journal entry's practices, a check-in's partner, ...)."""
    row = store.get_row(conn, KINDS[kind].table, key)
    if row is None:
        raise not_found(kind, key)
    if kind == "journal":
        row["practices"] = store.journal_practices(conn, key)
    elif kind == "checkin":
        row["partner"] = store.partner_name(conn, row["partner_id"])
    elif kind == "partner":
        row["checkins"] = store.checkins_with(conn, key)
    elif kind == "strength":
        row["applications"] = store.strength_applications(conn, key)
    return row


def change(
    conn: sqlite3.Connection, kind: str, key: int, changes: dict[str, object], *, practices: list[str] | None = None
) -> dict[str, Any]:
    """Change some columns of one record; returns it as it is now."""
    find(conn, kind, key)
    application_id = changes.get("application_id")
    if isinstance(application_id, int) and store.get_row(conn, "application", application_id) is None:
        raise not_found("application", application_id)
    if kind == "contact":
        from peerjob.store.db import utc_now_text

        changes = {**changes, "updated_at": utc_now_text()}
    store.update_row(conn, KINDS[kind].table, key, changes)
    if practices is not None and kind == "journal":
        store.set_journal_practices(conn, key, practices)
    now = find(conn, kind, key)
    if kind == "journal" and not (now["text"] or now["mood"] or now["energy"] or now["practices"]):
        raise BadInput(
            f"That would leave journal entry {key} empty, so nothing was changed. To remove it: peerjob journal delete {key}"
        )
    return now


def delete(conn: sqlite3.Connection, kind: str, key: int) -> dict[str, Any]:
    """Delete one record and what belongs to it (a partner's check-ins too); returns it as it was."""
    row = find(conn, kind, key)
    if kind == "partner":
        store.delete_checkins_with(conn, key)
    store.delete_row(conn, KINDS[kind].table, key)
    return row
