"""Weeks run Monday to Sunday (ISO) unless the settings say Sunday."""

from __future__ import annotations

import re
from datetime import date, timedelta

from peerjob.errors import BadInput

_ISO_WEEK = re.compile(r"(\d{4})-?w(\d{1,2})")


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the week holding ``day`` (0 = Monday, 6 = Sunday)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def week_span(day: date, first_weekday: int = 0) -> tuple[date, date]:
    start = week_start(day, first_weekday)
    return start, start + timedelta(days=6)


def parse_iso_week(text: str) -> date | None:
    """'2026-W47' -> the Monday of that ISO week; None when it is not that form."""
    match = _ISO_WEEK.fullmatch(text.strip().lower())
    if not match:
        return None
    try:
        return date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        raise BadInput(f"'{text}' is not a real ISO week. Try 2026-W47.") from None


def resolve_week(text: str | None, *, today: date, first_weekday: int = 0) -> date:
    """The first day of the week meant by 'this', 'last', 'next', a date or 2026-W47."""
    from peerjob.dates import parse_date

    spoken = (text or "this").strip().lower()
    current = week_start(today, first_weekday)
    named = {"this": 0, "current": 0, "last": -7, "previous": -7, "next": 7}
    if spoken in named:
        return current + timedelta(days=named[spoken])
    iso_monday = parse_iso_week(spoken)
    if iso_monday is not None:
        return week_start(iso_monday, first_weekday)
    return week_start(parse_date(spoken, today=today, prefer="past"), first_weekday)
