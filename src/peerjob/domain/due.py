"""What is due, in words: one DueItem per dated thing, and when peerjob suggests a follow-up.

The store reads the rows; the wording and the rules for peerjob's own
suggestions live here, so `due`, the review and the calendar say the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from peerjob.domain.interviews import Round, when_words


@dataclass
class DueItem:
    kind: str  # "follow-up", ...
    due_on: date | None  # None: no fixed date (a suggestion)
    title: str
    detail: str = ""
    application_id: int | None = None
    refs: dict[str, int] = field(default_factory=dict)
    suggestion: bool = False  # peerjob's idea, not a date the person set: never "overdue"
    # Private words (a resource's next step): shown by `peerjob due` on this computer only.
    # Exports, the review and the calendar never read this field.
    private_detail: str = ""
    at_time: str | None = None  # "15:30", local; None: the day only
    minutes: int | None = None  # how long, when known (a timed calendar event)


def follow_up(application_id: int, company: str, role: str, on: date) -> DueItem:
    return DueItem(
        kind="follow-up", due_on=on, title=f"Follow up with {company}", detail=role, application_id=application_id
    )


def quiet_application(
    application_id: int,
    company: str,
    role: str,
    *,
    applied_on: date,
    has_follow_up: bool,
    today: date,
    until: date,
    nudge_days: int,
    silence_days: int,
) -> DueItem | None:
    """An application with no reply yet: a follow-up nudge, later a suggestion to mark it no-response.

    Only suggestions: nothing changes a stage. An application with its own
    follow-up date is left to that date until the no-response point. The
    item is dated the day it became due, so a review can show what comes up.
    """
    waited = (today - applied_on).days
    if silence_days and (applied_on + timedelta(days=silence_days)) <= until:
        return DueItem(
            kind="no-response",
            due_on=applied_on + timedelta(days=silence_days),
            title=f"Still no reply from {company}",
            detail=f"{role}: {waited} days since you applied. If you like: peerjob stage {application_id} no-response",
            application_id=application_id,
            suggestion=True,
        )
    if nudge_days and not has_follow_up and (applied_on + timedelta(days=nudge_days)) <= until:
        return DueItem(
            kind="no-reply",
            due_on=applied_on + timedelta(days=nudge_days),
            title=f"No reply yet from {company}",
            detail=f"{role}: {waited} days since you applied. A short, friendly follow-up is fair.",
            application_id=application_id,
            suggestion=True,
        )
    return None


def reframe_step(reframe_id: int, application_id: int, company: str, step: str | None, on: date) -> DueItem:
    """The words of the step are private: they stay in ``detail``; exports leave "reframe" kinds out."""
    return DueItem(
        kind="reframe-step",
        due_on=on,
        title=f"Your next step after {company}",
        detail=step or "",
        application_id=application_id,
        refs={"reframe": reframe_id},
    )


def resource_step(resource_id: int, name: str, kind: str, step: str | None, on: date) -> DueItem:
    """The step's words go in ``private_detail`` only: the title, which exports and the calendar read, names the resource."""
    return DueItem(
        kind="resource",
        due_on=on,
        title=f"Next step with {name}",
        detail=kind,
        private_detail=step or "",
        refs={"resource": resource_id},
    )


def planned_checkin(checkin_id: int, partner_id: int, name: str, role: str, last: str, on: date) -> DueItem:
    return DueItem(
        kind="check-in",
        due_on=on,
        title=f"Check in with {name}",
        detail=f"{role}; planned at your check-in on {last}",
        refs={"partner_id": partner_id, "checkin_id": checkin_id},
    )


def interview(round_: Round) -> DueItem:
    """A round to come: its time in the title, so `due`, the review and the today view all say it."""
    at = f" at {round_.at_time}" if round_.at_time else ""
    number = f" (round {round_.number})" if round_.number > 1 else ""
    return DueItem(
        kind="interview",
        due_on=round_.held_on,
        title=f"Interview with {round_.company}{at}{number}",
        detail=f"{round_.role}. peerjob prep {round_.application_id} makes a one-page prep sheet.",
        application_id=round_.application_id,
        refs={"interview": round_.id},
        at_time=round_.at_time,
        minutes=round_.duration_min,
    )


def deadline(job_id: int, company: str, role: str, on: date) -> DueItem:
    """A saved job's closing date: the role is safe to show (as a follow-up's is)."""
    return DueItem(
        kind="deadline",
        due_on=on,
        title=f"Deadline to apply to {company}",
        detail=f"{role}. Once sent: peerjob applied {job_id}",
        application_id=job_id,
    )


def debrief(round_: Round) -> DueItem:
    """A round that has passed: going was a step; a few words on it help the next one. Undated, never overdue."""
    return DueItem(
        kind="debrief",
        due_on=None,
        title=f"How did it go at {round_.company}? ({when_words(round_.held_on, round_.at_time)})",
        detail=(
            f"If you went, a few words help the next round: peerjob interview debrief {round_.id}. "
            f"If it didn't happen: peerjob interview cancel {round_.id}"
        ),
        application_id=round_.application_id,
        refs={"interview": round_.id},
        suggestion=True,
    )
