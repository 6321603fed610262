"""The root command: the one place where errors become a message on stderr and
an exit code, and the group that imports a command's module only when it runs.

Known problems (PeerjobError, usage errors) get one line saying what was
wrong and what to type instead; exit 2 for bad input, 1 otherwise. Anything
unexpected gets a short note, and a traceback only with PEERJOB_DEBUG=1.

Commands load lazily (click's "Lazily Loading Subcommands"): the names, order
and short help come from the table in peerjob.cli.commands, so `peerjob
--help` imports no command module, and `peerjob log` imports only the module
that holds `log`.
"""

from __future__ import annotations

import errno
import os
import re
import sys
from difflib import get_close_matches

from typer import exceptions as typer_exceptions
from typer._click import exceptions as click_exceptions
from typer._click.utils import make_default_short_help
from typer.core import TyperGroup

from peerjob.cli import plain_help
from peerjob.cli.commands import COMMANDS, SECTIONS, Entry, load
from peerjob.errors import Interrupted, PeerjobError

plain_help.apply()

DEBUG_ENV = "PEERJOB_DEBUG"


def debug_enabled() -> bool:
    return os.environ.get(DEBUG_ENV, "").strip().lower() not in ("", "0", "false", "no")


def _visible(message: str) -> str:
    """Control characters from the person's input (a CSV cell, an argument) shown as escapes.

    An error line quotes what was typed; raw, an escape sequence could
    restyle or rewrite the terminal, and a line separator would split the
    one-line message in two.
    """
    if message.isprintable():
        return message
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in message)


def _say(message: str) -> None:
    try:
        sys.stderr.write(f"peerjob: {_visible(message)}\n")
        sys.stderr.flush()
    except (OSError, ValueError):  # the terminal is gone (a hang-up): nobody to tell
        pass


def _raise_interrupted(signum: int, _frame: object) -> None:
    raise Interrupted(signum)


def _handle_hangup_and_terminate() -> None:
    """SIGHUP (the terminal closed) and SIGTERM unwind like Ctrl-C.

    Python's default for both is to die on the spot, which would leave an
    editor's temp file with private words in $TMPDIR. Raising instead lets
    every ``finally`` run: temp files are removed, the transaction rolls back.
    """
    import signal

    for signum in (signal.SIGHUP, signal.SIGTERM):
        # Only from the main thread, and not where someone chose to ignore the signal (nohup).
        try:
            if signal.getsignal(signum) is signal.SIG_DFL:
                signal.signal(signum, _raise_interrupted)
        except ValueError:
            return


# What the libraries underneath say about a bad value, and how peerjob says it instead.
_VALUE_WORDS = (
    (re.compile(r"valid integer"), "{hint} takes a whole number, like 3"),
    (re.compile(r"less than or equal to (\S+)"), "{hint} can be at most {0}"),
    (re.compile(r"greater than or equal to (\S+)"), "{hint} must be at least {0}"),
    (re.compile(r"less than (\S+)"), "{hint} must be under {0}"),
    (re.compile(r"greater than (\S+)"), "{hint} must be over {0}"),
)


def _plain_bad_value(error: click_exceptions.BadParameter) -> str | None:
    """`Invalid value for 'ID': Input should be a valid integer...` in peerjob's words; None if unknown."""
    named = re.match(r"Invalid value for (.+?): ", error.format_message())
    hint = named.group(1).replace("'", "") if named else "That value"
    for pattern, words in _VALUE_WORDS:
        found = pattern.search(error.message)
        if found:
            return words.format(*found.groups(), hint=hint)
    return None


def _usage_message(error: click_exceptions.UsageError) -> str:
    command = error.ctx.command_path if error.ctx is not None else "peerjob"
    message = None
    if isinstance(error, click_exceptions.BadParameter):
        try:
            message = _plain_bad_value(error)
        except Exception:  # the plain words are a courtesy; the library's own still say what was wrong
            message = None
    message = (message or error.format_message()).rstrip(".")
    end = "" if message.endswith(("?", "!")) else "."  # never "Did you mean 'log'?."
    return f"{message}{end} See '{command} --help'."


class _Listed:
    """A table entry standing in for its command in the list of `peerjob --help`."""

    def __init__(self, entry: Entry) -> None:
        self.help, self.hidden = entry.help, entry.hidden

    def get_short_help_str(self, limit: int) -> str:
        # What Command.get_short_help_str gives for a command with this help and no short_help.
        return make_default_short_help(self.help, limit).strip()


class PeerjobGroup(TyperGroup):
    # --- lazy commands: the table names them; a command's module loads when it is needed.

    def list_commands(self, ctx) -> list[str]:
        return [*COMMANDS, *(name for name in self.commands if name not in COMMANDS)]

    def get_command(self, ctx, cmd_name: str):
        command = self.commands.get(cmd_name)
        if command is None and cmd_name in COMMANDS:
            command = load(cmd_name, rich_markup_mode=self.rich_markup_mode, suggest_commands=self.suggest_commands)
            self.commands[cmd_name] = command
        return command

    def _listed(self, name: str):
        """The command as the list in --help needs it: loaded already, or a stand-in from the table."""
        if name in self.commands or name not in COMMANDS:
            return self.commands.get(name)
        return _Listed(COMMANDS[name])

    def format_commands(self, ctx, formatter) -> None:
        # TyperGroup.format_commands, under short headings, with stand-ins rather than importing every command.
        commands = [
            (name, command)
            for name in self.list_commands(ctx)
            if (command := self._listed(name)) is not None and not command.hidden
        ]
        if not commands:
            return
        widest = max(len(name) for name, _command in commands)
        # What write_dl leaves for the text: the width less the indent (2), the names and the gap (2).
        limit = formatter.width - formatter.current_indent - 2 - 2 - widest
        by_name = dict(commands)
        placed: set[str] = set()
        for heading, names in (*SECTIONS, ("More", tuple(by_name))):
            rows = [
                (name.ljust(widest), by_name[name].get_short_help_str(limit))  # one column width for every heading
                for name in names
                if name in by_name and name not in placed
            ]
            if rows:
                placed.update(name.strip() for name, _help in rows)
                with formatter.section(heading):
                    formatter.write_dl(rows)

    def resolve_command(self, ctx, args):
        # TyperGroup.resolve_command, suggesting from every command's name rather than the loaded ones.
        try:
            return self._click_resolve_command(ctx, args)
        except click_exceptions.UsageError as error:
            if self.suggest_commands and args:
                matches = get_close_matches(args[0], self.list_commands(ctx))
                if matches:
                    suggestions = ", ".join(f"{match!r}" for match in matches)
                    error.message = f"{error.message.rstrip('.')}. Did you mean {suggestions}?"
            raise

    # --- errors: one line and an exit code.

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        _handle_hangup_and_terminate()
        code = self._run(args, prog_name or "peerjob", complete_var, **extra)
        if standalone_mode:
            sys.exit(code)
        return code

    def _run(self, args, prog_name, complete_var, **extra) -> int:
        try:
            result = super().main(
                args=args, prog_name=prog_name, complete_var=complete_var, standalone_mode=False, **extra
            )
            return result if isinstance(result, int) else 0
        except click_exceptions.NoArgsIsHelpError as error:
            # `peerjob partner` alone: its help, as written (not squeezed into one error line).
            sys.stderr.write(error.format_message() + "\n")
            return 2
        except click_exceptions.UsageError as error:
            _say(_usage_message(error))
            return 2
        except click_exceptions.ClickException as error:
            _say(error.format_message())
            return error.exit_code
        except typer_exceptions.Abort:
            _say("Stopped. Nothing was changed.")
            return 1
        except PeerjobError as error:
            if debug_enabled():
                raise
            _say(error.message)
            return error.exit_code
        except Interrupted as stop:
            return 128 + stop.signum
        except KeyboardInterrupt:
            sys.stderr.write("\n")
            return 130
        except OSError as error:
            if error.errno == errno.EPIPE:  # output piped into `head`, say
                return 0
            if debug_enabled():
                raise
            known = _storage_error(error)
            if known is not None:
                _say(known.message)
                return known.exit_code
            _say(f"{error.strerror or error}: {error.filename or ''}".rstrip(": ") + ".")
            return 1
        except Exception as error:
            if debug_enabled():
                raise
            known = _storage_error(error)
            if known is not None:
                _say(known.message)
                return known.exit_code
            # A bug: say so plainly, keep the data safe.
            _say(
                f"something unexpected went wrong ({type(error).__name__}: {error}). "
                f"Nothing from this command was saved. Run again with {DEBUG_ENV}=1 for details."
            )
            return 1


def _storage_error(error: BaseException):
    """The data file's own errors (SQLite's, a full disk) in words, from the store layer; None for others."""
    try:
        from peerjob.cli.context import db_path
        from peerjob.store.db import as_peerjob_error

        try:
            path = db_path()
        except Exception:  # saying something useful matters more here than where the file is
            path = None
        return as_peerjob_error(error, path)
    except Exception:
        return None
