"""What `where` and `config` print."""

from __future__ import annotations

from typing import Any

from peerjob.render.console import out, print_json, say


def where_shown(info: dict[str, Any], *, as_json: bool) -> None:
    if as_json:
        print_json(info)
        return
    out().print(info["database"], markup=False, highlight=False)
    if not info["exists"]:
        say("(not created yet: the first command that saves something will create it, owner-only)")
    elif info["encrypted"]:
        say("(encrypted: commands ask for its passphrase on a terminal, or read PEERJOB_PASSPHRASE)")


def settings_shown(current: dict[str, Any], *, as_json: bool) -> None:
    if as_json:
        print_json(current)
        return
    for key, setting in current.items():
        out().print(f"{key} = {setting}", markup=False)


def setting_shown(value: object) -> None:
    out().print(str(value), markup=False)


def setting_saved(name: str, value: object) -> None:
    say(f"Saved: {name} = {value}")
