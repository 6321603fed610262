"""What every command needs: the data file, settings, today, a transaction."""

from __future__ import annotations

import contextlib
import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import overload

from peerjob.config import Settings, load_settings
from peerjob.errors import BadInput, PeerjobError
from peerjob.paths import resolve_db_path

TODAY_ENV = "PEERJOB_TODAY"  # pins "today" for demos and tests
NO_INPUT_ENV = "PEERJOB_NO_INPUT"  # 1: never ask anything, even on a terminal (as --no-input)

# Set by the root callback from --db and --no-input; read through db_path() and prompts_allowed().
_db_option: str | None = None
_no_input = False


def set_no_input(value: bool) -> None:
    global _no_input
    _no_input = value


def prompts_allowed() -> bool:
    """False with --no-input or PEERJOB_NO_INPUT=1: no question is asked, even on a terminal."""
    return not _no_input and os.environ.get(NO_INPUT_ENV) != "1"


def set_db_option(value: str | None) -> None:
    global _db_option
    _db_option = value


def db_chosen_by_option() -> bool:
    """True when --db named the data file for this run (not the one peerjob uses by default)."""
    return bool(_db_option)


def db_path() -> Path:
    return resolve_db_path(_db_option)


def settings() -> Settings:
    """The settings, after bringing an older version's settings file to the config folder (said once)."""
    from peerjob.config import move_old_settings

    try:
        note = move_old_settings(db_path())
    except OSError:
        note = None  # the config folder can't be written: the old file is still read where it is
    if note:
        from peerjob.render.console import say

        say(note)
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


def now() -> datetime:
    """The local time now; on the pinned day when PEERJOB_TODAY is set (the clock gives the time of day)."""
    current = datetime.now()
    return datetime.combine(today(), current.time()) if os.environ.get(TODAY_ENV) else current


def any_date(text: str | None, *, prefer: str = "past") -> date | None:
    if text is None:
        return None
    from peerjob import dates

    return dates.parse_date(text, today=today(), prefer=prefer)


def when(text: str | None) -> tuple[date, str | None] | None:
    """A day and an optional time of day ("friday 3pm"), for a plan such as an interview round."""
    if text is None:
        return None
    from peerjob import dates

    return dates.parse_when(text, today=today(), prefer="future")


def future_date(text: str | None) -> date | None:
    """A date option for a plan (a follow-up, a next meeting)."""
    return any_date(text, prefer="future")


def interactive() -> bool:
    return prompts_allowed() and sys.stdin.isatty() and sys.stdout.isatty()


def passphrase_source(path: Path, attempt: int) -> tuple[str, str] | None:
    """Where an encrypted file's passphrase comes from: PEERJOB_PASSPHRASE, the keyring (if turned on), a prompt.

    A prompt is asked again after a wrong passphrase, and after a stale keyring entry (cipher counts the tries).
    """
    from peerjob.store.cipher import PASSPHRASE_ENV

    if attempt == 1:
        from_env = os.environ.get(PASSPHRASE_ENV)
        if from_env:
            return from_env, "environment"
        from_keyring = remembered_passphrase()
        if from_keyring:
            return from_keyring, "keyring"
    question = f"Passphrase for {path.name}: " if attempt == 1 else "That did not open it. Passphrase: "
    typed = ask_secret(question)
    return None if typed is None else (typed, "prompt")  # "" (just Enter) is said as such


def can_ask_secretly() -> bool:
    """Is there a person at a terminal to ask a passphrase of (see ask_secret)?"""
    if not prompts_allowed() or not (sys.stdin.isatty() or sys.stderr.isatty()):
        return False
    if os.name != "nt":  # getpass would fall back to reading standard input: a secret never comes from a pipe
        try:
            os.close(os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY))
        except OSError:
            return False
    return True


def ask_secret(question: str) -> str | None:
    """Ask on the terminal itself, without echo, as ssh and sudo do; None when nobody is there to ask.

    A person is there when standard input or standard error is a terminal, so
    `peerjob list --json | jq` and `cat notes | peerjob journal -` still ask.
    The answer is read from the terminal only, never from piped input.
    """
    if not can_ask_secretly():
        return None
    import getpass

    # No stream: getpass writes the question to the terminal itself, so `2>errors.log` can't hide it.
    return getpass.getpass(question)


def ask_for_passphrases() -> None:
    """An encrypted file's passphrase comes from passphrase_source (cheap: sqlcipher3 loads only for such a file)."""
    from peerjob.store import cipher

    cipher.set_source(passphrase_source)
    cipher.use_passphrase(None)  # each run finds it afresh (one process runs many commands in the tests)


def is_encrypted(path: Path) -> bool:
    """Does the file look encrypted (no passphrase needed to tell)?"""
    from peerjob.store.db import is_encrypted as looks_encrypted

    return looks_encrypted(path)


def remembered_passphrase() -> str | None:
    """The data file's passphrase from the system keyring, only when the person turned that on."""
    if settings().keyring != "on":
        return None
    from peerjob import keychain

    return keychain.lookup(db_path())


def confirm(question: str, *, yes: bool, instead: str) -> None:
    """Ask before removing or replacing data: on a terminal a yes/no (no by default); else --yes is needed.

    ``instead`` is the command with --yes, said when there is nobody to ask.
    """
    if yes:
        return
    if not interactive():
        raise BadInput(f"There is no terminal to ask on, so nothing was changed. To go ahead anyway: {instead}")
    import typer

    if not typer.confirm(question, default=False, err=True):
        raise typer.Abort()


def text_from_stdin(what: str, example: str) -> str:
    """The text for a `-` argument: all of standard input. Nothing there is refused, never stored as "-"."""
    text = sys.stdin.read().replace("\r\n", "\n").strip()
    if not text:
        raise BadInput(f"Nothing came in on standard input, so no {what} was saved. For example: {example}")
    return text


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


def _command_name() -> str:
    """The command being run, without its arguments (they may hold private text): "win", "partner edit"."""
    from typer._click.globals import get_current_context

    ctx = get_current_context(silent=True)
    if ctx is None:
        return "peerjob"
    words = ctx.command_path.split()[1:]
    return " ".join(words) or "peerjob"


def undo_kept_since() -> datetime:
    """Changes made before this can no longer be undone: each is kept until the end of the next day."""
    return datetime.combine(today() - timedelta(days=1), datetime.min.time())


def _too_big() -> BadInput:
    # SQLite holds whole numbers up to 2**63 - 1; a longer one was typed as an ID.
    return BadInput("That number is too big to be an ID, so nothing was changed. The lists show the IDs: peerjob list")


@contextlib.contextmanager
def database(*, write: bool, record: bool = True):
    """Open the data file and run one transaction.

    Commands that only read never create, change or upgrade the file (no
    file reads as no data yet). A command that writes creates or upgrades it
    first; when the command is then refused (an unknown ID, say) or stopped,
    a file this call created goes again, and a file that was empty is left
    empty again. What a command that writes changes is recorded, in the same
    transaction, so `peerjob undo` can take it back (``record=False`` only
    for undo itself).
    """
    from peerjob.errors import Interrupted
    from peerjob.store.db import (
        discard_if_unused,
        inspect,
        open_for_reading,
        open_for_writing,
        transaction,
        writing_lock,
    )

    path = db_path()
    if not write:
        conn = open_for_reading(path)
        try:
            with transaction(conn, write=False):
                yield conn
        except OverflowError:
            raise _too_big() from None
        finally:
            conn.close()
        return
    state = inspect(path)
    before = state.kind
    conn = open_for_writing(path, state)
    try:
        with writing_lock(path), transaction(conn, write=True):
            if record:
                from peerjob.store.undo import finish_recording, start_recording

                start_recording(conn, command=_command_name(), made_at=now())
                yield conn
                finish_recording(conn, keep_since=undo_kept_since())
            else:
                yield conn
    except OverflowError:
        conn.close()
        discard_if_unused(path, before)
        raise _too_big() from None
    except (PeerjobError, KeyboardInterrupt, Interrupted):
        conn.close()
        discard_if_unused(path, before)
        raise
    finally:
        conn.close()
