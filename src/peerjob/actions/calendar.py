"""`calendar`: the dated items ahead as calendar events."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from peerjob.config import Settings
from peerjob.domain.calendar import CalendarEvent, events_from
from peerjob.store.due import collect


def events_ahead(conn: sqlite3.Connection, *, days: int, settings: Settings, today: date) -> list[CalendarEvent]:
    items = collect(conn, until=today + timedelta(days=days), today=today, settings=settings)
    return events_from(items, today=today)
