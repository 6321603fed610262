"""Training and credentials: statuses, the plans and renewals they put in `due`, and the words for a finished one."""

from __future__ import annotations

from datetime import date, timedelta

from peerjob.domain.due import DueItem

STATUSES = ("planned", "in-progress", "done")
STATUS_WORDS = {
    "in-progress": "in-progress",
    "started": "in-progress",
    "doing": "in-progress",
    "finished": "done",
    "complete": "done",
    "completed": "done",
    "todo": "planned",
}
RENEWAL_NOTICE = timedelta(days=30)  # a renewal shows in `due` this long before its date


def parse_status(text: str) -> str:
    from peerjob.domain.records import one_of

    return one_of(text, STATUSES, what="training status", aliases=STATUS_WORDS)


def planned(training_id: int, name: str, issuer: str | None, on: date) -> DueItem:
    """A course planned for a day: its name and issuer are safe for the calendar (its note is not)."""
    return DueItem(
        kind="training",
        due_on=on,
        title=f"Training: {name}",
        detail=issuer or "",
        refs={"training": training_id},
    )


def renewal(training_id: int, name: str, issuer: str | None, on: date) -> DueItem:
    return DueItem(
        kind="renewal",
        due_on=on,
        title=f"Renew: {name}",
        detail=issuer or "",
        refs={"training": training_id},
    )


def win_text(name: str, issuer: str | None) -> str:
    return f"Finished {name}" + (f" ({issuer})" if issuer else "")
