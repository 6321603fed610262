"""`peerjob export`: a summary to share with a partner, private by default."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.errors import BadInput
from peerjob.render.console import say


def register(app: typer.Typer) -> None:
    app.command()(export)


def export(
    week: Annotated[
        str | None,
        typer.Option(
            "--week", "-w", metavar="WEEK", help="A week: this, last, a date in it, or 2026-W47 (default this week)."
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option(metavar="DATE", help="Start of a span instead of a week (with --until).")
    ] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help="End of the span (default today).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="markdown, html or json.")] = "markdown",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (owner-only) instead of stdout.")
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option(
            "--include",
            "-i",
            help="Private things to add, comma-separated: journal, reframes, notes, disclosure, strengths, contacts, "
            "boundaries, agreed, plan, stories, training (and companies).",
        ),
    ] = None,
    anonymize: Annotated[
        bool, typer.Option("--anonymize", help="Show companies as 'Company A', 'Company B'...")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace --output if it exists.")] = False,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Don't ask before writing private things to a file.")
    ] = False,
    reader: Annotated[
        str | None, typer.Option("--for", metavar="NAME", help="Greet the person who reads it by name.")
    ] = None,
) -> None:
    """A summary to share with a partner; private things only if named. Example: peerjob export --week last --format html -o week.html."""

    from peerjob.domain.export import PRIVATE_CATEGORIES, parse_format, parse_include
    from peerjob.domain.weeks import resolve_week, week_start

    chosen_format = parse_format(fmt)
    categories = parse_include(include)
    if anonymize and "companies" in categories:
        raise BadInput("--include companies and --anonymize contradict each other; pick one.")
    today = cx.today()
    settings = cx.settings()
    if week is not None and (since or until):
        raise BadInput("Use either --week or --since/--until, not both.")
    end = None
    if since or until:
        if not since:
            raise BadInput("--until needs --since too, for example: --since 2026-11-01 --until 2026-11-20.")
        start = cx.past_date(since, "The start of the span")
        end = cx.past_date(until, "The end of the span") if until else today
        if end < start:
            raise BadInput(f"The span ends ({end}) before it starts ({start}). Try --since {end} --until {start}.")
    else:
        start = resolve_week(week, today=today, first_weekday=settings.first_weekday)
        if start > week_start(today, settings.first_weekday):
            raise BadInput(f"The week of {start.isoformat()} hasn't happened yet. Try --week this or --week last.")
    from peerjob.fileio import check_output_file, is_stdio

    if is_stdio(output):
        output = None  # `--output -`: standard output, as with no --output
    if output is not None:
        check_output_file(output, force=force, example="update.html")

    private = sorted(categories & set(PRIVATE_CATEGORIES))
    if output is not None and private and not yes and cx.interactive():
        say("This file will include: " + "; ".join(PRIVATE_CATEGORIES[name] for name in private) + ".")
        if not typer.confirm("Write it?", default=False, err=True):
            raise typer.Abort()

    from peerjob.actions.export import shareable_summary
    from peerjob.render.export import export_written, render

    with cx.database(write=False) as conn:
        data = shareable_summary(
            conn,
            start,
            end=end,
            include=categories,
            anonymise=anonymize,
            settings=settings,
            today=today,
            reader=" ".join((reader or "").split())[:40],
        )
    text = render(data, chosen_format)
    if output is None:
        import sys

        sys.stdout.write(text)
        return
    from peerjob.fileio import write_private_text

    write_private_text(output, text, overwrite=force)
    export_written(output, chosen_format, private)
