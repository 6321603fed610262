"""`peerjob undo`: take back the newest change, list what can be taken back, forget it all."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from peerjob.domain.undo import Change
from peerjob.errors import PeerjobError
from peerjob.store import undo as log
from peerjob.store.db import vacuum


def undoable(conn: sqlite3.Connection, *, since: datetime, limit: int | None = None) -> list[Change]:
    """What can still be undone (made at or after ``since``, the start of yesterday), newest first."""
    return log.changes(conn, limit=limit, since=since)


def undo_change(conn: sqlite3.Connection, expected_id: int, *, since: datetime | None = None) -> Change:
    """Take back the newest change, if it is still the one the person agreed to (another command may have run)."""
    newest = log.changes(conn, limit=1, since=since)
    if not newest or newest[0].id != expected_id:
        raise PeerjobError("Something changed your data while you were asked, so nothing was undone. Run it again.")
    log.take_back(conn, newest[0])
    return newest[0]


def forget_all(conn: sqlite3.Connection) -> int:
    return log.forget(conn)


def compact(path: Path) -> None:
    """After forgetting: rebuild the file so no free page keeps an old copy."""
    vacuum(path)
