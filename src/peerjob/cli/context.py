"""What every command needs: the data file, settings, today, a transaction."""

from __future__ import annotations

import contextlib
import os
import sys
from datetime import date
from pathlib import Path
from typing import overload

from peerjob.config import Settings, load_settings
from peerjob.errors import BadInput, PeerjobError
from peerjob.paths import resolve_db_path

TODAY_ENV = "PEERJOB_TODAY"  # pins "today" for demos and tests

# Set by the root callback from --db; read through db_path().
_db_option: str | None = None


def set_db_option(value: str | None) -> None:
    global _db_option
    _db_option = value


def db_path() -> Path:
    return resolve_db_path(_db_option)


def settings() -> Settings:
    return load_settings(db_path())


def today() -> date:
    pinned = os.environ.get(TODAY_ENV)
    if pinned:
        try:
            return date.fromisoformat(pinned)
        except ValueError:
            raise BadInput(f"{TODAY_ENV} must be a date like 2026-11-20, not '{pinned}'.") from None
    return date.today()


@overload
def past_date(text: str, what: str) -> date: ...
@overload
def past_date(text: None, what: str) -> None: ...
@overload
def past_date(text: str | None, what: str) -> date | None: ...
def past_date(text: str | None, what: str) -> date | None:
    """A date option for something that happened (not in the future)."""
    if text is None:
        return None
    from peerjob import dates  # here, not at the top: most commands are given no date

    return dates.parse_past_date(text, today=today(), what=what)


def any_date(text: str | None, *, prefer: str = "past") -> date | None:
    if text is None:
        return None
    from peerjob import dates

    return dates.parse_date(text, today=today(), prefer=prefer)


def future_date(text: str | None) -> date | None:
    """A date option for a plan (a follow-up, a next meeting)."""
    return any_date(text, prefer="future")


def interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def required_text(value: str | None, what: str, example: str) -> str:
    cleaned = " ".join((value or "").split())
    if not cleaned:
        raise BadInput(f"{what} can't be empty. For example: {example}")
    return cleaned


def has_data() -> bool:
    """Is there anything at the data file (without creating, changing or upgrading it)?

    A file that is not peerjob's, or damaged, counts: opening it says what is wrong.
    """
    from peerjob.store.db import inspect

    return inspect(db_path()).has_data


@contextlib.contextmanager
def database(*, write: bool):
    """Open the data file and run one transaction.

    Commands that only read never create, change or upgrade the file (no
    file reads as no data yet). A command that writes creates or upgrades it
    first; when the command is then refused (an unknown ID, say) or stopped,
    a file this call created goes again, and a file that was empty is left
    empty again.
    """
    from peerjob.errors import Interrupted
    from peerjob.store.db import discard_if_unused, inspect, open_for_reading, open_for_writing, transaction

    path = db_path()
    if not write:
        conn = open_for_reading(path)
        try:
            with transaction(conn, write=False):
                yield conn
        finally:
            conn.close()
        return
    state = inspect(path)
    before = state.kind
    conn = open_for_writing(path, state)
    try:
        with transaction(conn, write=True):
            yield conn
    except (PeerjobError, KeyboardInterrupt, Interrupted):
        conn.close()
        discard_if_unused(path, before)
        raise
    finally:
        conn.close()
