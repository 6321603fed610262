"""The calendar file: all-day events in iCalendar form (RFC 5545).

An event keeps its UID when its date moves; SEQUENCE (seconds since 2020,
so each export counts higher than the last) and LAST-MODIFIED tell a
calendar app that the copy it imports now replaces the one it has.
"""

from __future__ import annotations

from datetime import UTC, datetime

from peerjob.store.calendar import CalendarEvent

SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def sequence_for(stamp: datetime) -> int:
    """Grows with every export and fits RFC 5545's 32-bit INTEGER until 2088."""
    return max(0, int((stamp - SEQUENCE_EPOCH).total_seconds()))


def build_ics(events: list[CalendarEvent], *, stamp: datetime) -> bytes:
    """An iCalendar file of all-day events (icalendar is imported only here)."""
    from datetime import timedelta

    from icalendar import Calendar, Event

    from peerjob import __version__

    calendar = Calendar()
    calendar.add("prodid", f"-//peerjob//peerjob {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "peerjob")
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", sequence_for(stamp))
        event.add("dtstart", item.on)
        event.add("dtend", item.on + timedelta(days=1))
        event.add("summary", item.summary)
        if item.description:
            event.add("description", item.description)
        event.add("categories", [item.kind])
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy block
        calendar.add_component(event)
    return calendar.to_ical()
