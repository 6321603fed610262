"""Words shared by the Markdown and HTML exports, so the two never differ."""

from __future__ import annotations

from peerjob.domain.review import GOAL_LABELS, NOTHING_SCHEDULED, aim_words, stage_move_words
from peerjob.domain.review import momentum_line as _momentum_words

__all__ = ["GOAL_LABELS", "NOTHING_SCHEDULED"]
CATEGORY_TITLES = {
    "journal": "Journal",
    "reframes": "Reframes",
    "notes": "Notes",
    "disclosure": "Disclosure plans",
    "strengths": "Strengths",
    "contacts": "Contacts: your partners and the people at your applications",
    "boundaries": "Boundaries",
    "plan": "Wellness plan",
    "stories": "Stories",
    "training": "Training finished",
}


def span_title(data: dict) -> str:
    return f"{data['week_start']} to {data['week_end']}"


def goal_line(goal: dict) -> str:
    """ "Applications: 2 of 3"; with nothing towards it yet, an aim ("Aim: 3 applications"), not an empty bar."""
    if not goal["done"]:
        return aim_words(goal["name"], goal["target"])
    label = GOAL_LABELS.get(goal["name"], goal["name"])
    return f"{label}: {goal['done']} of {goal['target']}" + (" (met)" if goal["met"] else "")


def momentum_line(data: dict) -> str:
    momentum = data["momentum"]
    return _momentum_words(momentum["weeks_active"], momentum["of_weeks"])


def effort_lines(data: dict) -> list[tuple[str, int]]:
    """The week's effort, figure by figure; in a week after time away, only what is there (no zero counters)."""
    lines = [
        ("Applications sent", data["applications_logged"]),
        ("Wins", data["wins"]),
        ("Check-ins with partners", data["checkins"]),
        ("Days with a self-care journal entry", data["journal_days"]),
    ]
    if data.get("training_finished"):  # a count here (the export's); the names only with --include training
        lines.append(("Training finished", data["training_finished"]))
    return [(label, count) for label, count in lines if count] if data.get("returning") else lines


def move_text(move: dict) -> tuple[str, str]:
    """(who, what) for a stage move."""
    return f"{move['company']} ({move['role']})", stage_move_words(move["from"], move["to"])


def private_rows(category: str, record) -> list[tuple[str, str]]:
    """A private record as (label, text) pairs, for the included sections."""
    if category in ("boundaries", "training"):
        return [("", str(record))]
    if category == "plan":  # "Early warning signs: skipping meals"
        return [("", f"{record['section']}: {record['text']}")]
    if category == "stories":
        from peerjob.domain.stories import KIND_TITLES

        kind = KIND_TITLES.get(record.get("kind"), record.get("kind"))
        return [("", f"{record['title']} ({kind})" + (f": {record['text']}" if record.get("text") else ""))]
    labels = {
        "date": "Date",
        "mood": "Mood",
        "energy": "Energy",
        "practices": "Practices",
        "text": "Text",
        "company": "Company",
        "role": "Role",
        "about": "About",
        "plan": "Plan",
        "note": "Note",
        "what_happened": "What happened",
        "first_thought": "First thought",
        "outside_control": "Outside my control",
        "peer_advice": "What I'd tell a peer",
        "balanced_thought": "A more balanced thought",
        "next_step": "Next step",
        "next_step_on": "Next step on",
        "name": "Name",
        "story": "Story",
        "contact": "Contact",
        "section": "Section",
        "title": "Title",
        "kind": "Kind",
    }
    rows = []
    for key, value in record.items():
        if value in (None, "", []):
            continue
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value)
        rows.append((labels.get(key, key), str(value)))
    return rows
