"""People around an application: their roles, and how a typed role is read."""

from __future__ import annotations

from peerjob.domain.records import one_of

ROLES = ("recruiter", "hiring-manager", "referral", "interviewer", "other")


def parse_role(text: str) -> str:
    aliases = {"manager": "hiring-manager", "hr": "recruiter", "referrer": "referral", "reference": "referral"}
    return one_of(text, ROLES, what="contact role", aliases=aliases)
