"""`backup`, `restore` and `wipe`: copies of the data file, and leaving."""

from __future__ import annotations

from pathlib import Path

from peerjob.errors import BadInput, DataFileError
from peerjob.fileio import check_output_file
from peerjob.paths import ensure_private_dir
from peerjob.store.backup import (
    check_restorable,
    copy_database,
    default_backup_path,
    remove,
    settings_only_for,
    wipe_targets,
)
from peerjob.store.backup import restore as swap
from peerjob.store.db import FileState, inspect, is_encrypted, open_for_writing, refusal, transaction
from peerjob.store.undo import forget as forget_undo


def backup_target(db: Path, path: Path | None, *, force: bool) -> Path:
    """Where the backup goes: beside the data file, into a folder, or the file named."""
    state = inspect(db)
    if not state.has_data:
        raise BadInput(f"There is no data at {db} yet, so nothing to back up. `peerjob where` shows the file in use.")
    if state.kind == "foreign":
        raise DataFileError(f"{db} is not a peerjob database ({state.why}); nothing was copied.")
    if state.kind == "interrupted":
        raise refusal(db, state)
    if path is None:
        return default_backup_path(db)
    if path.is_dir():
        return default_backup_path(path / db.name)
    target = path.expanduser()
    check_output_file(target, force=force, example=db.name)
    if target.resolve() == db.resolve():
        raise BadInput(f"{target} is your data file itself. Pick another name for the backup.")
    return target


def make_backup(db: Path, target: Path, *, force: bool) -> None:
    copy_database(db, target, overwrite=force)


def current_state(db: Path) -> FileState:
    """What the file a restore replaces is. An encrypted one the passphrase in use doesn't open (the
    backup's, older; or a damaged first page) is kept byte for byte, like a damaged one: that is
    what restore is for."""
    from peerjob.store.cipher import WrongPassphrase

    try:
        return inspect(db)
    except WrongPassphrase:
        return FileState("damaged", why="it does not open with the backup's passphrase")


def check_restore(path: Path, db: Path) -> FileState:
    """Refuse a restore that can't go well, before anyone is asked; returns what the current file is."""
    check_restorable(path)
    if db.is_dir():
        raise BadInput(f"{db} is a folder. Point --db or PEERJOB_DB at a file inside it.")
    if db.exists() and path.resolve() == db.resolve():
        raise BadInput(f"{path} is the data file in use already. Pick a backup file to restore.")
    current = current_state(db)
    if current.kind in ("foreign", "newer"):
        raise DataFileError(
            f"{db} is not a peerjob data file this peerjob can replace ({current.why}); nothing was changed. "
            "Point --db or PEERJOB_DB at your peerjob file."
        )
    return current


def restore_backup(path: Path, db: Path) -> Path | None:
    """Swap the backup in (the current file is kept first); returns where the previous file is kept."""
    ensure_private_dir(db.parent)
    kept = swap(path, db)
    # An older schema is upgraded now, the usual way (with its own backup), so any problem shows here.
    conn = open_for_writing(db)
    try:
        # The backup's own undo history would take back changes from before the restore,
        # not the restore itself (which can't be undone: the file it replaced is kept instead).
        with transaction(conn, write=True):
            forget_undo(conn)
    finally:
        conn.close()
    return kept


def wipe_plan(db: Path, settings: Path | None = None) -> list[Path]:
    """Everything of peerjob's that wipe would remove, data file first.

    ``settings``: the settings file in the config folder, when this wipe
    covers it (the data file peerjob uses without --db). It goes only with
    something else of peerjob's, only when it holds nothing but peerjob's
    settings, and not while another data file beside this one may use it.
    """
    if db.is_dir():
        raise BadInput(f"{db} is a folder. Point --db or PEERJOB_DB at the peerjob file inside it.")
    # An encrypted file goes without its passphrase: someone who forgot it must still be able to start over.
    if not is_encrypted(db):
        state = inspect(db)
        if state.kind == "foreign":
            raise DataFileError(f"{db} is not a peerjob database ({state.why}); wipe left it alone.")
    targets = wipe_targets(db)
    if targets and settings is not None and settings not in targets and settings_only_for(db, settings):
        targets.append(settings)
    return targets


def remove_file(path: Path) -> None:
    remove(path)
