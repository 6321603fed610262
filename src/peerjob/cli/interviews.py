"""`peerjob interview add|list|show|edit|delete|done|debrief` and `peerjob followup`."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import DATE_HELP, JsonOneOption, JsonOption, QuietOption, SavedJsonOption, YesOption
from peerjob.cli.stories import optional_text
from peerjob.errors import BadInput

WHEN_HELP = "When: 'friday 3pm', 'tomorrow 09:30', '2026-12-01 15:30', or a day alone."
KIND_HELP = "phone, video, onsite, assessment or other."

interview_app = typer.Typer(
    help="Interview rounds: add, list, show, edit, done, debrief, cancel. Example: peerjob interview add 3 'friday 3pm'.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(interview_app, name="interview")
    app.command("followup")(followup)


def _round_json(round_id: int) -> None:
    from peerjob.actions.interviews import find_round
    from peerjob.render.interviews import round_shown

    with cx.database(write=False) as conn:
        round_shown(find_round(conn, round_id), as_json=True)


def _details(
    kind: str | None, with_names: str | None, place: str | None, duration: str | None, note: str | None
) -> dict[str, object]:
    """The round's optional details as given (empty text clears one)."""
    from peerjob.domain.interviews import parse_kind, parse_minutes

    values: dict[str, object] = {}
    if kind is not None:
        values["kind"] = parse_kind(kind) if kind.strip() else None
    for column, text in (("with_names", with_names), ("place", place), ("note", note)):
        if text is not None:
            values[column] = optional_text(text)
    if duration is not None:
        values["duration_min"] = parse_minutes(duration) if duration.strip() else None
    return values


KindOption = Annotated[str | None, typer.Option("--kind", "-k", metavar="KIND", help=KIND_HELP)]
WithOption = Annotated[str | None, typer.Option("--with", metavar="NAMES", help="Who you meet (private).")]
WhereOption = Annotated[
    str | None, typer.Option("--where", metavar="TEXT", help="Where: an address or a link (private).")
]
DurationOption = Annotated[str | None, typer.Option("--duration", metavar="MIN", help="How long, in minutes.")]
NoteOption = Annotated[str | None, typer.Option("--note", metavar="TEXT", help="A private note.")]


@interview_app.command("add")
def interview_add(
    application_id: Annotated[int, typer.Argument(metavar="APP_ID", help="The application's ID (see peerjob list).")],
    when: Annotated[str, typer.Argument(metavar="WHEN", help=WHEN_HELP)],
    kind: KindOption = None,
    with_names: WithOption = None,
    place: WhereOption = None,
    duration: DurationOption = None,
    note: NoteOption = None,
    as_json: SavedJsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Add an interview round, with a time if you like. Example: peerjob interview add 3 "friday 3pm" --kind video."""
    from peerjob.cli.records import check_output_mode

    check_output_mode(as_json, quiet)
    planned = cx.when(when)
    assert planned is not None
    values = {"held_on": planned[0], "at_time": planned[1], **_details(kind, with_names, place, duration, note)}
    from peerjob.actions.interviews import add_round
    from peerjob.render.interviews import round_added

    with cx.database(write=True) as conn:
        result = add_round(conn, application_id, values, today=cx.today(), settings=cx.settings())
    if quiet:
        sys.stdout.write(f"{result.round.id}\n")
        return
    if as_json:
        _round_json(result.round.id)
    round_added(result.round, moved_to_interviewing=result.moved_to_interviewing)
    if result.milestones:
        from peerjob.render.console import announce_milestones

        announce_milestones(result.milestones)


@interview_app.command("list")
def interview_list(
    application_id: Annotated[
        int | None, typer.Argument(metavar="[APP_ID]", help="Only this application's rounds.", show_default=False)
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List interview rounds, oldest first. Example: peerjob interview list 3."""
    from peerjob.actions.interviews import list_rounds
    from peerjob.render.interviews import ROUNDS
    from peerjob.render.listing import show_listing

    with cx.database(write=False) as conn:
        rounds, any_at_all = list_rounds(conn, application_id)
    show_listing(ROUNDS, rounds, as_json=as_json, filtered=any_at_all)


@interview_app.command("show")
def interview_show(
    round_id: Annotated[int, typer.Argument(metavar="ID", help="The round's ID (see peerjob interview list).")],
    as_json: JsonOneOption = False,
) -> None:
    """Show one interview round and its debrief. Example: peerjob interview show 2."""
    from peerjob.actions.interviews import find_round
    from peerjob.render.interviews import round_shown

    with cx.database(write=False) as conn:
        found = find_round(conn, round_id)
    round_shown(found, as_json=as_json)


@interview_app.command("edit")
def interview_edit(
    round_id: Annotated[int, typer.Argument(metavar="ID", help="The round's ID.")],
    when: Annotated[str | None, typer.Option("--when", metavar="WHEN", help=f"A new day and time. {WHEN_HELP}")] = None,
    kind: KindOption = None,
    with_names: WithOption = None,
    place: WhereOption = None,
    duration: DurationOption = None,
    note: NoteOption = None,
) -> None:
    """Change an interview round; empty text clears a detail. Example: peerjob interview edit 2 --when "monday 10:00"."""
    changes = _details(kind, with_names, place, duration, note)
    planned = cx.when(when)
    if planned is not None:
        changes["held_on"], changes["at_time"] = planned
    if not changes:
        raise BadInput(f'Nothing to change. For example: peerjob interview edit {round_id} --when "monday 10:00"')
    from peerjob.actions.interviews import edit_round
    from peerjob.domain.interviews import when_words
    from peerjob.render.interviews import round_added

    with cx.database(write=True) as conn:
        before, changed = edit_round(conn, round_id, changes)
    if planned is not None:
        round_added(changed, was=when_words(before.held_on, before.at_time))
    else:
        from peerjob.render.console import say

        say(f"Saved your change to interview round {round_id} ({changed.company}).")


@interview_app.command("delete")
def interview_delete(
    round_id: Annotated[int, typer.Argument(metavar="ID", help="The round's ID.")],
    yes: YesOption = False,
) -> None:
    """Delete an interview round, after asking. Example: peerjob interview delete 2."""
    from peerjob.actions.interviews import delete_round, find_round
    from peerjob.domain.interviews import when_words
    from peerjob.render.console import say

    with cx.database(write=False) as conn:
        found = find_round(conn, round_id)
    cx.confirm(
        f"Delete interview round {round_id} ({found.company}, {when_words(found.held_on, found.at_time)})?",
        yes=yes,
        instead=f"peerjob interview delete {round_id} --yes",
    )
    with cx.database(write=True) as conn:
        delete_round(conn, round_id)
    from peerjob.render.interviews import round_named

    say(f"Deleted {round_named(found)}. Changed your mind? `peerjob undo` brings it back until the end of tomorrow.")


def _went(round_id: int, on: str | None, debrief: dict[str, str | None] | None) -> None:
    went_on = cx.past_date(on, "The date you went")
    from peerjob.actions.interviews import mark_went
    from peerjob.messages import choose
    from peerjob.render.interviews import round_went

    with cx.database(write=True) as conn:
        result = mark_went(conn, round_id, on=went_on, today=cx.today(), debrief=debrief, settings=cx.settings())
    line = choose("interview_went", round_id, company=result.round.company) if result.first_time else ""
    if debrief:
        saved_line = choose("debrief_saved", round_id)
        line = f"{line} {saved_line}".strip()
    round_went(result.round, line or f"Saved your debrief of interview round {round_id}.", result.milestones)


@interview_app.command("cancel")
def interview_cancel(
    round_id: Annotated[int, typer.Argument(metavar="ID", help="The round's ID.")],
) -> None:
    """Mark that a round didn't happen (it stays in the history). Example: peerjob interview cancel 2."""
    from peerjob.actions.interviews import cancel_round
    from peerjob.render.interviews import round_cancelled

    with cx.database(write=True) as conn:
        cancelled = cancel_round(conn, round_id, on=cx.today())
    round_cancelled(cancelled)


@interview_app.command("done")
def interview_done(
    round_id: Annotated[int, typer.Argument(metavar="ID", help="The round's ID.")],
    on: Annotated[
        str | None, typer.Option("--date", "-d", metavar="DATE", help=f"When you went (default: its day). {DATE_HELP}")
    ] = None,
) -> None:
    """Mark that you went to a round: a step, whatever comes of it. Example: peerjob interview done 2."""
    _went(round_id, on, None)


@interview_app.command("debrief")
def interview_debrief(
    round_id: Annotated[int, typer.Argument(metavar="ID", help="The round's ID (see peerjob due).")],
    how: Annotated[str | None, typer.Option("--how", metavar="TEXT", help="How it went, in a few words.")] = None,
    learned: Annotated[
        str | None, typer.Option("--learned", metavar="TEXT", help="One thing you learned or would keep.")
    ] = None,
    next_step: Annotated[str | None, typer.Option("--next", metavar="TEXT", help="What next.")] = None,
    answers_input: Annotated[
        str | None,
        typer.Option(
            "--answers", metavar="-", help="'-': read the three answers from stdin, one a line (blank skips)."
        ),
    ] = None,
) -> None:
    """Write a short private debrief of a round that has passed. Example: peerjob interview debrief 2 --how "nervous, but fine"."""
    from peerjob.domain.interviews import DEBRIEF

    if answers_input not in (None, "-"):
        raise BadInput(
            "--answers takes '-' (standard input), for example: printf 'Fine\\n\\n' | peerjob ... --answers -"
        )
    given = {"how_it_went": how, "learned": learned, "next_step": next_step}
    answers = {column: optional_text(text) for column, text in given.items() if text is not None}
    if answers_input == "-":
        if answers:
            raise BadInput("Use either the answer options or --answers -, not both.")
        _check_gone_to(round_id)
        lines = cx.text_from_stdin(
            "debrief",
            "printf 'Went well\\nAsk about training\\nThank-you email\\n' | peerjob interview debrief 2 --answers -",
        ).split("\n")
        answers = {column: line.strip() or None for (column, _), line in zip(DEBRIEF, lines, strict=False)}
    elif not answers:
        if not cx.interactive():
            raise BadInput(
                f'A debrief needs a few words: peerjob interview debrief {round_id} --how "Went well" '
                f"(or peerjob interview done {round_id} to mark only that you went)."
            )
        _check_gone_to(round_id)  # an unknown ID, or a round still to come, is refused before any question
        # Skipped questions keep what was said before; a round with no answers at all is still one you went to.
        answers = {column: text for column, text in _ask().items() if text is not None}
    _went(round_id, None, answers or None)


def _check_gone_to(round_id: int) -> None:
    from peerjob.actions.interviews import check_gone_to

    with cx.database(write=False) as conn:
        check_gone_to(conn, round_id, today=cx.today())


def _ask() -> dict[str, str | None]:
    """One question at a time; Enter skips one, Ctrl-D skips the rest."""
    from peerjob.domain.interviews import DEBRIEF
    from peerjob.render.console import say

    say("Three short questions, each one skippable with Enter.")
    answers: dict[str, str | None] = {}
    for column, question in DEBRIEF:
        sys.stderr.write(question + " ")
        sys.stderr.flush()
        line = sys.stdin.readline()
        if not line:
            sys.stderr.write("\n")
            break
        answers[column] = line.strip() or None
    return answers


def followup(
    application_id: Annotated[int, typer.Argument(metavar="APP_ID", help="The application's ID (see peerjob list).")],
    on: Annotated[
        str | None,
        typer.Option("--date", "-d", metavar="DATE", help=f"When you followed up (default today). {DATE_HELP}"),
    ] = None,
    channel: Annotated[
        str | None, typer.Option("--channel", "-c", metavar="HOW", help="email, phone, in-person or other.")
    ] = None,
    with_name: Annotated[str | None, typer.Option("--with", metavar="NAME", help="Who you wrote to (private).")] = None,
    note: Annotated[str | None, typer.Option("--note", metavar="TEXT", help="A private note.")] = None,
    next_on: Annotated[
        str | None,
        typer.Option("--next", metavar="DATE", help="When to follow up again (default: the usual interval)."),
    ] = None,
    no_next: Annotated[bool, typer.Option("--no-next", help="No further follow-up planned.")] = False,
    as_json: SavedJsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Record that you followed up: a step, kept in the history. Example: peerjob followup 3 --channel email."""
    from peerjob.cli.records import check_output_mode
    from peerjob.domain.interviews import parse_channel

    check_output_mode(as_json, quiet)
    if next_on is not None and no_next:
        raise BadInput("Use either --next or --no-next, not both.")
    sent_on = cx.past_date(on, "The follow-up date") or cx.today()
    how = parse_channel(channel) if channel is not None else None
    next_date = cx.future_date(next_on)
    from peerjob.actions.interviews import record_follow_up

    with cx.database(write=True) as conn:
        result = record_follow_up(
            conn,
            application_id,
            on=sent_on,
            channel=how,
            with_name=optional_text(with_name),
            note=optional_text(note),
            next_on=next_date,
            no_next=no_next,
            settings=cx.settings(),
        )
    if quiet:
        sys.stdout.write(f"{result.id}\n")
        return
    if as_json:
        from peerjob.actions.interviews import follow_up_sent
        from peerjob.render.console import print_json

        with cx.database(write=False) as conn:
            sent = follow_up_sent(conn, result.id)
        print_json(dict(sent, next_follow_up_on=result.next_on))
    from peerjob.messages import choose
    from peerjob.render.interviews import follow_up_recorded

    follow_up_recorded(
        result.company, choose("followed_up", result.id, company=result.company), result.next_on, result.milestones
    )
