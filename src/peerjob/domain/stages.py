"""The stages an application moves through, and how people may spell them."""

from __future__ import annotations

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


def parse_stage(text: str) -> str:
    """Normalise a typed stage ('No response', 'no_response' -> 'no-response')."""
    cleaned = "-".join(text.strip().lower().replace("_", " ").replace("-", " ").split())
    if cleaned in STAGES:
        return cleaned
    raise BadInput(f"Unknown stage '{text}'. Use one of: {', '.join(STAGES)}.")
