"""Options many commands share, declared once (`--json`, `--yes`, `--force`, dates)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

DATE_HELP = "A date: 2026-11-20, today, yesterday, monday, '3 days ago'."


def json_flag(help_text: str = "Print JSON.") -> Any:
    """`--json`, the one way every command that reads offers its data to scripts (dates as ISO 8601)."""
    return typer.Option("--json", help=help_text)


JsonOption = Annotated[bool, json_flag("Print JSON instead of a table.")]
JsonOneOption = Annotated[bool, json_flag()]
SavedJsonOption = Annotated[bool, json_flag("Print the saved record as JSON on stdout (dates ISO 8601).")]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="Print only the record's ID on stdout, and no message.")
]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Don't ask to confirm.")]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")]


def date_option(help_text: str, *names: str) -> object:
    """An optional date option; the help says which forms are understood."""
    return typer.Option(*names, metavar="DATE", help=f"{help_text} {DATE_HELP}")


SinceOption = Annotated[str | None, date_option("On or after.", "--since")]
UntilOption = Annotated[str | None, date_option("On or before.", "--until")]
