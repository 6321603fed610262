"""What win and milestone commands print."""

from __future__ import annotations

from typing import Any

from peerjob.actions.wins import WinRecorded
from peerjob.messages import CATALOGUE, choose_in_turn
from peerjob.render.console import celebrate_step, say
from peerjob.render.listing import Column, Listing, show_listing

WINS = Listing(
    columns=(
        Column("ID", lambda row: row["id"], fixed=True),
        Column("Date", lambda row: row["date"], fixed=True),
        Column("Kind", lambda row: row["kind"], fixed=True, optional=True),
        Column("Win", lambda row: row["text"]),
        Column("For", lambda row: row["company"], optional=True),
    ),
    empty='No wins recorded here yet. A mock interview, a resume rewrite, helping a peer: peerjob win "..." --kind mentoring',
)

MILESTONES = Listing(
    columns=(
        Column("Reached", lambda row: row["reached_on"], fixed=True),
        Column("Milestone", lambda row: row["title"]),
    ),
    empty='No milestones yet. The first one comes with your first application: peerjob log ACME "Support Specialist"',
)


def win_recorded(result: WinRecorded) -> None:
    from peerjob.domain.wins import WIN_LABELS

    moment = f"win_{result.kind}" if f"win_{result.kind}" in CATALOGUE else "win"
    line = choose_in_turn(moment, result.kind_count, label=WIN_LABELS[result.kind], count=result.count)
    celebrate_step(line, result.milestones, suffix=f" (win {result.id})")


def wins_listed(rows: list[dict[str, Any]], *, as_json: bool) -> None:
    show_listing(WINS, rows, as_json=as_json)
    if rows and not as_json:
        say("1 win: a step you took." if len(rows) == 1 else f"{len(rows)} wins, each one a step you took.")
