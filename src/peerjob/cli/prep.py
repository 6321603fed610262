"""`peerjob prep ID`: a one-page interview prep sheet."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.errors import BadInput


def register(app: typer.Typer) -> None:
    app.command()(prep)


def prep(
    application_id: Annotated[int, typer.Argument(metavar="ID", help="The application's ID (see peerjob list).")],
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write Markdown to this file (owner-only) instead of showing it."
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
    no_disclosure: Annotated[
        bool, typer.Option("--no-disclosure", help="Leave your disclosure plan off the sheet.")
    ] = False,
    no_private: Annotated[
        bool,
        typer.Option(
            "--no-private",
            help="A sheet to share: no disclosure plan, salary, resume, contact details, debriefs or round places.",
        ),
    ] = False,
) -> None:
    """A one-page interview prep sheet: strengths, questions, practice. Example: peerjob prep 3 -o acme.md."""
    from pathlib import Path

    if output is not None and not output.strip():
        raise BadInput("--output needs a file name, for example: peerjob prep 3 --output acme.md")
    target = Path(output).expanduser() if output else None
    if target is not None:
        from peerjob.fileio import check_output_file

        check_output_file(target, force=force, example="prep.md")
    from peerjob.actions.toolkit import prep_sheet
    from peerjob.render.prep import prep_shown

    with cx.database(write=False) as conn:
        sheet = prep_sheet(conn, application_id, today=cx.today(), with_disclosure=not (no_disclosure or no_private))
    if no_private:
        from peerjob.domain.toolkit import without_private_details

        sheet = without_private_details(sheet)
    prep_shown(sheet, application_id, target, force=force)
