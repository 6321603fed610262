"""Weekly goals: they carry forward from the week they are set until changed."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peerjob.store import goals as store


@dataclass
class GoalsShown:
    week_start: date
    goals: dict[str, int | None]  # in force that week (carried forward from when they were set)
    history: list[dict[str, Any]]
    agreed: list[dict[str, Any]] = field(default_factory=list)  # agreed at check-ins for that week


def goals_for(conn: sqlite3.Connection, week_start: date) -> dict[str, int | None]:
    goals: dict[str, int | None] = store.effective_goals(conn, week_start)
    return goals


def show_goals(conn: sqlite3.Connection, week_start: date) -> GoalsShown:
    return GoalsShown(
        week_start=week_start,
        goals=goals_for(conn, week_start),
        history=store.goal_history(conn),
        agreed=store.agreed_goals(conn, week_start),
    )


def set_goals(conn: sqlite3.Connection, week_start: date, changes: dict[str, int]) -> None:
    """Set some goals from ``week_start`` on (0 clears one); the others stay as they were."""
    store.set_goals(conn, week_start, changes)


def goal_settings(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Each goal setting with its ID (for `goals show|edit|delete ID`)."""
    rows: list[dict[str, Any]] = store.goal_rows(conn)
    return rows


def agreed_goal_done(conn: sqlite3.Connection, goal_id: int, on: date, *, first_weekday: int = 0) -> dict[str, Any]:
    """Mark a goal agreed at a check-in as done (with any milestone it completes, as "milestones");
    refuses an unknown ID or one already done."""
    from peerjob.errors import BadInput, NotFound
    from peerjob.store.goals import agreed_goals, mark_agreed_done

    found = next((goal for goal in agreed_goals(conn) if goal["id"] == goal_id), None)
    if found is None:
        raise NotFound(f"There is no agreed goal with ID {goal_id}. `peerjob goals agreed` shows them.")
    if found["done_on"] is not None:
        raise BadInput(f"Agreed goal {goal_id} is already done ({found['done_on']}). Nothing changed.")
    mark_agreed_done(conn, goal_id, on)
    from peerjob.store.milestones import record_reached

    return dict(found, milestones=record_reached(conn, first_weekday=first_weekday, days=[found["week_start"]]))


def list_agreed(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every goal agreed at a check-in, oldest week first."""
    from peerjob.store.goals import agreed_goals

    rows: list[dict[str, Any]] = agreed_goals(conn)
    return rows
