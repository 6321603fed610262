"""Copies of the data file, and leaving: `backup`, `restore`, `wipe`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.errors import BadInput


def register(app: typer.Typer) -> None:
    app.command()(backup)
    app.command()(restore)
    app.command()(wipe)


def backup(
    path: Annotated[
        Path | None,
        typer.Argument(
            metavar="PATH",
            help="Where to write it (a file or a folder; default beside the data file).",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace PATH if it exists.")] = False,
) -> None:
    """Make a consistent, owner-only copy of your data file. Example: peerjob backup ~/peerjob-before-move.db."""
    from peerjob.actions.backup import backup_target, make_backup

    db = cx.db_path()
    target = backup_target(db, path, force=force)
    make_backup(db, target, force=force)
    from peerjob.render.backup import backed_up

    backed_up(target)


def restore(
    path: Annotated[
        Path,
        typer.Argument(
            metavar="PATH", help="A backup made by peerjob backup (or any peerjob data file).", show_default=False
        ),
    ],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask to confirm.")] = False,
) -> None:
    """Put a backup in place of your data file; the old one is kept. Example: peerjob restore ~/peerjob.db.backup-20261120-101500.bak."""
    from peerjob.actions.backup import check_restore, restore_backup

    path = path.expanduser()
    db = cx.db_path()
    current = check_restore(path, db)
    if current.has_data:  # something to replace: ask (or need --yes), as every command that replaces data does
        cx.confirm(
            f"Replace {db} with {path}? Your current data file will be backed up first.",
            yes=yes,
            instead=f"peerjob restore {path} --yes",
        )
    was_encrypted = cx.is_encrypted(db)
    kept = restore_backup(path, db)
    from peerjob.render.backup import restored

    restored(db, path, kept, lost_encryption=was_encrypted and not cx.is_encrypted(db))


# --- wipe -------------------------------------------------------------------

WIPE_WORD = "delete"


def wipe(
    yes_really: Annotated[
        bool, typer.Option("--yes-really", help="Don't ask (for scripts): remove everything at once.")
    ] = False,
) -> None:
    """Delete your data, backups and settings, after you type a word. Example: peerjob wipe."""
    import contextlib
    import os

    from peerjob.actions.backup import remove_file, wipe_plan
    from peerjob.config import settings_file
    from peerjob.paths import default_data_dir
    from peerjob.render import backup as render

    db = cx.db_path()
    from peerjob.paths import DB_FILENAME

    # The settings are shared by every data file: they go only with the default one (the one
    # peerjob uses with no --db and no PEERJOB_DB), never with a scratch file named elsewhere.
    is_default = db.resolve() == (default_data_dir() / DB_FILENAME).resolve()
    settings = settings_file() if is_default else None
    targets = wipe_plan(db, settings)
    folder = db.parent
    own_folder = folder.is_dir() and folder.resolve() == default_data_dir().resolve()
    if not targets:
        render.nothing_to_wipe(db)
        return
    if not yes_really:
        if not cx.interactive():
            raise BadInput(
                "wipe removes your data for good. Run it on a terminal to confirm, or add --yes-really in a script."
            )
        render.wipe_preview(targets)
        typed = typer.prompt(f"Type {WIPE_WORD} to remove them", default="", show_default=False, err=True)
        if typed.strip().lower() != WIPE_WORD:
            render.wipe_stopped()
            raise typer.Exit(1)
    for target in targets:
        remove_file(target)
        render.removed(target)
    own_folders = [folder] if own_folder else []
    if settings is not None and settings in targets and settings.parent.name == "peerjob":
        own_folders.append(settings.parent)  # peerjob's own config folder
    for own in own_folders:
        with contextlib.suppress(OSError):  # only if it is now empty
            os.rmdir(own)
            render.removed(own)
    render.wipe_done()
