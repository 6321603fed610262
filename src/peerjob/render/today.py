"""`peerjob` with no command: the today view, or a welcome when there is nothing yet."""

from __future__ import annotations

from peerjob.actions.today import TodayView
from peerjob.domain.review import momentum_line, still_counts
from peerjob.domain.today import WELCOME_COMMANDS, counted
from peerjob.render.console import out, plain_layout, print_json


def welcome(*, as_json: bool) -> None:
    if as_json:
        print_json({"empty": True, "start_with": [command for command, _ in WELCOME_COMMANDS]})
        return
    console = out()
    console.print("Welcome to peerjob. Everything stays on this computer. Three ways to start:", markup=False)
    for command, when in WELCOME_COMMANDS:
        console.print(f"  {command}  {when}", markup=False, highlight=False, soft_wrap=True)
    console.print("All commands: peerjob --help", markup=False)


def today_shown(view: TodayView, *, as_json: bool) -> None:
    if as_json:
        print_json(
            {
                "empty": False,
                "today": view.today,
                "due_now": [
                    {
                        "due_on": item.due_on,
                        "at": item.at_time,
                        "title": item.title,
                        "kind": item.kind,
                        "overdue": item.due_on is not None and item.due_on < view.today and not item.suggestion,
                        "command": f"peerjob interview debrief {item.refs['interview']}"
                        if item.kind == "debrief"
                        else None,
                    }
                    for item in view.due_now
                ],
                "more_due": view.more_due,
                "this_week": view.effort,
                "momentum": view.momentum,
                "suggestion": view.suggestion,
                "returning": view.returning,
                "all_time": view.all_time,
            }
        )
        return
    console = out()
    indent = "" if plain_layout() else "  "  # an indent is only something more to read out
    console.print(f"Today, {view.today.isoformat()}", style="bold", markup=False)
    if view.due_now:
        for item in view.due_now:
            if item.due_on is None:  # a question about a round that has passed, with the command to answer it
                console.print(f"{indent}{item.title} {item.detail}", markup=False, highlight=False)
                continue
            when = "today" if item.due_on == view.today else f"since {item.due_on}"
            console.print(f"{indent}{item.title} ({when})", markup=False, highlight=False)
        if view.more_due:
            console.print(f"{indent}and {view.more_due} more: peerjob due", markup=False)
    else:
        console.print(f"{indent}Nothing is due today.", markup=False)
    effort = view.effort
    if view.returning and view.all_time is not None:
        # After time away: no zero counters and no count of quiet weeks, just what still counts.
        console.print(f"Welcome back. Everything before still counts: {still_counts(view.all_time)}.", markup=False)
    else:
        console.print(
            f"This week so far: {counted(effort['applications'], 'application')}, {counted(effort['wins'], 'win')}, "
            f"{counted(effort['checkins'], 'check-in')}, {counted(effort['self_care_days'], 'journal day')}.",
            markup=False,
        )
        console.print(momentum_line(view.momentum.weeks_active, view.momentum.of_weeks), markup=False)
    console.print(view.suggestion, markup=False, highlight=False)
