"""Every command and sub-command has help text with an example."""

import re

import pytest
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


PYTHON_TYPES = re.compile(r"<(str|int|float|path|bool|list\[[^\]]*\]|[a-z]+ range)>|\{[A-Z_.]+\}|<=x<=|x>=")


def test_help_names_values_in_words_not_python_types(peerjob_command, peerjob, monkeypatch):
    """No `<str>`, `<int range>`, `<list[str]>`, `{ID}` or `0<=x<=1000` in any help."""
    monkeypatch.setenv("COLUMNS", "80")
    for path, _command in all_commands(peerjob_command):
        shown = peerjob.ok(*path, "--help").stdout
        assert not PYTHON_TYPES.search(shown), f"peerjob {' '.join(path)} --help:\n{shown}"
        for line in shown.splitlines():
            assert len(line) <= 80, f"peerjob {' '.join(path)} --help: {line!r}"


def test_each_commands_first_line_fits_at_80_columns(peerjob_command, peerjob, monkeypatch):
    """The one-line help in every command list is whole, not cut off with '...'."""
    monkeypatch.setenv("COLUMNS", "80")
    groups = [()] + [path for path, command in all_commands(peerjob_command) if hasattr(command, "commands")]
    for path in groups:
        shown = peerjob.ok(*path, "--help").stdout
        listing = shown.split("Commands:" if path else "Every day:")[-1]
        for line in listing.splitlines():
            assert not line.rstrip().endswith("..."), f"peerjob {' '.join(path)} --help cuts: {line!r}"
    assert "Every day:" in peerjob.ok("--help").stdout  # the root lists its commands under headings


def test_the_real_help_at_80_columns_cuts_nothing(subprocess_env):
    """The same in a real process, where the help's width comes from the terminal as click reads it."""
    import subprocess
    import sys

    shown = subprocess.run(
        [sys.executable, "-m", "peerjob", "--help"],
        env=dict(subprocess_env, COLUMNS="80"),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    cut = [line for line in shown.split("Every day:")[-1].splitlines() if line.rstrip().endswith("...")]
    assert cut == []


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("peerjob und", {"undo"}),  # commands
        ("peerjob win x --ki", {"--kind"}),  # options
        ("peerjob stage 3 int", {"interviewing"}),  # stage names
        ("peerjob win x --kind mo", {"mock-interview"}),  # kinds
        ("peerjob checkin Sam --channel in", {"in-person"}),
        ("peerjob partner add Sam --role me", {"mentor", "mentee"}),
        ("peerjob resource add Club --kind pe", {"peer-group"}),
    ],
)
def test_shell_completion_offers_commands_options_stages_and_kinds(peerjob, words, expected):
    """What the shell gets when it asks: peerjob run with these variables set (click's completion protocol)."""
    env = {"_PEERJOB_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
    done = peerjob.runner.invoke([], prog_name="peerjob", env=env)
    assert done.exit_code == 0, done.stderr
    assert set(done.stdout.split()) == expected


def test_review_help_offers_only_weeks_a_review_accepts(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    shown = peerjob.ok("review", "--help").stdout
    assert "next" not in shown.split("--week")[1].split("--json")[0]
    assert peerjob("review", "--week", "next").exit_code == 2
    assert "next" in peerjob.ok("goals", "--help").stdout  # goals can be planned ahead


@pytest.mark.parametrize(
    ("low", "high", "words"),
    [(0, 1000, "from 0 to 1000"), (1, None, "at least 1"), (None, 7, "at most 7"), (None, None, None)],
)
def test_ranges_are_said_in_words(low, high, words):
    from peerjob.cli.plain_help import _range_in_words

    assert _range_in_words(low, high) == words


@pytest.mark.parametrize("group", ["partner", "strength", "resource", "boundary", "application", "goals set"])
def test_a_group_alone_shows_its_help_as_written(peerjob, group):
    shown = peerjob(*group.split())
    if group == "goals set":  # not a group: it needs a goal
        assert shown.exit_code == 2 and "Name at least one goal" in shown.stderr
        return
    assert shown.exit_code == 2
    assert shown.stderr.startswith("Usage: peerjob ") and "\\n" not in shown.stderr and "Commands:" in shown.stderr


@pytest.mark.parametrize("words", [["log"], ["partner", "add"], ["undo"], []])
def test_help_command_is_the_same_as_dash_dash_help(peerjob, words):
    assert peerjob.ok("help", *words).stdout == peerjob.ok(*words, "--help").stdout


def test_help_environment_lists_every_variable_and_exit_code(peerjob):
    shown = peerjob.ok("help", "environment").stdout
    for name in (
        "PEERJOB_DB",
        "PEERJOB_CONFIG",
        "PEERJOB_TODAY",
        "PEERJOB_DEBUG",
        "NO_COLOR",
        "EDITOR",
        "XDG_DATA_HOME",
    ):
        assert name in shown
    assert "Exit codes:" in shown and "  2 " in shown
    assert "peerjob help COMMAND" in peerjob.ok("--help").stdout


def test_version_short_and_long(peerjob):
    assert peerjob.ok("-V").stdout == peerjob.ok("--version").stdout
    assert peerjob.ok("-V").stdout.startswith("peerjob ")


def test_help_for_an_unknown_command_says_so(assert_rejected):
    assert "peerjob help" in assert_rejected("help", "nope")


def test_the_command_reference_is_current():
    """docs/commands.md is written from the command tree; after changing a command, run:
    python -m peerjob.cli.reference > docs/commands.md"""
    from pathlib import Path

    from peerjob.cli.reference import reference

    written = (Path(__file__).parents[1] / "docs" / "commands.md").read_text(encoding="utf-8")
    assert written == reference(), "docs/commands.md is out of date: python -m peerjob.cli.reference > docs/commands.md"


def test_the_man_page_is_current_and_names_every_command():
    """docs/peerjob.1 comes from the same tree; after changing a command, run:
    python -m peerjob.cli.reference --man > docs/peerjob.1"""
    from pathlib import Path

    from peerjob.cli.commands import COMMANDS
    from peerjob.cli.reference import man_page

    page = man_page()
    written = (Path(__file__).parents[1] / "docs" / "peerjob.1").read_text(encoding="utf-8")
    assert written == page, "docs/peerjob.1 is out of date: python -m peerjob.cli.reference --man > docs/peerjob.1"
    for name, entry in COMMANDS.items():
        if not entry.hidden:
            assert f".SS peerjob {name}\n" in page, name
    for section in ("ENVIRONMENT", "EXIT STATUS", "FILES"):
        assert f".SH {section}\n" in page
    assert ".B PEERJOB_PLAIN\n" in page and ".B NO_COLOR\n" in page


def test_help_text_that_looks_like_roff_stays_text():
    from peerjob.cli.reference import _roff

    assert _roff(".TH not a request\n'also not\nC:\\path") == "\\&.TH not a request\n\\&'also not\nC:\\epath"


def test_man_renders_the_page_without_warnings(tmp_path):
    import shutil
    import subprocess
    from pathlib import Path

    if shutil.which("man") is None:  # pragma: no cover - CI and the dev machine have man-db
        pytest.fail("man is needed to check the man page: apt-get install man-db groff-base")
    page = Path(__file__).parents[1] / "docs" / "peerjob.1"
    shown = subprocess.run(
        ["man", "--warnings", "-l", str(page)],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "MANWIDTH": "80", "LC_ALL": "C.UTF-8", "MANPAGER": "cat"},
    )
    assert shown.returncode == 0 and shown.stderr == "", shown.stderr
    assert "peerjob log" in shown.stdout and "Record an application you just sent." in shown.stdout
