"""Interview rounds: their kinds, how a round is said, and when one asks "how did it go?".

Pure: ``today`` and ``now`` are passed in. A round has a day and, when the
person gave one, a local time ("15:30"); a round with no time has passed once
its day is over, a round with one once that time (and its length) is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from peerjob.domain.records import one_of
from peerjob.errors import BadInput

KINDS = ("phone", "video", "onsite", "assessment", "other")
CHANNELS = ("email", "phone", "in-person", "other")
# The three short debrief questions, in order: (column, question).
DEBRIEF = (
    ("how_it_went", "How did it go, in a few words?"),
    ("learned", "One thing you learned or would keep?"),
    ("next_step", "What next (a thank-you note, a follow-up, a rest)?"),
)
DEFAULT_MINUTES = 60  # how long a round with a time but no length is taken to last


@dataclass
class Round:
    id: int
    application_id: int
    held_on: date
    at_time: str | None = None
    kind: str | None = None
    with_names: str | None = None
    place: str | None = None
    duration_min: int | None = None
    note: str | None = None
    done_on: date | None = None
    cancelled_on: date | None = None
    how_it_went: str | None = None
    learned: str | None = None
    next_step: str | None = None
    company: str = ""
    role: str = ""
    stage: str = ""
    number: int = 1  # the round's place among its application's, by date

    @property
    def debriefed(self) -> bool:
        return bool(self.how_it_went or self.learned or self.next_step)

    @property
    def starts(self) -> datetime | None:
        return datetime.combine(self.held_on, time.fromisoformat(self.at_time)) if self.at_time else None


def parse_kind(text: str) -> str:
    aliases = {"in-person": "onsite", "on-site": "onsite", "phone-call": "phone", "call": "phone", "test": "assessment"}
    return one_of(text, KINDS, what="kind of interview", aliases=aliases)


def parse_channel(text: str) -> str:
    aliases = {"mail": "email", "e-mail": "email", "call": "phone", "inperson": "in-person", "person": "in-person"}
    return one_of(text, CHANNELS, what="channel", aliases=aliases)


def parse_minutes(text: str | None) -> int | None:
    if text is None:
        return None
    cleaned = text.strip().lower().removesuffix("min").removesuffix("minutes").strip()
    if not cleaned.isdigit() or not 1 <= int(cleaned) <= 24 * 60:
        raise BadInput(f"--duration takes minutes from 1 to 1440, for example 45 (not '{text}').")
    return int(cleaned)


def when_words(held_on: date, at_time: str | None) -> str:
    """ "2026-12-11 15:00" or "2026-12-11"."""
    return f"{held_on.isoformat()} {at_time}" if at_time else held_on.isoformat()


def has_passed(round_: Round, *, now: datetime) -> bool:
    """Over by ``now``: the day has ended, or the time plus its length has gone by."""
    if round_.at_time is None:
        return round_.held_on < now.date()
    ends = datetime.combine(round_.held_on, time.fromisoformat(round_.at_time)) + timedelta(
        minutes=round_.duration_min or DEFAULT_MINUTES
    )
    return ends <= now


def wants_debrief(round_: Round, *, now: datetime) -> bool:
    """Ask "how did it go?" once a round has passed and nothing was said of it yet."""
    return (
        has_passed(round_, now=now) and round_.done_on is None and round_.cancelled_on is None and not round_.debriefed
    )


def numbered(rounds: list[Round]) -> list[Round]:
    """Each round's place among its application's rounds (by day, time, then ID)."""
    counts: dict[int, int] = {}
    for round_ in sorted(rounds, key=lambda r: (r.held_on, r.at_time or "", r.id)):
        counts[round_.application_id] = counts.get(round_.application_id, 0) + 1
        round_.number = counts[round_.application_id]
    return rounds
