"""Gentle lines several actions share."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from peerjob.config import Settings
from peerjob.domain.reach_out import CONNECTING_PRACTICES, isolation_line
from peerjob.store.partners import last_checkin, least_recently_heard, practised_since


def isolation_nudge(conn: sqlite3.Connection, as_of: date, settings: Settings, last: date | None = None) -> str | None:
    """The quiet reach-out line, when it applies (``last``: the latest check-in, if the caller has it)."""
    if settings.isolation_days == 0:
        return None
    partner = least_recently_heard(conn, as_of)
    if partner is None:
        return None
    if last is None:
        last = last_checkin(conn, as_of)
    connected = practised_since(conn, as_of - timedelta(days=6), as_of, CONNECTING_PRACTICES)
    return isolation_line(partner, last, as_of, settings.isolation_days, connected=connected)
