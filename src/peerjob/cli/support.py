"""`peerjob support`: where to find help right now."""

from __future__ import annotations

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import JsonOneOption


def register(app: typer.Typer) -> None:
    app.command()(support)


def support(as_json: JsonOneOption = False) -> None:
    """Where to find help right now: helplines and your partners. Example: peerjob support."""
    from peerjob.actions.support import find_support
    from peerjob.render.support import support_shown

    # Help comes first and never waits on a question: an encrypted file opens here only with a
    # passphrase already given (PEERJOB_PASSPHRASE, the keyring), never with a prompt.
    cx.set_no_input(True)
    with_contacts = find_support(cx.db_path())  # never creates or changes the file; any state reads
    support_shown(with_contacts, as_json=as_json)
