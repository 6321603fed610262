"""`peerjob due`: what needs doing now, and soon."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import JsonOneOption
from peerjob.config import Settings
from peerjob.domain.due import DueItem
from peerjob.errors import BadInput


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
    tidy: Annotated[
        bool, typer.Option("--tidy", help="Go through old plans one at a time: done, a new date, let it go, or keep.")
    ] = False,
    let_go_before: Annotated[
        str | None,
        typer.Option(
            "--let-go-before", metavar="DATE", help="With --tidy: let go of every overdue plan dated before this."
        ),
    ] = None,
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
    if let_go_before is not None and not tidy:
        raise BadInput("--let-go-before goes with --tidy: peerjob due --tidy --let-go-before 2026-10-01")
    if tidy:
        _tidy(settings, cx.any_date(let_go_before))
        return
    with cx.database(write=False) as conn:
        result = list_due(conn, days=days, settings=settings, today=cx.today(), now=cx.now())
    due_listed(result, as_json=as_json, show_all=show_all)


def _done(item: DueItem, settings: Settings) -> int:
    """d in --tidy: a follow-up is recorded as sent today (a step, with the next one planned); any other
    plan's date is cleared, as it has happened."""
    from peerjob.render.console import say

    if item.kind == "follow-up" and item.application_id is not None:
        from peerjob.actions.interviews import record_follow_up

        with cx.database(write=True) as conn:
            result = record_follow_up(
                conn,
                item.application_id,
                on=cx.today(),
                channel=None,
                with_name=None,
                note=None,
                next_on=None,
                no_next=False,
                settings=settings,
            )
        say(f"Followed up with {result.company}: kept in its history.")
        return 1
    from peerjob.actions.due import tidy_one

    with cx.database(write=True) as conn:
        return int(tidy_one(conn, item, None))


def _tidy(settings: Settings, before: date | None) -> None:
    """Old plans, let go in one step (--let-go-before), or one at a time on a terminal."""
    from peerjob.actions.due import let_go_before, overdue_plans, tidy_one
    from peerjob.render.console import say

    if before is not None:
        with cx.database(write=True) as conn:
            count = let_go_before(conn, before, settings=settings, today=cx.today())
        if count:
            say(
                f"Let go of {count} old plan{'s' if count != 1 else ''} dated before {before}; nothing else changed. "
                "`peerjob undo` brings them back."
            )
        else:
            say(f"No overdue plans dated before {before}. Nothing changed.")
        return
    if not cx.interactive():
        raise BadInput(
            "--tidy asks about each old plan on a terminal. In a script: peerjob due --tidy --let-go-before DATE"
        )
    with cx.database(write=False) as conn:
        plans = overdue_plans(conn, settings=settings, today=cx.today())
    if not plans:
        say("No overdue plans. Nothing to tidy.")
        return
    say(
        f"{len(plans)} old plan{'s' if len(plans) != 1 else ''}. For each: d if it's done, a new date, "
        "l to let it go, or Enter to keep it."
    )
    changed = 0
    for item in plans:
        answer = typer.prompt(f"{item.title} (was {item.due_on})", default="", show_default=False, err=True).strip()
        if not answer:
            continue
        if answer.lower() in ("d", "done"):
            changed += _done(item, settings)
            continue
        try:
            new_date = None if answer.lower() in ("l", "let go", "let it go") else cx.future_date(answer)
        except BadInput as problem:  # one unreadable answer keeps that plan as it was, and goes on
            say(f"{problem.message} Kept as it was.")
            continue
        with cx.database(write=True) as conn:
            changed += tidy_one(conn, item, new_date)
    say(f"Tidied {changed} plan{'s' if changed != 1 else ''}. `peerjob undo` takes back the last one.")
