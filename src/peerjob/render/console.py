"""The two consoles: data to stdout, messages to stderr; plain text when NO_COLOR or piped."""

from __future__ import annotations

import json
import sys
from functools import cache

from peerjob.domain.records import to_jsonable


@cache
def _consoles():
    from rich.console import Console

    # file=None: rich looks up sys.stdout/sys.stderr at write time, which
    # keeps test runners' captured streams working.
    import os

    # markup=False: user text such as "[x] called Sam" is shown as typed, never read as rich markup.
    # NO_COLOR: no escape codes at all (rich alone would still send bold and italic).
    plain = {"color_system": None} if os.environ.get("NO_COLOR") else {}
    return (
        Console(highlight=False, markup=False, **plain),
        Console(stderr=True, highlight=False, markup=False, **plain),
    )


def out():
    """The console for data (stdout)."""
    return _consoles()[0]


def err():
    """The console for messages (stderr)."""
    return _consoles()[1]


def say(message: str, style: str | None = None) -> None:
    """One message line for the person, on stderr."""
    err().print(message, style=style, markup=False, soft_wrap=True)


def celebrate(message: str) -> None:
    say(message, style="bold green")


def milestone_line(new: list[dict]) -> str | None:
    """One warm line for the milestones a command just reached (None when none)."""
    if not new:
        return None
    from peerjob.messages import choose

    # The rarest moment leads; the others are named after it, in the same line.
    rank = ("first-stage", "goals-met", "applications", "wins", "first-win")
    lead = min(new, key=lambda milestone: rank.index(milestone["kind"]) if milestone["kind"] in rank else len(rank))
    moment = "milestone_first_application" if lead["key"] == "applications:1" else f"milestone_{lead['kind'].replace('-', '_')}"
    line = choose(moment, lead["key"], title=lead["title"])
    others = [milestone["title"] for milestone in new if milestone is not lead]
    if len(others) > 3:
        line += f" You reached {len(others)} more milestones too: peerjob milestones lists them."
    elif others:
        line += " Also reached: " + "; ".join(others) + "."
    return line


def celebrate_step(line: str, new_milestones: list[dict] | None = None, *, suffix: str = "") -> None:
    """The one celebration line of a command, with any milestone it reached said in the same line."""
    reached = milestone_line(new_milestones or [])
    celebrate(line + (f" {reached}" if reached else "") + suffix)


def announce_milestones(new: list[dict]) -> None:
    """For commands with no celebration of their own: one line, only if something was reached."""
    line = milestone_line(new)
    if line:
        celebrate(line)


def data_table(headings: tuple[str, ...], *, fixed: tuple[str, ...] = ()):
    """A listing's table: short fixed-shape columns (IDs, dates) never wrap; names and free text fold."""
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False)
    for heading in headings:
        table.add_column(heading, overflow="fold", no_wrap=heading in fixed)
    return table


def print_json(value) -> None:
    sys.stdout.write(json.dumps(to_jsonable(value), indent=2, ensure_ascii=False) + "\n")


def text_or_dash(value) -> str:
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(getattr(value, "isoformat", lambda: value)())
