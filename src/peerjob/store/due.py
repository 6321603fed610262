"""What is due: one list gathered from every kind of thing with a date.

Each provider reads one kind (follow-ups, check-ins, resources...) and
returns DueItems up to a horizon; `peerjob due`, the review and the calendar
all use ``collect`` so they never disagree.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date

from peerjob.config import Settings


@dataclass
class DueItem:
    kind: str  # "follow-up", ...
    due_on: date | None  # None: no fixed date (a suggestion)
    title: str
    detail: str = ""
    application_id: int | None = None
    refs: dict[str, int] = field(default_factory=dict)


def follow_ups(conn: sqlite3.Connection, *, until: date, today: date, settings: Settings) -> list[DueItem]:
    """Follow-up dates set on open applications, up to ``until``."""
    rows = conn.execute(
        "SELECT id, company, role, follow_up_on FROM application"
        " WHERE follow_up_on IS NOT NULL AND follow_up_on <= ?"
        " AND stage NOT IN ('accepted', 'rejected', 'withdrawn', 'no-response')"
        " ORDER BY follow_up_on, id",
        (until.isoformat(),),
    )
    return [
        DueItem(
            kind="follow-up",
            due_on=date.fromisoformat(row["follow_up_on"]),
            title=f"Follow up with {row['company']}",
            detail=row["role"],
            application_id=row["id"],
        )
        for row in rows
    ]


def resources(conn: sqlite3.Connection, *, until: date, today: date, settings: Settings) -> list[DueItem]:
    """Next steps with a date on resources still open, up to ``until``."""
    rows = conn.execute(
        "SELECT id, name, kind, next_step, next_on FROM resource"
        " WHERE done_on IS NULL AND next_on IS NOT NULL AND next_on <= ? ORDER BY next_on, id",
        (until.isoformat(),),
    )
    return [
        DueItem(
            kind="resource",
            due_on=date.fromisoformat(row["next_on"]),
            title=f"{row['name']}: {row['next_step']}" if row["next_step"] else f"Next step with {row['name']}",
            detail=row["kind"],
            refs={"resource_id": row["id"]},
        )
        for row in rows
    ]


# Providers, in the order their items are shown.
PROVIDERS = (
    follow_ups,
    resources,
)


def collect(conn: sqlite3.Connection, *, until: date, today: date, settings: Settings) -> list[DueItem]:
    items: list[DueItem] = []
    for provider in PROVIDERS:
        items.extend(provider(conn, until=until, today=today, settings=settings))
    return items
