"""Wins beyond applications: the kinds, and how people may type them."""

from __future__ import annotations

from peerjob.errors import BadInput

# Each kind is a step the person took; every one counts in the review.
WIN_KINDS = (
    "mock-interview",
    "resume",
    "networking",
    "volunteering",
    "training",
    "mentoring",
    "interview-prep",
    "interview",  # went to an interview round (recorded by `interview done` or a debrief)
    "other",
)

# How a kind reads inside a sentence.
WIN_LABELS = {
    "mock-interview": "mock interview",
    "resume": "resume work",
    "networking": "networking",
    "volunteering": "volunteering",
    "training": "training",
    "mentoring": "mentoring a peer",
    "interview-prep": "interview prep",
    "interview": "interview you went to",
    "other": "win",
}

# The first win of each kind is a milestone with its own title.
# Said as sentences ("Your first volunteering win."), never as a log line ("First win of kind 'other'").
FIRST_WIN_TITLES = {
    "mock-interview": "Your first mock interview",
    "resume": "Your first resume rewrite",
    "networking": "Your first networking step",
    "volunteering": "Your first volunteering win",
    "training": "Your first training",
    "mentoring": "Your first time mentoring a peer",
    "interview-prep": "Your first interview prep",
    "interview": "First interview you went to",
    "other": "Your first win of a new kind",
}


def parse_win_kind(text: str) -> str:
    """'Mock interview', 'mock_interview' -> 'mock-interview'."""
    cleaned = "-".join(text.strip().lower().replace("_", " ").replace("-", " ").split())
    aliases = {
        "mock": "mock-interview",
        "prep": "interview-prep",
        "cv": "resume",
        "volunteer": "volunteering",
        "mentor": "mentoring",
        "course": "training",
    }
    cleaned = aliases.get(cleaned, cleaned)
    if cleaned in WIN_KINDS:
        return cleaned
    raise BadInput(f"Unknown kind '{text}'. Use one of: {', '.join(WIN_KINDS)}.")
