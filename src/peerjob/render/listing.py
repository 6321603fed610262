"""Every list command's output: a table on a terminal, JSON with --json, one line when there is nothing.

A command describes its listing once (columns, what to say when there is
nothing yet, what to say when filters match nothing) and hands the rows
here, so every list behaves the same way: data on stdout, the "nothing
here" line on stderr, fixed-shape columns (IDs, dates, stages) that never
wrap, and free text that folds instead of being cut.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


def text_or_dash(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value)
    return str(getattr(value, "isoformat", lambda: value)())


@dataclass(frozen=True)
class Column:
    heading: str
    value: Callable[[Any], Any]
    fixed: bool = False  # short, fixed-shape values (IDs, dates): never wrap


def _as_dict(row: Any) -> Any:
    if isinstance(row, dict):
        return row
    return dict(vars(row))


@dataclass(frozen=True)
class Listing:
    columns: tuple[Column, ...]
    empty: str  # nothing recorded at all: say how to add the first one
    no_match: str = "Nothing matches those filters."
    json_row: Callable[[Any], Any] = field(default=_as_dict)

    def table(self, rows: Iterable[Any]):
        from rich.table import Table

        table = Table(show_edge=False, pad_edge=False)
        for column in self.columns:
            table.add_column(column.heading, overflow="fold", no_wrap=column.fixed)
        for row in rows:
            table.add_row(*(text_or_dash(column.value(row)) for column in self.columns))
        return table


def show_listing(listing: Listing, rows: Sequence[Any], *, as_json: bool, filtered: bool = False) -> None:
    """Print ``rows`` as ``listing`` describes them. ``filtered``: some rows exist, but none matched."""
    from peerjob.render.console import out, print_json, say

    if as_json:
        print_json([listing.json_row(row) for row in rows])
        return
    if not rows:
        say(listing.no_match if filtered else listing.empty)
        return
    out().print(listing.table(rows))
