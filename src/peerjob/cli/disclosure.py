"""`peerjob disclose ID`: a private plan for talking about recovery with one employer, if at all."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import json_flag
from peerjob.errors import BadInput

PLANS = "not-planned, undecided, after-offer, at-interview, on-application or disclosed"


def register(app: typer.Typer) -> None:
    app.command()(disclose)


def disclose(
    application_id: Annotated[int, typer.Argument(metavar="ID", help="The application's ID.")],
    plan: Annotated[
        str | None,
        typer.Option(
            "--plan", "-p", metavar="PLAN", help=f"When you plan to talk about your recovery, if at all: {PLANS}."
        ),
    ] = None,
    note: Annotated[
        str | None, typer.Option("--note", metavar="TEXT", help="A private note on how (empty text clears it).")
    ] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Remove the plan for this application.")] = False,
    as_json: Annotated[bool, json_flag("Print the plan as JSON.")] = False,
) -> None:
    """Your private plan for talking about recovery, if at all. Example: peerjob disclose 3 --plan after-offer."""
    from peerjob.domain.toolkit import parse_plan

    chosen = parse_plan(plan) if plan is not None else None
    if clear and (chosen or note is not None):
        raise BadInput("Use --clear on its own, or --plan with --note.")
    from peerjob.actions.toolkit import change_disclosure, read_disclosure
    from peerjob.render.toolkit import disclosure_changed, disclosure_shown

    if chosen is None and note is None and not clear:  # show the plan
        with cx.database(write=False) as conn:
            current = read_disclosure(conn, application_id)
        disclosure_shown(application_id, current, as_json=as_json)
        return
    with cx.database(write=True) as conn:
        result = change_disclosure(conn, application_id, plan=chosen, note=note, clear=clear)
    disclosure_changed(application_id, result)
