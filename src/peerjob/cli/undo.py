"""`peerjob undo`: take back the last change, walk further back, list, or forget what is kept.

Every command that writes is recorded in the data file itself (store/undo.py),
so undo survives restarts and needs no second file. What cannot be undone:
`wipe` and `restore` (they replace the file itself; restore keeps the file it
replaced), settings (`peerjob config NAME VALUE`), and changes older than the end of the day
after they were made.
"""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import JsonOption, YesOption
from peerjob.errors import BadInput, PeerjobError


def register(app: typer.Typer) -> None:
    app.command()(undo)


def undo(
    yes: YesOption = False,
    show_list: Annotated[bool, typer.Option("--list", help="Show what can be undone, newest first.")] = False,
    forget: Annotated[
        bool,
        typer.Option(
            "--forget", help="Remove every kept change for good: nothing can be undone after, and the text goes."
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Take back the last change; run it again to go further back. Example: peerjob undo."""
    from peerjob.actions.undo import undoable
    from peerjob.render import undo as render

    if show_list and forget:
        raise BadInput("Use either --list or --forget, not both.")
    if as_json and not show_list:
        raise BadInput("--json goes with --list: peerjob undo --list --json")
    if show_list:
        with cx.database(write=False) as conn:
            changes = undoable(conn, since=cx.undo_kept_since())
        render.undo_list(changes, cx.now(), as_json=as_json)
        return
    if forget:
        _forget(yes)
        return
    with cx.database(write=False) as conn:
        newest = undoable(conn, since=cx.undo_kept_since(), limit=1)
    if not newest:
        raise PeerjobError(render.nothing_to_undo())
    change = newest[0]
    cx.confirm(render.question(change, cx.now()), yes=yes, instead="peerjob undo --yes")
    from peerjob.actions.undo import undo_change

    with cx.database(write=True, record=False) as conn:
        undone = undo_change(conn, change.id, since=cx.undo_kept_since())
        left = len(undoable(conn, since=cx.undo_kept_since(), limit=1))
    render.undone(undone, left)


def _forget(yes: bool) -> None:
    from peerjob.actions.undo import compact, forget_all, undoable
    from peerjob.render import undo as render

    if not cx.has_data():
        render.forgotten(0)
        return
    with cx.database(write=False) as conn:
        kept = len(undoable(conn, since=cx.undo_kept_since()))
    if kept:
        cx.confirm(
            f"Forget {kept} kept change{'s' if kept != 1 else ''}? They can't be undone after this.",
            yes=yes,
            instead="peerjob undo --forget --yes",
        )
    with cx.database(write=True, record=False) as conn:
        count = forget_all(conn)
    compact(cx.db_path())
    render.forgotten(count)
