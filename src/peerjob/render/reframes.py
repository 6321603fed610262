"""What `peerjob reframe list` prints: each reframe as a small grid of question and answer."""

from __future__ import annotations

from typing import Any

from peerjob.messages import choose
from peerjob.render.console import facts, out, print_json, say


def reframes_listed(rows: list[dict[str, Any]], *, as_json: bool) -> None:
    if as_json:
        print_json(rows)
        return
    if not rows:
        say("No reframes yet. After a 'no' or a silence, peerjob reframe ID walks you through one.")
        return
    from peerjob.domain.reframe import QUESTIONS

    labels = dict(QUESTIONS)
    console = out()
    for row in rows:
        console.print(
            f"{row['company']}: {row['role']} (ID {row['application_id']}, {row['stage']})", style="bold", markup=False
        )
        console.print(
            facts(
                [
                    (question.split("(")[0].strip(), value.isoformat() if hasattr(value, "isoformat") else str(value))
                    for name, question in labels.items()
                    if (value := row[name]) not in (None, "")
                ]
            )
        )
        console.print()


def reframe_kept_or_saved(
    application_id: int, company: str, current: dict[str, Any] | None, *, saved: bool, as_json: bool
) -> None:
    if as_json:
        print_json(current)
    if saved:
        say(choose("reframe_saved", application_id, id=application_id) + f" ({company})")
    elif not as_json:
        say(
            "Kept your reframe as it was."
            if current
            else f"Nothing saved. Come back whenever you like: peerjob reframe {application_id}"
        )
