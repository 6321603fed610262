"""The funnel: how far applications went, by stage and by source. Pure figures.

Shares are of applications actually sent (not the ones only saved), and are
meant as information about where effort goes, never as a grade.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date

from peerjob.domain.stages import STAGES

SCREENING_OR_LATER = frozenset({"screening", "interviewing", "offer", "accepted"})
OFFER_OR_LATER = frozenset({"offer", "accepted"})
INTERVIEW_OR_LATER = frozenset({"interviewing", "offer", "accepted"})
NO_SOURCE = "(not recorded)"


@dataclass
class AppPath:
    """One application: where it is now and where it has been."""

    stage: str
    source: str | None
    applied_on: date
    stages_reached: frozenset[str]
    first_reply_on: date | None = None
    rounds: int = 0  # interview rounds recorded for it
    follow_ups: int = 0  # follow-ups sent


@dataclass
class SourceFigures:
    source: str
    applications: int
    reached_screening: int
    reached_interview: int
    screening_share: float | None


@dataclass
class Funnel:
    applications: int  # sent: every stage but "saved"
    saved: int
    by_stage: dict[str, int]
    reached_screening: int
    reached_interview: int
    screening_share: float | None  # of applications sent; None when none were sent
    interview_share: float | None
    replies: int
    median_days_to_reply: float | None
    by_source: list[SourceFigures] = field(default_factory=list)
    reached_offer: int = 0
    offer_share: float | None = None  # of applications sent
    rounds: int = 0  # interview rounds in all
    with_rounds: int = 0  # applications with at least one round
    rounds_per_interviewed: float | None = None  # rounds per application that had any
    follow_ups: int = 0  # follow-ups sent


def share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def funnel(paths: list[AppPath]) -> Funnel:
    sent = [path for path in paths if path.stage != "saved"]
    by_stage = {stage: 0 for stage in STAGES}
    for path in paths:
        by_stage[path.stage] = by_stage.get(path.stage, 0) + 1
    screened = sum(1 for path in sent if path.stages_reached & SCREENING_OR_LATER)
    interviewed = sum(1 for path in sent if path.stages_reached & INTERVIEW_OR_LATER)
    offered = sum(1 for path in sent if path.stages_reached & OFFER_OR_LATER)
    rounds = sum(path.rounds for path in sent)
    with_rounds = sum(1 for path in sent if path.rounds)
    waits = [(path.first_reply_on - path.applied_on).days for path in sent if path.first_reply_on is not None]
    sources: dict[str, list[AppPath]] = {}
    for path in sent:
        sources.setdefault(path.source or NO_SOURCE, []).append(path)
    by_source = []
    for source, group in sorted(sources.items(), key=lambda item: (-len(item[1]), item[0])):
        group_screened = sum(1 for path in group if path.stages_reached & SCREENING_OR_LATER)
        by_source.append(
            SourceFigures(
                source=source,
                applications=len(group),
                reached_screening=group_screened,
                reached_interview=sum(1 for path in group if path.stages_reached & INTERVIEW_OR_LATER),
                screening_share=share(group_screened, len(group)),
            )
        )
    return Funnel(
        applications=len(sent),
        saved=len(paths) - len(sent),
        by_stage=by_stage,
        reached_screening=screened,
        reached_interview=interviewed,
        screening_share=share(screened, len(sent)),
        interview_share=share(interviewed, len(sent)),
        replies=len(waits),
        median_days_to_reply=float(statistics.median(waits)) if waits else None,
        by_source=by_source,
        reached_offer=offered,
        offer_share=share(offered, len(sent)),
        rounds=rounds,
        with_rounds=with_rounds,
        rounds_per_interviewed=round(rounds / with_rounds, 1) if with_rounds else None,
        follow_ups=sum(path.follow_ups for path in sent),
    )


def percent(value: float | None) -> str:
    return "-" if value is None else f"{round(value * 100)}%"
