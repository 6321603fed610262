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
    kind: str  # "follow-up", "check-in", ...
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


def planned_checkins(conn: sqlite3.Connection, *, until: date, today: date, settings: Settings) -> list[DueItem]:
    """The next check-in planned (``checkin --next``) with each active partner, up to ``until``.

    Only the latest check-in with a partner counts: once a later one happened,
    the earlier plan was kept (or replaced) and is no longer due.
    """
    rows = conn.execute(
        "SELECT c.id, c.partner_id, c.next_on, c.checkin_on, p.name, p.role FROM checkin c"
        " JOIN partner p ON p.id = c.partner_id"
        " WHERE p.removed_at IS NULL AND c.next_on IS NOT NULL AND c.next_on <= ?"
        " AND c.id = (SELECT c2.id FROM checkin c2 WHERE c2.partner_id = c.partner_id"
        "             ORDER BY c2.checkin_on DESC, c2.id DESC LIMIT 1)"
        " ORDER BY c.next_on, p.name, p.id",
        (until.isoformat(),),
    )
    return [
        DueItem(
            kind="check-in",
            due_on=date.fromisoformat(row["next_on"]),
            title=f"Check in with {row['name']}",
            detail=f"{row['role']}; planned at your check-in on {row['checkin_on']}",
            refs={"partner_id": row["partner_id"], "checkin_id": row["id"]},
        )
        for row in rows
    ]


# Providers, in the order their items are shown.
PROVIDERS = (
    follow_ups,
    planned_checkins,
)


def collect(conn: sqlite3.Connection, *, until: date, today: date, settings: Settings) -> list[DueItem]:
    items: list[DueItem] = []
    for provider in PROVIDERS:
        items.extend(provider(conn, until=until, today=today, settings=settings))
    return items
