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


def list_due(
    conn: sqlite3.Connection, *, days: int, settings: Settings, today: date, now: datetime | None = None
) -> DueListed:
    return DueListed(
        items=collect(conn, until=today + timedelta(days=days), today=today, settings=settings, now=now), today=today
    )
