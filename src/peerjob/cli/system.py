"""Commands about peerjob itself: where the data lives, settings."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import JsonOneOption
from peerjob.render.console import out, print_json, say


def register(app: typer.Typer) -> None:
    app.command()(where)
    # ignore_unknown_options: "config isolation_days -1" reaches the range check instead of "No such option: -1".
    app.command(context_settings={"ignore_unknown_options": True})(config)


def where(as_json: JsonOneOption = False) -> None:
    """Print where your data file and settings live. Example: peerjob where."""
    from peerjob.config import settings_file

    path = cx.db_path()
    info = {"database": str(path), "exists": path.exists(), "settings": str(settings_file(path))}
    if as_json:
        print_json(info)
    else:
        out().print(str(path), markup=False, highlight=False)
        if not path.exists():
            say("(not created yet: the first command that saves something will create it, owner-only)")


def config(
    name: Annotated[str | None, typer.Argument(help="A setting's name, to change it.", show_default=False)] = None,
    value: Annotated[str | None, typer.Argument(help="Its new value.", show_default=False)] = None,
    as_json: JsonOneOption = False,
) -> None:
    """Show settings, or change one. Example: peerjob config follow_up_after_days 10."""
    from dataclasses import asdict

    from peerjob.config import check_value, save_setting

    if name is None:
        current = asdict(cx.settings())
        if as_json:
            print_json(current)
        else:
            for key, setting in current.items():
                out().print(f"{key} = {setting}", markup=False)
        return
    if value is None:
        check_value(name, "0" if name != "week_starts_on" else "monday")  # unknown names fail here
        out().print(str(getattr(cx.settings(), name)), markup=False)
        return
    updated = save_setting(cx.db_path(), name, value)
    say(f"Saved: {name} = {getattr(updated, name)}")
