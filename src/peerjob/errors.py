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


class NotFound(BadInput):
    """An ID or name that does not exist."""


class DataFileError(PeerjobError):
    """The data file is missing, not ours, corrupt, or from a newer peerjob."""
