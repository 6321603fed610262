"""Every step counts: `win TEXT`, `win list|show|edit|delete`, `milestones` (and `wins`, the older name of `win list`)."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import completion
from peerjob.cli import context as cx
from peerjob.cli.capture import capture_app
from peerjob.cli.options import DATE_HELP, JsonOneOption, QuietOption, SavedJsonOption
from peerjob.errors import BadInput

KINDS_HELP = (
    "mock-interview, resume, networking, volunteering, training, mentoring, interview-prep, interview or other."
)


win_app = capture_app()


def register(app: typer.Typer) -> None:
    from peerjob.cli.records import add_delete, add_show

    win_app.callback()(win)
    win_app.command("list")(wins)
    add_show(win_app, "win", "win", "win")
    win_app.command("edit")(win_edit)
    add_delete(win_app, "win", "win", "win")
    app.add_typer(win_app, name="win")
    app.command(hidden=True)(wins)
    app.command()(milestones)


def win(
    ctx: typer.Context,
    text: Annotated[str | None, typer.Argument(metavar="TEXT", help="What you did.", show_default=False)] = None,
    kind: Annotated[
        str,
        typer.Option("--kind", "-k", metavar="KIND", autocompletion=completion.win_kinds, help=f"One of {KINDS_HELP}"),
    ] = "other",
    on: Annotated[
        str | None, typer.Option("--date", "-d", metavar="DATE", help=f"When (default today). {DATE_HELP}")
    ] = None,
    app_id: Annotated[
        int | None, typer.Option("--app", metavar="ID", help="The application it was for, if any.")
    ] = None,
    as_json: SavedJsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Record a step beyond applications: a mock interview, a new CV. Example: peerjob win "Mock interview with Sam" --kind mock-interview."""
    if ctx.invoked_subcommand is not None:
        return
    from peerjob.cli.records import check_output_mode, saved
    from peerjob.cli.typo_guard import LITERAL

    check_output_mode(as_json, quiet)
    from peerjob.domain.wins import parse_win_kind

    if text == "-" and not ctx.meta.get(LITERAL):  # `-`: the words come on standard input
        text = cx.text_from_stdin("win", 'echo "Mock interview with Sam" | peerjob win - --kind mock-interview')
    text = cx.required_text(text, "The win", 'peerjob win "Mock interview with Sam" --kind mock-interview')
    from peerjob.cli.typo_guard import check_text

    check_text(
        ctx,
        text,
        noun="win",
        verb="win",
        meant={
            "list": "peerjob win list",
            "ls": "peerjob win list",
            "show": "peerjob win show ID",
            "edit": "peerjob win edit ID",
            "delete": "peerjob win delete ID",
            "rm": "peerjob win delete ID",
            "remove": "peerjob win delete ID",
            "stats": "peerjob stats",
        },
        default="peerjob win --help",
    )
    chosen_kind = parse_win_kind(kind)
    won_on = cx.past_date(on, "The date of the win") or cx.today()
    from peerjob.actions.wins import NewWin, record_win
    from peerjob.render.wins import win_recorded

    with cx.database(write=True) as conn:
        result = record_win(
            conn, NewWin(text=text, kind=chosen_kind, won_on=won_on, application_id=app_id), settings=cx.settings()
        )
    if not saved("win", result.id, as_json=as_json, quiet=quiet):
        win_recorded(result)


def wins(
    since: Annotated[str | None, typer.Option(metavar="DATE", help=f"On or after. {DATE_HELP}")] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help=f"On or before. {DATE_HELP}")] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind", "-k", metavar="KIND", autocompletion=completion.win_kinds, help=f"Only this kind: {KINDS_HELP}"
        ),
    ] = None,
    as_json: JsonOneOption = False,
) -> None:
    """List your wins, oldest first. Example: peerjob win list --since "4 weeks ago"."""
    from peerjob.domain.wins import parse_win_kind

    wanted = parse_win_kind(kind) if kind else None
    since_on, until_on = cx.any_date(since), cx.any_date(until)
    from peerjob.actions.wins import list_wins
    from peerjob.render.wins import wins_listed

    with cx.database(write=False) as conn:
        rows = list_wins(conn, since=since_on, until=until_on, kind=wanted)
    wins_listed(rows, as_json=as_json)


def win_edit(
    win_id: Annotated[int, typer.Argument(metavar="ID", help="The win's ID (see peerjob win list).")],
    text: Annotated[str | None, typer.Option("--text", metavar="TEXT", help="What you did, in new words.")] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind", "-k", metavar="KIND", autocompletion=completion.win_kinds, help=f"A new kind: {KINDS_HELP}"
        ),
    ] = None,
    on: Annotated[str | None, typer.Option("--date", "-d", metavar="DATE", help=f"A new date. {DATE_HELP}")] = None,
    app_id: Annotated[
        int | None, typer.Option("--app", metavar="ID", help="The application it was for (0 for none).")
    ] = None,
) -> None:
    """Change a win's words, kind, date or application. Example: peerjob win edit 3 --text "Mock interview with Sam"."""
    from peerjob.domain.wins import parse_win_kind

    changes: dict[str, object] = {}
    if text is not None:
        changes["text"] = cx.required_text(text, "The win", '--text "Mock interview with Sam"')
    if kind is not None:
        changes["kind"] = parse_win_kind(kind)
    if on is not None:
        changes["won_on"] = cx.past_date(on, "The date of the win").isoformat()
    if app_id is not None:
        changes["application_id"] = app_id or None
    if not changes:
        raise BadInput('Nothing to change. Add an option, for example: peerjob win edit 3 --text "Mock interview"')
    from peerjob.cli.records import change_record

    change_record("win", win_id, changes)


def milestones(
    as_json: JsonOneOption = False,
) -> None:
    """List the milestones you have reached, with their dates. Example: peerjob milestones."""
    from peerjob.actions.wins import list_milestones
    from peerjob.render.listing import show_listing
    from peerjob.render.wins import MILESTONES

    with cx.database(write=False) as conn:
        rows = list_milestones(conn)
    show_listing(MILESTONES, rows, as_json=as_json)
