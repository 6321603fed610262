"""`peerjob due`: what needs doing now, and soon."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.output import out, print_json, say


def register(app: typer.Typer) -> None:
    app.command()(due)


def due(
    days: Annotated[int, typer.Option("--days", min=0, max=365, help="Also show what falls due in the next N days.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show follow-ups and plans that are due or overdue. Example: peerjob due --days 7."""
    from peerjob.store.due import collect

    today = cx.today()
    with cx.database(write=False) as conn:
        items = collect(conn, until=today + timedelta(days=days), today=today, settings=cx.settings())
    if as_json:
        print_json([dict(vars(item), overdue=bool(item.due_on and item.due_on < today)) for item in items])
        return
    if not items:
        say("Nothing is due. A good moment for one small step of your own choosing.")
        return
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False)
    for heading in ("Due", "What", "Details", "Kind"):
        table.add_column(heading, overflow="fold", no_wrap=heading in ("Due", "Kind"))
    for item in items:
        when = item.due_on.isoformat() if item.due_on else "-"
        if item.due_on and item.due_on < today:
            when += " (overdue)"
        table.add_row(when, item.title, item.detail, item.kind)
    out().print(table)
