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
    optional: bool = False  # folds away first when the terminal is too narrow for every column


SEPARATOR = 3  # " │ " between two columns (no outer edge, no edge padding)


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=1)


def _one_field(value: str) -> str:
    return " ".join(value.split())  # no tab or line break inside a field: one record stays one line


def plain_output(console: Any) -> bool:
    """Data for a program, not a screen: stdout is not a terminal, or PEERJOB_PLAIN=1."""
    import os

    return PLAIN_ON or os.environ.get(PLAIN_ENV) == "1" or not console.is_terminal


PLAIN_ENV = "PEERJOB_PLAIN"
PLAIN_ON = False  # set by --plain


def needed_width(columns: Sequence[Column], cells: Sequence[Sequence[str]]) -> int:
    """The narrowest table in which no word is broken: free text wraps between words only."""
    total = 0
    for index, column in enumerate(columns):
        values = [row[index] for row in cells]
        if column.fixed:
            total += max([len(column.heading), *(len(value) for value in values)])
        else:
            total += max([_longest_word(column.heading), *(_longest_word(value) for value in values)])
    return total + SEPARATOR * (len(columns) - 1)


def fit(columns: Sequence[Column], cells: Sequence[Sequence[str]], width: int) -> list[int] | None:
    """Which columns (by index) fit in ``width`` without breaking a word; None when even the essential ones don't.

    Optional columns fold away from the right first.
    """
    kept = list(range(len(columns)))
    while needed_width([columns[i] for i in kept], [[row[i] for i in kept] for row in cells]) > width:
        optional = [i for i in kept if columns[i].optional]
        if not optional:
            return None
        kept.remove(optional[-1])
    return kept


def blocks(columns: Sequence[Column], cells: Sequence[Sequence[str]], width: int) -> str:
    """One block per record, one "Heading: value" line per field, for terminals too narrow for a table.

    Wrapped lines keep the block's indentation; a field with no value is left out.
    """
    import textwrap

    out = []
    for row in cells:
        lines = []
        for index, (column, value) in enumerate(zip(columns, row, strict=True)):
            if value == "-" and index:
                continue
            indent = "" if index == 0 else "  "
            lines.extend(
                textwrap.wrap(
                    f"{column.heading}: {value}",
                    width=max(width, 20),
                    initial_indent=indent,
                    subsequent_indent=indent + "  ",
                    break_long_words=True,
                    break_on_hyphens=False,
                )
            )
        out.append("\n".join(lines))
    return "\n\n".join(out)


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

    def cells(self, rows: Iterable[Any]) -> list[list[str]]:
        return [[text_or_dash(column.value(row)) for column in self.columns] for row in rows]

    def tsv(self, rows: Iterable[Any]) -> str:
        """One record a line, fields separated by tabs, a header line first: for grep, cut and awk."""
        lines = ["\t".join(column.heading for column in self.columns)]
        lines += ["\t".join(_one_field(value) for value in row) for row in self.cells(rows)]
        return "\n".join(lines) + "\n"

    def renderable(self, rows: Iterable[Any], width: int, *, bold: bool = False) -> str:
        """A table as wide as ``width`` allows without breaking a word, or one block per record."""
        cells = self.cells(rows)
        kept = fit(self.columns, cells, width)
        if kept is None:
            return blocks(self.columns, cells, width) + "\n"
        return table_of([self.columns[i] for i in kept], [[row[i] for i in kept] for row in cells], width, bold=bold)


def _widths(
    columns: Sequence[Column], cells: Sequence[Sequence[str]], width: int, separator: int = SEPARATOR
) -> list[int]:
    """Each column's width: at least its longest word (the whole value when fixed), the room left
    shared by how much more each column's text would like. rich, left to itself, squeezes wrapping
    columns evenly and can cut a word; explicit widths make it keep what fit() promised.
    """
    need, want = [], []
    for index, column in enumerate(columns):
        values = [row[index] for row in cells]
        full = max([len(column.heading), *(len(value) for value in values)])
        want.append(full)
        need.append(full if column.fixed else max([_longest_word(column.heading), *map(_longest_word, values)]))
    room = width - separator * (len(columns) - 1)
    if sum(want) <= room:
        return want
    spare = max(room - sum(need), 0)  # below the needs (a very narrow terminal), rich folds what it must
    wishes = [w - n for w, n in zip(want, need, strict=True)]
    total_wish = sum(wishes) or 1
    widths = [n + spare * wish // total_wish for n, wish in zip(need, wishes, strict=True)]
    left = room - sum(widths)
    for index in sorted(range(len(columns)), key=lambda i: wishes[i] - (widths[i] - need[i]), reverse=True):
        if left <= 0:
            break
        if widths[index] < want[index]:
            widths[index] += 1
            left -= 1
    return widths


def _cell_lines(text: str, width: int, fixed: bool) -> list[str]:
    import textwrap

    if fixed or len(text) <= width:
        return [text]
    return textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=False) or [""]


def table_of(columns: Sequence[Column], cells: Sequence[Sequence[str]], width: int, *, bold: bool = False) -> str:
    """The table as text: headings over a heavy rule, columns split by " │ ", free text wrapped between words.

    Written here rather than by rich: 5,000 rows print in a fraction of a
    second, and nothing but the characters a table needs reaches the screen.
    """
    widths = _widths(columns, cells, width)

    def joined(row_cells: Sequence[str], fixed: Sequence[bool], sep: str) -> list[str]:
        wrapped = [_cell_lines(cell, size, keep) for cell, size, keep in zip(row_cells, widths, fixed, strict=True)]
        height = max(len(lines) for lines in wrapped)
        out = []
        for index in range(height):
            parts = [
                (lines[index] if index < len(lines) else "").ljust(size)
                for lines, size in zip(wrapped, widths, strict=True)
            ]
            out.append(sep.join(parts).rstrip())
        return out

    lines = joined([column.heading for column in columns], [False] * len(columns), " ┃ ")
    if bold:  # a colour terminal: the headings in bold, as a table's headings are (never with NO_COLOR)
        lines = [f"\x1b[1m{line}\x1b[0m" for line in lines]
    lines.append("━╇━".join("━" * size for size in widths))
    fixed = [column.fixed for column in columns]
    for row in cells:
        lines.extend(joined(row, fixed, " │ "))
    return "\n".join(lines) + "\n"


class FittedGrid:
    """A borderless grid (the review's rows) sized when printed: the first column (a date) whole, words whole.

    rich's own grid squeezes every column alike and cuts a long word with
    "…"; this measures the printing width it is given and sizes each column
    as _widths does for tables.
    """

    def __init__(self, padding: int = 2) -> None:
        self.padding = padding
        self.rows: list[tuple[Any, ...]] = []

    def add_row(self, *cells: Any) -> None:
        self.rows.append(cells)

    def __rich_console__(self, console: Any, options: Any) -> Any:
        from rich.table import Table

        count = max((len(row) for row in self.rows), default=0)
        plain = [[getattr(cell, "plain", str(cell)) for cell in row] + [""] * (count - len(row)) for row in self.rows]
        columns = [Column("", lambda _row: None, fixed=index == 0) for index in range(count)]
        grid = Table.grid(padding=(0, self.padding))
        for index, size in enumerate(_widths(columns, plain, options.max_width, separator=self.padding)):
            grid.add_column(width=size, no_wrap=index == 0, overflow="fold")
        for row in self.rows:
            grid.add_row(*row)
        yield grid


def show_listing(listing: Listing, rows: Sequence[Any], *, as_json: bool, filtered: bool = False) -> None:
    """Print ``rows`` as ``listing`` describes them. ``filtered``: some rows exist, but none matched.

    On a terminal, a table sized to it; in a pipe (or with PEERJOB_PLAIN=1), tab-separated lines.
    """
    import sys

    from peerjob.render.console import out, page_or_write, print_json, say

    if as_json:
        print_json([listing.json_row(row) for row in rows])
        return
    if not rows:
        say(listing.no_match if filtered else listing.empty)
        return
    console = out()
    if plain_output(console):
        sys.stdout.write(listing.tsv(rows))
    else:
        page_or_write(listing.renderable(rows, console.width, bold=console.color_system is not None))
