"""What the training commands print."""

from __future__ import annotations

from typing import Any

from peerjob.render.console import celebrate_step, out, print_json, say


def training_added(saved: Any) -> None:
    if saved.win:
        celebrate_step(
            f"Finished: {saved.name}. That counts as a win, and a step forward (ID {saved.id}).", saved.milestones
        )
    else:
        say(f"Added {saved.name} ({saved.status}, ID {saved.id}). Planned dates and renewals show in peerjob due.")


def training_finished(saved: Any) -> None:
    celebrate_step(
        f"Finished: {saved.name}. That counts as a win: learning kept going alongside the search.", saved.milestones
    )


def training_changed(row: dict[str, Any]) -> None:
    say(f"Saved your change to {row['name']}. peerjob undo puts it back as it was.")


def training_listed(rows: list[dict[str, Any]], *, as_json: bool) -> None:
    if as_json:
        print_json(rows)
        return
    if not rows:
        say('No training yet. For example: peerjob training add "First aid" --on friday')
        return
    for row in rows:
        when = row["done_on"] if row["status"] == "done" else row["planned_on"]
        parts = [f"{row['id']}  {row['name']}", row["status"] + (f" {when}" if when else "")]
        if row["issuer"]:
            parts.append(row["issuer"])
        if row["hours"] is not None:
            parts.append(f"{row['hours']:g} h")
        if row["renews_on"]:
            parts.append(f"renews {row['renews_on']}")
        out().print("; ".join(parts), markup=False, highlight=False, soft_wrap=True)
