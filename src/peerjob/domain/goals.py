"""The weekly goals a person can set, one number each.

Apart from domain.review so that recording an application (which checks
whether this week's goals were just met) needs no review logic.
"""

from __future__ import annotations

GOAL_NAMES = ("applications", "wins", "checkins", "self_care_days")
