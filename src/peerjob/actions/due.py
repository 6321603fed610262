"""`due`: follow-ups, plans and suggestions up to a day, with peerjob's own suggestions told apart."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peerjob.config import Settings
from peerjob.domain.due import DueItem
from peerjob.store.due import collect


@dataclass
class DueListed:
    items: list[DueItem]  # soonest first; undated suggestions last
    today: date

    def overdue(self, item: DueItem) -> bool:
        """A date the person set that has passed; peerjob's suggestions are never overdue."""
        return bool(item.due_on and item.due_on < self.today and not item.suggestion)


def let_go_before(conn: sqlite3.Connection, before: date, *, settings: Settings, today: date) -> int:
    """Let go of every overdue plan dated before ``before`` (its date cleared, nothing else); how many."""
    old = [item for item in overdue_plans(conn, settings=settings, today=today) if item.due_on and item.due_on < before]
    return sum(1 for item in old if tidy_one(conn, item, None))


def overdue_plans(conn: sqlite3.Connection, *, settings: Settings, today: date) -> list[DueItem]:
    """The plans whose dates have passed, oldest first (what `due --tidy` walks through)."""
    listed = list_due(conn, days=0, settings=settings, today=today)
    return [item for item in listed.items if listed.overdue(item)]


def tidy_one(conn: sqlite3.Connection, item: DueItem, new_date: date | None) -> bool:
    from peerjob.store.due import move_plan

    return move_plan(conn, item, new_date)


def list_due(
    conn: sqlite3.Connection, *, days: int, settings: Settings, today: date, now: datetime | None = None
) -> DueListed:
    return DueListed(
        items=collect(conn, until=today + timedelta(days=days), today=today, settings=settings, now=now), today=today
    )
