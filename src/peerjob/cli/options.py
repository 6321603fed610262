"""Options many commands share, declared once (`--json`, `--yes`, `--force`, dates)."""

from __future__ import annotations

from typing import Annotated

import typer

DATE_HELP = "A date: 2026-11-20, today, yesterday, monday, '3 days ago'."

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
JsonOneOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Don't ask to confirm.")]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")]


def date_option(help_text: str, *names: str) -> object:
    """An optional date option; the help says which forms are understood."""
    return typer.Option(*names, metavar="DATE", help=f"{help_text} {DATE_HELP}")


SinceOption = Annotated[str | None, date_option("On or after.", "--since")]
UntilOption = Annotated[str | None, date_option("On or before.", "--until")]
