"""Opening the data file: checks, upgrades with a backup, one transaction.

The everyday path uses only the standard library's sqlite3: it reads the
schema revision and, when it is current, never imports Alembic or SQLModel.
Creating or upgrading the file (rare) imports them, works on a copy,
verifies the copy, and only then swaps it in, after a backup of the old file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

from peerjob.errors import DataFileError
from peerjob.fileio import private_umask
from peerjob.paths import ensure_private_dir
from peerjob.store.version import HEAD, REVISIONS

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 15.0
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def date_span(column: str, since: date | None, until: date | None) -> tuple[list[str], list[str]]:
    """SQL clauses and parameters for ``column`` on or after ``since`` and on or before ``until``.

    ``column`` comes from peerjob's own code, never from input.
    """
    clauses, params = [], []
    if since:
        clauses.append(f"{column} >= ?")
        params.append(since.isoformat())
    if until:
        clauses.append(f"{column} <= ?")
        params.append(until.isoformat())
    return clauses, params


def utc_now_text() -> str:
    """A timestamp as SQLAlchemy writes UTCDateTime on SQLite."""
    return datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we say BEGIN and COMMIT ourselves, once per command.
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _not_ours(path: Path, why: str) -> DataFileError:
    return DataFileError(
        f"{path} is not a peerjob database ({why}); it was left as it is. "
        "Point --db or PEERJOB_DB at another file."
    )


def read_revision(path: Path) -> str | None:
    """The schema revision of an existing file; None for an empty file."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DataFileError(f"Couldn't open {path}: {error.strerror}.") from None
    if not header:
        return None
    if header != SQLITE_HEADER:
        raise _not_ours(path, "not an SQLite file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise _not_ours(path, "it holds other tables")
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise DataFileError(
            f"{path} looks damaged ({error}); it was left as it is. "
            "If you have a backup, `peerjob restore` can bring it back."
        ) from None
    if row is None:
        raise _not_ours(path, "its schema revision is missing")
    return row[0]


def backup_path_for(path: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return path.with_name(f"{path.name}.{label}-{stamp}.bak")


def vacuum_into(source: Path, target: Path) -> None:
    """A consistent, owner-only copy of a live database."""
    with private_umask():
        conn = sqlite3.connect(source, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            conn.execute("VACUUM INTO ?", (str(target),))
        finally:
            conn.close()
    os.chmod(target, 0o600)


def _run_alembic_upgrade(path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(config, "head")


def _verify(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        problems = conn.execute("PRAGMA integrity_check").fetchall()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    if problems != [("ok",)] or revision is None or revision[0] != HEAD:
        raise DataFileError("The upgraded copy did not check out; your data file was left as it is.")


@contextlib.contextmanager
def _migration_lock(path: Path) -> Iterator[None]:
    """One process migrates at a time; the others wait, then see it done.

    flock on the folder that holds the data file: it leaves no lock file
    behind, and it is independent of SQLite's own locks (Alembic uses a
    connection of its own).
    """
    import fcntl

    folder = os.open(path.parent, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(folder, fcntl.LOCK_UN)
        os.close(folder)


def _create_or_upgrade(path: Path) -> Path | None:
    """Bring the file to HEAD. Returns the backup made, if any."""
    with _migration_lock(path):
        exists = path.exists() and path.stat().st_size > 0
        revision = read_revision(path) if exists else None
        if revision == HEAD:
            return None  # another process did it while we waited
        backup = None
        work = path.with_name(f".{path.name}.upgrading")
        with contextlib.suppress(FileNotFoundError):
            os.unlink(work)
        with private_umask():
            if revision is not None:
                backup = backup_path_for(path, f"before-{HEAD}")
                vacuum_into(path, backup)
                vacuum_into(path, work)
            try:
                _run_alembic_upgrade(work)
                _verify(work)
                os.chmod(work, 0o600)
                os.replace(work, path)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(work)
        return backup


def open_database(path: Path) -> sqlite3.Connection:
    """A connection to a peerjob database at HEAD, creating or upgrading it."""
    path = Path(path)
    if path.is_dir():
        raise DataFileError(f"{path} is a folder. Point --db or PEERJOB_DB at a file inside it.")
    ensure_private_dir(path.parent)
    revision = read_revision(path) if path.exists() else None
    if revision != HEAD:
        if revision is not None and revision not in REVISIONS:
            raise DataFileError(
                f"{path} was written by a newer peerjob (schema {revision}). "
                "Upgrade peerjob to open it; the file was left as it is."
            )
        _create_or_upgrade(path)
    os.chmod(path, 0o600)
    return _connect(path)


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, *, write: bool) -> Iterator[sqlite3.Connection]:
    """One transaction per command: all of it is saved, or none of it.

    Writers take the write lock up front (BEGIN IMMEDIATE) so two commands
    at once queue behind the busy timeout instead of failing halfway.
    """
    conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def new_revision(revision_id: str, message: str) -> None:
    """Developers: generate a migration from the difference between models and HEAD."""
    import tempfile

    from alembic import command
    from alembic.config import Config

    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "scratch.db"
        _run_alembic_upgrade(scratch)
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.set_main_option("sqlalchemy.url", f"sqlite:///{scratch}")
        command.revision(config, message=message, autogenerate=True, rev_id=revision_id)
