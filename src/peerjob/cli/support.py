"""`peerjob support`: where to find help right now."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx


def register(app: typer.Typer) -> None:
    app.command()(support)


def support(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Where to find help right now: helplines, and your partners' contacts. Example: peerjob support."""
    from peerjob.actions.support import find_support
    from peerjob.render.support import support_shown

    try:
        path = cx.db_path()
    except Exception:  # help must print whatever the settings say
        path = None
    result = find_support(path) if path is not None else None
    if result is None:
        from peerjob.actions.support import SupportShown
        from peerjob.domain.selfcare import HELPLINES

        result = SupportShown(helplines=[dict(line) for line in HELPLINES], partners=None)
    support_shown(result, as_json=as_json)
