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
FIRST_WIN_TITLES = {
    "mock-interview": "First mock interview",
    "resume": "First resume rewrite",
    "networking": "First networking step",
    "volunteering": "First volunteering",
    "training": "First training",
    "mentoring": "First time mentoring a peer",
    "interview-prep": "First interview prep",
    "interview": "First interview you went to",
    "other": "First win of kind 'other'",
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
