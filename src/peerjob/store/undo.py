"""The undo log: every change a command makes, kept in the data file itself so `peerjob undo` can take it back.

How it works (SQLite's documented trigger-based undo log): a command that
writes opens its transaction with start_recording(), which adds one
undo_change row and makes TEMPORARY triggers on every peerjob table. The
triggers write one undo_step per row added, changed or removed, holding the
row as it was (JSON), in the same transaction as the change itself: all of
it is saved, or none of it. Temporary triggers live only on this connection,
so they are never stored in the file and need no migration when a table
changes; each change remembers the schema it was recorded under, and steps
from before an upgrade are dropped, never replayed.

Changes are kept until the end of the next day (any command that writes
clears older ones) or until `undo --forget`. Connections that write have
secure_delete on (see db.connect), so a removed step's text is overwritten
in the file, not just unlinked.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from peerjob.domain.undo import Change, Step
from peerjob.store.dump import columns, table_names
from peerjob.store.version import HEAD

STAMP = "%Y-%m-%d %H:%M:%S.%f"  # as SQLAlchemy writes datetimes, so text order is time order
PENDING = "peerjob_undo_pending"  # a temp table: this command's change, until its first row is logged


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _create_triggers(conn: sqlite3.Connection) -> None:
    # This command's change, not yet in the file: the first row it touches writes it, so a
    # command that changes nothing (an import of rows already there) leaves the file's bytes alone.
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {PENDING} (made_at, command, revision, change_id)")
    begin = (
        f"INSERT INTO undo_change (made_at, command, revision) "
        f"SELECT made_at, command, revision FROM {PENDING} WHERE change_id IS NULL; "
        f"UPDATE {PENDING} SET change_id = (SELECT max(id) FROM undo_change) WHERE change_id IS NULL; "
    )
    current = f"(SELECT change_id FROM {PENDING})"
    for table in table_names(conn):
        names = columns(conn, table)
        pairs = ", ".join(f"{_literal(name)}, old.{_quote(name)}" for name in names)
        old_json = f"json_object('rowid', old.rowid, {pairs})"
        for operation, row, old in (
            ("insert", "new.rowid", "NULL"),
            ("update", "old.rowid", old_json),
            ("delete", "old.rowid", old_json),
        ):
            trigger = _quote(f"peerjob_undo_{table}_{operation}")
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {trigger} AFTER {operation.upper()} ON main.{_quote(table)} "
                f"BEGIN {begin}INSERT INTO undo_step (change_id, table_name, operation, row_id, old) "
                f"VALUES ({current}, {_literal(table)}, {_literal(operation)}, {row}, {old}); END"
            )


def start_recording(conn: sqlite3.Connection, *, command: str, made_at: datetime) -> None:
    """Inside a write transaction: from here on, every row changed is logged under one new change."""
    if conn.execute("SELECT 1 FROM sqlite_temp_master WHERE name = ?", (PENDING,)).fetchone() is None:
        _create_triggers(conn)
    conn.execute(f"DELETE FROM {PENDING}")
    conn.execute(
        f"INSERT INTO {PENDING} (made_at, command, revision, change_id) VALUES (?, ?, ?, NULL)",
        (made_at.strftime(STAMP), command, HEAD),
    )


def finish_recording(conn: sqlite3.Connection, *, keep_since: datetime) -> None:
    """Before the commit: changes made before ``keep_since`` (or under an older schema) go."""
    forget(conn, before=keep_since)


def forget(conn: sqlite3.Connection, *, before: datetime | None = None) -> int:
    """Remove kept changes (all, or those made before ``before``, or from an older schema); how many went."""
    params: tuple[str, ...] = ()
    if before is None:
        where = "1"
    else:
        where, params = "made_at < ? OR revision != ?", (before.strftime(STAMP), HEAD)
    gone = conn.execute(f"SELECT count(*) FROM undo_change WHERE {where}", params).fetchone()[0]
    if gone:
        conn.execute(f"DELETE FROM undo_step WHERE change_id IN (SELECT id FROM undo_change WHERE {where})", params)
        conn.execute(f"DELETE FROM undo_change WHERE {where}", params)
    return int(gone)


def _row_now(conn: sqlite3.Connection, table: str, row_id: int) -> dict | None:
    row = conn.execute(f"SELECT * FROM {_quote(table)} WHERE rowid = ?", (row_id,)).fetchone()
    return dict(row) if row is not None else None


def _steps(conn: sqlite3.Connection, change_id: int) -> list[Step]:
    steps = []
    for table, operation, row_id, old in conn.execute(
        "SELECT table_name, operation, row_id, old FROM undo_step WHERE change_id = ? ORDER BY id", (change_id,)
    ):
        before = json.loads(old) if old is not None else None
        now = _row_now(conn, table, row_id) if operation != "delete" else None
        steps.append(Step(table, operation, row_id, before, now))
    return steps


def changes(conn: sqlite3.Connection, *, limit: int | None = None, since: datetime | None = None) -> list[Change]:
    """The changes that can be undone (made at or after ``since``), newest first, each with its steps."""
    rows = conn.execute(
        "SELECT id, made_at, command, revision FROM undo_change WHERE revision = ? AND made_at >= ?"
        " ORDER BY id DESC LIMIT ?",
        (HEAD, since.strftime(STAMP) if since else "", -1 if limit is None else limit),
    ).fetchall()
    return [Change(row[0], datetime.strptime(row[1], STAMP), row[2], row[3], _steps(conn, row[0])) for row in rows]


def take_back(conn: sqlite3.Connection, change: Change) -> None:
    """Put back every row ``change`` touched, newest step first; the change leaves the log.

    ``change`` must be the newest one (changes() with limit=1): older changes
    assume the rows as the newer ones left them.

    Runs on a connection that records nothing (no triggers), inside the
    command's transaction. Foreign keys are checked at the commit, once
    every row is back, not row by row.
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for step in reversed(change.steps):
        table = _quote(step.table)
        if step.operation == "insert":
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (step.row_id,))
            continue
        assert step.old is not None
        values = dict(step.old)
        row_id = values.pop("rowid")
        names = list(values)
        if step.operation == "update":
            assignments = ", ".join(f"{_quote(name)} = ?" for name in names)
            conn.execute(f"UPDATE {table} SET {assignments} WHERE rowid = ?", [*values.values(), row_id])
        else:
            listed = ", ".join(["rowid", *(_quote(name) for name in names)])
            marks = ", ".join("?" * (len(names) + 1))
            conn.execute(f"INSERT INTO {table} ({listed}) VALUES ({marks})", [row_id, *values.values()])
    conn.execute("DELETE FROM undo_step WHERE change_id = ?", (change.id,))
    conn.execute("DELETE FROM undo_change WHERE id = ?", (change.id,))
