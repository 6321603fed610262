"""The private self-care journal: `journal TEXT`, `journal list`, `journal show ID`, `journal stats`.

Journal text is private: it stays in the local file and no export carries
it unless the person names it.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.capture import capture_app
from peerjob.cli.options import DATE_HELP, JsonOneOption, QuietOption, SavedJsonOption, json_flag
from peerjob.errors import BadInput, PeerjobError

PRACTICE_EXAMPLES = "walk, meeting, meditation, sleep, exercise, call-a-peer, therapy, creative, ..."


journal_app = capture_app(more=" | stats")


def register(app: typer.Typer) -> None:
    from peerjob.cli.records import add_delete

    journal_app.command("edit")(journal_edit)
    add_delete(journal_app, "journal", "journal", "journal entry", example=4)
    app.add_typer(journal_app, name="journal")


EDITOR_TEMPLATE = (
    "\n"
    "# Write your journal entry above. It stays private on this computer.\n"
    "# These two guide lines are left out. Save and close the editor when you are done.\n"
)


def _clean_text(text: str | None) -> str | None:
    if text is None:
        return None
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    cleaned = "\n".join(lines).strip()
    return cleaned or None


def _text_from_editor(editor: str) -> str | None:
    from peerjob.cli.editor import drop_template_comments, edit_text

    written = edit_text(
        editor, EDITOR_TEMPLATE, prefix="peerjob-journal-", instead='pass the text: peerjob journal "..."'
    )
    # Only the template's own guide lines go: "#1 priority: sleep" is part of the entry.
    return _clean_text(drop_template_comments(written, EDITOR_TEMPLATE))


def _text_from_elsewhere() -> tuple[str | None, str]:
    """No TEXT argument: $VISUAL/$EDITOR when set, else a prompt on a terminal, else no text.

    Standard input is read only after `-`: a script's loop (`while read ...;
    do peerjob journal --mood 3; done`) keeps its lines. A script still gets
    the editor when one is set, as git does. Returns the text and where it
    came from ("editor", "prompt", "none").
    """
    from peerjob.cli.editor import editor_command

    if not cx.prompts_allowed():
        return None, "none"  # --no-input: no editor, no question (the text goes on the command line, or `-`)
    editor = editor_command()
    if editor:
        return _text_from_editor(editor), "editor"
    if not sys.stdin.isatty():
        return None, "none"
    answer = typer.prompt("Journal entry (Enter to leave it empty)", default="", show_default=False, err=True)
    return _clean_text(answer), "prompt"


@journal_app.callback()
def journal(
    ctx: typer.Context,
    text: Annotated[
        str | None,
        typer.Argument(
            metavar="TEXT",
            show_default=False,
            help="What you want to write; '-' reads it from stdin. Left out: $EDITOR, or a prompt on a terminal.",
        ),
    ] = None,
    mood: Annotated[
        str | None, typer.Option("--mood", "-m", metavar="1-5", help="How you feel: 1 very low ... 5 very good.")
    ] = None,
    energy: Annotated[
        str | None, typer.Option("--energy", "-e", metavar="1-5", help="Your energy: 1 very low ... 5 very high.")
    ] = None,
    practice: Annotated[
        list[str] | None,
        typer.Option(
            "--practice", "-p", metavar="PRACTICE", help=f"Something that helped, repeat for more: {PRACTICE_EXAMPLES}"
        ),
    ] = None,
    on: Annotated[
        str | None,
        typer.Option("--date", "-d", metavar="DATE", help=f"Which day it is about (default today). {DATE_HELP}"),
    ] = None,
    as_json: SavedJsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Your private journal: write an entry, list, show, see trends. Example: peerjob journal "Walked to the park" --mood 4 --practice walk."""
    if ctx.invoked_subcommand is not None:
        return
    from peerjob.cli.records import check_output_mode, saved
    from peerjob.cli.typo_guard import LITERAL
    from peerjob.domain.selfcare import parse_practices, parse_scale

    check_output_mode(as_json, quiet)

    mood_level = parse_scale(mood, "Mood")
    energy_level = parse_scale(energy, "Energy")
    practices = parse_practices(practice)
    entry_on = cx.past_date(on, "The journal date") or cx.today()
    source = "argument"
    if text is None:
        text, source = _text_from_elsewhere()
    elif text == "-" and not ctx.meta.get(LITERAL):
        text = _clean_text(cx.text_from_stdin("journal entry", 'echo "Slept badly" | peerjob journal -'))
        source = "stdin"
    else:
        text = _clean_text(text)
        if text is not None:
            from peerjob.cli.typo_guard import check_text

            check_text(
                ctx,
                text,
                noun="journal entry",
                verb="journal",
                meant={
                    "list": "peerjob journal list",
                    "ls": "peerjob journal list",
                    "show": "peerjob journal show ID",
                    "edit": "peerjob journal edit ID",
                    "delete": "peerjob journal delete ID",
                    "rm": "peerjob journal delete ID",
                    "remove": "peerjob journal delete ID",
                    "stats": "peerjob journal stats",
                },
                default="peerjob journal --help",
            )
    if text is None and mood_level is None and energy_level is None and not practices:
        if source in ("editor", "prompt"):
            raise PeerjobError("The entry was empty, so nothing was saved.")
        raise BadInput(
            'Nothing to write down. Add a few words or a mood, for example: peerjob journal "Slow morning" --mood 3'
            + (
                ' (or pipe the text in after a dash: echo "Slow morning" | peerjob journal -)'
                if source == "none"
                else ""
            )
        )

    from peerjob.actions.journal import NewEntry, write_entry
    from peerjob.render.journal import entry_saved

    entry = NewEntry(entry_on=entry_on, text=text, mood=mood_level, energy=energy_level, practices=practices)
    with cx.database(write=True) as conn:
        result = write_entry(conn, entry, settings=cx.settings(), today=cx.today())
    if saved("journal", result.id, as_json=as_json, quiet=quiet):
        entry_saved(result, quiet=True)
    else:
        entry_saved(result)


@journal_app.command("list")
def journal_list(
    since: Annotated[str | None, typer.Option(metavar="DATE", help=f"Entries on or after. {DATE_HELP}")] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help=f"Entries on or before. {DATE_HELP}")] = None,
    as_json: Annotated[bool, json_flag("Print JSON (with the full text).")] = False,
) -> None:
    """List journal entries, oldest first. Example: peerjob journal list --since "2 weeks ago"."""
    from peerjob.actions.journal import list_entries
    from peerjob.render.journal import entries_listed

    since_on = cx.any_date(since)
    until_on = cx.any_date(until)
    with cx.database(write=False) as conn:
        result = list_entries(conn, since=since_on, until=until_on)
    entries_listed(result, as_json=as_json)


@journal_app.command("show")
def journal_show(
    entry_id: Annotated[int, typer.Argument(metavar="ID", help="The entry's ID (see peerjob journal list).")],
    as_json: JsonOneOption = False,
) -> None:
    """Show one journal entry in full. Example: peerjob journal show 4."""
    from peerjob.actions.journal import show_entry
    from peerjob.render.journal import entry_shown

    with cx.database(write=False) as conn:
        entry = show_entry(conn, entry_id)
    entry_shown(entry, as_json=as_json)


@journal_app.command("stats")
def journal_stats(
    weeks: Annotated[
        int, typer.Option("--weeks", "-w", min=1, max=520, help="How many weeks to look back over, this one included.")
    ] = 12,
    as_json: JsonOneOption = False,
) -> None:
    """Mood and energy by week, and what helped on better days. Example: peerjob journal stats --weeks 8."""
    from peerjob.actions.journal import journal_stats as figures
    from peerjob.render.journal import journal_stats as show

    with cx.database(write=False) as conn:
        data = figures(conn, weeks=weeks, settings=cx.settings(), today=cx.today())
    show(data, weeks=weeks, as_json=as_json)


def journal_edit(
    entry_id: Annotated[int, typer.Argument(metavar="ID", help="The entry's ID (see peerjob journal list).")],
    text: Annotated[
        str | None, typer.Option("--text", metavar="TEXT", help="New words for the entry (empty text clears them).")
    ] = None,
    mood: Annotated[str | None, typer.Option("--mood", "-m", metavar="1-5", help="A new mood, 1 to 5.")] = None,
    energy: Annotated[str | None, typer.Option("--energy", "-e", metavar="1-5", help="A new energy, 1 to 5.")] = None,
    practice: Annotated[
        list[str] | None,
        typer.Option(
            "--practice", "-p", metavar="PRACTICE", help="What helped, in place of what was there (repeat for more)."
        ),
    ] = None,
    no_practices: Annotated[bool, typer.Option("--no-practices", help="Clear the practices.")] = False,
    on: Annotated[
        str | None, typer.Option("--date", "-d", metavar="DATE", help=f"Which day it is about. {DATE_HELP}")
    ] = None,
) -> None:
    """Change a journal entry's words, mood, energy, practices or day. Example: peerjob journal edit 4 --mood 3."""
    from peerjob.domain.selfcare import parse_practices, parse_scale

    changes: dict[str, object] = {}
    if text is not None:
        changes["text"] = _clean_text(text)
    if mood is not None:
        changes["mood"] = parse_scale(mood, "Mood")
    if energy is not None:
        changes["energy"] = parse_scale(energy, "Energy")
    if on is not None:
        changes["entry_on"] = cx.past_date(on, "The journal date").isoformat()
    if practice and no_practices:
        raise BadInput("Use either --practice or --no-practices, not both.")
    practices = parse_practices(practice) if practice else ([] if no_practices else None)
    if not changes and practices is None:
        raise BadInput("Nothing to change. Add an option, for example: peerjob journal edit 4 --mood 3")
    from peerjob.cli.records import change_record

    change_record("journal", entry_id, changes, practices=practices)
