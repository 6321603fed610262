"""What `peerjob reframes` prints: each reframe as a small grid of question and answer."""

from __future__ import annotations

from typing import Any

from peerjob.render.console import out, print_json, say


def reframes_listed(rows: list[dict[str, Any]], *, as_json: bool) -> None:
    if as_json:
        print_json(rows)
        return
    if not rows:
        say("No reframes yet. After a 'no' or a silence, peerjob reframe ID walks you through one.")
        return
    from rich.table import Table

    from peerjob.domain.reframe import QUESTIONS

    labels = dict(QUESTIONS)
    console = out()
    for row in rows:
        console.print(
            f"{row['company']}: {row['role']} (ID {row['application_id']}, {row['stage']})", style="bold", markup=False
        )
        grid = Table.grid(padding=(0, 2))
        for name, question in labels.items():
            value = row[name]
            if value not in (None, ""):
                grid.add_row(
                    question.split("(")[0].strip(), value.isoformat() if hasattr(value, "isoformat") else str(value)
                )
        console.print(grid)
        console.print()
