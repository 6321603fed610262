"""The story bank: kinds of stories, and which ones a prep sheet offers."""

from __future__ import annotations

from typing import Any

KINDS = ("lived-experience", "gap", "strength", "growth", "other")
KIND_WORDS = {
    "lived": "lived-experience",
    "experience": "lived-experience",
    "recovery": "lived-experience",
    "employment-gap": "gap",
    "career-gap": "gap",
    "gaps": "gap",
    "strengths": "strength",
    "learning": "growth",
}
KIND_TITLES = {
    "lived-experience": "Lived experience",
    "gap": "A gap in employment",
    "strength": "A strength",
    "growth": "Growth",
    "other": "Other",
}


def parse_kind(text: str) -> str:
    from peerjob.domain.records import one_of

    return one_of(text, KINDS, what="kind of story", aliases=KIND_WORDS)


def stories_to_offer(stories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For one application's prep sheet: the stories linked to it, then a gap story when one exists.

    A gap in employment is what interviewers ask about most; a story ready
    for it is offered on every sheet, linked or not, once.
    """
    linked = [story for story in stories if story["linked"]]
    gap = next((story for story in stories if story["kind"] == "gap" and not story["linked"]), None)
    return [*linked, *([gap] if gap else [])]
