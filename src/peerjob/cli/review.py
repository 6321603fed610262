"""`peerjob review` and `peerjob goals`: the weekly look back and plan."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import DATE_HELP, JsonOneOption, json_flag
from peerjob.errors import BadInput

WEEK_HELP = "this, last, next, a date in the week, or an ISO week like 2026-W47."
PAST_WEEK_HELP = "this (the default), last, a date in the week, or an ISO week like 2026-W47."  # a review looks back

goals_app = typer.Typer(
    help="Weekly goals: set them, see them, change them. Example: peerjob goals set --applications 3.",
    invoke_without_command=True,
    no_args_is_help=False,
)


def register(app: typer.Typer) -> None:
    from peerjob.cli.records import add_delete, add_show

    app.command()(review)
    goals_app.command("list")(goals_list)
    add_show(goals_app, "goals", "goals", "goal setting", example=1)
    goals_app.command("edit")(goals_edit)
    add_delete(goals_app, "goals", "goals", "goal setting", example=1)
    goals_app.command("agreed")(goals_agreed)
    goals_app.command("done")(goals_done)
    app.add_typer(goals_app, name="goals")


def _week(text: str | None, *, allow_future: bool = False):
    from peerjob.domain.weeks import resolve_week, week_start

    settings = cx.settings()
    today = cx.today()
    start = resolve_week(text, today=today, first_weekday=settings.first_weekday)
    if not allow_future and start > week_start(today, settings.first_weekday):
        raise BadInput(f"The week of {start.isoformat()} hasn't happened yet. Try --week this or --week last.")
    return start


def review(
    week: Annotated[
        str | None, typer.Option("--week", "-w", metavar="WEEK", help=f"Which week: {PAST_WEEK_HELP}")
    ] = None,
    as_json: Annotated[bool, json_flag("Print the review as JSON (see README).")] = False,
    private: Annotated[bool, typer.Option("--private", help="Include your private reframe text (local only).")] = False,
    no_plan: Annotated[bool, typer.Option("--no-plan", help="Don't offer to set next week's goals.")] = False,
) -> None:
    """Look back at a week: effort, goals, wins, self-care, momentum. Example: peerjob review --week last."""
    start = _week(week)
    from peerjob.actions.review import build_week_summary
    from peerjob.render.review import review_shown

    today = cx.today()
    with cx.database(write=False) as conn:
        summary = build_week_summary(conn, start, today=today, settings=cx.settings(), private=private)
    review_shown(summary, as_json=as_json)
    if as_json:
        return
    recent = (summary.week_end - today).days >= -7  # this week or last week
    if recent and summary.boundaries and cx.interactive():
        _ask_boundaries(summary.week_start, summary.week_end)
    if recent and not no_plan and not summary.empty and cx.interactive():
        _offer_plan(summary.week_end)


def _ask_boundaries(start, end) -> None:
    """In a new job's first weeks: did each boundary hold this week? Every question can be skipped."""
    from peerjob.domain.wellness import parse_boundary_answer
    from peerjob.errors import BadInput
    from peerjob.render.console import say

    with cx.database(write=False) as conn:
        from peerjob.actions.toolkit import boundaries_to_check

        to_check = boundaries_to_check(conn, start, end)
    if not to_check:
        return
    say("\nDid your boundaries hold this week? h = held, p = partly, n = not this week; Enter skips.")
    answers: dict[int, str] = {}
    for boundary_id, text in to_check:
        while True:
            typed = typer.prompt(f"  {text}", default="", show_default=False, err=True)
            try:
                answer = parse_boundary_answer(typed)
            except BadInput as problem:
                say(problem.message)
                continue
            break
        if answer is not None:
            answers[boundary_id] = answer
    if answers:
        from peerjob.actions.toolkit import save_boundary_answers

        with cx.database(write=True) as conn:
            save_boundary_answers(conn, start, answers)
        say("Kept, for you alone: the next reviews show how they went, week by week.")


def _ask_goal(label: str, current: int) -> int:
    """One goal, asked until it is a whole number; a wrong answer is said in peerjob's words, then asked again."""
    from peerjob.render.console import say

    while True:
        answer = typer.prompt(f"{label} (0 for none)", default=str(current), err=True).strip()
        if answer.isdigit() and int(answer) <= 1000:
            return int(answer)
        say(f"'{answer}' isn't a whole number from 0 to 1000. Type one, like 3 (0 for none).")


def _offer_plan(week_end) -> None:
    from datetime import timedelta

    from peerjob.actions.goals import goals_for, set_goals
    from peerjob.domain.goals import GOAL_NAMES
    from peerjob.domain.review import GOAL_LABELS
    from peerjob.render.review import goals_saved

    next_start = week_end + timedelta(days=1)
    if not typer.confirm("\nSet goals for next week?", default=False, err=True):
        return
    # The questions are asked outside any transaction: a person thinking does not hold the write lock.
    with cx.database(write=False) as conn:
        current = goals_for(conn, next_start)
    changes = {name: _ask_goal(GOAL_LABELS[name], current[name] or 0) for name in GOAL_NAMES}
    with cx.database(write=True) as conn:
        set_goals(conn, next_start, changes)
    goals_saved(next_start)


def _goal(option: str, what: str, most: int = 1000) -> object:
    return typer.Option(option, min=0, max=most, show_default=False, help=f"{what} a week; 0 clears the goal.")


ApplicationsGoal = Annotated[int | None, _goal("--applications", "Applications")]
WinsGoal = Annotated[int | None, _goal("--wins", "Wins")]
CheckinsGoal = Annotated[int | None, _goal("--checkins", "Check-ins")]
SelfCareGoal = Annotated[int | None, _goal("--self-care-days", "Days with self-care", 7)]


@goals_app.callback()
def goals(
    ctx: typer.Context,
    week: Annotated[str | None, typer.Option("--week", "-w", metavar="WEEK", help=f"Which week: {WEEK_HELP}")] = None,
    as_json: JsonOneOption = False,
) -> None:
    """Show the goals for a week and how they changed over time. Example: peerjob goals --json."""
    if ctx.invoked_subcommand is not None:
        return
    start = _week(week, allow_future=True)
    from peerjob.actions.goals import show_goals
    from peerjob.render.review import goals_shown

    with cx.database(write=False) as conn:
        result = show_goals(conn, start)
    goals_shown(result, as_json=as_json)


@goals_app.command("set")
def goals_set(
    applications: ApplicationsGoal = None,
    wins: WinsGoal = None,
    checkins: CheckinsGoal = None,
    self_care_days: SelfCareGoal = None,
    week: Annotated[
        str | None, typer.Option("--week", "-w", metavar="WEEK", help=f"From which week (default this): {WEEK_HELP}")
    ] = None,
) -> None:
    """Set weekly goals; they carry forward until changed (0 clears one). Example: peerjob goals set --applications 5 --checkins 1."""
    changes = _named_goals(applications, wins, checkins, self_care_days)
    if not changes:
        raise BadInput("Name at least one goal, for example: peerjob goals set --applications 3")
    start = _week(week, allow_future=True)
    from peerjob.actions.goals import set_goals
    from peerjob.render.review import goals_saved

    with cx.database(write=True) as conn:
        set_goals(conn, start, changes)
    goals_saved(start)


def _named_goals(
    applications: int | None, wins: int | None, checkins: int | None, self_care_days: int | None
) -> dict[str, int]:
    """The goals given as options (0 included: it clears one), by their names in the data."""
    given = {"applications": applications, "wins": wins, "checkins": checkins, "self_care_days": self_care_days}
    return {name: value for name, value in given.items() if value is not None}


def goals_list(as_json: JsonOneOption = False) -> None:
    """List every goal setting, with its ID, by the week it applies from. Example: peerjob goals list."""
    from peerjob.actions.goals import goal_settings
    from peerjob.render.review import goal_settings_listed

    with cx.database(write=False) as conn:
        rows = goal_settings(conn)
    goal_settings_listed(rows, as_json=as_json)


def goals_agreed(as_json: JsonOneOption = False) -> None:
    """List the goals agreed at check-ins, done or not yet. Example: peerjob goals agreed."""
    from peerjob.actions.goals import list_agreed
    from peerjob.render.listing import Column, Listing, show_listing

    with cx.database(write=False) as conn:
        rows = list_agreed(conn)
    listing = Listing(
        columns=(
            Column("ID", lambda row: row["id"], fixed=True),
            Column("Week of", lambda row: row["week_start"], fixed=True),
            Column("With", lambda row: row["partner"]),
            Column("Goal", lambda row: row["text"]),
            Column("Done", lambda row: row["done_on"] or "not yet", fixed=True),
        ),
        empty='No agreed goals yet. At a check-in: peerjob checkin Sam --agreed "call the job club"',
    )
    show_listing(listing, rows, as_json=as_json, filtered=False)


def goals_done(
    goal_id: Annotated[int, typer.Argument(metavar="ID", help="The agreed goal's ID (see peerjob goals agreed).")],
    on: Annotated[
        str | None, typer.Option("--date", "-d", metavar="DATE", help=f"When (default today). {DATE_HELP}")
    ] = None,
) -> None:
    """Mark a goal agreed at a check-in as done. Example: peerjob goals done 3."""
    done_on = cx.past_date(on, "The date") or cx.today()
    from peerjob.actions.goals import agreed_goal_done
    from peerjob.render.console import celebrate_step

    with cx.database(write=True) as conn:
        goal = agreed_goal_done(conn, goal_id, done_on, first_weekday=cx.settings().first_weekday)
    celebrate_step(f"Done: {goal['text']}. You said you would, and you did.", goal["milestones"])


def goals_edit(
    goal_id: Annotated[int, typer.Argument(metavar="ID", help="The goal setting's ID (see peerjob goals list).")],
    applications: ApplicationsGoal = None,
    wins: WinsGoal = None,
    checkins: CheckinsGoal = None,
    self_care_days: SelfCareGoal = None,
) -> None:
    """Change one goal setting (0 clears a goal). Example: peerjob goals edit 1 --applications 4."""
    changes: dict[str, object] = {
        name: value or None for name, value in _named_goals(applications, wins, checkins, self_care_days).items()
    }
    if not changes:
        raise BadInput("Name at least one goal, for example: peerjob goals edit 1 --applications 3")
    from peerjob.cli.records import change_record

    change_record("goals", goal_id, changes)
