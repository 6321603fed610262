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
