"""Commands about peerjob itself: where the data lives, settings."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import JsonOneOption


def register(app: typer.Typer) -> None:
    app.command("help")(help_command)
    app.command()(where)
    # ignore_unknown_options: "config isolation_days -1" reaches the range check instead of "No such option: -1".
    app.command(context_settings={"ignore_unknown_options": True})(config)


def where(as_json: JsonOneOption = False) -> None:
    """Print where your data file and settings live. Example: peerjob where.

    Also says whether the file is encrypted (peerjob encrypt), without asking for its passphrase.
    """
    from peerjob.config import settings_file
    from peerjob.render.system import where_shown

    path = cx.db_path()
    where_shown(
        {
            "database": str(path),
            "exists": path.exists(),
            "encrypted": cx.is_encrypted(path),
            "settings": str(settings_file(path)),
        },
        as_json=as_json,
    )


def config(
    name: Annotated[str | None, typer.Argument(help="A setting's name, to change it.", show_default=False)] = None,
    value: Annotated[str | None, typer.Argument(help="Its new value.", show_default=False)] = None,
    extra: Annotated[str | None, typer.Argument(hidden=True, help="With 'set': the value.", show_default=False)] = None,
    as_json: JsonOneOption = False,
) -> None:
    """Show settings, or change one. Example: peerjob config follow_up_after_days 10."""
    from dataclasses import asdict

    from peerjob.config import check_value, save_setting
    from peerjob.render.system import setting_saved, setting_shown, settings_shown

    # `config set NAME VALUE` and `config get NAME`, as other tools spell it, mean the same.
    if name == "set" and value is not None and extra is not None:
        name, value, extra = value, extra, None
    elif name == "get" and value is not None and extra is None:
        name, value = value, None
    if name is not None:
        name = name.replace("-", "_")  # load-note, week-starts-on: as other tools spell settings
    if extra is not None:
        from peerjob.errors import BadInput

        raise BadInput(f"config takes a name and a value, for example: peerjob config {name} VALUE")

    if name is None:
        settings_shown(asdict(cx.settings()), as_json=as_json)
        return
    if value is None:
        from peerjob.config import SETTING_NAMES

        if name not in SETTING_NAMES:
            check_value(name, "")  # says which settings there are
        setting_shown(getattr(cx.settings(), name))
        return
    check_value(name, value)  # a wrong value is refused before anything is moved or written
    cx.settings()  # settings from an older version's place are brought over first, so none are dropped
    updated = save_setting(cx.db_path(), name, value)
    setting_saved(name, getattr(updated, name))


ENVIRONMENT = (
    ("PEERJOB_DB", "the data file to use (--db wins over it)"),
    ("PEERJOB_CONFIG", "the settings file to use (else $XDG_CONFIG_HOME/peerjob/config.toml)"),
    ("PEERJOB_PASSPHRASE", "the passphrase of an encrypted data file (else asked on a terminal)"),
    ("PEERJOB_NEW_PASSPHRASE", "the new passphrase for `peerjob passphrase` without a terminal"),
    ("PEERJOB_TODAY", "pin today's date (YYYY-MM-DD), for demos and tests"),
    ("PEERJOB_DEBUG", "1 shows a traceback for an unexpected error"),
    ("PEERJOB_NO_INPUT", "1: never ask anything, even on a terminal (as --no-input)"),
    ("PEERJOB_PLAIN", "1: plain text even on a terminal (listings as tab-separated lines, the rest in words)"),
    ("PAGER", "the pager for long listings on a terminal (default less -FRX)"),
    ("COLUMNS, LINES", "the terminal's size, when it can't be asked"),
    ("NO_COLOR", "any value: no colour or bold, plain text"),
    ("VISUAL, EDITOR", "the editor for journal entries and stories"),
    ("XDG_DATA_HOME", "where the data folder goes when PEERJOB_DB is not set"),
    ("XDG_CONFIG_HOME", "where the settings folder goes when PEERJOB_CONFIG is not set"),
)
EXIT_CODES = (
    ("0", "done"),
    ("1", "stopped, or a problem with the data file; nothing changed"),
    ("2", "input peerjob can't use; the message says what to type"),
    ("129, 143", "hung up or terminated; the command's changes rolled back"),
    ("130", "Ctrl-C outside a question"),
)


def help_command(
    ctx: typer.Context,
    words: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[COMMAND]...", help="A command (and sub-command), or 'environment'.", show_default=False
        ),
    ] = None,
) -> None:
    """Help for any command; 'help environment' for variables. The same as --help, with exit codes too. Example: peerjob help log."""
    from peerjob.errors import BadInput

    words = words or []
    if words == ["environment"]:
        width = max(len(name) for name, _ in ENVIRONMENT + EXIT_CODES)
        lines = ["Environment variables peerjob reads:"]
        lines += [f"  {name.ljust(width)}  {what}" for name, what in ENVIRONMENT]
        lines += ["", "Exit codes:"]
        lines += [f"  {code.ljust(width)}  {what}" for code, what in EXIT_CODES]
        typer.echo("\n".join(lines))
        return
    parent = ctx.parent
    assert parent is not None  # help is always run under peerjob
    command, current = parent.command, parent
    for word in words:
        found = command.get_command(current, word) if hasattr(command, "get_command") else None
        if found is None:
            raise BadInput(f"There is no command '{' '.join(words)}'. `peerjob help` lists them.")
        current = found.make_context(word, [], parent=current, resilient_parsing=True)
        command = found
    typer.echo(command.get_help(current))
