"""The wellness plan: its sections, the text form it is edited in, and when a hard day brings it up.

Plain logic: no database, no terminal. The plan is the person's, in their own
words; peerjob keeps it in order and never judges or fills it in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from peerjob.errors import BadInput


@dataclass(frozen=True)
class Section:
    key: str  # what `plan add SECTION` takes
    title: str  # the heading
    example: str  # a line to show the shape, never a suggestion of what to feel


SECTIONS = (
    Section("well", "What keeps me well day to day", "A walk before breakfast"),
    Section("signs", "Early warning signs", "Skipping meals"),
    Section("actions", "What I do when I notice them", "Text Sam and go to the evening meeting"),
    Section("people", "People I can call", "Sam (mentor), 555-0100"),
    Section("places", "Places I can go", "The library on Park Road"),
    Section("avoid", "What I want to avoid", "Checking job boards after 9pm"),
)
BY_KEY = {section.key: section for section in SECTIONS}
# What people type for a section, beyond its key and its heading.
SECTION_WORDS = {
    "daily": "well",
    "keeps me well": "well",
    "wellness": "well",
    "warning": "signs",
    "warning signs": "signs",
    "signals": "signs",
    "triggers": "signs",
    "do": "actions",
    "what i do": "actions",
    "action": "actions",
    "call": "people",
    "person": "people",
    "contacts": "people",
    "place": "places",
    "go": "places",
    "avoiding": "avoid",
}
MAX_LINE = 300


def _spoken(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace("-", " ").replace("_", " ")).split())


def parse_section(text: str) -> str:
    """A section's key from what was typed: 'signs', 'warning-signs', 'People I can call'."""
    spoken = _spoken(text)
    for section in SECTIONS:
        if spoken in (section.key, _spoken(section.title)):
            return section.key
    if spoken in SECTION_WORDS:
        return SECTION_WORDS[spoken]
    keys = ", ".join(section.key for section in SECTIONS)
    raise BadInput(
        f"'{text}' is not a section of the plan. The sections are: {keys}. For example: peerjob plan add signs \"Skipping meals\""
    )


def check_line(text: str) -> str:
    line = " ".join(text.split())
    if not line:
        raise BadInput(
            'A line of the plan can\'t be empty. For example: peerjob plan add well "A walk before breakfast"'
        )
    if len(line) > MAX_LINE:
        raise BadInput(f"A line of the plan is up to {MAX_LINE} characters; write a longer thought as two lines.")
    return line


GUIDE = """\
# Your wellness plan, in your own words: one line each, under each heading.
# Lines starting with "# " are left out. Save and close to keep it; empty it all to clear the plan.
"""


def plan_as_text(plan: dict[str, list[str]]) -> str:
    """The plan as the editor shows it (and `plan edit -` reads): a heading per section, a line per item."""
    parts = [GUIDE]
    for section in SECTIONS:
        parts.append(f"\n## {section.title}\n")
        parts.extend(f"- {line}\n" for line in plan.get(section.key, []))
    return "".join(parts)


def plan_from_text(text: str) -> dict[str, list[str]]:
    """The plan from its text form: lines under each '## Heading' (a leading '- ' or '* ' is dropped).

    A line before any heading, or a heading that is not a section, is refused
    with its line number, so nothing the person wrote goes missing unseen.
    """
    plan: dict[str, list[str]] = {section.key: [] for section in SECTIONS}
    guide = {line.rstrip() for line in GUIDE.splitlines()}
    current: str | None = None
    for number, raw in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        line = raw.strip()
        if not line or raw.rstrip() in guide or line == "#" or line.startswith("# "):
            continue  # the guide, and notes to self ("#1 priority: sleep" has no space: it is a line)
        if line.startswith("##"):
            heading = line.lstrip("#").strip()
            try:
                current = parse_section(heading)
            except BadInput:
                titles = "; ".join(section.title for section in SECTIONS)
                raise BadInput(
                    f"Line {number}: '{heading}' is not a heading of the plan, so nothing was changed. "
                    f"The headings are: {titles}."
                ) from None
            continue
        if current is None:
            raise BadInput(
                f"Line {number} comes before any heading, so nothing was changed. "
                f"Put it under one, like '## {SECTIONS[0].title}'."
            )
        item = line[2:] if line[:2] in ("- ", "* ") else line
        if item.strip():
            plan[current].append(check_line(item))
    return plan


def offers_plan(mood: int | None, earlier_today: Iterable[int | None], day_before: Iterable[int | None]) -> bool:
    """Does this entry bring up the plan and `support`, once, quietly?

    After a mood of 1, or a low mood (2 or less) the day after another low
    one; and only when no earlier entry the same day already did. Information,
    never a diagnosis: what the line says is chosen elsewhere.
    """
    before = list(day_before)

    def brings_up(value: int | None) -> bool:
        return value is not None and (value == 1 or (value <= 2 and any(m is not None and m <= 2 for m in before)))

    return brings_up(mood) and not any(brings_up(value) for value in earlier_today)


LOAD_WEEKS = 2  # low energy for this many weeks running
BASELINE_WEEKS = 12  # against the person's own average over the weeks before them
LOW_ENERGY = 2.0


def load_note_due(energy_by_week: list[float | None], applications_recent: int, applications_before: int) -> bool:
    """Has journal energy averaged 2 or less in each of the last two weeks, while applications ran above
    the person's own weekly average of the twelve weeks before? Information for the review, never a
    diagnosis. Someone with no applications in those twelve weeks has no average to be above.
    """
    if len(energy_by_week) != LOAD_WEEKS or any(value is None or value > LOW_ENERGY for value in energy_by_week):
        return False
    if applications_before <= 0:
        return False
    return applications_recent / LOAD_WEEKS > applications_before / BASELINE_WEEKS


# Whether a boundary held in a week: what the review asks, what it keeps, and how it says it.
BOUNDARY_ANSWERS = {"held": "held", "partly": "partly", "not": "not this week"}
_ANSWER_WORDS = {
    "h": "held",
    "held": "held",
    "y": "held",
    "yes": "held",
    "p": "partly",
    "partly": "partly",
    "some": "partly",
    "n": "not",
    "no": "not",
    "not": "not",
    "not this week": "not",
}


def parse_boundary_answer(text: str) -> str | None:
    """'h', 'partly', 'n'... -> held, partly or not; '' -> None (skipped). Anything else: BadInput."""
    spoken = " ".join(text.strip().lower().split())
    if not spoken:
        return None
    if spoken in _ANSWER_WORDS:
        return _ANSWER_WORDS[spoken]
    raise BadInput("Answer h (held), p (partly) or n (not this week), or press Enter to skip.")


def boundary_answers_words(answers: list[dict[str, object]]) -> str:
    """'held, partly, held': week by week, oldest first: information, never a score."""
    return ", ".join(BOUNDARY_ANSWERS.get(str(item["answer"]), str(item["answer"])) for item in answers)
