"""People around an application: their roles, and how a typed role is read."""

from __future__ import annotations

from peerjob.errors import BadInput

ROLES = ("recruiter", "hiring-manager", "referral", "interviewer", "other")


def parse_role(text: str) -> str:
    cleaned = "-".join(text.strip().lower().replace("_", " ").split())
    aliases = {"manager": "hiring-manager", "hr": "recruiter", "referrer": "referral", "reference": "referral"}
    cleaned = aliases.get(cleaned, cleaned)
    if cleaned not in ROLES:
        raise BadInput(f"Unknown contact role '{text}'. Use one of: {', '.join(ROLES)}.")
    return cleaned
