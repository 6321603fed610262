"""The one place where errors become a message on stderr and an exit code.

Known problems (PeerjobError, usage errors) get one line saying what was
wrong and what to type instead; exit 2 for bad input, 1 otherwise. Anything
unexpected gets a short note, and a traceback only with PEERJOB_DEBUG=1.
"""

from __future__ import annotations

import errno
import os
import sqlite3
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


def _database_error_message(error: Exception) -> str:
    """What to say when SQLite reports a problem mid-command: damaged only if it really is."""
    from peerjob.cli.context import db_path
    from peerjob.store.db import damaged_message, inspect

    try:
        path = db_path()
        state = inspect(path, check=True)  # SQLite's own recovery first, then a quick_check
    except Exception:  # saying something useful matters more here than why the check failed
        return f"The data file could not be used ({error}). Nothing from this command was saved."
    if state.kind == "damaged":
        return damaged_message(path, state.why)
    return f"The data file could not be used ({error}). Nothing from this command was saved; the file checks out, so try again."


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
        except sqlite3.Error as error:
            if debug_enabled():
                raise
            from peerjob.store.db import is_disk_full

            if is_disk_full(error):
                from peerjob.errors import DiskFull

                _say(DiskFull().message)
            elif isinstance(error, sqlite3.OperationalError) and ("locked" in str(error) or "busy" in str(error)):
                _say("The data file is busy with another peerjob command. Nothing was changed; try again in a moment.")
            elif isinstance(error, sqlite3.IntegrityError):
                # Another peerjob command changed the same records meanwhile (deleted an application, say).
                _say(f"Something this command refers to changed while it ran ({error}). Nothing was saved; please run it again.")
            else:
                _say(_database_error_message(error))
            return 1
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
            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                from peerjob.errors import DiskFull

                _say(DiskFull().message)
                return 1
            _say(f"{error.strerror or error}: {error.filename or ''}".rstrip(": ") + ".")
            return 1
        except Exception as error:  # a bug: say so plainly, keep the data safe
            if debug_enabled():
                raise
            _say(
                f"something unexpected went wrong ({type(error).__name__}: {error}). "
                f"Nothing from this command was saved. Run again with {DEBUG_ENV}=1 for details."
            )
            return 1
