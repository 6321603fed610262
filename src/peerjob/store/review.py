"""The weekly review's figures, aggregated in SQL (never every row in Python)."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from peerjob.config import Settings
from peerjob.domain.review import (
    MOMENTUM_WEEKS,
    StageMove,
    WeekSummary,
    effort_phrase,
    GoalProgress,
    capitalise,
    goal_progress,
    headline_moment,
    momentum,
    period_words,
)
from peerjob.domain.selfcare import average
from peerjob.domain.stages import CLOSED_BY_EMPLOYER
from peerjob.domain.weeks import week_start as start_of_week
from peerjob.messages import choose
from peerjob.store.goals import effective_goals, week_counts
from peerjob.store.partners import isolation_nudge, last_checkin
from peerjob.store.toolkit import boundaries_during



def _weekly_counts(conn: sqlite3.Connection, first: date, last: date) -> list[int]:
    """Activity per week from ``first`` (a week start) to ``last``, in one pass per table."""
    counts = [0] * MOMENTUM_WEEKS
    span = (first.isoformat(), first.isoformat(), last.isoformat())
    for sql in (
        "SELECT CAST((julianday(applied_on) - julianday(?)) / 7 AS INTEGER), COUNT(*)"
        " FROM application WHERE applied_on BETWEEN ? AND ? GROUP BY 1",
        "SELECT CAST((julianday(won_on) - julianday(?)) / 7 AS INTEGER), COUNT(*)"
        " FROM win WHERE won_on BETWEEN ? AND ? GROUP BY 1",
        "SELECT CAST((julianday(checkin_on) - julianday(?)) / 7 AS INTEGER), COUNT(*)"
        " FROM checkin WHERE checkin_on BETWEEN ? AND ? GROUP BY 1",
        "SELECT CAST((julianday(entry_on) - julianday(?)) / 7 AS INTEGER), COUNT(DISTINCT entry_on)"
        " FROM journal_entry WHERE entry_on BETWEEN ? AND ? GROUP BY 1",
    ):
        for week_index, count in conn.execute(sql, span):
            counts[week_index] += count
    return counts


def _stage_moves(conn: sqlite3.Connection, start: date, end: date, *, private: bool) -> list[StageMove]:
    rows = conn.execute(
        "SELECT sc.application_id, a.company, a.role, sc.from_stage, sc.to_stage, sc.changed_on,"
        " r.id AS reframe_id, r.next_step, r.next_step_on, r.what_happened, r.first_thought,"
        " r.outside_control, r.peer_advice, r.balanced_thought"
        " FROM stage_change sc JOIN application a ON a.id = sc.application_id"
        " LEFT JOIN reframe r ON r.id = (SELECT MAX(id) FROM reframe WHERE application_id = sc.application_id)"
        " WHERE sc.from_stage IS NOT NULL AND sc.changed_on BETWEEN ? AND ?"
        " ORDER BY sc.changed_on, sc.id",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    moves = []
    for row in rows:
        move = StageMove(
            id=row["application_id"], company=row["company"], role=row["role"],
            from_=row["from_stage"], to=row["to_stage"], date=date.fromisoformat(row["changed_on"]),
        )
        if move.to in CLOSED_BY_EMPLOYER:
            move.has_reframe = row["reframe_id"] is not None
            move.next_step = row["next_step"]
            move.next_step_on = date.fromisoformat(row["next_step_on"]) if row["next_step_on"] else None
            if private and move.has_reframe:
                move.reframe = {
                    key: row[key]
                    for key in ("what_happened", "first_thought", "outside_control", "peer_advice", "balanced_thought")
                }
        moves.append(move)
    return moves


def _span_goals(conn: sqlite3.Connection, start: date, end: date, first_weekday: int) -> list[GoalProgress]:
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
    span = (start.isoformat(), end.isoformat())
    counts = week_counts(conn, start, end)
    totals = conn.execute(
        "SELECT (SELECT COUNT(*) FROM application), (SELECT COUNT(*) FROM win),"
        " (SELECT COUNT(*) FROM checkin), (SELECT COUNT(*) FROM journal_entry)"
    ).fetchone()
    empty = not any(totals)

    win_items = [
        {"id": row["id"], "kind": row["kind"], "text": row["text"], "date": date.fromisoformat(row["won_on"])}
        for row in conn.execute("SELECT id, kind, text, won_on FROM win WHERE won_on BETWEEN ? AND ? ORDER BY won_on, id", span)
    ]
    milestones = [
        {"key": row["key"], "kind": row["kind"], "title": row["title"], "reached_on": date.fromisoformat(row["reached_on"])}
        for row in conn.execute(
            "SELECT key, kind, title, reached_on FROM milestone WHERE reached_on BETWEEN ? AND ? ORDER BY reached_on, id", span
        )
    ]
    moves = _stage_moves(conn, start, end, private=private)

    # Sums and counts, rounded the way `journal stats` rounds (halves up), so the two agree.
    mood = conn.execute(
        "SELECT SUM(mood), COUNT(mood), SUM(energy), COUNT(energy) FROM journal_entry WHERE entry_on BETWEEN ? AND ?", span
    ).fetchone()
    mood_by_day = [
        {"date": date.fromisoformat(row[0]), "mood": average(row[1], row[2])}
        for row in conn.execute(
            "SELECT entry_on, SUM(mood), COUNT(mood) FROM journal_entry WHERE entry_on BETWEEN ? AND ? AND mood IS NOT NULL"
            " GROUP BY entry_on ORDER BY entry_on",
            span,
        )
    ]
    top_practices = [
        {"practice": row[0], "days": row[1]}
        for row in conn.execute(
            "SELECT jp.practice, COUNT(DISTINCT je.entry_on) FROM journal_practice jp"
            " JOIN journal_entry je ON je.id = jp.entry_id WHERE je.entry_on BETWEEN ? AND ?"
            " GROUP BY jp.practice ORDER BY 2 DESC, 1 LIMIT 3",
            span,
        )
    ]

    as_of = min(today, end)
    latest_checkin = last_checkin(conn, as_of)

    from peerjob.store.due import collect

    next_start, next_end = end + timedelta(days=1), end + timedelta(days=7)
    due_next_week = [
        {"kind": item.kind, "due_on": item.due_on, "title": item.title, "application_id": item.application_id}
        for item in collect(conn, until=next_end, today=today, settings=settings)
        if item.due_on and next_start <= item.due_on <= next_end
    ]

    first_week = start_of_week(end, settings.first_weekday) - timedelta(weeks=MOMENTUM_WEEKS - 1)
    activity = _weekly_counts(conn, first_week, end)

    effort = {
        "applications": counts["applications"], "wins": counts["wins"],
        "checkins": counts["checkins"], "journal_days": counts["self_care_days"],
    }
    rejections = sum(1 for move in moves if move.to in CLOSED_BY_EMPLOYER)
    when = period_words(start, end, today, is_week=is_week)
    if empty:
        headline = choose("review_first_day", start.isoformat())
    else:
        moment = headline_moment(effort, rejections)
        phrase = effort_phrase(effort)
        headline = capitalise(choose(moment, start.isoformat(), effort=phrase, total=totals[0], when=when, When=capitalise(when)))

    return WeekSummary(
        week_start=start,
        week_end=end,
        is_current_week=start <= today <= end,
        headline=headline,
        applications_logged=counts["applications"],
        applications_total=totals[0],
        wins=counts["wins"],
        win_items=win_items,
        milestones=milestones,
        stage_changes=moves,
        checkins=counts["checkins"],
        days_since_last_checkin=(as_of - latest_checkin).days if latest_checkin else None,
        isolation_nudge=isolation_nudge(conn, as_of, settings, last=latest_checkin),
        journal_days=counts["self_care_days"],
        mood_average=average(mood[0] or 0, mood[1]),
        energy_average=average(mood[2] or 0, mood[3]),
        mood_by_day=mood_by_day,
        top_practices=top_practices,
        goals=goal_progress(effective_goals(conn, start), counts) if is_week
        else _span_goals(conn, start, end, settings.first_weekday),
        due_next_week=due_next_week,
        momentum=momentum(activity),
        activity_by_week=[
            {"week_start": first_week + timedelta(weeks=index), "count": count} for index, count in enumerate(activity)
        ],
        boundaries=boundaries_during(conn, start, end),
        empty=empty,
        private=private,
    )
