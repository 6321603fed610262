"""The command line: parse, call the core, render. Kept light to start fast.

Command modules load lazily: peerjob.cli.commands names every command, its
module and its short help, so `peerjob --help` imports no command module and
`peerjob log` imports only peerjob.cli.applications (PeerjobGroup does this).
A command module holds no SQL and no output code: it parses, calls one
action (peerjob.actions) and hands the result to a renderer (peerjob.render),
importing them inside the command so `peerjob --help` and `--version` stay
instant.
"""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob import __version__
from peerjob.cli.group import PeerjobGroup

app = typer.Typer(
    cls=PeerjobGroup,
    name="peerjob",
    help="A private job-search companion that counts effort, not only outcomes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: typer's rich help pulls in rich.markdown and friends, which
    # costs start-up time on the command people run most.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"peerjob {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    db: Annotated[
        str | None,
        typer.Option("--db", metavar="PATH", help="Use this data file (else $PEERJOB_DB, else your user data folder)."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """A private job-search companion that counts effort, not only outcomes."""
    from peerjob.cli import context

    context.set_db_option(db)


def main() -> None:
    app(prog_name="peerjob")
