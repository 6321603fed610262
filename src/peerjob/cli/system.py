"""Commands about peerjob itself: where the data lives, settings."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import JsonOneOption


def register(app: typer.Typer) -> None:
    app.command()(where)
    # ignore_unknown_options: "config isolation_days -1" reaches the range check instead of "No such option: -1".
    app.command(context_settings={"ignore_unknown_options": True})(config)


def where(as_json: JsonOneOption = False) -> None:
    """Print where your data file and settings live. Example: peerjob where."""
    from peerjob.config import settings_file
    from peerjob.render.system import where_shown

    path = cx.db_path()
    where_shown({"database": str(path), "exists": path.exists(), "settings": str(settings_file(path))}, as_json=as_json)


def config(
    name: Annotated[str | None, typer.Argument(help="A setting's name, to change it.", show_default=False)] = None,
    value: Annotated[str | None, typer.Argument(help="Its new value.", show_default=False)] = None,
    as_json: JsonOneOption = False,
) -> None:
    """Show settings, or change one. Example: peerjob config follow_up_after_days 10."""
    from dataclasses import asdict

    from peerjob.config import check_value, save_setting
    from peerjob.render.system import setting_saved, setting_shown, settings_shown

    if name is None:
        settings_shown(asdict(cx.settings()), as_json=as_json)
        return
    if value is None:
        check_value(name, "0" if name != "week_starts_on" else "monday")  # unknown names fail here
        setting_shown(getattr(cx.settings(), name))
        return
    updated = save_setting(cx.db_path(), name, value)
    setting_saved(name, getattr(updated, name))
