"""say() writes most lines without rich; those lines must be exactly what rich would write."""

import io
import itertools
import os
import pty
import string
import sys

import pytest

from peerjob.messages import CATALOGUE
from peerjob.render import console as output


class Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def rich_writes(message, style, tty):
    """What the stderr console of output._consoles writes for say(message, style)."""
    from rich.console import Console

    stream = Stream(tty)
    plain = {"color_system": None} if os.environ.get("NO_COLOR") else {}
    Console(file=stream, highlight=False, markup=False, **plain).print(
        message, style=style, markup=False, soft_wrap=True
    )
    return stream.getvalue()


class _Values(dict):
    def __missing__(self, key):
        return "x"


def catalogue_lines():
    """Every line of messages.py, filled in."""
    values = _Values(number=12, week=3, before=11, company="ACME", title="10 applications", days=5, name="Sam")
    for lines in CATALOGUE.values():
        for line in lines:
            yield string.Formatter().vformat(line, (), values)


TRICKY = [
    "",
    "Application 3 is in.",
    "a:b:c",
    "at 10:30: call",
    "Launch :rocket: day",
    ":smile:",
    "tab\there",
    "two\nlines",
    "trailing ",
    " leading",
    "wide 漢字 text",
    "cafe\u0301",
    "esc \x1b[31mred",
    "line\u2028sep",
    "nbsp\xa0here",
    "long " * 60 + "end",
    "[bold]not markup[/bold]",
    "bell\x07",
    "cr\rhere",
    "emoji 🎉 itself",
    "percent %s {braces}",
    "back\\slash",
]
STYLES = [None, "bold green", "italic", "bold", "dim"]
SETTINGS = {
    "piped, NO_COLOR": (dict(NO_COLOR="1"), False),
    "piped": (dict(NO_COLOR=None), False),
    "terminal, NO_COLOR": (dict(NO_COLOR="1", TERM="xterm-256color"), True),
    "terminal": (dict(NO_COLOR=None, TERM="xterm-256color"), True),
    "terminal, 16 colours": (dict(NO_COLOR=None, TERM="xterm"), True),
    "terminal, true colour": (dict(NO_COLOR=None, TERM="xterm", COLORTERM="truecolor"), True),
    "terminal, no TERM": (dict(NO_COLOR=None, TERM=None), True),
    "dumb terminal": (dict(NO_COLOR=None, TERM="dumb"), True),
    "narrow terminal": (dict(NO_COLOR=None, TERM="xterm", COLUMNS="20"), True),
    "empty NO_COLOR": (dict(NO_COLOR="", TERM="xterm"), True),
    "FORCE_COLOR": (dict(NO_COLOR=None, FORCE_COLOR="1"), False),
    "TTY_COMPATIBLE": (dict(NO_COLOR=None, TTY_COMPATIBLE="0"), True),
}


def apply(monkeypatch, env):
    for name, value in env.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)


@pytest.mark.parametrize("setting", SETTINGS)
def test_lines_written_without_rich_are_what_rich_writes(setting, monkeypatch):
    env, tty = SETTINGS[setting]
    apply(monkeypatch, env)
    for message, style in itertools.product([*TRICKY, *catalogue_lines()], STYLES):
        line = output._line_without_rich(message, style, Stream(tty))
        if line is not None:
            assert line == rich_writes(message, style, tty), (setting, message, style)


@pytest.mark.parametrize("setting", ["piped, NO_COLOR", "piped", "terminal", "terminal, NO_COLOR", "dumb terminal"])
def test_everyday_lines_need_no_rich(setting, monkeypatch):
    env, tty = SETTINGS[setting]
    apply(monkeypatch, env)
    for message in catalogue_lines():
        for style in (None, "bold green", "italic"):
            assert output._line_without_rich(message, style, Stream(tty)) is not None, (message, style)


@pytest.mark.parametrize("message", [":rocket: day", "tab\there", "two\nlines", "trailing ", "bell\x07"])
def test_lines_rich_would_change_are_left_to_rich(message):
    assert output._line_without_rich(message, "bold green", Stream(False)) is None


def test_settings_rich_treats_specially_are_left_to_rich(monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert output._line_without_rich("Application 3 is in.", "bold green", Stream(False)) is None


def test_a_colour_terminal_gets_the_celebration_in_bold_green(monkeypatch):
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("TERM", "xterm-256color")
    line = output._line_without_rich("Application 3 is in.", "bold green", Stream(True))
    assert line == "\x1b[1;32mApplication 3 is in.\x1b[0m\n"


def run_on_a_terminal(args, env):
    """Run peerjob attached to a pseudo-terminal; everything it wrote there."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: peerjob, attached to the terminal
        os.execvpe(sys.executable, [sys.executable, "-m", "peerjob", *args], env)
    screen = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        screen += chunk
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), screen.decode(errors="replace")


def test_log_on_a_colour_terminal_celebrates_in_bold_green(subprocess_env):
    env = dict(subprocess_env, PEERJOB_TODAY="2026-11-22", NO_COLOR="", TERM="xterm-256color")
    code, screen = run_on_a_terminal(["log", "ACME", "Support"], env)
    assert code == 0, screen
    assert screen.startswith("\x1b[1;32m") and screen.endswith("the hardest one.\x1b[0m\r\n"), repr(screen)
    assert screen.count("\x1b[") == 2, repr(screen)


def test_log_on_a_terminal_with_no_color_is_plain(subprocess_env):
    env = dict(subprocess_env, PEERJOB_TODAY="2026-11-22", NO_COLOR="1", TERM="xterm-256color")
    code, screen = run_on_a_terminal(["log", "ACME", "Support"], env)
    assert code == 0, screen
    assert "\x1b[" not in screen and screen.endswith("the hardest one.\r\n"), repr(screen)
