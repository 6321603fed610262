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
    # `peerjob` alone shows the today view (what is due, this week so far, one next step).
    invoke_without_command=True,
    no_args_is_help=False,
    add_completion=True,
    pretty_exceptions_enable=False,
    # Plain help: typer's rich help pulls in rich.markdown and friends, which
    # costs start-up time on the command people run most.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="More: peerjob help COMMAND, and peerjob help environment for variables and exit codes.\n\n"
    "The README says the rest, with examples.",
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"peerjob {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option("--db", metavar="PATH", help="Use this data file (else $PEERJOB_DB, else your user data folder)."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_print_version, is_eager=True, help="Print the version.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="With no command: the today view as JSON.")] = False,
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Never ask anything, even on a terminal (also PEERJOB_NO_INPUT=1).")
    ] = False,
    plain: Annotated[
        bool,
        typer.Option(
            "--plain",
            help="Plain text even on a terminal: listings as tab-separated lines, the rest in words "
            "(also PEERJOB_PLAIN=1).",
        ),
    ] = False,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Print long lists straight out, not through $PAGER (less -FRX).")
    ] = False,
) -> None:
    """A private job-search companion that counts effort, not only outcomes. With no command: what is due today, this week so far, and one small next step."""
    from peerjob.cli import context

    context.set_db_option(db)
    context.set_no_input(no_input)
    context.ask_for_passphrases()
    from peerjob.render import console

    console.PAGER_OFF = no_pager
    console.set_plain(plain)
    if ctx.invoked_subcommand is None:
        _today(context, as_json=as_json)


def _today(context, *, as_json: bool) -> None:
    from peerjob.render.today import today_shown, welcome

    if not context.has_data():
        welcome(as_json=as_json)
        return
    from peerjob.actions.today import today_view

    with context.database(write=False) as conn:
        view = today_view(conn, settings=context.settings(), today=context.today(), now=context.now())
    today_shown(view, as_json=as_json)


def main() -> None:
    app(prog_name="peerjob")
