"""The work-life boundaries to keep once a job starts: `boundary add|list|remove`."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import json_flag

boundary_app = typer.Typer(
    help='The work-life boundaries you want to keep once a job starts. Example: peerjob boundary add "Leave by 6".',
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(boundary_app, name="boundary")


@boundary_app.command("add")
def boundary_add(
    text: Annotated[
        str, typer.Argument(metavar="TEXT", help="A boundary in your words: hours, meetings, self-care that stays.")
    ],
) -> None:
    """Add a work-life boundary to keep once a job starts. Example: peerjob boundary add "Keep my Thursday group"."""
    text = cx.required_text(text, "The boundary", 'peerjob boundary add "Leave by 6 on weekdays"')
    from peerjob.actions.toolkit import add_boundary
    from peerjob.render.toolkit import boundary_added

    with cx.database(write=True) as conn:
        boundary_id, number = add_boundary(conn, text)
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


@boundary_app.command("remove")
def boundary_remove(
    boundary_id: Annotated[int, typer.Argument(metavar="ID", help="The boundary's ID (see peerjob boundary list).")],
) -> None:
    """Remove a boundary. Example: peerjob boundary remove 2."""
    from peerjob.actions.toolkit import remove_boundary

    with cx.database(write=True) as conn:
        text = remove_boundary(conn, boundary_id)
    from peerjob.render.toolkit import boundary_removed

    boundary_removed(boundary_id, text)
