"""Copies of the data file: backup, restore, and finding everything to wipe.

Nothing here ever overwrites a file that is not peerjob's, and a restore
always keeps the file it replaces as a backup first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from peerjob.errors import BadInput, DataFileError
from peerjob.fileio import (
    check_output_file,
    fsync_folder,
    partial_name,
    private_umask,
    replace_atomically,
    sweep_partials,
)
from peerjob.store.db import (
    FileState,
    backup_path_for,
    inspect,
    migration_lock,
    refusal,
    sql_errors,
    vacuum_into,
)

__all__ = ["FileState", "inspect"]  # the one "what is this file" lives in store.db


def default_backup_path(db: Path) -> Path:
    """``<data file>.backup-YYYYmmdd-HHMMSS.bak`` beside it (a suffix if that second is taken)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = db.with_name(f"{db.name}.backup-{stamp}.bak")
    number = 2
    while candidate.exists():
        candidate = db.with_name(f"{db.name}.backup-{stamp}-{number}.bak")
        number += 1
    return candidate


def copy_database(source: Path, target: Path, *, overwrite: bool) -> None:
    """A consistent owner-only copy (VACUUM INTO a partial file beside the target, then a rename).

    A copy left half-written by a killed earlier run is removed first.
    """
    sweep_partials(target.parent)
    temp = partial_name(target)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(temp)
    try:
        vacuum_into(source, temp)
        check_output_file(target, force=overwrite, example=target.name)  # again: the copy took a while
        replace_atomically(temp, target)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(leftover)


def keep_current(db: Path) -> Path | None:
    """Back up the data file before it is replaced; a damaged one is copied byte for byte."""
    from peerjob.store.cipher import WrongPassphrase

    try:
        state = inspect(db)
    except WrongPassphrase:  # encrypted with another passphrase than the backup's: copied as it is
        state = FileState("damaged")
    if not state.has_data:
        return None
    backup = backup_path_for(db, "before-restore")
    try:
        if state.kind == "damaged":
            raise sqlite3.DatabaseError(state.why)
        copy_database(db, backup, overwrite=False)
    except sql_errors("DatabaseError"):
        with private_umask():
            shutil.copyfile(db, backup)
        os.chmod(backup, 0o600)
        fsync_folder(backup.parent)
    return backup


def restore(source: Path, db: Path) -> Path | None:
    """Put ``source`` in place of the data file, atomically; returns the backup of the old one."""
    # One process swaps or upgrades at a time, and every command writing to the file holds
    # writing_lock while it does: this waits for them to finish and keeps new ones out until
    # the swap (reading, for the backup below, still works).
    with migration_lock(db):
        sweep_partials(db.parent)
        backup = keep_current(db)
        temp = partial_name(db)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        try:
            vacuum_into(source, temp)
            # A leftover journal belonged to the old file (it is backed up above, with the
            # journal applied); it must never be applied to the new one.
            for suffix in ("-journal", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(db.with_name(db.name + suffix))
            replace_atomically(temp, db)
        finally:
            for leftover in (temp, temp.with_name(temp.name + "-journal")):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(leftover)
    return backup


def check_restorable(path: Path) -> FileState:
    state = inspect(path, check=True)
    if state.kind == "missing":
        raise BadInput(f"There is no file at {path}. `peerjob backup` prints where each backup goes.")
    if state.kind == "empty":
        raise BadInput(f"{path} is empty, so there is nothing to restore. Pick a backup file made by peerjob backup.")
    if state.kind == "foreign":
        raise BadInput(
            f"{path} is not a peerjob database ({state.why}). Nothing was changed; pick a backup made by peerjob backup."
        )
    if state.kind == "newer":
        raise DataFileError(
            f"{path} was written by a newer peerjob ({state.why}). Upgrade peerjob to restore it; nothing was changed."
        )
    if state.kind == "damaged":
        raise DataFileError(f"{path} looks damaged ({state.why}). Nothing was changed; try an older backup.")
    if state.kind == "interrupted":
        raise refusal(path, state)
    return state


# --- wipe ---------------------------------------------------------------------


def wipe_targets(db: Path) -> list[Path]:
    """Everything of peerjob's beside the data file, data file first."""
    folder = db.parent
    found: list[Path] = []
    for candidate in (db, *(db.with_name(db.name + suffix) for suffix in ("-journal", "-wal", "-shm"))):
        if candidate.exists():
            found.append(candidate)
    if folder.is_dir():
        patterns = (
            f"{db.name}.before-*.bak",
            f"{db.name}.backup-*.bak",
            f".{db.name}.upgrading",
            f".{db.name}.upgrading-journal",
            f".{db.name}.restoring-*",
            f".{db.name}.partial-*",
            f".{db.name}.backup-*.partial-*",
            f".{db.name}.before-*.partial-*",
        )
        for pattern in patterns:
            found.extend(sorted(path for path in folder.glob(pattern) if path.is_file()))
        config = folder / "config.toml"
        # Settings are never a reason to wipe on their own: only alongside something else of peerjob's.
        if found and settings_only_for(db, config):
            found.append(config)
    return found


def settings_only_for(db: Path, config: Path) -> bool:
    """Is ``config`` peerjob's settings file, serving no other data file in the folder?

    Another ``*.db`` beside this one may read the same settings (the
    ``config.toml`` beside them, from before 0.4, or the config folder's),
    so they stay while another one remains; a file with keys peerjob doesn't
    know is someone else's.
    """
    from peerjob.config import is_peerjob_settings

    if not config.is_file() or not is_peerjob_settings(config):
        return False
    others = [path for path in db.parent.glob("*.db") if path.name != db.name and path.is_file()]
    return not others


def remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
