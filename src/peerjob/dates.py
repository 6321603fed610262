"""Dates as people type them, turned into ``datetime.date``.

Pure functions: ``today`` is always passed in, so tests can pin it.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from peerjob.errors import BadInput

ACCEPTED_FORMS = (
    "Try 2026-11-20, today, yesterday, tomorrow, monday, last friday, next tuesday, '3 days ago' or 'in 2 weeks'."
)

WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}
_AMOUNT = r"(\d+|" + "|".join(_NUMBER_WORDS) + r")"
_UNIT = r"(day|week|month|year)s?"
_AGO = re.compile(rf"{_AMOUNT} {_UNIT} ago")
_IN = re.compile(rf"in {_AMOUNT} {_UNIT}")
_WEEKDAY = re.compile(r"(?:(last|next|this) )?([a-z]+)")
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")  # year first: never ambiguous
_NUMBER_OR_TIME_ONLY = re.compile(r"[\d:.\s]*(am|pm)?")


class DateError(BadInput, ValueError):
    """A date we could not read; the message shows the forms we accept."""


def _shift(day: date, **amounts: int) -> date:
    """``day`` moved by days, weeks, months or years (a month on from 31 January is the end of February)."""
    from dateutil.relativedelta import relativedelta  # here, not at the top: most commands read no date

    shifted: date = day + relativedelta(**amounts)
    return shifted


def _amount(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _weekday(day_number: int, qualifier: str | None, today: date, prefer: str) -> date:
    days_back = (today.weekday() - day_number) % 7
    days_ahead = (day_number - today.weekday()) % 7
    if qualifier == "last":
        return _shift(today, days=-(days_back or 7))
    if qualifier == "next":
        return _shift(today, days=days_ahead or 7)
    if qualifier == "this":
        return _shift(today, days=-(today.weekday() - day_number))
    if prefer == "future":
        return _shift(today, days=days_ahead or 7)
    return _shift(today, days=-days_back)


def parse_date(text: str, *, today: date, prefer: str = "past") -> date:
    """Read a date the way a person types it.

    ``prefer`` decides a bare weekday: "past" (the most recent one, today
    included) for things that happened, "future" (the next one after today)
    for follow-ups and plans.
    """
    spoken = " ".join(str(text).strip().lower().split())
    if not spoken:
        raise DateError(f"A date is needed here. {ACCEPTED_FORMS}")

    simple = {"today": 0, "now": 0, "yesterday": -1, "tomorrow": 1}
    if spoken in simple:
        return _shift(today, days=simple[spoken])

    if match := _AGO.fullmatch(spoken):
        return _shift(today, **{_UNITS[match[2]]: -_amount(match[1])})
    if match := _IN.fullmatch(spoken):
        return _shift(today, **{_UNITS[match[2]]: _amount(match[1])})

    if (match := _WEEKDAY.fullmatch(spoken)) and match[2] in WEEKDAYS:
        return _weekday(WEEKDAYS[match[2]], match[1], today, prefer)

    if match := _ISO.fullmatch(spoken):
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            raise DateError(f"'{text}' is not a real date. {ACCEPTED_FORMS}") from None

    return _parse_with_dateutil(text, spoken, today)


def _parse_with_dateutil(text: str, spoken: str, today: date) -> date:
    from dateutil import parser

    # A lone number ("5") or a time ("10:30") is not a date, whatever dateutil says.
    if not re.search(r"\d", spoken) or _NUMBER_OR_TIME_ONLY.fullmatch(spoken):
        raise DateError(f"Couldn't read the date '{text}'. {ACCEPTED_FORMS}")
    default = datetime(today.year, today.month, today.day)
    try:
        month_first: datetime = parser.parse(spoken, default=default, dayfirst=False)
        day_first: datetime = parser.parse(spoken, default=default, dayfirst=True)
    except (ValueError, OverflowError, parser.ParserError):
        raise DateError(f"Couldn't read the date '{text}'. {ACCEPTED_FORMS}") from None
    if month_first.date() != day_first.date():
        raise DateError(
            f"'{text}' could be {month_first.date().isoformat()} or "
            f"{day_first.date().isoformat()}. Please write it as YYYY-MM-DD."
        )
    return month_first.date()


def parse_past_date(text: str, *, today: date, what: str = "That date") -> date:
    """A date for something that already happened: the future is refused."""
    value = parse_date(text, today=today, prefer="past")
    if value > today:
        raise DateError(
            f"{what} ({value.isoformat()}) is in the future. "
            "Use a date up to today, for example 'today' or 'yesterday'."
        )
    return value


WHEN_FORMS = "Try 'friday 3pm', 'tomorrow 09:30', '2026-12-01 15:30' or a date alone."
# A time of day inside a date: 15:30, 9:05am, 3pm, 3 pm, noon (optionally after "at").
_TIME = re.compile(
    r"(?:^|(?<=\s))(?:at\s+)?(?:(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm)?|(\d{1,2})\s*(am|pm)|(noon|midday))(?=\s|,|$)"
)


def parse_time(hour_text: str, minute_text: str | None, half: str | None, *, original: str) -> str:
    """ "HH:MM" on a 24-hour clock, or a DateError naming what was typed."""
    hour, minute = int(hour_text), int(minute_text or 0)
    if half:
        if not 1 <= hour <= 12:
            raise DateError(f"'{original}': with am or pm the hour is 1 to 12. {WHEN_FORMS}")
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise DateError(f"'{original}' has no such time of day. {WHEN_FORMS}")
    return f"{hour:02d}:{minute:02d}"


def parse_when(text: str, *, today: date, prefer: str = "future") -> tuple[date, str | None]:
    """A day and, if given, a time of day ("HH:MM", local): "friday 3pm", "2026-12-01 15:30", "tomorrow at 9:00".

    The time may come before or after the day; a time alone is today.
    """
    spoken = " ".join(str(text).strip().lower().split())
    spoken = re.sub(r"^(\d{4}-\d{1,2}-\d{1,2})t(?=\d)", r"\1 ", spoken)  # ISO 8601: 2026-12-04T10:00
    found = list(_TIME.finditer(spoken))
    if len(found) > 1:
        raise DateError(f"'{text}' has more than one time of day. {WHEN_FORMS}")
    if not found:
        # "friday 15", "monday 9", "friday 1530": a day word with a bare number is most likely a time
        # typed without its colon; dateutil would read it as another date (or a year). Ask instead.
        words = spoken.replace(",", " ").split()
        named_day = any(word in WEEKDAYS or word in ("today", "tomorrow") for word in words)
        if named_day and any(word.isdigit() for word in words):
            raise DateError(f"'{text}': is the number a time? Write it like 15:00 or 3pm. {WHEN_FORMS}")
        return parse_date(text, today=today, prefer=prefer), None
    match = found[0]
    if match[6]:
        at = "12:00"
    elif match[4]:
        at = parse_time(match[4], None, match[5], original=text)
    else:
        at = parse_time(match[1], match[2], match[3], original=text)
    rest = (spoken[: match.start()] + " " + spoken[match.end() :]).replace(",", " ")
    rest = " ".join(word for word in rest.split() if word not in ("at", "on"))
    day = parse_date(rest, today=today, prefer=prefer) if rest else today
    return day, at
