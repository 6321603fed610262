"""The today view: what is due now, this week's effort so far, and one gentle next step."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peerjob.config import Settings
from peerjob.domain.due import DueItem
from peerjob.domain.review import MOMENTUM_WEEKS, Momentum, momentum
from peerjob.domain.today import next_step
from peerjob.domain.weeks import week_start
from peerjob.store.due import collect
from peerjob.store.goals import week_counts
from peerjob.store.review import weekly_counts

SHOWN = 5  # lines of what is due; the rest are counted


@dataclass
class TodayView:
    today: date
    due_now: list[DueItem]  # due today or earlier, at most SHOWN
    more_due: int  # the rest: `peerjob due` lists them
    effort: dict[str, int]  # this week so far: applications, wins, checkins, self_care_days
    momentum: Momentum
    suggestion: str
    returning: bool = False  # nothing recorded for three weeks or more before this week
    all_time: dict[str, int] | None = None  # what still counts, said when returning


def today_view(conn: sqlite3.Connection, *, settings: Settings, today: date, now: datetime | None = None) -> TodayView:
    # Dated items due by today, and the questions about rounds that have passed ("How did it go?").
    items = [
        item
        for item in collect(conn, until=today, today=today, settings=settings, now=now)
        if item.due_on or item.kind == "debrief"
    ]
    start = week_start(today, settings.first_weekday)
    effort = week_counts(conn, start, today)
    from peerjob.store.review import welcome_back_figures

    returning, all_time = welcome_back_figures(conn, start, today)
    first_week = start - timedelta(weeks=MOMENTUM_WEEKS - 1)
    return TodayView(
        today=today,
        due_now=_most_recent(items, today),
        more_due=max(0, len(items) - SHOWN),
        effort=dict(effort),
        momentum=momentum(weekly_counts(conn, first_week, today)),
        suggestion=next_step(len(items), effort),
        returning=returning,
        all_time=all_time if returning else None,
    )


def _most_recent(items: list[DueItem], today: date) -> list[DueItem]:
    """At most SHOWN lines: today's and the "how did it go?" questions first, then the most recent overdue
    plans (as `due` folds the oldest), oldest of those first."""
    current = [item for item in items if item.due_on is None or item.due_on >= today]
    overdue = [item for item in items if item.due_on is not None and item.due_on < today]
    room = max(0, SHOWN - len(current))
    return (current + (overdue[-room:] if room else []))[:SHOWN]
