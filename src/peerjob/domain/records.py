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
