"""Self-care, partners and check-ins: the plain logic, no database or terminal.

Moods and energy are whole numbers from 1 (very low) to 5 (very good).
Practices are free tags; a few common ones have a suggestion and a phrase
for the trends ("on days you walked, your mood averaged 3.8"). Trends are
patterns, never causes, and a practice is compared only when there are at
least ``MIN_DAYS_EACH_SIDE`` days with it and as many without it.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from peerjob.errors import BadInput

SCALE = range(1, 6)
MIN_DAYS_EACH_SIDE = 3

# Suggested practices and how the trends speak of a day that had one.
PRACTICE_PHRASES = {
    "walk": "you walked",
    "meeting": "you went to a meeting",
    "meditation": "you meditated",
    "sleep": "you looked after your sleep",
    "exercise": "you exercised",
    "call-a-peer": "you called a peer",
    "therapy": "you had therapy",
    "creative": "you did something creative",
    "outdoors": "you spent time outdoors",
    "rest": "you rested",
    "volunteering": "you volunteered",
    "reading": "you read",
}
SUGGESTED_PRACTICES = tuple(PRACTICE_PHRASES)

PARTNER_ROLES = ("accountability", "mentor", "mentee", "peer-group", "peer-worker", "other")
CHANNELS = ("call", "text", "video", "in-person", "group")

_TAG_SEPARATORS = re.compile(r"[\s_]+")
MAX_TAG_LENGTH = 40


def parse_scale(value: str | int | None, what: str) -> int | None:
    """A mood or energy level: a whole number from 1 to 5 (None when not given)."""
    if value is None:
        return None
    text = str(value).strip()
    if text in {str(level) for level in SCALE}:
        return int(text)
    flag = "--" + what.lower()
    raise BadInput(f"{what} is a whole number from 1 (very low) to 5 (very good), not '{value}'. For example: {flag} 3")


def normalise_tag(text: str) -> str:
    """'Call a peer' -> 'call-a-peer'."""
    return _TAG_SEPARATORS.sub("-", text.strip().lower()).strip("-")


def parse_practices(values: list[str] | None) -> list[str]:
    """Practices from repeated --practice options, each maybe comma-separated; sorted, no repeats."""
    practices: set[str] = set()
    for value in values or []:
        for part in str(value).split(","):
            tag = normalise_tag(part)
            if not tag:
                raise BadInput("A practice can't be empty. For example: --practice walk --practice meeting")
            if len(tag) > MAX_TAG_LENGTH:
                raise BadInput(
                    f"A practice is a short tag (up to {MAX_TAG_LENGTH} characters), like walk or call-a-peer."
                )
            practices.add(tag)
    return sorted(practices)


def close_practice(tag: str, known: set[str] | frozenset[str]) -> str | None:
    """For a tag never used before: a known or suggested practice it may be a typo of."""
    candidates = sorted((set(known) | set(SUGGESTED_PRACTICES)) - {tag})
    if tag in known or tag in SUGGESTED_PRACTICES:
        return None
    matches = difflib.get_close_matches(tag, candidates, n=1, cutoff=0.8)
    return matches[0] if matches else None


def parse_choice(value: str, choices: tuple[str, ...], what: str, flag: str) -> str:
    """A role or channel, forgiving case, spaces and underscores."""
    tag = normalise_tag(value)
    if tag in choices:
        return tag
    raise BadInput(
        f"'{value}' isn't a {what} peerjob knows. Use one of {', '.join(choices)}; for example: {flag} {choices[0]}"
    )


def average(total: int | Fraction, count: int) -> float | None:
    """An average to one decimal, halves rounded up (3.75 -> 3.8, 3.65 -> 3.7), as by hand."""
    if not count:
        return None
    exact = Fraction(total) / count
    rounded = (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return float(rounded)


@dataclass
class Day:
    """What the journal holds for one day (any number of entries)."""

    day: date
    entries: int = 1
    mood_sum: int = 0
    mood_count: int = 0
    energy_sum: int = 0
    energy_count: int = 0
    practices: frozenset[str] = field(default_factory=frozenset)

    @property
    def mood(self) -> Fraction | None:
        """The day's mood: the average of its entries that have one."""
        return Fraction(self.mood_sum, self.mood_count) if self.mood_count else None


@dataclass
class _WeekBucket:
    days: int = 0
    entries: int = 0
    mood_sum: int = 0
    mood_count: int = 0
    energy_sum: int = 0
    energy_count: int = 0


def weekly_figures(days: list[Day], first_week: date, weeks: int) -> list[dict[str, Any]]:
    """Per week from ``first_week``: days with an entry, entries, and mood and energy averaged over entries."""
    buckets = [_WeekBucket() for _ in range(weeks)]
    for record in days:
        index = (record.day - first_week).days // 7
        if not 0 <= index < weeks:
            continue
        bucket = buckets[index]
        bucket.days += 1
        bucket.entries += record.entries
        bucket.mood_sum += record.mood_sum
        bucket.mood_count += record.mood_count
        bucket.energy_sum += record.energy_sum
        bucket.energy_count += record.energy_count
    return [
        {
            "week_start": first_week + timedelta(weeks=index),
            "week_end": first_week + timedelta(weeks=index, days=6),
            "days": bucket.days,
            "entries": bucket.entries,
            "mood": average(bucket.mood_sum, bucket.mood_count),
            "energy": average(bucket.energy_sum, bucket.energy_count),
        }
        for index, bucket in enumerate(buckets)
    ]


def practice_phrase(practice: str) -> str:
    return PRACTICE_PHRASES.get(practice, f"you noted {practice}")


def practice_comparisons(days: list[Day]) -> list[dict[str, Any]]:
    """Mood on days with each practice against days without it.

    Only days that have a mood count. Each day's mood is the average of its
    entries; the figures are averages of those daily moods. A practice is
    compared only with at least 3 such days with it and 3 without. Sorted by
    how much higher the mood was on days with it, then by name.
    """
    rated = [(record, record.mood) for record in days if record.mood is not None]
    practices = sorted({practice for record, _mood in rated for practice in record.practices})
    comparisons: list[dict[str, Any]] = []
    for practice in practices:
        with_it = [mood for record, mood in rated if practice in record.practices]
        without = [mood for record, mood in rated if practice not in record.practices]
        if len(with_it) < MIN_DAYS_EACH_SIDE or len(without) < MIN_DAYS_EACH_SIDE:
            continue
        mood_with = average(sum(with_it, Fraction(0)), len(with_it))
        mood_without = average(sum(without, Fraction(0)), len(without))
        comparisons.append(
            {
                "practice": practice,
                "days_with": len(with_it),
                "days_without": len(without),
                "mood_with": mood_with,
                "mood_without": mood_without,
                "sentence": (
                    f"On days {practice_phrase(practice)}, your mood averaged {mood_with:.1f} ({len(with_it)} days); "
                    f"on other days, {mood_without:.1f} ({len(without)} days)."
                ),
                "_gap": sum(with_it, Fraction(0)) / len(with_it) - sum(without, Fraction(0)) / len(without),
            }
        )
    comparisons.sort(key=lambda item: (-item["_gap"], item["practice"]))
    for item in comparisons:
        del item["_gap"]
    return comparisons


SPARK = "▁▂▃▄▅▆▇█"


def scale_sparkline(values: list[float | None], low: int = 1, high: int = 5, blank: str = "·") -> str:
    """One character per value on a fixed 1-5 scale (1 is the lowest bar); ``blank`` when there is none."""
    steps = len(SPARK) - 1
    return "".join(
        blank if value is None else SPARK[max(0, min(steps, round((value - low) / (high - low) * steps)))]
        for value in values
    )
