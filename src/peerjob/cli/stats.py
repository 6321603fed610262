"""`peerjob stats`: where applications went, by stage and by source, and how long replies took."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import DATE_HELP, JsonOneOption


def register(app: typer.Typer) -> None:
    app.command()(stats)


def stats(
    since: Annotated[
        str | None, typer.Option(metavar="DATE", help=f"Applications sent on or after. {DATE_HELP}")
    ] = None,
    until: Annotated[
        str | None, typer.Option(metavar="DATE", help=f"Applications sent on or before. {DATE_HELP}")
    ] = None,
    as_json: JsonOneOption = False,
) -> None:
    """Your funnel: applications by stage and source, reply times. Example: peerjob stats --since 2026-09-01."""
    since_on, until_on = cx.any_date(since), cx.any_date(until)
    from peerjob.actions.wins import application_funnel
    from peerjob.render.stats import stats_shown

    with cx.database(write=False) as conn:
        figures = application_funnel(conn, since=since_on, until=until_on)
    stats_shown(figures, as_json=as_json)
