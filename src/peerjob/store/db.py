"""The one door to the data file: what a file is, opening it, creating and upgrading it.

Every SQLite connection peerjob makes goes through ``connect``, which builds
the file's URI with ``Path.as_uri()`` so that ``#``, ``?``, ``%``, spaces and
any letter in a folder name stay part of the path.

The everyday path uses only the standard library's sqlite3: it reads the
schema revision and, when it is current, never imports Alembic or SQLModel.
Creating or upgrading the file (rare, and only for commands that write)
imports them, works on a copy, verifies the copy, and only then swaps it in,
after a backup of the old file. Commands that only read never create,
change, chmod or upgrade a file: an older file is upgraded in memory.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from peerjob.errors import DataFileError, DiskFull, PeerjobError
from peerjob.fileio import fsync_file, private_umask, replace_atomically
from peerjob.paths import ensure_private_dir
from peerjob.store.version import HEAD, REVISIONS

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 15.0
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
JOURNAL_SUFFIXES = ("-journal", "-wal", "-shm")


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


def as_date(text: str) -> date:
    """A date column as stored (ISO 8601, as SQLAlchemy writes it on SQLite): the one place dates are read."""
    return date.fromisoformat(text[:10])


def as_date_or_none(text: str | None) -> date | None:
    return as_date(text) if text else None


def utc_now_text() -> str:
    """A timestamp as SQLAlchemy writes UTCDateTime on SQLite."""
    return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The ID of the row an INSERT just made (sqlite3 types it as optional; after an INSERT it is always set)."""
    row_id = cursor.lastrowid
    if row_id is None:  # only after something other than an INSERT: a bug in peerjob, not in the data
        raise RuntimeError("no row was inserted")
    return row_id


def next_id(conn: sqlite3.Connection, table: str) -> int:
    """The ID the next row of ``table`` gets: never one a deleted row had (AUTOINCREMENT keeps the high mark).

    ``table`` comes from peerjob's own code, never from input.
    """
    row = conn.execute(
        f"SELECT max(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),"
        f" COALESCE((SELECT MAX(id) FROM {table}), 0)) + 1",
        (table,),
    ).fetchone()
    return int(row[0])


# --- the one way to open an SQLite file ---------------------------------------


def file_uri(path: Path, mode: str) -> str:
    """An SQLite URI for ``path``: as_uri() percent-encodes #, ?, % and the rest."""
    return f"{Path(os.path.abspath(path)).as_uri()}?mode={mode}"


def is_encrypted(path: Path) -> bool:
    """Does ``path`` look like an SQLCipher file: not plain SQLite, whole pages, and nothing but noise?

    Only a look at its size and first bytes: no passphrase needed (where and
    wipe use it). Whether it really is one, only its passphrase can tell.
    """
    try:
        size = os.stat(path).st_size
        with open(path, "rb") as handle:
            first_page = handle.read(4096)
    except OSError:
        return False
    if size < 1024 or size % 512 or first_page.startswith(SQLITE_HEADER):
        return False
    # Every byte of an SQLCipher file reads as noise (its salt, then encrypted pages): nearly
    # every byte value shows up in its first page, and no run of zeros. A tar archive, an
    # image or a text file has a structure that shows.
    return len(set(first_page[:1024])) >= 160 and b"\x00" * 8 not in first_page


def sql_errors(name: str) -> tuple[type[Exception], ...]:
    """sqlite3's exception class ``name`` (say "DatabaseError"), and SQLCipher's once it is in use.

    sqlcipher3 has its own copies of the DB-API classes, unrelated to
    sqlite3's; it is imported only for an encrypted file, so this costs a
    plain file nothing.
    """
    classes: list[type[Exception]] = [getattr(sqlite3, name)]
    sqlcipher = sys.modules.get("sqlcipher3.dbapi2")
    if sqlcipher is not None:
        classes.append(getattr(sqlcipher, name))
    return tuple(classes)


def open_sqlite(path: Path, mode: str, *, timeout: float = BUSY_TIMEOUT_SECONDS) -> sqlite3.Connection:
    """The bare connection (autocommit, no row factory): plain sqlite3, or SQLCipher with its key for an encrypted file.

    ``mode``: "ro", "rw" or "rwc" (creates a missing file). Migrations use this too.
    """
    uri = file_uri(path, mode)
    if is_encrypted(path):
        from peerjob.store import cipher

        conn: sqlite3.Connection = cipher.open_file(Path(path), uri, timeout=timeout)
        return conn
    return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)


def row_class(conn: Any) -> type:
    """The Row class of the library behind ``conn`` (sqlite3's rows and sqlcipher3's are alike but distinct)."""
    return sys.modules[type(conn).__module__].Row


def connect(path: Path, *, read_only: bool, timeout: float = BUSY_TIMEOUT_SECONDS) -> sqlite3.Connection:
    """Open ``path`` read-only (never creates or changes it) or read-write (never creates it).

    isolation_level=None: peerjob says BEGIN and COMMIT itself, once per command.
    """
    conn = open_sqlite(path, "ro" if read_only else "rw", timeout=timeout)
    conn.row_factory = row_class(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        # Removed rows are overwritten with zeros, not just unlinked: a deleted journal line,
        # once its undo copy is gone too, is gone from the file's bytes (see store/undo.py).
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # the undo triggers' temporary schema: never a file on disk
    return conn


def as_peerjob_error(error: BaseException, path: Path | None = None) -> PeerjobError | None:
    """A storage error (SQLite's, or the disk's) as the message a person should see; None for anything else.

    The command layer calls this for errors it does not know, so it never
    needs to know SQLite's exception types or its wording.
    """
    import errno

    if is_disk_full(error):
        return DiskFull()
    if isinstance(error, sql_errors("OperationalError")) and ("locked" in str(error) or "busy" in str(error)):
        return DataFileError(
            "The data file is busy with another peerjob command. Nothing was changed; try again in a moment."
        )
    if isinstance(error, sql_errors("IntegrityError")):
        # Another peerjob command changed the same records meanwhile (deleted an application, say).
        return DataFileError(
            f"Something this command refers to changed while it ran ({error}). Nothing was saved; please run it again."
        )
    if isinstance(error, sql_errors("Error")):
        if path is not None:
            state = inspect(path, check=True)  # SQLite's own recovery first, then a quick_check
            if state.kind == "damaged":
                return DataFileError(damaged_message(path, state.why))
            return DataFileError(
                f"The data file could not be used ({error}). Nothing from this command was saved; "
                "the file checks out, so try again."
            )
        return DataFileError(f"The data file could not be used ({error}). Nothing from this command was saved.")
    ours = path is not None and getattr(error, "filename", None) in (str(path), str(path.parent), path, path.parent)
    if isinstance(error, OSError) and (
        error.errno == errno.EROFS or (ours and error.errno in (errno.EACCES, errno.EPERM))
    ):
        return DataFileError(
            f"peerjob can't write to {error.filename or path} ({error.strerror}). Nothing was changed. "
            "Reading still works; to save, point --db at a file you can write."
        )
    return None


def is_disk_full(error: BaseException) -> bool:
    import errno

    if isinstance(error, sql_errors("Error")):
        return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(error)
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)


# --- what a file is -------------------------------------------------------------


@dataclass(frozen=True)
class FileState:
    kind: str  # "missing", "empty", "peerjob", "newer", "damaged", "interrupted", "foreign"
    revision: str | None = None
    why: str = ""

    @property
    def has_data(self) -> bool:
        return self.kind not in ("missing", "empty")


def has_journal(path: Path) -> bool:
    """Did a write stop halfway (a kill, a crash, a full disk) and leave its journal?"""
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def recover_interrupted_write(path: Path) -> None:
    """Let SQLite roll back a write that was cut off, before anything looks at the file.

    A read-only connection cannot roll back a journal (it says "attempt to
    write a readonly database"), so a killed import must not make the file
    look damaged: a read-write open and one read do SQLite's own recovery,
    which puts the file back exactly as it was before that write began.
    """
    if not has_journal(path) or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return  # on read-only media the read itself says what is wrong
    try:
        conn = connect(path, read_only=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except Exception as error:  # the classes are looked up now: connect may have loaded sqlcipher3
        if not isinstance(error, sql_errors("DatabaseError")):
            raise


def inspect(path: Path, *, check: bool = False) -> FileState:
    """What ``path`` holds, without changing it (beyond SQLite's rollback of a cut-off write).

    ``check`` also runs PRAGMA quick_check, which reads the whole file; the
    everyday path skips it and checks only when something goes wrong.
    """
    path = Path(path)
    try:
        if path.is_dir():
            return FileState("foreign", why="it is a folder")
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return FileState("missing")
    except OSError as error:
        return FileState("foreign", why=error.strerror or str(error))
    if not header:
        return FileState("empty")
    if header != SQLITE_HEADER and not is_encrypted(path):
        return FileState("foreign", why="not an SQLite file")
    recover_interrupted_write(path)
    try:
        conn = connect(path, read_only=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                return FileState("foreign", why="it holds other tables" if tables else "it has no peerjob tables")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None:
                return FileState("foreign", why="its schema revision is missing")
            if row[0] not in REVISIONS:
                return FileState("newer", revision=row[0], why=f"schema {row[0]}, from a newer peerjob")
            if "application" not in tables:
                return FileState("foreign", why="it has no application table")
            if check:
                problems = conn.execute("PRAGMA quick_check").fetchall()
                if [tuple(p) for p in problems] != [("ok",)]:
                    return FileState("damaged", revision=row[0], why=str(problems[0][0]))
            return FileState("peerjob", revision=row[0])
        finally:
            conn.close()
    except sql_errors("DatabaseError") as error:
        if has_journal(path) and "readonly" in str(error):
            return FileState("interrupted", why="a write was cut off and can only be undone where the file is writable")
        return FileState("damaged", why=str(error))


def refusal(path: Path, state: FileState) -> DataFileError:
    """The message for a file peerjob will not open, whatever the command."""
    if state.kind == "newer":
        return DataFileError(
            f"{path} was written by a newer peerjob ({state.why}). "
            "Upgrade peerjob to open it; the file was left as it is."
        )
    if state.kind == "damaged":
        return DataFileError(damaged_message(path, state.why))
    if state.kind == "interrupted":
        # Not damage: SQLite's journal holds what it needs, but rolling it back means writing.
        return DataFileError(
            f"A write to {path} was cut off, and undoing it needs a place where the file can be written. "
            "Your data is all there: copy the file and its -journal file to a writable folder, or make this one writable, "
            "then run the command again."
        )
    return DataFileError(
        f"{path} is not a peerjob database ({state.why}); it was left as it is. "
        "Point --db or PEERJOB_DB at another file."
    )


def damaged_message(path: Path, why: str) -> str:
    # Only said after SQLite's own recovery ran and the file still does not check out.
    return (
        f"{path} looks damaged ({why}); it was left as it is. Keep a copy of it before anything else. "
        "`peerjob restore BACKUP` can put a backup in its place, but a backup holds only what was saved up to the moment it was made."
    )


def read_revision(path: Path) -> str | None:
    """The schema revision of an existing peerjob file; None for a missing or empty one."""
    state = inspect(path)
    if state.kind in ("missing", "empty"):
        return None
    if state.kind != "peerjob":
        raise refusal(path, state)
    return state.revision


# --- copies ---------------------------------------------------------------------


def backup_path_for(path: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return path.with_name(f"{path.name}.{label}-{stamp}.bak")


def vacuum_into(source: Path, target: Path) -> None:
    """A consistent, owner-only copy of a live database."""
    with private_umask():
        conn = connect(source, read_only=True)
        try:
            conn.execute("VACUUM INTO ?", (str(target),))
        finally:
            conn.close()
    os.chmod(target, 0o600)


# --- creating and upgrading (writers only) ----------------------------------------


def vacuum(path: Path) -> None:
    """Rebuild the file in place: free pages, and whatever they held, are gone from its bytes."""
    conn = connect(path, read_only=False)
    try:
        conn.execute("VACUUM")
    finally:
        conn.close()


def _run_alembic_upgrade(path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # The path goes to env.py as it is, never through a URL or the config
    # file's %-interpolation, where "?", "#" and "%" would change its meaning.
    config.attributes["peerjob_path"] = Path(path)
    command.upgrade(config, "head")


def _verify(path: Path) -> None:
    conn = connect(path, read_only=True)
    try:
        problems = [tuple(row) for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            problems.append(("a row refers to one that is not there",))
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    if problems != [("ok",)] or revision is None or revision[0] != HEAD:
        raise DataFileError("The upgraded copy did not check out; your data file was left as it is.")


@contextlib.contextmanager
def _folder_lock(path: Path, *, exclusive: bool) -> Iterator[None]:
    """flock on the folder that holds the data file: it leaves no lock file behind, it is
    independent of SQLite's own locks, and closing other handles never drops it."""
    import fcntl

    folder = os.open(path.parent, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        yield
    finally:
        fcntl.flock(folder, fcntl.LOCK_UN)
        os.close(folder)


def migration_lock(path: Path) -> contextlib.AbstractContextManager[None]:
    """One process creates, upgrades or swaps the file at a time; the others wait, then see it done.

    Alembic uses a connection of its own, so SQLite's locks can't say this; the folder's lock can.
    """
    return _folder_lock(path, exclusive=True)


_migration_lock = migration_lock  # the older name, still used by restore


def writing_lock(path: Path) -> contextlib.AbstractContextManager[None]:
    """Held (shared) by every command while it writes: any number write at once, as SQLite allows.

    What it is for: commands that replace the whole file (restore, encrypt,
    decrypt, passphrase) take the folder's lock exclusively (migration_lock),
    so they wait for every write under way to finish and no write starts
    until the new file is in place. SQLite's own locks can't promise that
    across a swap: they are POSIX locks, which the process loses whenever it
    closes any handle on the file, and sqlcipher3 is a second SQLite library
    in the same process, blind to the first one's locks.
    """
    return _folder_lock(path, exclusive=False)


def _work_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.upgrading")


def _create_or_upgrade(path: Path) -> Path | None:
    """Bring the file to HEAD. Returns the backup made, if any.

    Never builds a schema over a file that holds anything: just before the
    swap, inside the lock, the target is looked at again, and the swap goes
    ahead only if it is still missing, or the same peerjob file at the same
    revision that was backed up.
    """
    with migration_lock(path):
        state = inspect(path)
        if state.kind == "peerjob" and state.revision == HEAD:
            return None  # another process did it while we waited
        if state.kind not in ("missing", "empty", "peerjob"):
            raise refusal(path, state)
        backup = None
        work = _work_path(path)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(work)
        with private_umask():
            try:
                if state.kind == "peerjob":
                    backup = backup_path_for(path, f"before-{HEAD}")
                    vacuum_into(path, backup)
                    fsync_file(backup)
                    vacuum_into(path, work)
                _run_alembic_upgrade(work)
                _verify(work)
                os.chmod(work, 0o600)
                _check_unchanged(path, state)
                replace_atomically(work, path)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(work)
        return backup


def _check_unchanged(path: Path, before: FileState) -> None:
    now = inspect(path)
    if now.kind == "empty" and before.kind in ("missing", "empty"):
        return  # an empty file holds nothing to keep
    if now != before or (now.kind == "peerjob" and has_journal(path)):
        raise DataFileError(
            f"{path} changed while peerjob was preparing it ({now.kind}); it was left as it is. Run the command again."
        )


def _in_memory_copy(source: Path | None) -> sqlite3.Connection:
    """A HEAD-schema database in memory: empty, or ``source`` upgraded, leaving ``source`` untouched."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="peerjob-") as folder, private_umask():
        work = Path(folder) / "work.db"
        if source is not None:
            vacuum_into(source, work)
        _run_alembic_upgrade(work)
        if is_encrypted(work):  # the copy is encrypted too (VACUUM INTO keeps the key): export it into memory
            from peerjob.store import cipher

            memory = cipher.into_memory(work)
        else:
            disk = connect(work, read_only=True)
            memory = sqlite3.connect(":memory:", isolation_level=None)
            try:
                disk.backup(memory)
            finally:
                disk.close()
    memory.row_factory = row_class(memory)
    memory.execute("PRAGMA foreign_keys = ON")
    return memory


def open_for_reading(path: Path) -> sqlite3.Connection:
    """A read-only view of the data, at HEAD, without creating, changing or upgrading the file.

    No file (or an empty one) reads as no data yet; an older file is
    upgraded in memory only (a command that writes upgrades it for real,
    after a backup).
    """
    path = Path(path)
    state = inspect(path)
    if state.kind in ("missing", "empty"):
        return _in_memory_copy(None)
    if state.kind != "peerjob":
        raise refusal(path, state)
    if state.revision != HEAD:
        return _in_memory_copy(path)
    return connect(path, read_only=True)


def open_for_writing(path: Path, state: FileState | None = None) -> sqlite3.Connection:
    """A read-write connection to a peerjob file at HEAD, creating or upgrading it first if needed.

    ``state`` is what the caller already learned from inspect(path).
    """
    path = Path(path)
    if path.is_dir():
        raise DataFileError(f"{path} is a folder. Point --db or PEERJOB_DB at a file inside it.")
    ensure_private_dir(path.parent)
    state = state or inspect(path)
    if state.kind not in ("missing", "empty", "peerjob"):
        raise refusal(path, state)
    if state.revision != HEAD:
        _create_or_upgrade(path)
    if os.stat(path).st_mode & 0o777 != 0o600:
        os.chmod(path, 0o600)
    return connect(path, read_only=False)


def discard_if_unused(path: Path, before: str) -> None:
    """Undo this command's creation of the file, when the command was refused or stopped.

    ``before`` is what the file was when the command began ("missing" or
    "empty"). Another peerjob command may have started on the new file
    meanwhile (two first runs at once): the file goes only while nobody has
    saved anything in it, checked under an exclusive lock so no write can
    be halfway: any row ever saved leaves its mark in sqlite_sequence (seq > 0).
    """
    if before not in ("missing", "empty"):
        return
    with contextlib.suppress(OSError, *sql_errors("Error")), migration_lock(path):
        conn = connect(path, read_only=False, timeout=2)
        try:
            conn.execute("BEGIN EXCLUSIVE")
            used = conn.execute("SELECT 1 FROM sqlite_sequence WHERE seq > 0 LIMIT 1").fetchone() is not None
            if not used:
                if before == "missing":
                    os.unlink(path)
                else:
                    os.truncate(path, 0)
            conn.execute("ROLLBACK")
        finally:
            conn.close()
        for suffix in JOURNAL_SUFFIXES:
            if not path.exists():
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(path.with_name(path.name + suffix))


def open_database(path: Path) -> sqlite3.Connection:
    """The older name for open_for_writing."""
    return open_for_writing(path)


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, *, write: bool) -> Iterator[sqlite3.Connection]:
    """One transaction per command: all of it is saved, or none of it.

    Writers take the write lock up front (BEGIN IMMEDIATE) so two commands
    at once queue behind the busy timeout instead of failing halfway. SQLite
    may already have rolled back by itself (a full disk does that), so a
    rollback is asked for only while a transaction is still open: otherwise
    "cannot rollback - no transaction is active" would hide the real cause.
    """
    conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(*sql_errors("Error")):
                conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except sql_errors("Error") as error:
            if conn.in_transaction:
                with contextlib.suppress(*sql_errors("Error")):
                    conn.execute("ROLLBACK")
            if is_disk_full(error):
                raise DiskFull() from error
            raise


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
