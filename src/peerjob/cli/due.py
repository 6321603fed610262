"""`peerjob due`: what needs doing now, and soon."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.render.console import data_table, out, print_json, say

SILENT_SHOWN = 5  # "still no reply" suggestions listed in the table; the rest are counted


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
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show follow-ups and plans that are due or overdue, and applications still waiting for a reply. Example: peerjob due --days 7.

    It only suggests: no stage changes unless you change it.
    """
    from dataclasses import replace

    from peerjob.store.due import collect

    today = cx.today()
    settings = cx.settings()
    if follow_up_after is not None:
        settings = replace(settings, follow_up_after_days=follow_up_after)
    if no_response_after is not None:
        settings = replace(settings, no_response_after_days=no_response_after)
    with cx.database(write=False) as conn:
        items = collect(conn, until=today + timedelta(days=days), today=today, settings=settings)
    if as_json:
        print_json([dict(vars(item), overdue=_overdue(item, today)) for item in items])
        return
    if not items:
        say("Nothing is due. A good moment for one small step of your own choosing.")
        return

    # A long-untouched spreadsheet can hold hundreds of silent applications:
    # show the most recent few suggestions of that kind and count the rest.
    silent = [item for item in items if item.kind == "no-response"]
    hidden = silent[:-SILENT_SHOWN] if len(silent) > SILENT_SHOWN else []
    table = data_table(("Due", "What", "Details", "Kind"), fixed=("Due", "Kind"))
    hidden_ids = {id(item) for item in hidden}
    for item in (item for item in items if id(item) not in hidden_ids):
        when = item.due_on.isoformat() if item.due_on else "-"
        if _overdue(item, today):
            when += " (overdue)"
        elif item.suggestion and item.due_on and item.due_on < today:
            when = f"since {when}"
        details = "; ".join(part for part in (item.detail, item.private_detail) if part)
        table.add_row(when, item.title, details, item.kind)
    out().print(table)
    if hidden:
        say(
            f"And {len(hidden)} older applications with no reply for a long while: "
            "peerjob list --stage applied shows them all, and peerjob due --json lists each one."
        )


def _overdue(item, today) -> bool:
    return bool(item.due_on and item.due_on < today and not item.suggestion)
