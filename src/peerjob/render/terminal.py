"""The weekly review on a terminal, from the one WeekSummary object."""

from __future__ import annotations

from datetime import timedelta

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from peerjob.domain.review import (
    GOAL_LABELS,
    NOTHING_SCHEDULED,
    WeekSummary,
    aim_words,
    bar,
    momentum_line,
    sparkline,
    stage_move_words,
)
from peerjob.messages import choose
from peerjob.render.listing import FittedGrid

HOW_TO_START = (
    ("Log an application right after you send it", 'peerjob log ACME "Support Specialist"'),
    ("Set a small goal for the week", "peerjob goals set --applications 3"),
    ("Get help now, any time", "peerjob support"),
)


def _section(title: str) -> Text:
    return Text(f"\n{title}", style="bold")


def _grid() -> Table:
    return Table.grid(padding=(0, 2))


def review_renderable(summary: WeekSummary, *, plain: bool = False) -> Group:
    """The review, top to bottom. ``plain`` (a pipe, --plain): every figure in words, no bars or sparklines."""
    parts: list = [
        Text(f"Week of {summary.week_start.isoformat()} to {summary.week_end.isoformat()}", style="bold"),
        Text(summary.headline),
    ]
    if summary.empty:
        parts.append(_section("How to start"))
        steps = _grid()
        for label, command in HOW_TO_START:
            steps.add_row(label, Text(command, style="cyan"))
        parts.append(steps)
        return Group(*parts)

    parts.append(_section("Goals"))
    if summary.goals:
        goals = _grid()
        for goal in summary.goals:
            if not goal.done:  # nothing towards it yet: an aim, not an empty bar
                goals.add_row(aim_words(goal.name, goal.target), "", "")
                continue
            cells = [
                GOAL_LABELS[goal.name],
                f"{goal.done} of {goal.target}",
                Text("met", style="green") if goal.met else "",
            ]
            if not plain:
                cells.insert(1, bar(goal.done, goal.target))
            goals.add_row(*cells)
        parts.append(goals)
    for agreed in summary.agreed_goals:  # agreed at a check-in: met only when marked done
        state = "done" if agreed["done_on"] else f"not yet (done? peerjob goals done {agreed['id']})"
        parts.append(Text(f"Agreed with {agreed['partner']}: {agreed['text']}: {state}"))
    if (
        (summary.goals or summary.agreed_goals)
        and all(goal.met for goal in summary.goals)
        and all(agreed["done_on"] for agreed in summary.agreed_goals)
    ):
        parts.append(Text(choose("goals_all_met", summary.week_start.isoformat()), style="green"))
    if not summary.goals and not summary.agreed_goals:
        parts.append(Text("No goals set for this week. Try: peerjob goals set --applications 3"))

    if summary.win_items or summary.milestones:
        parts.append(_section("Wins and milestones"))
        wins = FittedGrid()
        for win in summary.win_items:
            # Volunteering and mentoring are work experience to name in interviews.
            kind = f"{win.kind} (experience)" if win.kind in ("volunteering", "mentoring") else win.kind
            wins.add_row(win.date.isoformat(), kind, win.text)
        for milestone in summary.milestones:
            wins.add_row(milestone.reached_on.isoformat(), "milestone", milestone.title)
        parts.append(wins)

    if summary.stage_changes:
        parts.append(_section("Replies and moves"))
        moves = FittedGrid()
        for move in summary.stage_changes:
            extra = ""
            if move.has_reframe is not None:
                if move.has_reframe:
                    extra = "reframe saved" + (f"; next step: {move.next_step}" if move.next_step else "")
                else:
                    extra = f"a reframe can help, when you are ready: peerjob reframe {move.id}"
            moves.add_row(
                move.date.isoformat(), move.company, stage_move_words(move.from_, move.to, in_words=plain), extra
            )
            if move.reframe:
                for key, text in vars(move.reframe).items():
                    if text:
                        moves.add_row("", "", key.replace("_", " "), text)
        parts.append(moves)

    parts.append(_section("Self-care"))
    if summary.journal_days:
        line = f"{summary.journal_days} day{'s' if summary.journal_days != 1 else ''} with a journal entry"
        if summary.mood_average is not None:
            line += f"; mood averaged {summary.mood_average}"
        if summary.energy_average is not None:
            line += f", energy {summary.energy_average}"
        parts.append(Text(line + "."))
        if summary.mood_by_day:
            if plain:
                moods = ", ".join(
                    f"{day.date:%a} {'no entry' if day.mood is None else f'{day.mood:g}'}"
                    for day in summary.mood_by_day
                )
                parts.append(Text(f"Mood by day (1 to 5): {moods}"))
            else:
                parts.append(Text("Mood by day: " + sparkline([day.mood for day in summary.mood_by_day], top=5)))
        if summary.top_practices:
            parts.append(
                Text(
                    "Most frequent: "
                    + ", ".join(
                        f"{p.practice} ({p.days} day{'s' if p.days != 1 else ''})" for p in summary.top_practices
                    )
                )
            )
    else:
        parts.append(Text("No journal entries this week. A two-line note counts: peerjob journal"))
    if summary.load_note:
        parts.append(Text(summary.load_note, style="italic"))

    # After time away, no count of check-ins (nor days since the last): only a kind line if one applies.
    quiet_return = summary.returning and not summary.checkins
    if not quiet_return or summary.isolation_nudge:
        parts.append(_section("Partners"))
    checkins = None if quiet_return else f"{summary.checkins} check-in{'s' if summary.checkins != 1 else ''} this week"
    if checkins is not None and summary.days_since_last_checkin is not None:
        days = summary.days_since_last_checkin
        if summary.is_current_week:
            checkins += "; the last one " + ("today" if days == 0 else f"{days} day{'s' if days != 1 else ''} ago")
        else:  # counted back from the week's last day
            checkins += f"; the last one on {(summary.week_end - timedelta(days=days)).isoformat()}"
    if checkins is not None:
        parts.append(Text(checkins + "."))
    if summary.isolation_nudge:
        parts.append(Text(summary.isolation_nudge, style="italic"))

    if summary.boundaries:
        from peerjob.domain.wellness import boundary_answers_words

        parts.append(_section("Your boundaries for the new job"))
        checked = {check["boundary"]: check["answers"] for check in summary.boundary_checks}
        for boundary in summary.boundaries:
            answers = checked.get(boundary)
            parts.append(Text(f"- {boundary}" + (f" (so far: {boundary_answers_words(answers)})" if answers else "")))

    if summary.due_this_week:
        parts.append(_section("Still to come this week"))
        this_week = FittedGrid()
        for item in summary.due_this_week:
            this_week.add_row(item.due_on.isoformat(), item.title)
        parts.append(this_week)

    parts.append(_section("Next week"))
    if summary.due_next_week:
        due = FittedGrid()
        for item in summary.due_next_week:
            due.add_row(item.due_on.isoformat(), item.title)
        parts.append(due)
    else:
        parts.append(Text(NOTHING_SCHEDULED))

    if summary.returning:  # after a gap the headline says what still counts: no row of quiet weeks
        return Group(*parts)
    parts.append(_section("Momentum"))
    counts = [week.count for week in summary.activity_by_week]
    if plain:
        weeks = ", ".join(str(count) for count in counts)
        parts.append(Text(f"Steps each week, the last {len(counts)} weeks, oldest first: {weeks}"))
    else:
        chart = sparkline([count or None for count in counts], blank="·")  # a quiet week is a dot, not a gap
        parts.append(Text(f"{chart}  the last {len(counts)} weeks, oldest first"))
    score = summary.momentum
    parts.append(Text(momentum_line(score.weeks_active, score.of_weeks)))
    return Group(*parts)


def print_review(console: Console, summary: WeekSummary) -> None:
    from peerjob.render.listing import plain_output

    console.print(review_renderable(summary, plain=plain_output(console)))
