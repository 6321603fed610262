"""The two consoles: data to stdout, messages to stderr; plain text when NO_COLOR or piped."""

from __future__ import annotations

import builtins
import os
import re
import sys
from functools import cache

from peerjob.domain.records import to_jsonable


@cache
def _consoles():
    # file=None: rich looks up sys.stdout/sys.stderr at write time, which
    # keeps test runners' captured streams working.
    import os

    from rich.console import Console

    # markup=False: user text such as "[x] called Sam" is shown as typed, never read as rich markup.
    # NO_COLOR: no escape codes at all (rich alone would still send bold and italic).
    # --plain / PEERJOB_PLAIN=1 on a terminal (a screen reader, a braille display): no escape codes
    # either, and lines left whole for the terminal to wrap, so one fact stays one line.
    # A pipe gets whole lines too: a sentence cut at 80 columns is two lines to grep.
    plain: dict = {"color_system": None} if os.environ.get("NO_COLOR") or plain_requested() else {}
    data = Console(highlight=False, markup=False, **plain)
    if plain_requested() or not data.is_terminal:
        data.soft_wrap = True
    return data, Console(stderr=True, highlight=False, markup=False, soft_wrap=plain_requested(), **plain)


def plain_requested() -> bool:
    """--plain or PEERJOB_PLAIN=1: the person asked for plain text, even on a terminal."""
    from peerjob.render.listing import PLAIN_ENV, PLAIN_ON

    return PLAIN_ON or os.environ.get(PLAIN_ENV) == "1"


def set_plain(plain: bool) -> None:
    """--plain, for this run (the consoles are made again, as they depend on it)."""
    from peerjob.render import listing

    if listing.PLAIN_ON != plain:
        listing.PLAIN_ON = plain
        _consoles.cache_clear()


def plain_layout() -> bool:
    """Top to bottom, in words: in a pipe, or with --plain. No box drawing, bars or sparklines then."""
    from peerjob.render.listing import plain_output

    return plain_output(out())


def out():
    """The console for data (stdout)."""
    return _consoles()[0]


def err():
    """The console for messages (stderr)."""
    return _consoles()[1]


def say(message: str, style: str | None = None) -> None:
    """One message line for the person, on stderr."""
    line = _line_without_rich(message, style, sys.stderr) if "rich.console" not in sys.modules else None
    if line is None:
        err().print(message, style=style, markup=False, soft_wrap=True)
    else:
        sys.stderr.write(line)
        sys.stderr.flush()


# What rich writes for say()'s styles on a colour terminal (the same for 16, 256 and true colours).
_ANSI = {"bold green": "1;32", "italic": "3"}
# Settings rich reads that change where or how it writes; with any of them set, rich decides.
_RICH_ENV = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS", "JUPYTER_LINES")
# rich's :emoji: codes (rich._emoji_replace): a line that may hold one goes through rich.
_EMOJI_CODE = re.compile(r"(:(\S*?)(?:(?:\-)(emoji|text))?:)")


def _line_without_rich(message: str, style: str | None, stream) -> str | None:
    """Exactly what err().print would write for say(message, style), when that is plain to tell; else None.

    Most messages are one printable sentence going to a pipe, a file or a
    terminal: writing them directly spares a command like `log` importing
    rich, a good part of its start-up. Anything rich would change (emoji
    codes, control characters, trailing spaces) or a setting it treats
    specially leaves the line to rich. tests/test_output.py holds the two
    side by side.
    """
    if style not in (None, *_ANSI) or type(message) is not str or stream is None:
        return None
    if not message.isprintable() or message != message.rstrip() or (":" in message and _EMOJI_CODE.search(message)):
        return None
    if sys.platform == "win32" or hasattr(builtins, "get_ipython") or any(name in os.environ for name in _RICH_ENV):
        return None
    if getattr(sys.stdin, "__module__", "").startswith("idlelib") or hasattr(stream, "rich_proxied_file"):
        return None
    if style is None or not message or os.environ.get("NO_COLOR"):
        return message + "\n"
    try:
        terminal = bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream: rich says "not a terminal" too
        terminal = False
    if not terminal or os.environ.get("TERM", "").lower() in ("dumb", "unknown"):
        return message + "\n"
    return f"\x1b[{_ANSI[style]}m{message}\x1b[0m\n"


def celebrate(message: str) -> None:
    say(message, style="bold green")


def milestone_line(new: list[dict]) -> str | None:
    """One warm line for the milestones a command just reached (None when none)."""
    if not new:
        return None
    from peerjob.messages import choose

    # The rarest moment leads; the others are named after it, in the same line.
    rank = ("first-went", "first-stage", "goals-met", "applications", "wins", "first-win")
    lead = min(new, key=lambda milestone: rank.index(milestone["kind"]) if milestone["kind"] in rank else len(rank))
    moment = (
        "milestone_first_application"
        if lead["key"] == "applications:1"
        else f"milestone_{lead['kind'].replace('-', '_')}"
    )
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
    import json

    sys.stdout.write(json.dumps(to_jsonable(value), indent=2, ensure_ascii=False) + "\n")


def text_or_dash(value) -> str:
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(getattr(value, "isoformat", lambda: value)())


def hanging(text, lead: str = "  ", style: str | None = None):
    """``text`` after ``lead`` ("  ", "- "), every wrapped line starting under the text, not under the lead.

    rich wraps a long line back to the left edge; a two-column grid keeps a
    bullet's or an indented story's second line lined up with its first.
    """
    from rich.table import Table
    from rich.text import Text

    if plain_layout():  # one line per item, the bullet kept as text and no indent to read out
        line = Text(str(text), style=style or "") if not isinstance(text, Text) else text
        return Text(lead.strip() + " ") + line if lead.strip() else line
    grid = Table.grid()
    grid.add_column(width=len(lead), no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(lead, text if isinstance(text, Text) else Text(str(text), style=style or ""))
    return grid


def facts(rows):
    """Label and value pairs: two lined-up columns on a screen, "Label: value" lines in plain layout."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    if plain_layout():
        return Group(*(Text(f"{label}: {value}") for label, value in rows))
    grid = Table.grid(padding=(0, 2))
    for label, value in rows:
        grid.add_row(str(label), str(value))
    return grid


def rows_or_lines(table, headings, rows, *, title: str | None = None, in_words=None):
    """A table on a screen; in plain layout, the title and one line per row naming each value.

    ``table`` is the rich Table to fill (its columns already set); plain
    layout reads "Week of 2026-11-30, Days 2, Mood 3.0", which a screen
    reader speaks sensibly and grep can find; ``in_words(row)`` says a row
    better where a sentence fits.
    """
    from rich.console import Group
    from rich.text import Text

    if plain_layout():
        lines = [Text(title, style="bold")] if title else []
        lines += [
            Text(
                in_words(row)
                if in_words
                else ", ".join(f"{heading} {value}" for heading, value in zip(headings, row, strict=True))
            )
            for row in rows
        ]
        return Group(*lines)
    if title:
        table.title = title
        table.title_justify = "left"
    for row in rows:
        table.add_row(*row)
    return table


PAGER_OFF = False  # set by --no-pager
DEFAULT_PAGER = "less -FRX"


def page_or_write(text: str) -> None:
    """Data longer than the screen goes through $PAGER (default `less -FRX`) on a real terminal; never in a pipe.

    A pager that can't start is no reason to lose the output: it is written as it is.
    """
    import shlex
    import shutil
    import subprocess

    if PAGER_OFF or not sys.stdout.isatty() or text.count("\n") < shutil.get_terminal_size().lines:
        sys.stdout.write(text)
        return
    command = shlex.split(os.environ.get("PAGER") or DEFAULT_PAGER)
    sys.stdout.flush()
    try:
        subprocess.run(command, input=text.encode("utf-8"), check=False)
    except OSError:
        sys.stdout.write(text)
