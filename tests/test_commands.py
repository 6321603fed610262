"""The table of commands (peerjob.cli.commands) says what the command modules register.

`peerjob --help` is printed from that table without importing the modules,
so these tests fail when the two drift apart: a command a module registers
but the table lacks (or the other way round), another module, other help
text or other visibility.
"""

import importlib
import pkgutil

import pytest
import typer
from typer._click.utils import make_default_short_help

import peerjob.cli
from peerjob.cli import app
from peerjob.cli.commands import COMMANDS, Entry, registered

WIDTHS = (40, 80, 120, 200)


def command_modules() -> list[str]:
    """Every module under peerjob.cli that registers commands."""
    found = []
    for info in pkgutil.iter_modules(peerjob.cli.__path__):
        module = importlib.import_module(f"peerjob.cli.{info.name}")
        if hasattr(module, "register"):
            found.append(info.name)
    return sorted(found)


def registered_commands() -> dict[str, tuple[str, typer.core.TyperCommand]]:
    """name -> (module, click command), built from each module's register() the way typer builds the app."""
    found = {}
    for module in command_modules():
        group = typer.main.get_group(registered(module))
        for name, command in group.commands.items():
            assert name not in found, f"{name!r} is registered by both {found[name][0]} and {module}"
            found[name] = (module, command)
    return found


def test_the_table_names_every_registered_command_and_no_other():
    assert sorted(registered_commands()) == sorted(COMMANDS)


def test_the_table_knows_each_commands_module_help_and_visibility():
    for name, (module, command) in registered_commands().items():
        entry = COMMANDS[name]
        assert entry.module == module, f"{name}: the table says peerjob.cli.{entry.module}, it is in {module}"
        assert entry.hidden == bool(command.hidden), f"{name}: hidden is {command.hidden} in {module}"
        assert entry.help == command.get_short_help_str(10**6), f"{name}: the table's help is not its first sentence"
        for limit in range(10, 120):  # the stand-in shortens exactly like the command would
            assert make_default_short_help(entry.help, limit).strip() == command.get_short_help_str(limit), (
                name,
                limit,
            )


def test_every_module_in_the_table_registers_commands():
    assert {entry.module for entry in COMMANDS.values()} <= set(command_modules())


def help_text(group, width: int) -> str:
    ctx = typer.Context(group, info_name="peerjob", terminal_width=width, max_content_width=width)
    return group.get_help(ctx)


@pytest.mark.parametrize("width", WIDTHS)
def test_help_from_the_table_matches_help_from_the_loaded_commands(width):
    lazy = typer.main.get_command(app)
    eager = typer.main.get_command(app)
    ctx = typer.Context(eager)
    for name in eager.list_commands(ctx):
        eager.get_command(ctx, name)  # loads every command module
    assert set(eager.commands) == set(COMMANDS) and not lazy.commands
    assert help_text(lazy, width) == help_text(eager, width)
    assert not lazy.commands, "--help loaded a command"


def listed(help_text: str) -> list[str]:
    """The command names `peerjob --help` lists, under its headings, in order."""
    commands = help_text.split("\nEvery day:", 1)[1].split("\n  More:", 1)[0]  # the closing lines are not commands
    return [line.split()[0] for line in commands.splitlines() if line.startswith("  ")]


def test_help_lists_every_command_in_the_tables_order(peerjob):
    shown = peerjob.ok("--help").stdout
    assert listed(shown) == [name for name, entry in COMMANDS.items() if not entry.hidden]
    headings = [line for line in shown.splitlines() if line.endswith(":") and not line.startswith(" ")]
    assert headings == [
        "Options:",
        "Every day:",
        "Your week:",
        "Looking after yourself:",
        "Interview toolkit:",
        "Your data:",
    ]


def test_a_hidden_command_stays_out_of_help_and_still_runs(monkeypatch):
    # Through the Typer app, which builds a tree of its own on every call: the
    # session's shared tree may have loaded `where` already.
    from typer.testing import CliRunner

    from peerjob.cli import app

    monkeypatch.setitem(COMMANDS, "where", COMMANDS["where"]._replace(hidden=True))
    runner = CliRunner()
    names = listed(runner.invoke(app, ["--help"]).stdout)
    assert "where" not in names and "config" in names
    assert runner.invoke(app, ["where"]).stdout


def test_an_unknown_command_is_suggested_from_every_name(peerjob):
    result = peerjob("boundry")
    assert result.exit_code == 2
    assert "Did you mean 'boundary'?" in result.stderr


def test_a_table_entry_whose_module_lacks_the_command_is_a_clear_error(monkeypatch):
    from peerjob.cli.commands import load

    monkeypatch.setitem(COMMANDS, "nothing-here", Entry("system", "Nothing."))
    with pytest.raises(LookupError, match="registers no command 'nothing-here'"):
        load("nothing-here", rich_markup_mode=None, suggest_commands=True)
