"""The journal: writing an entry, reading entries, and the trends over weeks."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from peerjob.config import Settings
from peerjob.domain.selfcare import MIN_DAYS_EACH_SIDE, average, close_practice, practice_comparisons, weekly_figures
from peerjob.domain.weeks import week_start
from peerjob.domain.wellness import offers_plan
from peerjob.store import journal as store
from peerjob.store.milestones import record_reached


@dataclass(frozen=True)
class NewEntry:
    entry_on: date
    text: str | None
    mood: int | None
    energy: int | None
    practices: list[str]


@dataclass
class EntrySaved:
    id: int
    mood: int | None
    milestones: list[dict[str, Any]] = field(default_factory=list)
    # (practice as typed, a known practice it looks like): "did you mean walk?"
    close_practices: list[tuple[str, str]] = field(default_factory=list)
    offer_support: bool = False  # a very low mood, or a second low day: the first such entry that day
    has_plan: bool = False  # the person has written a wellness plan: the line points to it too
    turn: int = 1  # entries said with the same words' moment (low mood or not), this one included


def write_entry(
    conn: sqlite3.Connection, entry: NewEntry, *, settings: Settings, today: date | None = None
) -> EntrySaved:
    known = store.known_practices(conn) if entry.practices else set()
    entry_id = store.add_entry(
        conn, entry_on=entry.entry_on, text=entry.text, mood=entry.mood, energy=entry.energy, practices=entry.practices
    )
    reached = record_reached(conn, first_weekday=settings.first_weekday, days=[entry.entry_on])
    close = [(tag, near) for tag in entry.practices if (near := close_practice(tag, known))]
    # Offered once a day, not on every entry: after a mood of 1, or a second low day in a row.
    # About a day that is now (today, or last night's entry written this morning), never one long past.
    recent = today is None or entry.entry_on >= today - timedelta(days=1)
    offer = recent and offers_plan(
        entry.mood,
        store.moods_on(conn, entry.entry_on, before_id=entry_id),
        store.moods_on(conn, entry.entry_on - timedelta(days=1)),
    )
    has_plan = offer and store.has_plan(conn)
    low = entry.mood is not None and entry.mood <= 2
    turn = store.entries_alike(conn, low=low)
    return EntrySaved(
        id=entry_id,
        mood=entry.mood,
        milestones=reached,
        close_practices=close,
        offer_support=offer,
        has_plan=has_plan,
        turn=turn,
    )


@dataclass
class EntriesListed:
    entries: list[dict[str, Any]]
    any_at_all: bool  # False: nothing written yet; True with no entries: none in the span asked for


def list_entries(conn: sqlite3.Connection, *, since: date | None, until: date | None) -> EntriesListed:
    entries = store.list_entries(conn, since=since, until=until)
    return EntriesListed(entries=entries, any_at_all=bool(entries) or store.count_entries(conn) > 0)


def show_entry(conn: sqlite3.Connection, entry_id: int) -> dict[str, Any]:
    entry: dict[str, Any] = store.get_entry(conn, entry_id)
    return entry


def journal_stats(conn: sqlite3.Connection, *, weeks: int, settings: Settings, today: date) -> dict[str, Any]:
    """Mood and energy by week, days with an entry, and practices on days with a higher mood."""
    first = week_start(today, settings.first_weekday) - timedelta(weeks=weeks - 1)
    days = store.days_between(conn, first, today)
    return {
        "from": first,
        "to": today,
        "days_with_entry": len(days),
        "entries": sum(day.entries for day in days),
        "mood_average": average(sum(day.mood_sum for day in days), sum(day.mood_count for day in days)),
        "energy_average": average(sum(day.energy_sum for day in days), sum(day.energy_count for day in days)),
        "weeks": weekly_figures(days, first, weeks),
        "practices": practice_comparisons(days),
        "min_days_each_side": MIN_DAYS_EACH_SIDE,
    }
