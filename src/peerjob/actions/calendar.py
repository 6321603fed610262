"""`calendar`: the dated items ahead as calendar events."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from peerjob.config import Settings
from peerjob.domain.calendar import CalendarEvent
from peerjob.store.calendar import calendar_events


def events_ahead(conn: sqlite3.Connection, *, days: int, settings: Settings, today: date) -> list[CalendarEvent]:
    return calendar_events(conn, today=today, until=today + timedelta(days=days), settings=settings)
