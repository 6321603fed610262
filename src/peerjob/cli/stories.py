"""Private long text for the toolkit: a strength's story from --story, stdin, $EDITOR or prompts."""

from __future__ import annotations

import sys

import typer

from peerjob.cli import context as cx
from peerjob.render.console import say

STORY_HELP = (
    "A short story: situation, action, result. '-' reads it from stdin. Left out on a terminal: $EDITOR or prompts."
)


def optional_text(value: str | None) -> str | None:
    """Free text from an option: None stays None, empty text clears."""
    if value is None:
        return None
    return value.strip() or None


def _prompt_story(name: str) -> str | None:
    from peerjob.domain.toolkit import STORY_PARTS, compose_story

    say(f"A short story for '{name}' in three parts. Press Enter to skip any of them.")
    parts = {
        label: typer.prompt(f"{label} ({question})", default="", show_default=False, err=True)
        for label, question in STORY_PARTS
    }
    return compose_story(parts)


def read_story(name: str, story: str | None, current: str | None = None) -> tuple[bool, str | None]:
    """(given, story): the story from --story, stdin, $EDITOR or prompts."""
    from peerjob.domain.toolkit import story_from_editor, story_from_text, story_guide, story_template

    if story == "-":
        return True, story_from_text(sys.stdin.read())
    if story is not None:
        return True, story_from_text(story)
    from peerjob.cli.editor import drop_template_comments, edit_text, editor_command

    editor = editor_command()
    if not cx.interactive() and not editor:
        return False, None  # standard input is read only after `--story -`: a script's lines stay its own
    if editor:
        written = edit_text(editor, story_template(name, current), prefix="peerjob-story-", instead="use --story TEXT")
        text = story_from_editor(drop_template_comments(written, story_guide(name)))
        return (text != current and text is not None), text
    text = _prompt_story(name)
    return text is not None, text
