"""The recovery toolkit's plain logic: strengths, disclosure plans, resources, prep.

Nothing here touches the database or the terminal. The interview prep sheet is
one PrepSheet object; the terminal view and the Markdown file both render it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peerjob.errors import BadInput

# Names to start from; never required, any name is fine.
SUGGESTED_STRENGTHS = (
    "resilience",
    "perseverance",
    "empathy",
    "communication",
    "honesty",
    "accountability",
    "problem-solving",
    "helping others",
)

# When and how the person plans to talk about recovery with one employer.
DISCLOSURE_PLANS = {
    "not-planned": "You don't plan to bring it up with this employer.",
    "undecided": "You haven't decided yet. There is no rush.",
    "after-offer": "You may bring it up after an offer, if at all.",
    "at-interview": "You plan to bring it up at the interview.",
    "on-application": "You mentioned it, or plan to, in the application itself.",
    "disclosed": "You have already talked about it with this employer.",
}
DISCLOSURE_NOTE = (
    "Whether, when and how to talk about your recovery is your choice. "
    "A peer worker or vocational rehabilitation counsellor can tell you about your rights where you live."
)

RESOURCE_KINDS = ("employment-program", "vocational-rehab", "peer-group", "training", "legal", "other")
# The kind of win that using a resource counts as (`resource done --win`).
RESOURCE_WIN_KINDS = {"training": "training", "peer-group": "networking"}

# Wins that are practice for interviews, and wins that are experience to talk about.
PRACTICE_KINDS = ("mock-interview", "interview-prep")
EXPERIENCE_KINDS = ("volunteering", "mentoring")

QUESTIONS_TO_ASK = (
    "What does a typical week look like in this role?",
    "What would a good first three months look like to you?",
    "How does the team help someone who is new or learning something?",
    "How are schedules, breaks and time off handled?",
    "What are the next steps, and when can I expect to hear back?",
)

STORY_PARTS = (
    ("Situation", "what was going on?"),
    ("Action", "what did you do?"),
    ("Result", "what came of it?"),
)


def _normalise_choice(text: str) -> str:
    return "-".join(text.strip().lower().replace("_", " ").replace("-", " ").split())


def parse_plan(text: str) -> str:
    plan = _normalise_choice(text)
    if plan not in DISCLOSURE_PLANS:
        raise BadInput(f"Unknown plan '{text}'. Choose one of: {', '.join(DISCLOSURE_PLANS)}.")
    return plan


def parse_resource_kind(text: str) -> str:
    kind = _normalise_choice(text)
    aliases = {
        "vocational-rehabilitation": "vocational-rehab",
        "voc-rehab": "vocational-rehab",
        "employment": "employment-program",
        "employment-programme": "employment-program",
    }
    kind = aliases.get(kind, kind)
    if kind not in RESOURCE_KINDS:
        raise BadInput(f"Unknown kind '{text}'. Choose one of: {', '.join(RESOURCE_KINDS)}.")
    return kind


def resource_win(name: str, kind: str, next_step: str | None) -> tuple[str, str]:
    """(text, kind) of the win recorded when a resource's step is done.

    Wins go into exports and the review, so the text names the resource only:
    the next step's own words stay private with the resource.
    """
    text = f"Took a next step with {name}" if next_step else f"Made use of {name}"
    return text, RESOURCE_WIN_KINDS.get(kind, "other")


def compose_story(parts: dict[str, str]) -> str | None:
    """'Situation: ...' lines from the parts given; None when all are empty."""
    lines = [
        f"{label}: {' '.join(parts.get(label, '').split())}" for label, _ in STORY_PARTS if parts.get(label, "").strip()
    ]
    return "\n".join(lines) or None


def story_guide(name: str) -> str:
    """The editor's guide lines ("#" comments); exactly these are left out of the saved story."""
    return "\n".join(
        [
            f'# Your story for "{name}": a few lines, in three short parts.',
            "# These guide lines are left out. Save and close the editor when done.",
            *[f"# {label}: {question}" for label, question in STORY_PARTS],
        ]
    )


def story_template(name: str, current: str | None) -> str:
    """What the editor opens with: the guide, then the story."""
    body = current if current else "\n".join(f"{label}: " for label, _ in STORY_PARTS)
    return story_guide(name) + "\n" + body + "\n"


def story_from_text(text: str) -> str | None:
    """A story given with --story or piped in: as written, less blank edges."""
    return _trimmed([line.rstrip() for line in text.replace("\r\n", "\n").split("\n")])


def story_from_editor(text: str) -> str | None:
    """A story saved from the editor's template (its guide lines already taken out): no empty parts.

    A line of the person's own starting with "#" stays: "#1 priority" is part of the story.
    """
    empty_parts = {f"{label.lower()}:" for label, _ in STORY_PARTS}
    return _trimmed(
        [line.rstrip() for line in text.replace("\r\n", "\n").split("\n") if line.strip().lower() not in empty_parts]
    )


def _trimmed(lines: list[str]) -> str | None:
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines) or None


def story_lines(story: str | None) -> list[str]:
    return [line.strip() for line in (story or "").splitlines() if line.strip()]


# --- the interview prep sheet ---


@dataclass
class PrepStrength:
    id: int
    name: str
    story: str | None
    linked: bool  # linked to this application (shown first)


@dataclass
class PrepSheet:
    application_id: int
    company: str
    role: str
    stage: str
    applied_on: date
    prepared_on: date
    url: str | None = None
    start_on: date | None = None
    history: list[dict[str, Any]] = field(default_factory=list)  # {date, from, to, note}
    strengths: list[PrepStrength] = field(default_factory=list)
    disclosure: dict[str, Any] | None = None  # {plan, description, note}; None when there is none or it is left out
    disclosure_left_out: bool = False
    questions: tuple[str, ...] = QUESTIONS_TO_ASK
    practice: list[dict[str, Any]] = field(default_factory=list)  # wins {date, kind, text} linked to this application
    general_practice: list[dict[str, Any]] = field(default_factory=list)  # practice wins not linked to any application
    experience: list[dict[str, Any]] = field(default_factory=list)  # volunteering and mentoring wins
    more_general_practice: int = 0  # older general practice sessions not listed
    more_experience: int = 0
    rounds: list[Any] = field(default_factory=list)  # its interview rounds (domain.interviews.Round), with debriefs
    sent: list[tuple[str, str]] = field(default_factory=list)  # what was sent: (label, value), e.g. the resume
    contacts: list[dict[str, Any]] = field(default_factory=list)  # the people at this application (private)
    stories: list[dict[str, Any]] = field(default_factory=list)  # linked stories, then a gap story (private)
    training: list[dict[str, Any]] = field(default_factory=list)  # finished training and credentials


def without_private_details(sheet: PrepSheet) -> PrepSheet:
    """The sheet to share (`prep --no-private`): names and roles of people, rounds by day and kind only."""
    from dataclasses import replace

    rounds = [
        replace(r, with_names=None, place=None, note=None, how_it_went=None, learned=None, next_step=None)
        for r in sheet.rounds
    ]
    people = [dict(person, email=None, phone=None, note=None) for person in sheet.contacts]
    sent = [(label, value) for label, value in sheet.sent if label == "Location"]
    return replace(sheet, rounds=rounds, contacts=people, sent=sent, disclosure=None, stories=[])


def round_summary(round_: Any) -> str:
    """One line for a round on the prep sheet: "Round 2, 2026-12-11 15:00: video, with Sam, 45 minutes"."""
    from peerjob.domain.interviews import when_words

    details = [
        part
        for part in (
            round_.kind,
            f"with {round_.with_names}" if round_.with_names else None,
            f"at {round_.place}" if round_.place else None,
            f"{round_.duration_min} minutes" if round_.duration_min else None,
        )
        if part
    ]
    return f"Round {round_.number}, {when_words(round_.held_on, round_.at_time)}" + (
        f": {', '.join(details)}" if details else ""
    )


def debrief_lines(round_: Any) -> list[str]:
    """What the person said after a round, for the next one's prep."""
    return [
        f"{label}: {text}"
        for label, text in (
            ("How it went", round_.how_it_went),
            ("Learned", round_.learned),
            ("Next", round_.next_step),
        )
        if text
    ]


def order_strengths(strengths: list[PrepStrength]) -> list[PrepStrength]:
    """Linked strengths first, then the others; by name within each."""
    return sorted(strengths, key=lambda s: (not s.linked, s.name.lower(), s.id))


def disclosure_view(plan: str, note: str | None) -> dict[str, Any]:
    return {"plan": plan, "description": DISCLOSURE_PLANS.get(plan, ""), "note": note}
