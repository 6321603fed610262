"""`dump` and `load`: everything out, private fields included, and back into an empty file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from peerjob.errors import BadInput
from peerjob.store import dump as store
from peerjob.store.db import connect, inspect

DUMP_FORMAT = store.DUMP_FORMAT


def dump_everything(conn: sqlite3.Connection) -> dict[str, Any]:
    data: dict[str, Any] = store.dump(conn)
    return data


def table_rows(conn: sqlite3.Connection) -> tuple[str, dict[str, tuple[list[str], Iterable[tuple[Any, ...]]]]]:
    """The schema revision and, per table, its column names and rows (for the CSV folder)."""
    tables = {table: store.table_rows(conn, table) for table in store.table_names(conn)}
    return store.schema_revision(conn), tables


def check_dump(data: object) -> tuple[dict[str, list[dict[str, Any]]], dict[str, int]]:
    """The dump's tables and highest IDs, or a refusal saying what is wrong (before any file is opened)."""
    tables = store.check_dump_shape(data)
    return tables, store.check_last_ids(data if isinstance(data, dict) else {})


def not_empty(db: Path, holding: dict[str, int]) -> BadInput:
    plural = sum(holding.values())
    parts = [f"{count} in {table}" for table, count in list(holding.items())[:3]]
    what = f"{plural} row{'' if plural == 1 else 's'}: " + ", ".join(parts) + (", ..." if len(holding) > 3 else "")
    return BadInput(
        f"{db} already holds data ({what}); load only fills an empty data file. "
        f"Load into a new one with: peerjob --db NEW.db load DUMP.json (or restore a backup with peerjob restore)."
    )


def refuse_if_holding_data(db: Path) -> None:
    """Checked without opening for writing, so a refusal leaves the file exactly as it was."""
    if inspect(db).kind != "peerjob":
        return  # missing or empty: it will be created; anything else: opening it says why
    conn = connect(db, read_only=True)
    try:
        holding = {table: count for table, count in store.row_counts(conn).items() if count}
    finally:
        conn.close()
    if holding:
        raise not_empty(db, holding)


def load_dump(
    conn: sqlite3.Connection, db: Path, tables: dict[str, list[dict[str, Any]]], highest_ids: dict[str, int]
) -> int:
    """Load every row, keeping IDs, into an empty data file; returns how many rows."""
    holding = {table: count for table, count in store.row_counts(conn).items() if count}
    if holding:
        raise not_empty(db, holding)
    counts = store.load(conn, tables, highest_ids)
    return sum(counts.values())
