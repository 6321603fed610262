"""`import`: what a CSV would add (a dry run reads only), and adding it in one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peerjob.config import Settings
from peerjob.domain.importing import ImportPlan, ImportRow
from peerjob.store.importer import (
    existing_keys,
    existing_read_only,
    insert_applications,
    latest_day_per_week,
    mark_sent,
    saved_jobs,
)
from peerjob.store.milestones import record_reached


@dataclass
class ImportDone:
    plan: ImportPlan
    new: list[ImportRow]  # rows not already in the data file
    imported: bool  # False for a dry run
    ids: list[int] = field(default_factory=list)
    milestones: list[dict[str, Any]] = field(default_factory=list)
    sent_saved: list[ImportRow] = field(default_factory=list)  # rows that mark a saved job as sent


def _split(
    plan: ImportPlan, known: set[tuple[str, str, str]], saved: dict[tuple[str, str], int]
) -> tuple[list[ImportRow], list[tuple[int, ImportRow]]]:
    """New rows, and rows that are a saved job's being sent (matched on company and role)."""
    new: list[ImportRow] = []
    sending: list[tuple[int, ImportRow]] = []
    for row in plan.rows:
        if row.key in known:
            continue
        if row.stage != "saved" and row.key[:2] in saved:
            sending.append((saved.pop(row.key[:2]), row))
        else:
            new.append(row)
    return new, sending


def preview_import(db: Path, plan: ImportPlan) -> ImportDone:
    """A dry run: compares with the data file read-only; never creates, changes or upgrades it."""
    new, sending = _split(plan, *existing_read_only(db))
    return ImportDone(plan=plan, new=new, imported=False, sent_saved=[row for _, row in sending])


def import_applications(
    conn: sqlite3.Connection, plan: ImportPlan, *, settings: Settings, started: Callable[[int], Callable[[int], None]]
) -> ImportDone:
    """Add the rows not already there, with their stage history and the milestones they reach.

    ``started(total)`` is told how many rows will be saved and returns a callback for progress.
    """
    new, sending = _split(plan, existing_keys(conn), saved_jobs(conn))
    for application_id, row in sending:
        mark_sent(conn, application_id, row)
    ids = insert_applications(conn, new, progress=started(len(new)))
    moved = [row for _, row in sending]
    reached = (
        record_reached(
            conn,
            first_weekday=settings.first_weekday,
            days=latest_day_per_week((row.applied_on for row in [*new, *moved]), settings.first_weekday),
        )
        if new or moved
        else []
    )
    return ImportDone(plan=plan, new=new, imported=True, ids=ids, milestones=reached, sent_saved=moved)
