"""The week's summary: what `review` shows and `export` shares, built once for every format."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from peerjob.actions.nudges import isolation_nudge
from peerjob.config import Settings
from peerjob.domain.review import (
    MOMENTUM_WEEKS,
    DueSoon,
    GoalProgress,
    WeekActivity,
    WeekSummary,
    capitalise,
    effort_phrase,
    goal_progress,
    headline_moment,
    momentum,
    period_words,
    still_counts,
)
from peerjob.domain.stages import CLOSED_BY_EMPLOYER
from peerjob.domain.weeks import week_start as start_of_week
from peerjob.messages import choose
from peerjob.store import review as store
from peerjob.store.due import collect
from peerjob.store.goals import agreed_goals, effective_goals, week_counts
from peerjob.store.partners import last_checkin
from peerjob.store.toolkit import boundaries_during, boundary_checks_up_to
from peerjob.store.training import finished_between


def build_week_summary(
    conn: sqlite3.Connection,
    start: date,
    *,
    today: date,
    settings: Settings,
    private: bool = False,
    end: date | None = None,
) -> WeekSummary:
    """The review of the week starting ``start``, or of any span up to ``end``."""
    is_week = end is None
    end = start + timedelta(days=6) if end is None else end
    counts = week_counts(conn, start, end)
    # Counted up to the week's end, so a past page never changes.
    returning, all_time = store.welcome_back_figures(conn, start, end)
    empty = not any(store.all_time_totals(conn))  # nothing recorded at all yet
    moves = store.stage_moves(conn, start, end, private=private)
    mood_average, energy_average = store.mood_and_energy(conn, start, end)

    as_of = min(today, end)
    latest_checkin = last_checkin(conn, as_of)

    # What the person planned (never peerjob's own suggestions): for the week being read, from
    # today to its end; and for the 7 days after it. A past week is read as of the day after it,
    # so its page is the same whichever day it is read on.
    next_start, next_end = end + timedelta(days=1), end + timedelta(days=7)
    current = start <= today <= end
    as_of_day = today if current else next_start
    planned = [
        DueSoon(
            kind=item.kind,
            due_on=item.due_on,
            title=item.title,
            application_id=item.application_id,
            at_time=item.at_time,
        )
        for item in collect(conn, until=next_end, today=as_of_day, settings=settings, as_planned=not current)
        if item.due_on and not item.suggestion and as_of_day <= item.due_on <= next_end
    ]
    due_this_week = [item for item in planned if item.due_on <= end] if current else []
    due_next_week = [item for item in planned if item.due_on >= next_start]

    first_week = start_of_week(end, settings.first_weekday) - timedelta(weeks=MOMENTUM_WEEKS - 1)
    activity = store.weekly_counts(conn, first_week, end)

    effort = {
        "applications": counts["applications"],
        "wins": counts["wins"],
        "checkins": counts["checkins"],
        "journal_days": counts["self_care_days"],
    }
    rejections = sum(1 for move in moves if move.to in CLOSED_BY_EMPLOYER)
    when = period_words(start, end, today, is_week=is_week)
    if empty:
        headline = choose("review_first_day", start.isoformat())
    elif returning and not moves:  # (a week with replies leads with them, gap or not)
        # Time away is not mentioned, counted or measured: what was done before still counts.
        headline = choose("review_welcome_back", start.isoformat(), counts=still_counts(all_time))
    else:
        moment = headline_moment(effort, rejections)
        phrase = effort_phrase(effort)
        headline = capitalise(
            choose(
                moment,
                start.isoformat(),
                effort=phrase,
                total=all_time["applications"],
                when=when,
                When=capitalise(when),
            )
        )

    return WeekSummary(
        week_start=start,
        week_end=end,
        is_current_week=start <= today <= end,
        headline=headline,
        applications_logged=counts["applications"],
        applications_total=all_time["applications"],
        wins=counts["wins"],
        win_items=store.wins_between(conn, start, end),
        milestones=store.milestones_between(conn, start, end),
        stage_changes=moves,
        checkins=counts["checkins"],
        days_since_last_checkin=(as_of - latest_checkin).days if latest_checkin else None,
        isolation_nudge=isolation_nudge(conn, as_of, settings, last=latest_checkin),
        journal_days=counts["self_care_days"],
        mood_average=mood_average,
        energy_average=energy_average,
        mood_by_day=store.mood_by_day(conn, start, end),
        top_practices=store.top_practices(conn, start, end),
        goals=goal_progress(effective_goals(conn, start), counts)
        if is_week
        else span_goals(conn, start, end, settings.first_weekday),
        due_next_week=due_next_week,
        due_this_week=due_this_week,
        momentum=momentum(activity),
        activity_by_week=[
            WeekActivity(week_start=first_week + timedelta(weeks=index), count=count)
            for index, count in enumerate(activity)
        ],
        boundaries=boundaries_during(conn, start, end),
        empty=empty,
        private=private,
        returning=returning,
        all_time=all_time,
        agreed_goals=agreed_goals(conn, start) if is_week else [],
        load_note=_load_note(conn, end, settings) if is_week else None,
        training_finished=finished_between(conn, start, end),
        boundary_checks=boundary_checks_up_to(conn, start) if is_week else [],
    )


def span_goals(conn: sqlite3.Connection, start: date, end: date, first_weekday: int) -> list[GoalProgress]:
    """Goals over a span: each week's own targets added up, against what was done in those same weeks.

    A week with no goal for, say, applications adds nothing to that goal's
    target, and its applications add nothing to the goal's count either.
    """
    targets: dict[str, int] = {}
    done: dict[str, int] = {}
    week = start_of_week(start, first_weekday)
    while week <= end:
        goals = {name: target for name, target in effective_goals(conn, week).items() if target}
        if goals:
            counts = week_counts(conn, max(week, start), min(week + timedelta(days=6), end))
            for name, target in goals.items():
                targets[name] = targets.get(name, 0) + target
                done[name] = done.get(name, 0) + counts[name]
        week += timedelta(days=7)
    return goal_progress(targets, done)


def _load_note(conn: sqlite3.Connection, end: date, settings: Settings) -> str | None:
    """One line when energy was low two weeks running while applications ran above the person's usual.

    Read from the two weeks ending with ``end`` and the twelve before them, never from today, so a
    past week's page stays the same.
    """
    from peerjob.domain.wellness import BASELINE_WEEKS, LOAD_WEEKS, load_note_due

    if settings.load_note == "off":
        return None
    first = end - timedelta(weeks=LOAD_WEEKS) + timedelta(days=1)
    energy = [
        store.mood_and_energy(conn, first + timedelta(weeks=week), first + timedelta(weeks=week, days=6))[1]
        for week in range(LOAD_WEEKS)
    ]
    recent = week_counts(conn, first, end)["applications"]
    before = week_counts(conn, first - timedelta(weeks=BASELINE_WEEKS), first - timedelta(days=1))["applications"]
    if not load_note_due(energy, recent, before):
        return None
    from peerjob.store.journal import has_plan

    had_plan = has_plan(conn, by=end)  # as it was then: a past week's page never changes
    return choose("review_load" if had_plan else "review_load_no_plan", end.isoformat())
