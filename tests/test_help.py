"""Every command and sub-command has help text with an example."""

import typer

from peerjob.cli import app


def all_commands(group, prefix=()):
    # list_commands/get_command, not group.commands: the root group loads its commands lazily.
    ctx = typer.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        path = (*prefix, name)
        yield path, command
        if hasattr(command, "commands"):
            yield from all_commands(command, path)


def test_every_command_has_help_with_an_example(peerjob):
    root = typer.main.get_command(app)
    paths = list(all_commands(root))
    assert len(paths) >= 9
    for path, command in paths:
        assert command.help, f"peerjob {' '.join(path)} has no help text"
        if not hasattr(command, "commands"):
            shown = peerjob.ok(*path, "--help").stdout
            assert "Example" in shown, f"peerjob {' '.join(path)} --help gives no example"
