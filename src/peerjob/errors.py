"""Errors that the CLI turns into one line on stderr and an exit code.

Anything raised as a PeerjobError is a known situation with a message written
for the person at the keyboard; everything else is a bug and gets a short
apology (and a traceback with PEERJOB_DEBUG=1).
"""


class PeerjobError(Exception):
    """A known problem; the message says what was wrong and what to do."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadInput(PeerjobError):
    """The person typed something we cannot use (exit 2, like a usage error)."""

    exit_code = 2


class SameJob(BadInput):
    """The same company and role is already there from the last 60 days (``earlier``: that application)."""

    def __init__(self, message: str, earlier: object, *, said: str) -> None:
        super().__init__(message)
        self.earlier = earlier
        self.said = said  # the first half alone, for the question asked on a terminal


class NotFound(BadInput):
    """An ID or name that does not exist."""


class DataFileError(PeerjobError):
    """The data file is missing, not ours, corrupt, or from a newer peerjob."""


class DiskFull(PeerjobError):
    """The disk filled up while writing; SQLite rolled the whole command back."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "The disk is full, so nothing from this command was saved; your data file is as it was before. "
            "Free some space and run the command again."
        )


class Interrupted(BaseException):
    """SIGHUP or SIGTERM arrived: unwind like Ctrl-C (temp files go, the transaction rolls back).

    A BaseException, like KeyboardInterrupt, so that no ``except Exception``
    on the way swallows it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
