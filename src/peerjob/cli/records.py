"""`show ID` and `delete ID` for a kind of record, the same way for every kind.

Delete asks first on a terminal; `--yes` skips the question; without a
terminal and without `--yes` it refuses and changes nothing. What it
deleted comes back with `peerjob undo`.
"""

from __future__ import annotations

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import JsonOneOption, YesOption


def add_show(app: typer.Typer, kind: str, command: str, noun: str, *, example: int = 3, id_help: str = "") -> None:
    id_help = id_help or f"Its ID (see peerjob {command} list)."

    # Defaults, not Annotated[...]: annotations are read later, where `command` is not in scope.
    def show(
        record_id: int = typer.Argument(..., metavar="ID", help=id_help),
        as_json: JsonOneOption = False,
    ) -> None:
        from peerjob.actions.records import find
        from peerjob.render.records import record_shown

        with cx.database(write=False) as conn:
            record = find(conn, kind, record_id)
        record_shown(kind, record, as_json=as_json)

    show.__doc__ = f"Show one {noun} in full. Example: peerjob {command} show {example}."
    app.command("show")(show)


def add_delete(
    app: typer.Typer,
    kind: str,
    command: str,
    noun: str,
    *,
    example: int = 3,
    name: str = "delete",
    hidden: bool = False,
    id_help: str = "",
) -> None:
    id_help = id_help or f"Its ID (see peerjob {command} list)."

    def delete(
        record_id: int = typer.Argument(..., metavar="ID", help=id_help),
        yes: YesOption = False,
    ) -> None:
        delete_record(kind, record_id, yes=yes, instead=f"peerjob {command} delete {record_id} --yes")

    delete.__doc__ = (
        f"Delete a {noun}, after asking; `peerjob undo` brings it back. Example: peerjob {command} delete {example}."
    )
    app.command(name, hidden=hidden)(delete)


def delete_record(kind: str, key: int, *, yes: bool, instead: str) -> None:
    from peerjob.actions.records import delete, find
    from peerjob.render.records import delete_question, record_deleted

    # Ask outside any write lock, so other commands don't wait on the answer.
    with cx.database(write=False) as conn:
        record = find(conn, kind, key)
    cx.confirm(delete_question(kind, record), yes=yes, instead=instead)
    with cx.database(write=True) as conn:
        record = delete(conn, kind, key)
    record_deleted(kind, record)


def change_record(kind: str, key: int, changes: dict[str, object], *, practices: list[str] | None = None) -> None:
    from peerjob.actions.records import change, find
    from peerjob.render.records import record_changed

    with cx.database(write=False) as conn:
        find(conn, kind, key)  # an unknown ID is refused without creating or upgrading the file
    with cx.database(write=True) as conn:
        record = change(conn, kind, key, changes, practices=practices)
    record_changed(kind, record)


def check_output_mode(as_json: bool, quiet: bool) -> None:
    if as_json and quiet:
        from peerjob.errors import BadInput

        raise BadInput("Use either --json or --quiet, not both.")


def saved(kind: str, key: int, *, as_json: bool, quiet: bool) -> bool:
    """What a write prints on stdout for a script: the record (--json) or its ID (-q).

    Returns True when nothing more should be said (-q: the ID alone). With
    --json the usual message still goes to stderr.
    """
    if quiet:
        import sys

        sys.stdout.write(f"{key}\n")
        return True
    if not as_json:
        return False
    if kind == "application":
        from peerjob.actions.applications import show_application
        from peerjob.render.applications import application_shown

        with cx.database(write=False) as conn:
            application_shown(show_application(conn, key), as_json=True)
        return False
    from peerjob.actions.records import find
    from peerjob.render.records import record_shown

    with cx.database(write=False) as conn:
        record_shown(kind, find(conn, kind, key), as_json=True)
    return False
