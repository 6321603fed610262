"""The one place where errors become a message on stderr and an exit code.

Known problems (PeerjobError, usage errors) get one line saying what was
wrong and what to type instead; exit 2 for bad input, 1 otherwise. Anything
unexpected gets a short note, and a traceback only with PEERJOB_DEBUG=1.
"""

from __future__ import annotations

import errno
import os
import sys

from typer import exceptions as typer_exceptions
from typer._click import exceptions as click_exceptions
from typer.core import TyperGroup

from peerjob.errors import Interrupted, PeerjobError

DEBUG_ENV = "PEERJOB_DEBUG"


def debug_enabled() -> bool:
    return os.environ.get(DEBUG_ENV, "").strip().lower() not in ("", "0", "false", "no")


def _say(message: str) -> None:
    try:
        sys.stderr.write(f"peerjob: {message}\n")
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


def _usage_message(error: click_exceptions.UsageError) -> str:
    command = error.ctx.command_path if error.ctx is not None else "peerjob"
    message = error.format_message().rstrip(".")
    return f"{message}. See '{command} --help'."


class PeerjobGroup(TyperGroup):
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
