"""The story bank: `story add|list|show|edit|delete|link`, stories you might tell at interviews. Private."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import JsonOneOption
from peerjob.cli.stories import read_story
from peerjob.errors import BadInput

story_app = typer.Typer(
    help='Your story bank: stories you might tell, private. Example: peerjob story add "Coming back" --kind gap.',
    no_args_is_help=True,
)
KIND_HELP = "lived-experience, gap, strength, growth or other (default)."
TEXT_HELP = "The story; '-' reads it from stdin. Left out on a terminal: $EDITOR or prompts."


def register(app: typer.Typer) -> None:
    from peerjob.cli.records import add_delete, add_show

    story_app.command("add")(story_add)
    story_app.command("list")(story_list)
    add_show(story_app, "story", "story", "story", example=1)
    story_app.command("edit")(story_edit)
    add_delete(story_app, "story", "story", "story", example=1)
    story_app.command("link")(story_link)
    app.add_typer(story_app, name="story")


def story_add(
    title: Annotated[str, typer.Argument(metavar="TITLE", help="A few words to know it by.")],
    kind: Annotated[str, typer.Option("--kind", "-k", help=KIND_HELP)] = "other",
    text: Annotated[str | None, typer.Option("--text", "-t", metavar="TEXT", help=TEXT_HELP)] = None,
) -> None:
    """Add a story you might tell at an interview. Example: peerjob story add "Coming back" --kind gap."""
    from peerjob.actions.stories import add_story, check_title
    from peerjob.domain.stories import parse_kind
    from peerjob.render.story import story_added

    chosen = parse_kind(kind)
    title = check_title(title)  # before asking for the story, so nobody writes one for nothing
    _, story = read_story(title, text)
    with cx.database(write=True) as conn:
        story_id = add_story(conn, title, chosen, story)
    import sys

    story_added(story_id, title, has_text=bool(story), piped=text is None and not sys.stdin.isatty())


def story_list(as_json: JsonOneOption = False) -> None:
    """List your stories, with their kinds and links. Example: peerjob story list."""
    from peerjob.actions.stories import list_stories
    from peerjob.render.story import stories_listed

    with cx.database(write=False) as conn:
        stories = list_stories(conn)
    stories_listed(stories, as_json=as_json)


def story_edit(
    story_id: Annotated[int, typer.Argument(metavar="ID", help="Its ID (see peerjob story list).")],
    title: Annotated[str | None, typer.Option("--title", help="A new title.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", "-k", help=KIND_HELP)] = None,
    text: Annotated[
        str | None,
        typer.Option("--text", "-t", metavar="TEXT", help="A new story (empty text clears it; '-' reads stdin)."),
    ] = None,
) -> None:
    """Change a story's title, kind or text. Example: peerjob story edit 2 --kind growth."""
    from peerjob.actions.stories import edit_story, find_story
    from peerjob.domain.stories import parse_kind
    from peerjob.render.story import story_changed

    changes: dict[str, object] = {}
    if title is not None:
        changes["title"] = title
    if kind is not None:
        changes["kind"] = parse_kind(kind)
    with cx.database(write=False) as conn:
        current = find_story(conn, story_id)
    if text is not None or not changes:
        given, story = read_story(str(changes.get("title") or current["title"]), text, current["text"])
        if given:
            changes["text"] = story
    if not changes:
        raise BadInput(f'Nothing to change. For example: peerjob story edit {story_id} --text "..."')
    with cx.database(write=True) as conn:
        story_changed(edit_story(conn, story_id, changes))


def story_link(
    story_id: Annotated[int, typer.Argument(metavar="ID", help="The story's ID.")],
    application_id: Annotated[int, typer.Argument(metavar="APP_ID", help="The application's ID.")],
    unlink: Annotated[bool, typer.Option("--unlink", help="Take the link away instead.")] = False,
) -> None:
    """Link a story to an application: its prep sheet offers it. Example: peerjob story link 2 5."""
    from peerjob.actions.stories import link_story
    from peerjob.render.story import story_linked

    with cx.database(write=True) as conn:
        story, application, changed = link_story(conn, story_id, application_id, unlink=unlink)
    story_linked(story, application.company, application_id, unlink=unlink, changed=changed)
