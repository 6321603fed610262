"""`peerjob reframe` (add, list, show, edit, delete), and the questions `stage` asks after a 'no'.

Answers come from flags, from the terminal (one question at a time, each
skippable), or from standard input when it is not a terminal (one answer a
line, in the order of the questions), so scripts and tests can fill them.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.capture import capture_app
from peerjob.cli.options import JsonOneOption, json_flag
from peerjob.errors import BadInput
from peerjob.render.console import say

reframe_app = capture_app(id_word="APP_ID", takes_text=False)

APP_ID_HELP = "The application's ID (see peerjob reframe list)."


def register(app: typer.Typer) -> None:
    from peerjob.cli.records import add_delete, add_show

    reframe_app.callback()(reframe)
    reframe_app.command("list")(reframes)
    add_show(reframe_app, "reframe", "reframe", "reframe", id_help=APP_ID_HELP)
    reframe_app.command("edit")(reframe_edit)
    add_delete(reframe_app, "reframe", "reframe", "reframe", id_help=APP_ID_HELP)
    app.add_typer(reframe_app, name="reframe")
    app.command(hidden=True)(reframes)


WhatHappened = Annotated[str | None, typer.Option("--what-happened", metavar="TEXT", help="What happened, in facts.")]
Thought = Annotated[str | None, typer.Option("--thought", metavar="TEXT", help="The first thought it brought.")]
Outside = Annotated[str | None, typer.Option("--outside", metavar="TEXT", help="What was outside your control.")]
Peer = Annotated[
    str | None, typer.Option("--peer", metavar="TEXT", help="What you would tell a peer in the same spot.")
]
Balanced = Annotated[str | None, typer.Option("--balanced", metavar="TEXT", help="A more balanced thought.")]
NextStep = Annotated[str | None, typer.Option("--next-step", metavar="TEXT", help="One small next step.")]
NextStepOn = Annotated[
    str | None,
    typer.Option("--next-step-on", metavar="DATE", help="When you'll take it: friday, 'in 3 days', 2026-12-01."),
]


AnswersOption = Annotated[
    str | None,
    typer.Option(
        "--answers",
        metavar="-",
        help="Read the answers from standard input, one a line, in the order of the questions (a blank line skips one).",
    ),
]


def answers_wanted_from_stdin(value: str | None) -> bool:
    """`--answers -`: the only way a script hands in answers; without it nothing is read from a pipe."""
    if value is None:
        return False
    if value != "-":
        raise BadInput(
            "--answers takes '-' (standard input), for example: printf 'answer\\n' | peerjob reframe 3 --answers -"
        )
    return True


def answers_from_flags(**flags: str | None) -> dict:
    """The answers given as options; an empty text clears that answer."""
    answers: dict = {}
    for name, value in flags.items():
        if value is None:
            continue
        if name == "next_step_on":
            answers[name] = cx.future_date(value) if value.strip() else None
        else:
            answers[name] = " ".join(value.split()) or None
    return answers


def answers_from_options(
    what_happened: str | None,
    thought: str | None,
    outside: str | None,
    peer: str | None,
    balanced: str | None,
    next_step: str | None,
    next_step_on: str | None,
) -> dict:
    """The reframe options every command that takes them shares (`stage`, `reframe`, `reframe edit`), as answers."""
    return answers_from_flags(
        what_happened=what_happened,
        first_thought=thought,
        outside_control=outside,
        peer_advice=peer,
        balanced_thought=balanced,
        next_step=next_step,
        next_step_on=next_step_on,
    )


def _clean(name: str, text: str) -> object:
    text = " ".join(text.split())
    if name == "next_step_on":
        return cx.future_date(text) if text else None
    return text or None


def ask(current: dict | None = None, into: dict | None = None, *, from_stdin: bool = False) -> dict:
    """Ask the reframe questions; returns the answers given (skipped ones are left out).

    On a terminal: one question at a time; Enter skips (or keeps the current
    answer); Ctrl-D skips the rest. With ``from_stdin`` (`--answers -`): one
    line of standard input per question; a blank line skips; no input at all
    means no reframe. Otherwise, with no terminal, nothing is read. ``into``
    is filled as the answers come, so a Ctrl-C keeps what was already said.
    """
    from peerjob.domain.reframe import INTRO, QUESTIONS

    current = current or {}
    answers: dict = into if into is not None else {}
    if from_stdin or not sys.stdin.isatty() or not cx.prompts_allowed():
        if not from_stdin:
            return answers  # nobody at a terminal, and no `--answers -`: standard input is not ours to read
        from peerjob.cli.editor import piped_text

        lines = piped_text().splitlines()
        for (name, _question), line in zip(QUESTIONS, lines, strict=False):
            if line.strip():
                answers[name] = _clean(name, line)  # an unreadable date stops the command, nothing saved
        return answers
    say(INTRO.format(count=len(QUESTIONS)))
    for name, question in QUESTIONS:
        if name == "next_step_on" and not (answers.get("next_step") or current.get("next_step")):
            break  # no next step, so no date to ask for
        shown = current.get(name)
        prompt = question + (f" [{shown}]" if shown else "") + " "
        while True:
            sys.stderr.write(prompt)
            sys.stderr.flush()
            line = sys.stdin.readline()
            if not line:  # Ctrl-D: skip the rest
                sys.stderr.write("\n")
                return answers
            try:
                value = _clean(name, line)
            except BadInput as problem:
                say(problem.message)  # ask again: a typo in a date should not lose the answers
                continue
            if value is not None:
                answers[name] = value
            break
    return answers


def reframe(
    ctx: typer.Context,
    application_id: Annotated[int | None, typer.Argument(metavar="ID", help="The application's ID.")] = None,
    what_happened: WhatHappened = None,
    thought: Thought = None,
    outside: Outside = None,
    peer: Peer = None,
    balanced: Balanced = None,
    next_step: NextStep = None,
    next_step_on: NextStepOn = None,
    answers_input: AnswersOption = None,
    as_json: Annotated[bool, json_flag("Print the reframe as JSON (asks no questions).")] = False,
) -> None:
    """Add or revisit the private reframe of a rejection or a silence. Example: peerjob reframe 3 --balanced "One role, not my worth"."""
    if ctx.invoked_subcommand is not None:
        return
    if application_id is None:
        raise BadInput("Which application? For example: peerjob reframe 3 (peerjob list shows the IDs).")
    _reframe(
        application_id,
        answers_from_options(what_happened, thought, outside, peer, balanced, next_step, next_step_on),
        as_json=as_json,
        from_stdin=answers_wanted_from_stdin(answers_input),
    )


def reframe_edit(
    application_id: Annotated[int, typer.Argument(metavar="APP_ID", help=APP_ID_HELP)],
    what_happened: WhatHappened = None,
    thought: Thought = None,
    outside: Outside = None,
    peer: Peer = None,
    balanced: Balanced = None,
    next_step: NextStep = None,
    next_step_on: NextStepOn = None,
    answers_input: AnswersOption = None,
) -> None:
    """Change a reframe's answers, or go through the questions again. Example: peerjob reframe edit 3 --balanced "One role, not my worth"."""
    _reframe(
        application_id,
        answers_from_options(what_happened, thought, outside, peer, balanced, next_step, next_step_on),
        as_json=False,
        from_stdin=answers_wanted_from_stdin(answers_input),
    )


def _reframe(application_id: int, answers: dict, *, as_json: bool, from_stdin: bool = False) -> None:
    from peerjob.actions.reframes import read_reframe, save_reframe
    from peerjob.render.reframes import reframe_kept_or_saved

    with cx.database(write=False) as conn:
        read = read_reframe(conn, application_id)
    current = read.current
    if not answers and not as_json:
        answers = ask(current, from_stdin=from_stdin)
    if answers:
        with cx.database(write=True) as conn:
            current = save_reframe(conn, application_id, answers)
    reframe_kept_or_saved(application_id, read.company, current, saved=bool(answers), as_json=as_json)


def reframes(
    as_json: JsonOneOption = False,
) -> None:
    """List your private reframes (they stay on this machine). Example: peerjob reframe list."""
    from peerjob.actions.reframes import list_reframes
    from peerjob.render.reframes import reframes_listed

    with cx.database(write=False) as conn:
        rows = list_reframes(conn)
    reframes_listed(rows, as_json=as_json)
