"""The system keyring (through the `keyring` package, part of the encrypt extra), for one thing: the passphrase.

Used only after the person asked (`peerjob passphrase --remember`, which
turns the `keyring` setting on): a keyring can pop up an unlock dialog, and
nobody should meet one they did not ask for. Each data file has its own
entry, named by the file's full path.
"""

from __future__ import annotations

from pathlib import Path

from peerjob.errors import PeerjobError

SERVICE = "peerjob"


class NoKeyring(PeerjobError):
    """No usable system keyring (or the package is missing)."""


def _entry(db: Path) -> str:
    return str(Path(db).resolve())


def _keyring():
    try:
        import keyring
    except ImportError:
        raise NoKeyring(
            "Remembering the passphrase needs the keyring package: pip install 'peerjob[encrypt]'. Nothing was stored."
        ) from None
    return keyring


def lookup(db: Path) -> str | None:
    """The stored passphrase for ``db``, or None (nothing stored, no keyring, or it would not answer)."""
    try:
        keyring = _keyring()
        from keyring.errors import KeyringError

        return keyring.get_password(SERVICE, _entry(db))
    except (NoKeyring, KeyringError):
        return None


def store(db: Path, passphrase: str) -> None:
    keyring = _keyring()
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, _entry(db), passphrase)
    except KeyringError:
        raise NoKeyring(
            "No system keyring could store the passphrase on this computer, so nothing was stored. "
            "PEERJOB_PASSPHRASE or the prompt still work."
        ) from None


def remove(db: Path) -> bool:
    """Remove the stored passphrase for ``db``; False when there was none (or no keyring to ask)."""
    try:
        keyring = _keyring()
    except NoKeyring:
        return False
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, _entry(db))
    except PasswordDeleteError:
        return False
    except KeyringError:
        return False
    return True
