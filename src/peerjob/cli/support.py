"""`peerjob support`: where to find help right now."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import JsonOneOption
from peerjob.errors import PeerjobError

support_app = typer.Typer(invoke_without_command=True, no_args_is_help=False)


def register(app: typer.Typer) -> None:
    from peerjob.cli.records import add_delete, add_show

    support_app.callback()(support)
    support_app.command("add")(support_add)
    support_app.command("list")(support_list)
    add_show(support_app, "support", "support", "support line", example=1)
    add_delete(support_app, "support", "support", "support line", example=1)
    app.add_typer(support_app, name="support")


def support(
    ctx: typer.Context,
    country: Annotated[
        str | None,
        typer.Option(
            "--country",
            metavar="CODE",
            help="Lines for this country, this once: US, GB, CA, IE, AU, NZ, scotland, or any two letters.",
        ),
    ] = None,
    as_json: JsonOneOption = False,
) -> None:
    """Where to find help right now: helplines and your partners. Example: peerjob support --country GB.

    First what your plan says you do and who you call (peerjob plan), and your
    own lines (peerjob support add), then your country's lines (peerjob config
    set country CODE; asked once on a terminal), then findahelpline.com, which
    lists free helplines everywhere, then your partners.
    """
    if ctx.invoked_subcommand is not None:
        return
    from peerjob.actions.support import find_support
    from peerjob.domain.helplines import parse_country
    from peerjob.render.support import support_shown

    problem = None
    try:
        chosen = parse_country(country) if country is not None else None
    except PeerjobError as refused:  # help first, whatever was typed; the refusal after it
        chosen, problem = None, refused
    settings_readable = True
    try:
        saved = cx.settings().country
    except PeerjobError:
        saved, settings_readable = "", False  # a broken settings file must not stand between anyone and help
    ask_country = (
        chosen is None and problem is None and saved == "" and settings_readable and cx.interactive() and not as_json
    )

    # Help comes first and never waits on a question: an encrypted file opens here only with a
    # passphrase already given (PEERJOB_PASSPHRASE, the keyring), never with a prompt.
    cx.set_no_input(True)
    with_contacts = find_support(cx.db_path(), chosen or saved)  # never creates or changes the file; any state reads
    support_shown(with_contacts, as_json=as_json)
    if problem is not None:
        raise problem
    if ask_country:
        _ask_country_once()


def _ask_country_once() -> None:
    """After the lines are shown (help never waits on a question): which country, for next time too."""
    from peerjob.config import save_setting
    from peerjob.domain.helplines import NO_COUNTRY, helplines_for, parse_country
    from peerjob.errors import BadInput
    from peerjob.render.console import say
    from peerjob.render.support import country_saved, helplines_shown

    while True:
        try:
            answer = typer.prompt(
                "Which country are you in? Two letters like US, GB, CA or IE, or scotland (Enter to skip)",
                default="",
                show_default=False,
                err=True,
            )
        except (typer.Abort, EOFError):
            return  # the lines are on screen already: leaving the question is fine, and asked again next time
        try:
            code = parse_country(answer)
        except BadInput as problem:
            say(problem.message)
            continue
        break
    save_setting(cx.db_path(), "country", code)
    if code != NO_COUNTRY:
        helplines_shown(helplines_for(code)[:-1])
    country_saved(code)


def support_add(
    name: Annotated[str, typer.Argument(metavar="NAME", help="Who or what: your sponsor, a local group, a warmline.")],
    contact: Annotated[str, typer.Argument(metavar="CONTACT", help="How to reach them: a number, an address, a link.")],
    note: Annotated[str | None, typer.Option("--note", help="When or how: 'evenings', 'Thursdays 7pm'.")] = None,
) -> None:
    """Add a line of your own; support lists yours first. Example: peerjob support add "My sponsor" 555-0100."""
    from peerjob.actions.wellness import add_support_line
    from peerjob.render.support import line_added

    with cx.database(write=True) as conn:
        line_id = add_support_line(conn, name, contact, (note or "").strip() or None)
    line_added(line_id)


def support_list(as_json: JsonOneOption = False) -> None:
    """List your own support lines, with their IDs. Example: peerjob support list."""
    from peerjob.actions.wellness import list_support_lines
    from peerjob.render.support import lines_listed

    with cx.database(write=False) as conn:
        lines = list_support_lines(conn)
    lines_listed(lines, as_json=as_json)
