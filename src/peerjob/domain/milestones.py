"""Which milestones exist, and what each is called. Pure: no database here.

A milestone is recorded once, with the date it was reached, so a review or
export months later can still show it. Counts only ever grow: deleting an
application never takes a milestone back.
"""

from __future__ import annotations

from peerjob.domain.wins import FIRST_WIN_TITLES

# Stages whose first arrival is a milestone, and its title.
FIRST_STAGE_TITLES = {
    "screening": "First screening",
    "interviewing": "First interview",
    "offer": "First offer",
    "accepted": "First accepted offer",
}

# The first interview the person went to (`interview done` or a debrief).
FIRST_WENT_TITLE = "First interview you went to"

APPLICATION_STEPS = (1, 5, 10, 25, 50, 100)
WIN_STEPS = (10, 25, 50, 100)


def count_thresholds(count: int, steps: tuple[int, ...], then_every: int = 50) -> list[int]:
    """Thresholds up to ``count``: the listed steps, then every ``then_every`` after the last."""
    reached = [step for step in steps if step <= count]
    step = steps[-1] + then_every
    while step <= count:
        reached.append(step)
        step += then_every
    return reached


def application_title(number: int) -> str:
    return "First application logged" if number == 1 else f"{number} applications logged"


def win_count_title(number: int) -> str:
    return f"{number} wins recorded"


def first_win_title(kind: str) -> str:
    return FIRST_WIN_TITLES.get(kind, f"First {kind}")
