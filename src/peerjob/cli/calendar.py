"""`peerjob calendar`: follow-ups, check-ins, next steps and interviews as calendar events (.ics)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from peerjob.cli import context as cx


def register(app: typer.Typer) -> None:
    app.command()(calendar)


def calendar(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE.ics", help="Write to this file (owner-only) instead of stdout."),
    ] = None,
    days: Annotated[int, typer.Option("--days", min=1, max=3650, help="How many days ahead, from today.")] = 90,
    force: Annotated[bool, typer.Option("--force", help="Replace --output if it exists.")] = False,
) -> None:
    """Write what is coming up as calendar events (.ics). Example: peerjob calendar -o peerjob.ics."""
    from peerjob.fileio import check_output_file, is_stdio

    if is_stdio(output):
        output = None  # `--output -`: standard output, as with no --output
    if output is not None:
        check_output_file(
            output,
            force=force,
            example="peerjob.ics",
            replacing="Add --force to replace it (calendar apps update the same events).",
        )
    from peerjob.actions.calendar import events_ahead
    from peerjob.render.ics import calendar_written

    with cx.database(write=False) as conn:
        events = events_ahead(conn, days=days, settings=cx.settings(), today=cx.today())
    calendar_written(events, output, days=days, force=force)
