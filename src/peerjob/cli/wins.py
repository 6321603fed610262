"""Every step counts: `win`, `wins`, `milestones` and `stats`."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import DATE_HELP
from peerjob.render.console import celebrate_step, data_table, out, print_json, say

KINDS_HELP = "mock-interview, resume, networking, volunteering, training, mentoring, interview-prep or other."


def register(app: typer.Typer) -> None:
    app.command()(win)
    app.command()(wins)
    app.command()(milestones)
    app.command()(stats)


def win(
    text: Annotated[str | None, typer.Argument(metavar="TEXT", help="What you did.", show_default=False)] = None,
    kind: Annotated[str, typer.Option("--kind", "-k", metavar="KIND", help=f"One of {KINDS_HELP}")] = "other",
    on: Annotated[
        str | None, typer.Option("--date", "-d", metavar="DATE", help=f"When (default today). {DATE_HELP}")
    ] = None,
    app_id: Annotated[
        int | None, typer.Option("--app", metavar="ID", help="The application it was for, if any.")
    ] = None,
) -> None:
    """Record a win beyond applications: a mock interview, a resume rewrite, a volunteering shift. Example: peerjob win "Mock interview with Sam" --kind mock-interview."""
    from peerjob.domain.wins import WIN_LABELS, parse_win_kind

    text = cx.required_text(text, "The win", 'peerjob win "Mock interview with Sam" --kind mock-interview')
    chosen_kind = parse_win_kind(kind)
    won_on = cx.past_date(on, "The date of the win") or cx.today()
    from peerjob.messages import CATALOGUE, choose
    from peerjob.store import applications
    from peerjob.store.milestones import record_reached
    from peerjob.store.wins import add_win, count_wins

    with cx.database(write=True) as conn:
        if app_id is not None:
            applications.get_application(conn, app_id)  # an unknown ID is refused, nothing saved
        win_id = add_win(conn, text=text, kind=chosen_kind, won_on=won_on, application_id=app_id)
        count = count_wins(conn)
        reached = record_reached(conn, first_weekday=cx.settings().first_weekday, days=[won_on])
    moment = f"win_{chosen_kind}" if f"win_{chosen_kind}" in CATALOGUE else "win"
    line = choose(moment, win_id, label=WIN_LABELS[chosen_kind], count=count)
    celebrate_step(line, reached, suffix=f" (win {win_id})")


def wins(
    since: Annotated[str | None, typer.Option(metavar="DATE", help=f"On or after. {DATE_HELP}")] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help=f"On or before. {DATE_HELP}")] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", "-k", metavar="KIND", help=f"Only this kind: {KINDS_HELP}")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List your wins, oldest first. Example: peerjob wins --since "4 weeks ago"."""
    from peerjob.domain.wins import parse_win_kind

    wanted = parse_win_kind(kind) if kind else None
    since_on, until_on = cx.any_date(since), cx.any_date(until)
    from peerjob.store.wins import list_wins

    with cx.database(write=False) as conn:
        rows = list_wins(conn, since=since_on, until=until_on, kind=wanted)
    if as_json:
        print_json(rows)
        return
    if not rows:
        say(
            'No wins recorded here yet. A mock interview, a resume rewrite, helping a peer: peerjob win "..." --kind mentoring'
        )
        return

    table = data_table(("ID", "Date", "Kind", "Win", "For"), fixed=("ID", "Date", "Kind"))
    for row in rows:
        table.add_row(str(row["id"]), row["date"].isoformat(), row["kind"], row["text"], row["company"] or "-")
    out().print(table)
    say("1 win: a step you took." if len(rows) == 1 else f"{len(rows)} wins, each one a step you took.")


def milestones(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the milestones you have reached, with their dates. Example: peerjob milestones."""
    from peerjob.store.milestones import list_milestones

    with cx.database(write=False) as conn:
        rows = list_milestones(conn)
    if as_json:
        print_json(rows)
        return
    if not rows:
        say('No milestones yet. The first one comes with your first application: peerjob log ACME "Support Specialist"')
        return
    table = data_table(("Reached", "Milestone"), fixed=("Reached",))
    for row in rows:
        table.add_row(row["reached_on"].isoformat(), row["title"])
    out().print(table)


def stats(
    since: Annotated[
        str | None, typer.Option(metavar="DATE", help=f"Applications sent on or after. {DATE_HELP}")
    ] = None,
    until: Annotated[
        str | None, typer.Option(metavar="DATE", help=f"Applications sent on or before. {DATE_HELP}")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Your funnel: applications by stage and by source, and how long replies take. Example: peerjob stats --since 2026-09-01."""
    since_on, until_on = cx.any_date(since), cx.any_date(until)
    from peerjob.domain.stats import funnel
    from peerjob.store.stats import application_paths

    with cx.database(write=False) as conn:
        figures = funnel(application_paths(conn, since=since_on, until=until_on))
    if as_json:
        print_json(figures)
        return
    from peerjob.render.stats import print_stats

    print_stats(out(), figures)
