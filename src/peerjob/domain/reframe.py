"""The guided reframe after a rejection or a silence: a short thought record.

Every question can be skipped; the answers are private.
"""

from __future__ import annotations

from typing import Any

# (field, question), in the order they are asked and read from standard input.
QUESTIONS = (
    ("what_happened", "What happened, just the facts?"),
    ("first_thought", "What was the first thought it brought?"),
    ("outside_control", "What was outside your control (other candidates, budgets, timing)?"),
    ("peer_advice", "What would you tell a peer in the same spot?"),
    ("balanced_thought", "What is a more balanced thought?"),
    ("next_step", "One small next step?"),
    ("next_step_on", "When will you take it? (a date like friday, or Enter to skip)"),
)
TEXT_FIELDS = tuple(name for name, _ in QUESTIONS if name != "next_step_on")
FIELDS = tuple(name for name, _ in QUESTIONS)

INTRO = (
    "If you like, a short reframe: {count} questions, each one skippable with Enter "
    "(Ctrl-D skips the rest). Your answers stay private."
)


def has_content(answers: dict[str, Any]) -> bool:
    return any(answers.get(name) not in (None, "") for name in FIELDS)
