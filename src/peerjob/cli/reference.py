"""The command reference, docs/commands.md, written from the command tree itself.

Run `python -m peerjob.cli.reference > docs/commands.md` after changing a
command; tests/test_help.py fails while the file and the tree disagree. Every
help is laid out for 80 columns, whatever the terminal, so the file does not
change with the machine that wrote it.
"""

from __future__ import annotations

WIDTH = 80


def _walk(command, ctx, path):
    yield path, command, ctx
    if hasattr(command, "list_commands"):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is None or sub.hidden:
                continue
            sub_ctx = sub.make_context(name, [], parent=ctx, resilient_parsing=True)
            yield from _walk(sub, sub_ctx, (*path, name))


def reference() -> str:
    import typer
    from typer._click import Context

    from peerjob.cli import app

    root = typer.main.get_command(app)
    ctx = Context(
        root,
        info_name="peerjob",
        terminal_width=WIDTH,
        max_content_width=WIDTH,
        resilient_parsing=True,
        help_option_names=["-h", "--help"],
    )
    parts = [
        "# peerjob command reference\n\n",
        "Written from the command tree by `python -m peerjob.cli.reference`;\n",
        "each section is that command's `--help`.\n",
    ]
    for path, command, command_ctx in _walk(root, ctx, ("peerjob",)):
        parts.append(f"\n## {' '.join(path)}\n\n```text\n{command.get_help(command_ctx).rstrip()}\n```\n")
    return "".join(parts)


if __name__ == "__main__":
    import sys

    sys.stdout.write(reference())
