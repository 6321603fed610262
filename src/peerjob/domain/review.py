"""The weekly review as one summary object, and the pure logic behind it.

The store fills a WeekSummary with figures computed in SQL; the terminal view,
`review --json` and the partner export all render this one object, so they
can never disagree. Nothing here touches the database or the terminal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peerjob.domain.goals import GOAL_NAMES

SCHEMA_VERSION = 1
MOMENTUM_WEEKS = 12

GOAL_LABELS = {
    "applications": "Applications",
    "wins": "Wins",
    "checkins": "Check-ins",
    "self_care_days": "Self-care days",
}
# Lines every view of the week says the same way (terminal, Markdown, HTML, prep sheet).
STAGE_ARROW = "→"
NOTHING_SCHEDULED = "Nothing scheduled yet."
# Nothing recorded for this many days before a week: its page welcomes the person back, without
# counting the gap, zero counters or empty goal bars.
RETURN_AFTER_DAYS = 21


def aim_words(name: str, target: int) -> str:
    """A goal with nothing towards it yet, said as an aim: "Aim: 3 applications"."""
    label = GOAL_LABELS.get(name, name).lower()
    if target == 1:  # "Aim: 1 check-in", not "1 check-ins"
        label = {"self-care days": "self-care day"}.get(label, label.removesuffix("s"))
    return f"Aim: {target} {label}"


def still_counts(all_time: dict[str, int]) -> str:
    """ "12 applications, 5 wins and 2 milestones": what was done before a gap."""
    parts = [
        f"{count} {word if count == 1 else plural}"
        for word, plural, count in (
            ("application", "applications", all_time.get("applications", 0)),
            ("win", "wins", all_time.get("wins", 0)),
            ("milestone", "milestones", all_time.get("milestones", 0)),
            ("check-in", "check-ins", all_time.get("checkins", 0)),
            ("journal entry", "journal entries", all_time.get("journal_entries", 0)),
        )
        if count
    ][:3]  # the first three that there are: enough to say it, not a ledger
    if not parts:
        return "everything you wrote down"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def momentum_line(weeks_active: int, of_weeks: int) -> str:
    return f"Active in {weeks_active} of the last {of_weeks} weeks."


def stage_move_words(from_stage: str | None, to_stage: str, *, in_words: bool = False) -> str:
    """ "applied → interviewing"; ``in_words`` (plain layout, read aloud): "from applied to interviewing"."""
    if from_stage is None:
        return f"logged at {to_stage}" if in_words else f"{to_stage} (logged)"
    return f"from {from_stage} to {to_stage}" if in_words else f"{from_stage} {STAGE_ARROW} {to_stage}"


@dataclass
class GoalProgress:
    name: str
    target: int
    done: int
    met: bool


# Records with a field called "date": inside them, the type needs another name.
Day = date


# The parts of a week's summary. Their field names and order are the JSON
# keys of `review --json` and the export, a public format: change neither.


@dataclass(frozen=True)
class WinItem:
    id: int
    kind: str
    text: str
    date: Day


@dataclass(frozen=True)
class MilestoneItem:
    key: str
    kind: str
    title: str
    reached_on: date


@dataclass(frozen=True)
class MoodDay:
    date: Day
    mood: float | None


@dataclass(frozen=True)
class PracticeDays:
    practice: str
    days: int


@dataclass(frozen=True)
class DueSoon:
    kind: str
    due_on: date
    title: str
    application_id: int | None
    at_time: str | None = None  # "15:00", local, when the item has a time (an interview round)


@dataclass(frozen=True)
class Momentum:
    weeks_active: int
    of_weeks: int


@dataclass(frozen=True)
class WeekActivity:
    week_start: date
    count: int


@dataclass(frozen=True)
class ReframeText:
    """A reframe's private answers, in the review only with --private."""

    what_happened: str | None
    first_thought: str | None
    outside_control: str | None
    peer_advice: str | None
    balanced_thought: str | None


@dataclass
class StageMove:
    id: int  # the application's ID
    company: str
    role: str
    from_: str
    to: str
    date: date
    has_reframe: bool | None = None  # only for rejections and no-responses
    next_step: str | None = None
    next_step_on: Day | None = None
    reframe: ReframeText | None = None  # the private text, only with --private


@dataclass
class WeekSummary:
    week_start: date  # the span's first day (a week's, for a weekly review)
    week_end: date  # the span's last day, inclusive
    is_current_week: bool
    headline: str
    applications_logged: int
    applications_total: int
    wins: int
    win_items: list[WinItem]
    milestones: list[MilestoneItem]
    stage_changes: list[StageMove]
    checkins: int
    days_since_last_checkin: int | None
    isolation_nudge: str | None
    journal_days: int
    mood_average: float | None
    energy_average: float | None
    mood_by_day: list[MoodDay]
    top_practices: list[PracticeDays]
    goals: list[GoalProgress]
    due_next_week: list[DueSoon]  # planned in the 7 days after the week (never peerjob's suggestions)
    momentum: Momentum
    activity_by_week: list[WeekActivity]
    boundaries: list[str] = field(default_factory=list)
    due_this_week: list[DueSoon] = field(default_factory=list)  # the current week: planned from today to its end
    agreed_goals: list[dict[str, Any]] = field(default_factory=list)  # agreed at check-ins, for this week
    load_note: str | None = None  # low energy two weeks running while applications ran high: one line
    training_finished: list[str] = field(default_factory=list)  # names of training finished in the span
    # Whether each boundary held, week by week, up to this one: {boundary, answers: [{week_start, answer}]}.
    boundary_checks: list[dict[str, Any]] = field(default_factory=list)
    returning: bool = False  # nothing recorded for RETURN_AFTER_DAYS or more before the week
    all_time: dict[str, int] = field(default_factory=dict)  # applications, wins, milestones up to the week's end
    empty: bool = False
    private: bool = False
    schema: int = SCHEMA_VERSION

    def as_json(self) -> dict[str, Any]:
        from peerjob.domain.records import to_jsonable

        data: dict[str, Any] = to_jsonable(self)
        for index, move in enumerate(data["stage_changes"]):
            move = data["stage_changes"][index] = {
                ("from" if key == "from_" else key): value for key, value in move.items()
            }
            if move["has_reframe"] is None:
                for key in ("has_reframe", "next_step", "next_step_on"):
                    move.pop(key)
            if move["reframe"] is None:
                move.pop("reframe")
        return {"schema": data.pop("schema"), **data}


def goal_progress(targets: Mapping[str, int | None], done: Mapping[str, int]) -> list[GoalProgress]:
    """Progress for each goal that is set (a target of None or 0 is no goal)."""
    return [
        GoalProgress(name=name, target=target, done=done[name], met=done[name] >= target)
        for name in GOAL_NAMES
        if (target := targets.get(name))
    ]


def momentum(counts: list[int]) -> Momentum:
    """Weeks with any activity: a count that can only ever grow back, never reset."""
    return Momentum(weeks_active=sum(1 for count in counts if count > 0), of_weeks=len(counts))


SPARK = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float | None], top: float | None = None, blank: str = " ") -> str:
    """One character per value, scaled to ``top`` (default the largest); ``blank`` for None."""
    present = [value for value in values if value is not None]
    ceiling = top if top is not None else (max(present) if present else 0)
    if not ceiling:
        return "".join(blank if value is None else SPARK[0] for value in values)
    return "".join(
        blank if value is None else SPARK[max(0, min(len(SPARK) - 1, round(value / ceiling * (len(SPARK) - 1))))]
        for value in values
    )


def bar(done: int, target: int, width: int = 10) -> str:
    filled = min(width, round(width * done / target)) if target else 0
    return "█" * filled + "░" * (width - filled)


def headline_moment(summary_counts: dict[str, int], rejections: int) -> str:
    """Which headline to use: effort first, whatever the outcomes were."""
    effort = sum(summary_counts.values())
    if effort == 0:
        return "review_replies_only" if rejections else "review_quiet_week"
    if rejections and rejections >= summary_counts.get("applications", 0):
        return "review_hard_week"
    return "review_effort"


def effort_phrase(counts: dict[str, int]) -> str:
    """'3 applications, 1 win, 2 check-ins and 4 journal days'."""
    names = {
        "applications": ("application", "applications"),
        "wins": ("win", "wins"),
        "checkins": ("check-in", "check-ins"),
        "journal_days": ("journal day", "journal days"),
    }
    parts = [
        f"{count} {names[key][0] if count == 1 else names[key][1]}"
        for key, count in counts.items()
        if count and key in names
    ]
    if not parts:
        return "a quieter week"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def period_words(start: date, end: date, today: date, *, is_week: bool) -> str:
    """How the headline names the span: 'this week', 'the week of ...', 'from ... to ...'."""
    if is_week:
        return "this week" if start <= today <= end else f"the week of {start.isoformat()}"
    return f"from {start.isoformat()} to {end.isoformat()}"


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
