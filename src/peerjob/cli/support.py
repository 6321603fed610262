"""`peerjob support`: where to find help right now."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import JsonOneOption
from peerjob.errors import PeerjobError


def register(app: typer.Typer) -> None:
    app.command()(support)


def support(
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

    The lines are your country's (peerjob config set country CODE; asked once on a terminal),
    then findahelpline.com, which lists free helplines everywhere.
    """
    from peerjob.actions.support import find_support
    from peerjob.domain.helplines import parse_country
    from peerjob.render.support import support_shown

    chosen = parse_country(country) if country is not None else None
    try:
        saved = cx.settings().country
    except PeerjobError:
        saved = ""  # a broken settings file must not stand between anyone and help
    ask_country = chosen is None and saved == "" and cx.interactive() and not as_json

    # Help comes first and never waits on a question: an encrypted file opens here only with a
    # passphrase already given (PEERJOB_PASSPHRASE, the keyring), never with a prompt.
    cx.set_no_input(True)
    with_contacts = find_support(cx.db_path(), chosen or saved)  # never creates or changes the file; any state reads
    support_shown(with_contacts, as_json=as_json)
    if ask_country:
        _ask_country_once()


def _ask_country_once() -> None:
    """After the lines are shown (help never waits on a question): which country, for next time too."""
    from peerjob.config import save_setting
    from peerjob.domain.helplines import NO_COUNTRY, helplines_for, parse_country
    from peerjob.errors import BadInput
    from peerjob.render.support import country_saved, helplines_shown

    answer = typer.prompt(
        "Which country are you in? Two letters like US, GB, CA or IE, or scotland (Enter to skip)",
        default="",
        show_default=False,
        err=True,
    )
    try:
        code = parse_country(answer)
    except BadInput as problem:
        from peerjob.render.console import say

        say(f"{problem.message} Nothing was saved; peerjob asks again next time.")
        return
    save_setting(cx.db_path(), "country", code)
    if code != NO_COUNTRY:
        helplines_shown(helplines_for(code)[:-1])
    country_saved(code)
