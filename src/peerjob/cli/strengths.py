"""Strengths, each with a short story for interviews and cover letters: `strength add|list|show|edit|delete|link`."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import QuietOption, SavedJsonOption, json_flag
from peerjob.cli.stories import STORY_HELP, read_story
from peerjob.errors import BadInput

SUGGESTIONS = (
    "resilience, perseverance, empathy, communication, honesty, accountability, problem-solving, helping others"
)

strength_app = typer.Typer(
    help="Your strengths, each with a short story for interviews. Example: peerjob strength add resilience.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    from peerjob.cli.records import add_delete, add_show

    add_show(strength_app, "strength", "strength", "strength", example=2)
    add_delete(strength_app, "strength", "strength", "strength", example=2)
    add_delete(
        strength_app, "strength", "strength", "strength", example=2, name="remove", hidden=True
    )  # the older name
    app.add_typer(strength_app, name="strength")


@strength_app.command("add")
def strength_add(
    name: Annotated[
        str, typer.Argument(metavar="NAME", help=f"A strength, in your words. Some to start from: {SUGGESTIONS}.")
    ],
    story: Annotated[str | None, typer.Option("--story", "-s", metavar="TEXT", help=STORY_HELP)] = None,
    app_ids: Annotated[
        list[int] | None,
        typer.Option("--app", "-a", metavar="ID", help="An application where you used it (repeat for more)."),
    ] = None,
    as_json: SavedJsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Add a strength with a short story (situation, action, result). Example: peerjob strength add resilience --story "..."."""
    from peerjob.cli.records import check_output_mode, saved

    check_output_mode(as_json, quiet)
    name = cx.required_text(name, "The strength's name", "peerjob strength add resilience")
    from peerjob.actions.toolkit import add_strength, check_new_strength
    from peerjob.render.toolkit import strength_added

    # Check before asking for the story, so nobody writes one for nothing (add_strength checks again).
    with cx.database(write=False) as conn:
        check_new_strength(conn, name, app_ids or [])
    _, text = read_story(name, story)
    with cx.database(write=True) as conn:
        strength_id = add_strength(conn, name, text, app_ids or [])
    if not saved("strength", strength_id, as_json=as_json, quiet=quiet):
        strength_added(strength_id, name)


@strength_app.command("list")
def strength_list(
    as_json: Annotated[bool, json_flag("Print JSON: id, name, story, applications.")] = False,
) -> None:
    """List your strengths with their stories and where you used them. Example: peerjob strength list --json."""
    from peerjob.actions.toolkit import list_strengths
    from peerjob.render.listing import show_listing
    from peerjob.render.toolkit import STRENGTHS

    with cx.database(write=False) as conn:
        strengths = list_strengths(conn)
    show_listing(STRENGTHS, strengths, as_json=as_json)


@strength_app.command("edit")
def strength_edit(
    strength_id: Annotated[int, typer.Argument(metavar="ID", help="The strength's ID (see peerjob strength list).")],
    name: Annotated[str | None, typer.Option("--name", metavar="NAME", help="A new name.")] = None,
    story: Annotated[
        str | None,
        typer.Option(
            "--story",
            "-s",
            metavar="TEXT",
            help="A new story (empty text clears it; '-' reads stdin). Left out on a terminal: $EDITOR or prompts.",
        ),
    ] = None,
) -> None:
    """Change a strength's name or story. Example: peerjob strength edit 2 --story "..."."""
    if name is not None:
        name = cx.required_text(name, "The strength's name", "peerjob strength edit 2 --name empathy")
    from peerjob.actions.toolkit import edit_strength, get_strength, strength_name_clash

    with cx.database(write=False) as conn:
        current = get_strength(conn, strength_id)
        clash = strength_name_clash(conn, strength_id, name)
    if clash:
        raise BadInput(f"You already have a strength called '{name}' (ID {clash}).")
    changes: dict[str, str | None] = {}
    if name is not None:
        changes["name"] = name
    if story is not None or name is None:
        given, text = read_story(name or current["name"], story, current["story"])
        if given:
            changes["story"] = text
    if not changes:
        raise BadInput(f'Nothing to change. For example: peerjob strength edit {strength_id} --story "..."')
    with cx.database(write=True) as conn:
        edit_strength(conn, strength_id, changes)
    from peerjob.render.toolkit import strength_updated

    strength_updated(strength_id, str(changes.get("name") or current["name"]))


@strength_app.command("link")
def strength_link(
    strength_id: Annotated[int, typer.Argument(metavar="STRENGTH_ID", help="The strength's ID.")],
    application_id: Annotated[int, typer.Argument(metavar="APP_ID", help="The application's ID.")],
    unlink: Annotated[bool, typer.Option("--unlink", help="Take the link away instead.")] = False,
) -> None:
    """Link a strength to an application where you used it. Example: peerjob strength link 2 5."""
    from peerjob.actions.toolkit import link_strength
    from peerjob.render.toolkit import strength_linked

    with cx.database(write=True) as conn:
        strength, application = link_strength(conn, strength_id, application_id, unlink=unlink)
    strength_linked(strength, application.company, application_id, unlink=unlink)
