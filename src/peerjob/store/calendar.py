"""What goes in the calendar: the dated items from ``due.collect``.

Only titles, and the ``detail`` of kinds known to be safe (a role, a
partner's role, a resource's kind), go out: never notes, contacts, what was
shared, or ``private_detail``.

Each item keeps one UID for its life (``follow-up-6@peerjob``), whatever its
date, so a calendar app replaces the event when the date moves instead of
adding a second one.
"""

from __future__ import annotations

import sqlite3
import zlib
from datetime import date

from peerjob.config import Settings
from peerjob.domain.calendar import CalendarEvent, event_uid

# Kinds whose ``detail`` is safe to put in a calendar: a follow-up's role, a partner's role,
# a resource's kind. Any other kind gets its title only: a detail can hold private words
# (a reframe's next step), so a new kind stays out until it is added here.
DETAIL_KINDS = frozenset({"follow-up", "check-in", "resource"})
# Which id names the item, for kinds where it is not simply the record the item is about.
# One planned check-in per partner: a new plan replaces the last one, so the partner is the key.
UID_KEYS = {
    "follow-up": "application_id",
    "check-in": "partner_id",
    "resource": "resource",
}


def _record_of(item) -> str:
    key = UID_KEYS.get(item.kind)
    if key == "application_id" and item.application_id is not None:
        return str(item.application_id)
    if key is not None and key in item.refs:
        return str(item.refs[key])
    if item.refs:
        # The record the item is about (a reframe, an interview's application): its ids, by name.
        return "-".join(str(value) for _, value in sorted(item.refs.items()))
    if item.application_id is not None:
        return str(item.application_id)
    return format(zlib.crc32(item.title.encode()), "08x")


def calendar_events(conn: sqlite3.Connection, *, today: date, until: date, settings: Settings) -> list[CalendarEvent]:
    from peerjob.store.due import collect

    events = [
        CalendarEvent(
            uid=event_uid(item.kind, _record_of(item)),
            on=item.due_on,
            kind=item.kind,
            summary=item.title,
            # Only ``title`` and, for the kinds above, ``detail``: never ``private_detail``.
            description=item.detail if item.kind in DETAIL_KINDS else "",
        )
        for item in collect(conn, until=until, today=today, settings=settings)
        # Dated plans only: peerjob's own suggestions ("no reply yet") stay in `peerjob due`.
        if item.due_on is not None and item.due_on >= today and not getattr(item, "suggestion", False)
    ]
    unique: dict[str, CalendarEvent] = {}
    for event in events:  # one event per UID: the soonest (collect sorts soonest first)
        unique.setdefault(event.uid, event)
    return sorted(unique.values(), key=lambda event: (event.on, event.kind, event.uid))
