"""The calendar file: events in iCalendar form (RFC 5545), all-day unless a time was given.

A timed event (an interview round at 15:00) is written in the computer's own
time zone: with its IANA name and a VTIMEZONE when the system says which
zone it is (TZ, or the /etc/localtime link), else as the same moment in UTC.

An event keeps its UID when its date moves; SEQUENCE (seconds since 2020,
so each export counts higher than the last) and LAST-MODIFIED tell a
calendar app that the copy it imports now replaces the one it has.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from peerjob.domain.calendar import CalendarEvent

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
        if item.at_time:
            starts = local_datetime(item.on, item.at_time)
            event.add("dtstart", starts)
            event.add("dtend", starts + timedelta(minutes=item.minutes or 60))
        else:
            event.add("dtstart", item.on)
            event.add("dtend", item.on + timedelta(days=1))
        event.add("summary", item.summary)
        if item.description:
            event.add("description", item.description)
        event.add("categories", [item.kind])
        # An all-day item is a reminder, not a busy block; a timed interview is time you are busy.
        event.add("transp", "OPAQUE" if item.at_time else "TRANSPARENT")
        calendar.add_component(event)
    if any(item.at_time for item in events):
        calendar.add_missing_timezones()
    return calendar.to_ical()


def local_zone_name() -> str | None:
    """The computer's IANA time zone ("Europe/London"), when the system says it; else None."""
    import os
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    candidates = []
    if os.environ.get("TZ"):
        # TZ wins over /etc/localtime; a POSIX rule such as "UTC+3" has no IANA name (None: the
        # caller then writes the moment in UTC, by the offset the C library reads from TZ).
        candidates.append(os.environ["TZ"].removeprefix(":"))
    else:
        target = os.path.realpath("/etc/localtime")
        if "/zoneinfo/" in target:
            candidates.append(target.split("/zoneinfo/", 1)[1])
    for name in candidates:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return name
    return None


def local_datetime(day, at_time: str) -> datetime:
    """The wall-clock time on ``day`` in the local zone, as an aware datetime."""
    from datetime import time
    from zoneinfo import ZoneInfo

    naive = datetime.combine(day, time.fromisoformat(at_time))
    name = local_zone_name()
    if name is not None:
        return naive.replace(tzinfo=ZoneInfo(name))
    return naive.astimezone().astimezone(UTC)  # the system's offset for that moment, written in UTC


def calendar_written(events: list[CalendarEvent], output: Path | None, *, days: int, force: bool) -> None:
    """The .ics on stdout, or in an owner-only file with one line saying what is in it."""
    data = build_ics(events, stamp=datetime.now(UTC).replace(microsecond=0))
    if output is None:
        import sys

        sys.stdout.buffer.write(data) if hasattr(sys.stdout, "buffer") else sys.stdout.write(data.decode())
        sys.stdout.flush()
        return
    from peerjob.fileio import write_private_bytes
    from peerjob.render.console import say

    write_private_bytes(output, data, overwrite=force)
    kinds = sorted({event.kind for event in events})
    shown = f" ({', '.join(kinds)})" if kinds else ""
    count = len(events)
    say(
        f"Wrote {output}: {count} event{'' if count == 1 else 's'} in the next {days} days{shown}. "
        "Importing it again updates the same events."
    )
