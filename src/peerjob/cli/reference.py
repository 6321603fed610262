"""The command reference, docs/commands.md, and the man page, docs/peerjob.1, written from the command tree.

Run `python -m peerjob.cli.reference > docs/commands.md` and
`python -m peerjob.cli.reference --man > docs/peerjob.1` after changing a
command; tests/test_help.py fails while the files and the tree disagree.
Every help is laid out for 80 columns, whatever the terminal, and the page
carries no build date, so the files do not change with the machine or the
day that wrote them.

The man page is ours rather than click-man's: click-man 0.6 walks click's
own classes, and typer 0.29 builds on a copy of click (typer._click), so it
found only the top-level command and none of the options.
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


def _commands():
    """(path, help text) for every visible command, the top level first."""
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
    for path, command, command_ctx in _walk(root, ctx, ("peerjob",)):
        yield path, command.get_help(command_ctx).rstrip()


def reference() -> str:
    parts = [
        "# peerjob command reference\n\n",
        "Written from the command tree by `python -m peerjob.cli.reference`;\n",
        "each section is that command's `--help`.\n",
    ]
    for path, text in _commands():
        parts.append(f"\n## {' '.join(path)}\n\n```text\n{text}\n```\n")
    return "".join(parts)


def _roff(text: str) -> str:
    """Text as roff reads it literally: backslashes doubled, a leading dot or quote kept from being a request."""
    lines = []
    for line in text.replace("\\", "\\e").split("\n"):
        lines.append("\\&" + line if line.startswith((".", "'")) else line)
    return "\n".join(lines)


def man_page() -> str:
    """peerjob(1): what it is, every command's help as `--help` prints it, the environment and exit codes."""
    from peerjob import __version__
    from peerjob.cli.system import ENVIRONMENT, EXIT_CODES

    commands = list(_commands())
    (_, top), rest = commands[0], commands[1:]
    lines = [
        '.\\" Written from the command tree by `python -m peerjob.cli.reference --man`; do not edit.',
        f'.TH PEERJOB 1 "" "peerjob {__version__}" "User Commands"',
        ".nh",  # no hyphenation: command names stay whole
        ".SH NAME",
        "peerjob \\- a private job-search companion that counts effort, not only outcomes",
        ".SH SYNOPSIS",
        ".B peerjob",
        "[\\fIOPTIONS\\fR] [\\fICOMMAND\\fR [\\fIARGS\\fR]...]",
        ".SH DESCRIPTION",
        "With no command, peerjob shows what is due today, this week so far, and one small next step.",
        "Everything stays in one local file; nothing is sent anywhere.",
        "Each section below is that command's",
        ".B \\-\\-help",
        "(also",
        '.BR "peerjob help COMMAND" ).',
        ".PP",
        ".nf",
        _roff(top),
        ".fi",
        ".SH COMMANDS",
    ]
    for path, text in rest:
        lines += [f".SS {' '.join(path)}", ".nf", _roff(text), ".fi"]
    lines.append(".SH ENVIRONMENT")
    for name, what in ENVIRONMENT:
        lines += [".TP", f".B {_roff(name)}", _roff(what)]
    lines.append(".SH EXIT STATUS")
    for code, what in EXIT_CODES:
        lines += [".TP", f".B {code}", _roff(what)]
    lines += [
        ".SH FILES",
        ".TP",
        ".I ~/.local/share/peerjob/peerjob.db",
        "the data file (",
        '.BR "peerjob where" ),',
        "owner-only",
        ".TP",
        ".I ~/.config/peerjob/config.toml",
        "settings, if any",
        ".SH SEE ALSO",
        "The README, and docs/commands.md in the source.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(man_page() if sys.argv[1:] == ["--man"] else reference())
