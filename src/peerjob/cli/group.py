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

from peerjob.errors import PeerjobError

DEBUG_ENV = "PEERJOB_DEBUG"


def debug_enabled() -> bool:
    return os.environ.get(DEBUG_ENV, "").strip().lower() not in ("", "0", "false", "no")


def _say(message: str) -> None:
    sys.stderr.write(f"peerjob: {message}\n")
    sys.stderr.flush()


def _usage_message(error: click_exceptions.UsageError) -> str:
    command = error.ctx.command_path if error.ctx is not None else "peerjob"
    message = error.format_message().rstrip(".")
    return f"{message}. See '{command} --help'."


class PeerjobGroup(TyperGroup):
    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
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
        except sqlite3.OperationalError as error:
            if debug_enabled():
                raise
            if "locked" in str(error) or "busy" in str(error):
                _say("The data file is busy with another peerjob command. Nothing was changed; try again in a moment.")
            else:
                _say(f"The data file could not be used ({error}). Nothing was changed.")
            return 1
        except sqlite3.IntegrityError as error:
            if debug_enabled():
                raise
            # Another peerjob command changed the same records meanwhile (deleted an application, say).
            _say(f"Something this command refers to changed while it ran ({error}). Nothing was saved; please run it again.")
            return 1
        except sqlite3.DatabaseError as error:
            if debug_enabled():
                raise
            _say(f"The data file looks damaged ({error}). Nothing was changed. `peerjob restore` can bring back a backup.")
            return 1
        except KeyboardInterrupt:
            sys.stderr.write("\n")
            return 130
        except OSError as error:
            if error.errno == errno.EPIPE:  # output piped into `head`, say
                return 0
            if debug_enabled():
                raise
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
