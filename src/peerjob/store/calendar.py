"""What goes in the calendar: dated items from ``due.collect`` and interview dates.

Only titles and short details go out (company, role, a partner's or a
resource's name), never notes, contacts or what was shared.
"""

from __future__ import annotations

import sqlite3
import zlib
from dataclasses import dataclass
from datetime import date

from peerjob.config import Settings

CLOSED = ("rejected", "withdrawn", "no-response")
# Kinds whose ``detail`` is safe to put in a calendar: a follow-up's role, a partner's role,
# a resource's kind. Any other kind gets its title only: a detail can hold private words
# (a reframe's next step), so a new kind stays out until it is added here.
DETAIL_KINDS = frozenset({"follow-up", "check-in", "resource"})


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    on: date
    kind: str
    summary: str
    description: str


def event_uid(kind: str, record: str, on: date) -> str:
    """Stable: the same item on the same day always gets the same UID."""
    return f"{kind}-{record}-{on.isoformat()}@peerjob"


def _record_of(item) -> str:
    if item.application_id is not None:
        return str(item.application_id)
    if item.refs:
        return "-".join(str(value) for _, value in sorted(item.refs.items()))
    return format(zlib.crc32(item.title.encode()), "08x")


def interviews(conn: sqlite3.Connection, *, since: date, until: date) -> list[CalendarEvent]:
    rows = conn.execute(
        "SELECT s.application_id, s.changed_on, a.company, a.role FROM stage_change s"
        " JOIN application a ON a.id = s.application_id"
        f" WHERE s.to_stage = 'interviewing' AND s.changed_on BETWEEN ? AND ?"
        f" AND a.stage NOT IN ({','.join('?' * len(CLOSED))})"
        " ORDER BY s.changed_on, s.id",
        (since.isoformat(), until.isoformat(), *CLOSED),
    )
    return [
        CalendarEvent(
            uid=event_uid("interview", str(row["application_id"]), date.fromisoformat(row["changed_on"])),
            on=date.fromisoformat(row["changed_on"]),
            kind="interview",
            summary=f"Interview with {row['company']}",
            description=row["role"],
        )
        for row in rows
    ]


def calendar_events(conn: sqlite3.Connection, *, today: date, until: date, settings: Settings) -> list[CalendarEvent]:
    from peerjob.store.due import collect

    events = [
        CalendarEvent(
            uid=event_uid(item.kind, _record_of(item), item.due_on),
            on=item.due_on,
            kind=item.kind,
            summary=item.title,
            description=item.detail if item.kind in DETAIL_KINDS else "",
        )
        for item in collect(conn, until=until, today=today, settings=settings)
        # Dated plans only: peerjob's own suggestions ("no reply yet") stay in `peerjob due`.
        if item.due_on is not None and item.due_on >= today and not getattr(item, "suggestion", False)
    ]
    events.extend(interviews(conn, since=today, until=until))
    unique = {event.uid: event for event in events}  # one event per UID, whatever the sources
    return sorted(unique.values(), key=lambda event: (event.on, event.kind, event.uid))
