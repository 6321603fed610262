"""Wins beyond applications, milestones, and the funnel of where applications went."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peerjob.config import Settings
from peerjob.domain.stats import Funnel, funnel
from peerjob.store import applications
from peerjob.store.milestones import list_milestones as stored_milestones
from peerjob.store.milestones import record_reached
from peerjob.store.stats import application_paths
from peerjob.store.wins import add_win, count_wins
from peerjob.store.wins import list_wins as stored_wins


@dataclass(frozen=True)
class NewWin:
    text: str
    kind: str
    won_on: date
    application_id: int | None = None


@dataclass
class WinRecorded:
    id: int
    kind: str
    count: int  # wins in all, this one included
    kind_count: int = 1  # wins of this kind, this one included (for fresh words)
    milestones: list[dict[str, Any]] = field(default_factory=list)


def record_win(conn: sqlite3.Connection, win: NewWin, *, settings: Settings) -> WinRecorded:
    if win.application_id is not None:
        applications.get_application(conn, win.application_id)  # an unknown ID is refused, nothing saved
    win_id = add_win(conn, text=win.text, kind=win.kind, won_on=win.won_on, application_id=win.application_id)
    reached = record_reached(conn, first_weekday=settings.first_weekday, days=[win.won_on])
    return WinRecorded(
        id=win_id,
        kind=win.kind,
        count=count_wins(conn),
        milestones=reached,
        kind_count=count_wins(conn, kind=win.kind),
    )


def list_wins(
    conn: sqlite3.Connection, *, since: date | None, until: date | None, kind: str | None
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = stored_wins(conn, since=since, until=until, kind=kind)
    return rows


def list_milestones(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = stored_milestones(conn)
    return rows


def application_funnel(conn: sqlite3.Connection, *, since: date | None, until: date | None) -> Funnel:
    """Applications by stage and by source, and how long replies took."""
    return funnel(application_paths(conn, since=since, until=until))
