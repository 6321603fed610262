"""What goes in the calendar: one event per dated item that is due, never peerjob's own suggestions.

Only titles, and the ``detail`` of kinds known to be safe (a role, a
partner's role, a resource's kind), go out: never notes, contacts, what was
shared, or ``private_detail``.

Each item keeps one UID for its life (``follow-up-6@peerjob``), whatever its
date, so a calendar app replaces the event when the date moves instead of
adding a second one.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from peerjob.domain.due import DueItem


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    on: date
    kind: str
    summary: str
    description: str
    at_time: str | None = None  # "15:30", local: a timed event; None: all day
    minutes: int | None = None  # its length, when timed


# Kinds whose UID names changed meaning: before 0005 "interview-N" was application N's one
# interview; a round has its own namespace, so an old event is never taken for another round.
UID_NAMES = {"interview": "interview-round"}


def event_uid(kind: str, record: str) -> str:
    """Stable for the item: never includes the date, so moving it updates the same event."""
    return f"{UID_NAMES.get(kind, kind)}-{record}@peerjob"


# Kinds whose ``detail`` is safe to put in a calendar: a follow-up's role, a partner's role,
# a resource's kind. Any other kind gets its title only: a detail can hold private words
# (a reframe's next step), so a new kind stays out until it is added here.
DETAIL_KINDS = frozenset({"follow-up", "check-in", "resource", "deadline", "training", "renewal"})
# Which id names the item, for kinds where it is not simply the record the item is about.
# One planned check-in per partner: a new plan replaces the last one, so the partner is the key.
UID_KEYS = {
    "follow-up": "application_id",
    "deadline": "application_id",
    "check-in": "partner_id",
    "resource": "resource",
    "training": "training",
    "renewal": "training",
}


def _record_of(item: DueItem) -> str:
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


def events_from(items: Iterable[DueItem], *, today: date) -> list[CalendarEvent]:
    """Dated plans from today on, one event per UID (the soonest), in date order."""
    events = [
        CalendarEvent(
            uid=event_uid(item.kind, _record_of(item)),
            on=item.due_on,
            kind=item.kind,
            summary=item.title,
            # Only ``title`` and, for the kinds above, ``detail``: never ``private_detail``.
            description=item.detail if item.kind in DETAIL_KINDS else "",
            at_time=item.at_time,
            minutes=item.minutes,
        )
        for item in items
        # Dated plans only: peerjob's own suggestions ("no reply yet") stay in `peerjob due`.
        if item.due_on is not None and item.due_on >= today and not item.suggestion
    ]
    unique: dict[str, CalendarEvent] = {}
    for event in events:  # one event per UID: the soonest (the items come soonest first)
        unique.setdefault(event.uid, event)
    return sorted(unique.values(), key=lambda event: (event.on, event.kind, event.uid))
