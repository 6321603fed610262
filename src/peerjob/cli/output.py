"""Data to stdout, messages to stderr; plain text when NO_COLOR or piped."""

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
    return Console(highlight=False), Console(stderr=True, highlight=False)


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


def print_json(value) -> None:
    sys.stdout.write(json.dumps(to_jsonable(value), indent=2, ensure_ascii=False) + "\n")


def text_or_dash(value) -> str:
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(getattr(value, "isoformat", lambda: value)())
