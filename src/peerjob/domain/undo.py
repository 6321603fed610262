"""What a change was, in words: "the win 'Mock interview with Sam' recorded", "2 minutes ago".

The undo log (store/undo.py) keeps rows, not sentences; these rules turn a
change's rows back into the one line `peerjob undo` asks about. Private text
(journal entries, check-in notes, reframes, plans) is never quoted: a
journal entry is named by its day.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any


@dataclass
class Step:
    """One row a change added, changed or removed."""

    table: str
    operation: str  # insert, update or delete
    row_id: int
    old: dict[str, Any] | None  # the row before the change (update, delete)
    now: dict[str, Any] | None = None  # the row as it is now (insert, update)


@dataclass
class Change:
    """One command that changed data."""

    id: int
    made_at: datetime
    command: str  # "win", "partner edit": the command's name, never its arguments
    revision: str
    steps: list[Step] = field(default_factory=list)


def _short(text: object, limit: int = 40) -> str:
    words = " ".join(str(text or "").split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


# The table a change is named after, when it touched several: the first of these it touched.
MAIN_ORDER = (
    "application",
    "partner",
    "strength",
    "resource",
    "boundary",
    "plan_item",
    "support_line",
    "story",
    "training",
    "goal",
    "disclosure",
    "reframe",
    "interview",
    "follow_up",
    "contact",
    "checkin",
    "journal_entry",
    "win",
    "strength_application",
    "story_application",
    "boundary_check",
    "application_tag",
    "journal_practice",
    "stage_change",
    "milestone",
)

NAMES: dict[str, Callable[[dict[str, Any]], str]] = {
    "application": lambda row: f"the application to {_short(row.get('company'))} ({_short(row.get('role'))})",
    "win": lambda row: f"the win '{_short(row.get('text'))}'",
    "journal_entry": lambda row: f"the journal entry for {row.get('entry_on')}",
    "checkin": lambda row: f"the check-in of {row.get('checkin_on')}",
    "reframe": lambda row: f"the reframe for application {row.get('application_id')}",
    "goal": lambda row: f"the weekly goals from {row.get('week_start')}",
    "partner": lambda row: f"the partner {_short(row.get('name'))}",
    "strength": lambda row: f"the strength '{_short(row.get('name'))}'",
    "resource": lambda row: f"the resource '{_short(row.get('name'))}'",
    "boundary": lambda row: f"the boundary '{_short(row.get('text'))}'",
    "plan_item": lambda row: f"a line of your plan ({row.get('section')})",  # its words are private: never quoted
    "support_line": lambda row: f"your support line {_short(row.get('name'))}",
    "story": lambda row: f"the story '{_short(row.get('title'))}'",
    "training": lambda row: f"the training '{_short(row.get('name'))}'",
    "boundary_check": lambda row: f"how boundary {row.get('boundary_id')} went in the week of {row.get('week_start')}",
    "story_application": lambda row: (
        f"the link of story {row.get('story_id')} to application {row.get('application_id')}"
    ),
    "disclosure": lambda row: f"the disclosure plan for application {row.get('application_id')}",
    "milestone": lambda row: f"the milestone '{_short(row.get('title'))}'",
    "stage_change": lambda row: f"the move of application {row.get('application_id')} to {row.get('to_stage')}",
    "interview": lambda row: f"the interview round of {row.get('held_on')} for application {row.get('application_id')}",
    "follow_up": lambda row: f"the follow-up of {row.get('followed_on')} on application {row.get('application_id')}",
    "contact": lambda row: f"the contact {_short(row.get('name'))}",
    "agreed_goal": lambda row: f"the agreed goal '{_short(row.get('text'))}'",
    "application_tag": lambda row: f"the tag '{_short(row.get('tag'))}'",
    "journal_practice": lambda row: f"the practice '{_short(row.get('practice'))}'",
    "strength_application": lambda row: (
        f"the link of strength {row.get('strength_id')} to application {row.get('application_id')}"
    ),
}

PLURALS = {
    "application": "applications",
    "win": "wins",
    "journal_entry": "journal entries",
    "checkin": "check-ins",
    "reframe": "reframes",
    "goal": "goal settings",
    "partner": "partners",
    "strength": "strengths",
    "resource": "resources",
    "boundary": "boundaries",
    "plan_item": "lines of your plan",
    "support_line": "support lines",
    "story": "stories",
    "training": "training entries",
    "boundary_check": "boundary answers",
    "story_application": "story links",
    "disclosure": "disclosure plans",
    "milestone": "milestones",
    "stage_change": "stage moves",
    "application_tag": "tags",
    "journal_practice": "practices",
    "strength_application": "strength links",
    "interview": "interview rounds",
    "follow_up": "follow-ups",
    "contact": "contacts",
    "agreed_goal": "agreed goals",
}
# Commands named after the record they make, though they change its application too.
MAIN_BY_COMMAND = {"followup": "follow_up", "interview": "interview", "contact": "contact"}

ADDED = {
    "application": "logged",
    "win": "recorded",
    "journal_entry": "written",
    "checkin": "logged",
    "follow_up": "recorded",
}
BY_COMMAND = {"import": "imported", "load": "loaded"}


def describe(change: Change) -> str:
    """The change in a few words, without when: "the win 'Mock interview with Sam' recorded"."""
    if not change.steps:
        return f"the `{change.command}` command"
    if change.command == "load":
        added = sum(1 for step in change.steps if step.operation == "insert")
        return f"everything loaded from a dump ({added} record{'s' if added != 1 else ''})"
    touched = {step.table for step in change.steps}
    main = next((table for table in MAIN_ORDER if table in touched), change.steps[0].table)
    by_command = MAIN_BY_COMMAND.get(change.command.split(" ")[0])
    if by_command in touched:
        main = by_command
    steps = [step for step in change.steps if step.table == main]
    operations = {step.operation for step in steps}
    # A row removed and one added in its place (or changed twice) is one change to one thing.
    operation = "update" if len(operations) > 1 else steps[0].operation
    verb = _verb(change, main, operation)
    rows = {step.row_id for step in steps}
    if len(rows) > 1 and len(operations) == 1:
        return f"{len(rows)} {PLURALS.get(main, main + ' rows')} {verb}"
    first = next((step for step in steps if step.now), steps[0])
    row = (first.old if operation == "delete" else first.now) or first.old or {}
    return f"{name_of(main, row)} {verb}"


def _verb(change: Change, main: str, operation: str) -> str:
    if change.command in BY_COMMAND:
        return BY_COMMAND[change.command]
    if operation == "insert":
        return ADDED.get(main, "added")
    if operation == "delete":
        return "deleted"
    if main == "application":
        moves = [step for step in change.steps if step.table == "stage_change" and step.operation == "insert"]
        if moves and moves[-1].now:
            return f"moved to {moves[-1].now.get('to_stage')}"
    if main == "partner" and change.command.endswith("remove"):
        return "removed"
    return "changed"


def when(made_at: datetime, now: datetime) -> str:
    """How long ago, as a person says it: "just now", "2 minutes ago", "yesterday at 14:05"."""
    since = now - made_at
    clock = made_at.strftime("%H:%M")
    if since < timedelta(0):
        return f"on {made_at.date().isoformat()} at {clock}"
    if since < timedelta(minutes=1):
        return "just now"
    if since < timedelta(hours=1):
        minutes = int(since.total_seconds() // 60)
        return f"{minutes} minute{'s' if minutes != 1 else ''} ago"
    if made_at.date() == now.date():
        return f"today at {clock}"
    if made_at.date() == now.date() - timedelta(days=1):
        return f"yesterday at {clock}"
    return f"on {made_at.date().isoformat()} at {clock}"


SINGULAR = {
    "application": "an application",
    "win": "a win",
    "journal_entry": "a journal entry",
    "checkin": "a check-in",
    "reframe": "a reframe",
    "goal": "your weekly goals",
    "partner": "a partner",
    "strength": "a strength",
    "resource": "a resource",
    "boundary": "a boundary",
    "plan_item": "a line of your plan",
    "support_line": "a support line",
    "story": "a story",
    "training": "a training entry",
    "boundary_check": "a boundary answer",
    "story_application": "a story link",
    "disclosure": "a disclosure plan",
    "milestone": "a milestone",
    "interview": "an interview round",
    "follow_up": "a follow-up",
    "contact": "a contact",
    "agreed_goal": "an agreed goal",
}


def name_of(table: str, row: dict[str, Any]) -> str:
    """A record named as a sentence names it: "the win 'Mock interview with Sam'".

    With nothing to go on (a row a later change has since removed), just its kind: "a win".
    """
    namer = NAMES.get(table)
    if not row or namer is None:
        return SINGULAR.get(table, f"a {table} record")
    return namer(row)
