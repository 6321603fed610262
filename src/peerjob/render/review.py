"""What `review` and `goals` print around the week's summary (the summary itself: render/terminal.py)."""

from __future__ import annotations

from datetime import date

from peerjob.actions.goals import GoalsShown
from peerjob.domain.review import GOAL_LABELS, WeekSummary
from peerjob.messages import choose
from peerjob.render.console import celebrate, out, print_json, say


def review_shown(summary: WeekSummary, *, as_json: bool) -> None:
    if as_json:
        print_json(summary.as_json())
        return
    from peerjob.render.terminal import print_review

    print_review(out(), summary)


def goals_shown(result: GoalsShown, *, as_json: bool) -> None:
    if as_json:
        print_json(
            {"week_start": result.week_start, "goals": result.goals, "history": result.history, "agreed": result.agreed}
        )
        return
    if not any(result.goals.values()) and not result.agreed:
        say("No goals set for that week. Try: peerjob goals set --applications 3 --checkins 1")
        return
    out().print(f"Goals for the week of {result.week_start.isoformat()}", style="bold", markup=False)
    for name, target in result.goals.items():
        if target:
            out().print(f"  {GOAL_LABELS[name]}: {target}", markup=False)
    for agreed in result.agreed:
        state = "done" if agreed["done_on"] else f"not yet (peerjob goals done {agreed['id']})"
        out().print(f"  Agreed with {agreed['partner']}: {agreed['text']}: {state}", markup=False)


def goals_saved(week_start: date) -> None:
    celebrate(choose("goals_set", week_start.isoformat(), week=week_start.isoformat()))


def goal_settings_listed(rows: list[dict], *, as_json: bool) -> None:
    from peerjob.render.listing import Column, Listing, show_listing

    listing = Listing(
        columns=(
            Column("ID", lambda row: row["id"], fixed=True),
            Column("From the week of", lambda row: row["week_start"], fixed=True),
            Column("Applications", lambda row: row["applications"], fixed=True),
            Column("Wins", lambda row: row["wins"], fixed=True),
            Column("Check-ins", lambda row: row["checkins"], fixed=True),
            Column("Self-care days", lambda row: row["self_care_days"], fixed=True),
        ),
        empty="No goals set yet. Set one with: peerjob goals set --applications 3",
    )
    show_listing(listing, rows, as_json=as_json)
