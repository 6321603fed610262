"""`import`: what a CSV would add (a dry run reads only), and adding it in one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peerjob.config import Settings
from peerjob.domain.importing import ImportPlan, ImportRow
from peerjob.store.importer import existing_keys, existing_keys_read_only, insert_applications, latest_day_per_week
from peerjob.store.milestones import record_reached


@dataclass
class ImportDone:
    plan: ImportPlan
    new: list[ImportRow]  # rows not already in the data file
    imported: bool  # False for a dry run
    ids: list[int] = field(default_factory=list)
    milestones: list[dict[str, Any]] = field(default_factory=list)


def preview_import(db: Path, plan: ImportPlan) -> ImportDone:
    """A dry run: compares with the data file read-only; never creates, changes or upgrades it."""
    known = existing_keys_read_only(db)
    return ImportDone(plan=plan, new=[row for row in plan.rows if row.key not in known], imported=False)


def import_applications(
    conn: sqlite3.Connection, plan: ImportPlan, *, settings: Settings, started: Callable[[int], Callable[[int], None]]
) -> ImportDone:
    """Add the rows not already there, with their stage history and the milestones they reach.

    ``started(total)`` is told how many rows will be saved and returns a callback for progress.
    """
    known = existing_keys(conn)
    new = [row for row in plan.rows if row.key not in known]
    ids = insert_applications(conn, new, progress=started(len(new)))
    reached = (
        record_reached(
            conn,
            first_weekday=settings.first_weekday,
            days=latest_day_per_week((row.applied_on for row in new), settings.first_weekday),
        )
        if new
        else []
    )
    return ImportDone(plan=plan, new=new, imported=True, ids=ids, milestones=reached)
