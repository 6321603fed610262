"""The work-life boundaries to keep once a job starts: `boundary add|list|show|edit|delete`."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import QuietOption, SavedJsonOption, json_flag

boundary_app = typer.Typer(
    help='The work-life boundaries you want to keep once a job starts. Example: peerjob boundary add "Leave by 6".',
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    from peerjob.cli.records import add_delete, add_show

    add_show(boundary_app, "boundary", "boundary", "boundary", example=2)
    boundary_app.command("edit")(boundary_edit)
    add_delete(boundary_app, "boundary", "boundary", "boundary", example=2)
    add_delete(
        boundary_app, "boundary", "boundary", "boundary", example=2, name="remove", hidden=True
    )  # the older name
    app.add_typer(boundary_app, name="boundary")


@boundary_app.command("add")
def boundary_add(
    text: Annotated[
        str, typer.Argument(metavar="TEXT", help="A boundary in your words: hours, meetings, self-care that stays.")
    ],
    as_json: SavedJsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Add a work-life boundary to keep once a job starts. Example: peerjob boundary add "Keep my Thursday group"."""
    from peerjob.cli.records import check_output_mode, saved

    check_output_mode(as_json, quiet)
    text = cx.required_text(text, "The boundary", 'peerjob boundary add "Leave by 6 on weekdays"')
    from peerjob.actions.toolkit import add_boundary
    from peerjob.render.toolkit import boundary_added

    with cx.database(write=True) as conn:
        boundary_id, number = add_boundary(conn, text)
    if not saved("boundary", boundary_id, as_json=as_json, quiet=quiet):
        boundary_added(boundary_id, number)


@boundary_app.command("list")
def boundary_list(
    as_json: Annotated[bool, json_flag("Print JSON: id, text.")] = False,
) -> None:
    """List your boundaries. Example: peerjob boundary list."""
    from peerjob.actions.toolkit import list_boundaries
    from peerjob.render.listing import show_listing
    from peerjob.render.toolkit import BOUNDARIES

    with cx.database(write=False) as conn:
        boundaries = list_boundaries(conn)
    show_listing(BOUNDARIES, boundaries, as_json=as_json)


def boundary_edit(
    boundary_id: Annotated[int, typer.Argument(metavar="ID", help="The boundary's ID (see peerjob boundary list).")],
    text: Annotated[str | None, typer.Option("--text", metavar="TEXT", help="The boundary in new words.")] = None,
) -> None:
    """Change a boundary's words. Example: peerjob boundary edit 2 --text "Leave by 6 on weekdays"."""
    from peerjob.cli.records import change_record
    from peerjob.errors import BadInput

    if text is None:
        raise BadInput('Nothing to change. Add the new words, for example: peerjob boundary edit 2 --text "Leave by 6"')

    change_record("boundary", boundary_id, {"text": cx.required_text(text, "The boundary", '--text "Leave by 6"')})
