"""`peerjob plan`: a private wellness plan for hard days, in sections, in the person's own words."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import JsonOneOption
from peerjob.errors import BadInput

plan_app = typer.Typer(
    help="Your private wellness plan for hard days, in your own words. Example: peerjob plan.",
    invoke_without_command=True,
    no_args_is_help=False,
)


def register(app: typer.Typer) -> None:
    app.add_typer(plan_app, name="plan")


SECTION_HELP = "well, signs, actions, people, places or avoid (peerjob plan shows them)."


@plan_app.callback()
def plan(
    ctx: typer.Context,
    as_text: Annotated[
        bool, typer.Option("--text", help="Print it in the form plan edit reads (headings, a line each).")
    ] = False,
    as_json: JsonOneOption = False,
) -> None:
    """Your private wellness plan for hard days, in your own words. Example: peerjob plan.

    Sections: what keeps me well day to day (well), early warning signs
    (signs), what I do when I notice them (actions), people I can call
    (people), places I can go (places), what I want to avoid (avoid). It stays
    on this machine; an export carries it only with --include plan.
    """
    if ctx.invoked_subcommand is not None:
        return
    from peerjob.actions.wellness import show_plan
    from peerjob.render.plan import plan_shown

    with cx.database(write=False) as conn:
        shown = show_plan(conn)
    if as_text:
        from peerjob.domain.wellness import plan_as_text

        sys.stdout.write(plan_as_text(shown))
        return
    plan_shown(shown, as_json=as_json)


@plan_app.command("add")
def plan_add(
    section: Annotated[str, typer.Argument(metavar="SECTION", help=SECTION_HELP, show_default=False)],
    text: Annotated[str, typer.Argument(metavar="TEXT", help="The line, in your words; '-' reads it from stdin.")],
) -> None:
    """Add a line to a section of your plan. Example: peerjob plan add signs "Skipping meals"."""
    from peerjob.actions.wellness import add_to_plan
    from peerjob.domain.wellness import parse_section
    from peerjob.render.plan import line_added

    key = parse_section(section)
    if text == "-":
        text = cx.text_from_stdin("line of the plan", 'echo "Skipping meals" | peerjob plan add signs -')
    with cx.database(write=True) as conn:
        number = add_to_plan(conn, key, text)
    line_added(key, number)


@plan_app.command("remove")
def plan_remove(
    section: Annotated[str, typer.Argument(metavar="SECTION", help=SECTION_HELP, show_default=False)],
    number: Annotated[
        int, typer.Argument(metavar="N", help="The line's number in that section, as peerjob plan shows it.")
    ],
) -> None:
    """Remove one line of your plan; `peerjob undo` brings it back. Example: peerjob plan remove signs 2."""
    from peerjob.actions.wellness import remove_from_plan
    from peerjob.domain.wellness import parse_section
    from peerjob.render.plan import line_removed

    key = parse_section(section)
    with cx.database(write=True) as conn:
        remove_from_plan(conn, key, number)
    line_removed(key, number)


@plan_app.command("edit")
def plan_edit(
    source: Annotated[
        str | None,
        typer.Argument(
            metavar="[-]", help="'-': read the whole plan from stdin, in the form the editor shows.", show_default=False
        ),
    ] = None,
) -> None:
    """Write your plan in $EDITOR, or section by section on a terminal. Example: peerjob plan edit.

    With '-', the whole plan comes from standard input, headings and all (the
    form `peerjob plan --text` prints), and replaces the one there is.
    """
    from peerjob.actions.wellness import replace_plan, show_plan
    from peerjob.domain.wellness import plan_as_text, plan_from_text
    from peerjob.render.plan import plan_saved

    if source not in (None, "-"):
        raise BadInput(
            f"plan edit takes '-' (the plan from stdin) or nothing, not '{source}'. For example: peerjob plan edit"
        )
    with cx.database(write=False) as conn:
        current = show_plan(conn)
    if source == "-":
        given = sys.stdin.read()
        if not given.strip():
            raise BadInput(
                "Nothing came in on standard input, so the plan was left as it is. "
                "To empty it, pipe in the headings alone: peerjob plan --text shows them."
            )
        lines = plan_from_text(given)
    else:
        from peerjob.cli.editor import edit_text, editor_command

        editor = editor_command()
        if editor and cx.interactive():
            lines = plan_from_text(
                edit_text(editor, plan_as_text(current), prefix="peerjob-plan-", instead="use peerjob plan add")
            )
        elif cx.interactive():
            lines = _ask_section_by_section(current)
        else:
            raise BadInput(
                "There is no terminal to edit the plan on, so nothing was changed. "
                "Pipe it in instead: peerjob plan edit - < plan.txt"
            )
    with cx.database(write=True) as conn:
        saved = replace_plan(conn, lines)
    plan_saved(saved)


def _ask_section_by_section(current: dict[str, list[str]]) -> dict[str, list[str]]:
    """On a terminal without an editor: each section in turn, its lines shown, new ones added until Enter."""
    from peerjob.domain.wellness import SECTIONS, check_line
    from peerjob.render.console import say

    say("Your plan, one section at a time. Type a line and press Enter to add it; Enter on its own moves on.")
    lines = {key: list(values) for key, values in current.items()}
    for section in SECTIONS:
        say(f"\n{section.title}")
        for number, text in enumerate(lines.get(section.key, []), start=1):
            say(f"  {number}. {text}")
        while True:
            typed = typer.prompt("  +", default="", show_default=False, err=True).strip()
            if not typed:
                break
            lines.setdefault(section.key, []).append(check_line(typed))
    return lines
