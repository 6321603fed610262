"""The today view's one gentle suggestion: chosen from what is on the record, never a demand."""

from __future__ import annotations

from collections.abc import Mapping

WELCOME_COMMANDS = (
    ('peerjob log ACME "Support Specialist"', "right after you apply"),
    ('peerjob win "Mock interview" --kind mock-interview', "a step beyond applying"),
    ('peerjob journal "Slow morning" --mood 3', "how you are today"),
)


def counted(count: int, word: str) -> str:
    """ "1 win", "3 wins", "0 check-ins"."""
    return f"{count} {word}" + ("" if count == 1 else "s")


def next_step(due_now: int, effort: Mapping[str, int]) -> str:
    """One small step to take today, from what is due and what this week holds so far."""
    if due_now:
        return "One small step: the first thing on the list above."
    if not effort.get("applications"):
        return "One small step: log an application, even a small one: peerjob log COMPANY ROLE"
    if not effort.get("checkins"):
        return "One small step: tell someone how your week is going: peerjob checkin NAME"
    if not effort.get("self_care_days"):
        return 'One small step: a line in your journal: peerjob journal "..." --mood 3'
    return "You have done a lot this week. Rest counts too."
