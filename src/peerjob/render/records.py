"""One record on its own (`NOUN show ID`), and what `edit` and `delete` say.

`show` prints one "Label: value" line per field that has a value, on
stdout: plain text that a pipe, grep or a screen reader takes as it is.
"""

from __future__ import annotations

import sys
from typing import Any

from peerjob.actions.records import KINDS
from peerjob.domain.undo import name_of
from peerjob.render.console import print_json, say

FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "win": (("Win", "text"), ("Kind", "kind"), ("Date", "won_on"), ("Application", "application_id")),
    "journal": (
        ("Date", "entry_on"),
        ("Mood", "mood"),
        ("Energy", "energy"),
        ("Practices", "practices"),
        ("Entry", "text"),
    ),
    "checkin": (
        ("Partner", "partner"),
        ("Date", "checkin_on"),
        ("How", "channel"),
        ("Shared", "shared"),
        ("Agreed", "agreed"),
        ("Next", "next_on"),
    ),
    "goals": (
        ("From the week of", "week_start"),
        ("Applications a week", "applications"),
        ("Wins a week", "wins"),
        ("Check-ins a week", "checkins"),
        ("Self-care days a week", "self_care_days"),
    ),
    "partner": (
        ("Name", "name"),
        ("Role", "role"),
        ("Contact", "contact"),
        ("Note", "note"),
        ("Check-ins", "checkins"),
        ("Removed", "removed_at"),
    ),
    "strength": (("Strength", "name"), ("Story", "story"), ("Used for applications", "applications")),
    "resource": (
        ("Resource", "name"),
        ("Kind", "kind"),
        ("Contact", "contact"),
        ("Link", "url"),
        ("Next step", "next_step"),
        ("Next step on", "next_on"),
        ("Done on", "done_on"),
    ),
    "boundary": (("Boundary", "text"),),
    "support": (("Name", "name"), ("Contact", "contact"), ("Note", "note")),
    "story": (("Title", "title"), ("Kind", "kind"), ("Story", "text")),
    "training": (
        ("Training", "name"),
        ("Issuer", "issuer"),
        ("Hours", "hours"),
        ("Status", "status"),
        ("Planned for", "planned_on"),
        ("Done on", "done_on"),
        ("Renews on", "renews_on"),
        ("Note", "note"),
    ),
    "contact": (
        ("Name", "name"),
        ("Role", "role"),
        ("Application", "application_id"),
        ("Email", "email"),
        ("Phone", "phone"),
        ("Note", "note"),
    ),
    "reframe": (
        ("Application", "application_id"),
        ("What happened", "what_happened"),
        ("First thought", "first_thought"),
        ("Outside your control", "outside_control"),
        ("What you'd tell a peer", "peer_advice"),
        ("A more balanced thought", "balanced_thought"),
        ("Next step", "next_step"),
        ("Next step on", "next_step_on"),
    ),
}


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value)
    if isinstance(value, float):
        return f"{value:g}"  # 6 hours, not 6.0
    return str(value)


def record_shown(kind: str, record: dict[str, Any], *, as_json: bool) -> None:
    if as_json:
        # Timestamps as ISO 8601 ("2026-11-22T10:00:00.000000"), as every date in peerjob's JSON.
        print_json(
            {
                key: value.replace(" ", "T", 1) if key.endswith("_at") and isinstance(value, str) else value
                for key, value in record.items()
            }
        )
        return
    lines = [] if kind == "reframe" else [f"ID: {record.get('id')}"]  # a reframe goes by its application's ID
    for label, column in FIELDS[kind]:
        value = record.get(column)
        if value is None or value == [] or value == "":
            continue
        text = _text(value).replace("\r\n", "\n").split("\n")
        lines.append(f"{label}: {text[0]}")
        lines.extend(f"  {line}" for line in text[1:])  # a multi-line entry keeps its lines, indented
    sys.stdout.write("\n".join(lines) + "\n")


def name(kind: str, record: dict[str, Any]) -> str:
    return name_of(KINDS[kind].table, record)


def delete_question(kind: str, record: dict[str, Any]) -> str:
    extra = ""
    if kind == "partner" and record.get("checkins"):
        count = record["checkins"]
        extra = f" and {'their' if count > 1 else 'the'} {count} check-in{'s' if count != 1 else ''} with them"
    return f"Delete {name(kind, record)}{extra}?"


def record_deleted(kind: str, record: dict[str, Any]) -> None:
    say(f"Deleted {name(kind, record)}. Changed your mind? `peerjob undo` brings it back until the end of tomorrow.")


def record_changed(kind: str, record: dict[str, Any]) -> None:
    say(f"Saved your change to {name(kind, record)}. `peerjob undo` puts it back as it was.")
