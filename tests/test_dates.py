"""Dates as people type them: a table of cases, with 'today' pinned."""

from datetime import date

import pytest

from peerjob.dates import DateError, parse_date, parse_past_date

SUNDAY = date(2026, 11, 22)  # a Sunday
WEDNESDAY = date(2026, 11, 18)


@pytest.mark.parametrize(
    "text, today, prefer, expected",
    [
        ("today", SUNDAY, "past", date(2026, 11, 22)),
        ("  Today ", SUNDAY, "past", date(2026, 11, 22)),
        ("yesterday", SUNDAY, "past", date(2026, 11, 21)),
        ("tomorrow", SUNDAY, "future", date(2026, 11, 23)),
        ("2026-11-20", SUNDAY, "past", date(2026, 11, 20)),
        ("2026-1-5", SUNDAY, "past", date(2026, 1, 5)),
        # A bare weekday: the most recent one (today included) for the past...
        ("monday", WEDNESDAY, "past", date(2026, 11, 16)),
        ("wednesday", WEDNESDAY, "past", date(2026, 11, 18)),
        ("fri", WEDNESDAY, "past", date(2026, 11, 13)),
        # ...the next one after today for plans.
        ("monday", WEDNESDAY, "future", date(2026, 11, 23)),
        ("wednesday", WEDNESDAY, "future", date(2026, 11, 25)),
        ("friday", WEDNESDAY, "future", date(2026, 11, 20)),
        ("last friday", WEDNESDAY, "past", date(2026, 11, 13)),
        ("last wednesday", WEDNESDAY, "past", date(2026, 11, 11)),
        ("next tuesday", WEDNESDAY, "past", date(2026, 11, 24)),
        ("next wednesday", WEDNESDAY, "future", date(2026, 11, 25)),
        ("3 days ago", SUNDAY, "past", date(2026, 11, 19)),
        ("a week ago", SUNDAY, "past", date(2026, 11, 15)),
        ("2 weeks ago", SUNDAY, "past", date(2026, 11, 8)),
        ("1 month ago", date(2026, 3, 31), "past", date(2026, 2, 28)),
        ("in 2 weeks", SUNDAY, "future", date(2026, 12, 6)),
        ("in 3 days", SUNDAY, "future", date(2026, 11, 25)),
        ("in a month", date(2026, 1, 31), "future", date(2026, 2, 28)),
        # Whatever dateutil reads unambiguously.
        ("November 3, 2026", SUNDAY, "past", date(2026, 11, 3)),
        ("3 Nov 2026", SUNDAY, "past", date(2026, 11, 3)),
        ("2026/11/03", SUNDAY, "past", date(2026, 11, 3)),
        ("11/25/2026", SUNDAY, "past", date(2026, 11, 25)),
        ("nov 3", SUNDAY, "past", date(2026, 11, 3)),
    ],
)
def test_reads_what_people_type(text, today, prefer, expected):
    assert parse_date(text, today=today, prefer=prefer) == expected


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("yesturday", "Couldn't read the date 'yesturday'"),
        ("2026-02-30", "not a real date"),
        ("", "A date is needed"),
        ("someday", "Couldn't read"),
        ("5", "Couldn't read"),
        ("10:30", "Couldn't read"),
        ("03/04/2026", "could be"),
    ],
)
def test_refuses_what_it_cannot_read_and_shows_the_forms(text, fragment):
    with pytest.raises(DateError) as problem:
        parse_date(text, today=SUNDAY)
    assert fragment in problem.value.message
    if fragment != "could be":
        assert "3 days ago" in problem.value.message  # the accepted forms are shown


def test_past_dates_refuse_the_future():
    with pytest.raises(DateError, match="in the future"):
        parse_past_date("tomorrow", today=SUNDAY)
    assert parse_past_date("today", today=SUNDAY) == SUNDAY
