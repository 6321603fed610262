"""Plain records the commands work with; no database or terminal code here."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass
class StageChange:
    id: int
    application_id: int
    from_stage: str | None
    to_stage: str
    changed_on: date
    note: str | None


@dataclass
class Application:
    id: int
    company: str
    role: str
    stage: str
    applied_on: date
    url: str | None = None
    source: str | None = None
    note: str | None = None
    follow_up_on: date | None = None
    start_on: date | None = None
    deadline_on: date | None = None  # a saved job's closing date
    location: str | None = None
    salary: str | None = None  # private
    resume: str | None = None  # private: which version was sent
    description: str | None = None  # private: a copy of the posting
    tags: list[str] = field(default_factory=list)
    history: list[StageChange] = field(default_factory=list)


def to_jsonable(value: Any) -> Any:
    """Dataclasses, lists and dates into plain JSON values (dates as ISO 8601)."""
    if hasattr(value, "__dataclass_fields__"):
        value = asdict(value)
    if isinstance(value, dict):
        return {key: to_jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


DUPLICATE_DAYS = 60  # a second log of the same job within this many days is probably a slip


def simple_text(text: str) -> str:
    """Text as a search sees it: no case, accents, punctuation or extra spaces ("Café-Nord" -> "cafe nord")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch if ch.isalnum() else " " for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(kept.split())


SORTS = ("applied", "company", "stage", "follow-up")


def sort_applications(rows: list[Application], by: str) -> list[Application]:
    """In date order (the default), by company, by stage in pipeline order, or by follow-up date (none last)."""
    from peerjob.domain.stages import STAGES

    keys = {
        "applied": lambda a: (a.applied_on, a.id),
        "company": lambda a: (simple_text(a.company), a.applied_on, a.id),
        "stage": lambda a: (STAGES.index(a.stage), a.applied_on, a.id),
        "follow-up": lambda a: (a.follow_up_on is None, a.follow_up_on or a.applied_on, a.id),
    }
    if by not in keys:
        from peerjob.errors import BadInput

        raise BadInput(f"Unknown sort '{by}'. Use one of: {', '.join(SORTS)}.")
    return sorted(rows, key=keys[by])


def matches(application: Application, wanted: str, also: list[str] | None = None) -> bool:
    """Does the search text appear in the company, role, tags, note (or ``also``: contact names)?"""
    phrase = simple_text(wanted)
    fields = [application.company, application.role, application.note or "", *application.tags, *(also or [])]
    return any(phrase in simple_text(text) for text in fields)


def job_key(company: str, role: str) -> tuple[str, str]:
    """Company and role as a comparison sees them: no case, accents, punctuation or spaces.

    "Maple Dental, Inc." and "maple  dental inc" are one company; "Café Nord" and "Cafe Nord" too.
    """
    # Letters and digits only: "A.C.M.E." is "acme", "Support-Specialist" is "supportspecialist".
    return simple_text(company).replace(" ", ""), simple_text(role).replace(" ", "")


def one_of(text: str, choices: tuple[str, ...], *, what: str, aliases: dict[str, str] | None = None) -> str:
    """One of ``choices`` as typed, forgiving case, spaces, underscores and common other names."""
    from peerjob.errors import BadInput

    cleaned = "-".join(text.strip().lower().replace("_", " ").replace("-", " ").split())
    cleaned = (aliases or {}).get(cleaned, cleaned)
    if cleaned not in choices:
        from peerjob.domain.typos import closest

        meant = closest(cleaned, choices)
        hint = f"Did you mean '{meant}'? " if meant else ""
        raise BadInput(f"Unknown {what} '{text}'. {hint}Use one of: {', '.join(choices)}.")
    return cleaned
