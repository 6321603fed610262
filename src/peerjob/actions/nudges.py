"""Gentle lines several actions share."""

from __future__ import annotations

import sqlite3
from datetime import date

from peerjob.config import Settings
from peerjob.domain.reach_out import isolation_line
from peerjob.store.partners import last_checkin, least_recently_heard


def isolation_nudge(conn: sqlite3.Connection, as_of: date, settings: Settings, last: date | None = None) -> str | None:
    """The quiet reach-out line, when it applies (``last``: the latest check-in, if the caller has it)."""
    partner = least_recently_heard(conn, as_of)
    if partner is None:
        return None
    if last is None:
        last = last_checkin(conn, as_of)
    return isolation_line(partner, last, as_of, settings.isolation_days)
