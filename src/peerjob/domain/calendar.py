"""A calendar event as peerjob writes it: one per dated item, with a UID that outlives its date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    on: date
    kind: str
    summary: str
    description: str


def event_uid(kind: str, record: str) -> str:
    """Stable for the item: never includes the date, so moving it updates the same event."""
    return f"{kind}-{record}@peerjob"
