"""`peerjob due`: what needs doing now, and soon."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import JsonOneOption


def register(app: typer.Typer) -> None:
    app.command()(due)


def due(
    days: Annotated[
        int, typer.Option("--days", min=0, max=365, help="Also show what falls due in the next N days.")
    ] = 0,
    follow_up_after: Annotated[
        int | None,
        typer.Option(
            "--follow-up-after",
            min=0,
            max=3650,
            metavar="DAYS",
            help="Suggest a follow-up after this many days with no reply (default: the setting, 14).",
        ),
    ] = None,
    no_response_after: Annotated[
        int | None,
        typer.Option(
            "--no-response-after",
            min=0,
            max=3650,
            metavar="DAYS",
            help="Suggest 'no-response' after this many days (default: the setting, 30).",
        ),
    ] = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="List every overdue item, not only the five most recent.")
    ] = False,
    as_json: JsonOneOption = False,
) -> None:
    """What is due or overdue, and applications waiting for a reply. Example: peerjob due --days 7.

    It only suggests: no stage changes unless you change it.
    """
    from dataclasses import replace

    from peerjob.actions.due import list_due
    from peerjob.render.due import due_listed

    settings = cx.settings()
    if follow_up_after is not None:
        settings = replace(settings, follow_up_after_days=follow_up_after)
    if no_response_after is not None:
        settings = replace(settings, no_response_after_days=no_response_after)
    with cx.database(write=False) as conn:
        result = list_due(conn, days=days, settings=settings, today=cx.today(), now=cx.now())
    due_listed(result, as_json=as_json, show_all=show_all)
