"""The stages an application moves through, and how people may spell them."""

from __future__ import annotations

from datetime import date

from peerjob.errors import BadInput

STAGES = (
    "saved",
    "applied",
    "screening",
    "interviewing",
    "offer",
    "accepted",
    "rejected",
    "withdrawn",
    "no-response",
)

# Moving into one of these is a step forward worth celebrating.
FORWARD_STAGES = frozenset({"applied", "screening", "interviewing", "offer", "accepted"})
# These get a reframe offer, never a red cross.
CLOSED_BY_EMPLOYER = frozenset({"rejected", "no-response"})
# A reply of any kind: the employer moved the application past "applied".
REPLY_STAGES = frozenset({"screening", "interviewing", "offer", "accepted", "rejected"})
# Nothing left to do for these: no follow-up, no planned interview, nothing due.
FINISHED_STAGES = frozenset({"accepted", "rejected", "withdrawn", "no-response"})
# Still going: everything else, in pipeline order.
ACTIVE_STAGES = tuple(stage for stage in STAGES if stage not in FINISHED_STAGES)
# `stage ... --interview` goes with these.
INTERVIEW_STAGES = ("screening", "interviewing")
# An application counts (in totals, weekly effort, goals and milestones) once it was sent:
# a job kept at 'saved' is not one yet. SQL, for queries on the application table.
SENT_SQL = "stage <> 'saved'"


def stage_in(column: str, stages: frozenset[str] | tuple[str, ...], *, negate: bool = False) -> tuple[str, list[str]]:
    """An SQL condition (and its parameters) for ``column`` being one of ``stages`` (or none, with negate).

    The one way SQL names a stage set, so the sets above stay the only definition.
    ``column`` comes from peerjob's own code, never from input.
    """
    ordered = [stage for stage in STAGES if stage in stages]
    marks = ", ".join("?" * len(ordered))
    return f"{column} {'NOT IN' if negate else 'IN'} ({marks})", ordered


def parse_stage(text: str) -> str:
    """Normalise a typed stage ('No response', 'no_response' -> 'no-response')."""
    cleaned = "-".join(text.strip().lower().replace("_", " ").replace("-", " ").split())
    if cleaned in STAGES:
        return cleaned
    from peerjob.domain.typos import closest

    meant = closest(cleaned, STAGES) or ("interviewing" if cleaned.startswith("interview") else None)
    if meant:
        raise BadInput(f"Unknown stage '{text}'. Did you mean '{meant}'? The stages: {', '.join(STAGES)}.")
    raise BadInput(f"Unknown stage '{text}'. Use one of: {', '.join(STAGES)}.")


def changes_on_move(
    to_stage: str,
    *,
    from_stage: str | None = None,
    follow_up_on: date | None = None,
    clear_follow_up: bool = False,
    start_on: date | None = None,
) -> dict[str, date | None]:
    """What else changes on the application when it moves from ``from_stage`` to ``to_stage``.

    A follow-up the person gives (or clears) wins. Otherwise a reply of any
    kind (a move out of 'applied') or a finished application leaves no
    follow-up pending: the one planned was for the silence after applying.
    """
    changes: dict[str, date | None] = {}
    if follow_up_on or clear_follow_up:
        changes["follow_up_on"] = follow_up_on
    elif to_stage in FINISHED_STAGES or (from_stage == "applied" and to_stage != "applied"):
        changes["follow_up_on"] = None
    if start_on:
        changes["start_on"] = start_on
    return changes
