"""`encrypt`, `decrypt` and `passphrase`: the data file, and peerjob's own backups beside it, rewritten.

Each file is rewritten through a verified copy and swapped in with one rename
(store.cipher.convert_file). The data file goes first, under the migration
lock and with other writers kept out; then the backups peerjob made beside it
(`peerjob backup`, and the ones made before upgrades and restores), so no
plain copy of the data is left in the data folder unless the person asks for
one. Backups saved elsewhere can't be known; the README says so.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from peerjob.errors import BadInput
from peerjob.fileio import sweep_partials
from peerjob.store import cipher
from peerjob.store.backup import copy_database
from peerjob.store.db import (
    FileState,
    backup_path_for,
    inspect,
    is_encrypted,
    migration_lock,
    open_for_writing,
    refusal,
)

PASSPHRASE_ENV = cipher.PASSPHRASE_ENV
check_new_passphrase = cipher.check_new_passphrase
require_cipher = cipher.module  # refuses, saying how to install the extra, when sqlcipher3 is missing


@dataclass
class Converted:
    done: bool = True  # False: the file was already as asked (encrypted, or plain)
    backups: list[Path] = field(default_factory=list)  # peerjob's backups beside the file, rewritten too
    left: list[Path] = field(default_factory=list)  # backups that stay as they were (another passphrase, damaged)
    plain_copy: Path | None = None  # --keep-plain-backup
    remembered: bool = False  # the keyring's entry was updated to the new passphrase


KEPT_PLAIN = "before-encrypt"  # the copy --keep-plain-backup asked for: left plain on purpose


def own_backups(db: Path) -> list[Path]:
    """The backups peerjob made beside the data file (the names `peerjob backup` and upgrades give them)."""
    folder = db.parent
    if not folder.is_dir():
        return []
    found: list[Path] = []
    for pattern in (f"{db.name}.before-*.bak", f"{db.name}.backup-*.bak"):
        found.extend(sorted(path for path in folder.glob(pattern) if path.is_file()))
    return found


@contextlib.contextmanager
def _only_us(db: Path) -> Iterator[None]:
    """No other peerjob command writes to ``db`` (or upgrades or swaps it) until the block is done.

    Every writer holds the folder's lock shared while it writes (store.db.writing_lock);
    this takes it exclusively, after a killed earlier run's half-written copies are cleared.
    """
    with migration_lock(db):
        sweep_partials(db.parent)
        yield


def _at_head(db: Path, state: FileState | None = None) -> None:
    """Create the file (nothing to lose) or bring it to the current schema, the usual way, before rewriting it."""
    state = state or inspect(db)
    if state.kind not in ("missing", "empty", "peerjob"):
        raise refusal(db, state)
    open_for_writing(db, state).close()


def _encrypt_plain_backups(db: Path, passphrase: str, result: Converted) -> None:
    """Peerjob's plain backups beside ``db`` (not the one kept plain on purpose), encrypted with ``passphrase``."""
    for backup in own_backups(db):
        if backup == result.plain_copy or KEPT_PLAIN in backup.name or is_encrypted(backup):
            continue
        if inspect(backup).kind != "peerjob":
            result.left.append(backup)
            continue
        cipher.convert_file(backup, passphrase)
        result.backups.append(backup)


def encrypt(db: Path, new_passphrase: Callable[[], str], *, keep_plain_backup: bool) -> Converted:
    """Encrypt ``db``; ``new_passphrase`` is asked only when there is something to encrypt.

    Run again on an encrypted file, it encrypts plain backups a cut-off earlier
    run left beside it (the data file went first), with the file's passphrase.
    """
    cipher.module()  # without the extra, say how to install it before anything else
    if is_encrypted(db):
        inspect(db)  # asks for the passphrase: a wrong one, or a file that only looks encrypted, is said
        result = Converted(done=False)
        _encrypt_plain_backups(db, current_passphrase(), result)
        return result
    state = inspect(db)
    if state.kind not in ("missing", "empty", "peerjob"):
        raise refusal(db, state)
    passphrase = cipher.check_new_passphrase(new_passphrase())
    _at_head(db, state)
    result = Converted()
    with _only_us(db):
        if keep_plain_backup:
            result.plain_copy = backup_path_for(db, KEPT_PLAIN)
            copy_database(db, result.plain_copy, overwrite=False)  # through a partial file, then a rename
        cipher.convert_file(db, passphrase)
    cipher.use_passphrase(passphrase)
    _encrypt_plain_backups(db, passphrase, result)
    return result


def _rewrite_encrypted_backups(db: Path, passphrase: str | None, result: Converted) -> None:
    for backup in own_backups(db):
        if not is_encrypted(backup):
            continue
        try:
            cipher.convert_file(backup, passphrase)
        except cipher.WrongPassphrase:
            result.left.append(backup)  # another passphrase (an older one), or not a database at all
        else:
            result.backups.append(backup)


def decrypt(db: Path) -> Converted:
    if not is_encrypted(db):
        inspect(db)  # a damaged or foreign file is said as such
        return Converted(done=False)
    cipher.module()
    _at_head(db)
    result = Converted()
    with _only_us(db):
        cipher.convert_file(db, None)
    _rewrite_encrypted_backups(db, None, result)
    cipher.use_passphrase(None)
    return result


def change_passphrase(db: Path, new: str) -> Converted:
    if not is_encrypted(db):
        raise BadInput(f"{db} is not encrypted, so it has no passphrase to change. To encrypt it: peerjob encrypt")
    cipher.module()
    cipher.check_new_passphrase(new)
    _at_head(db)
    result = Converted()
    with _only_us(db):
        cipher.convert_file(db, new)  # a new salt too: nothing of the old key is left in the file
    _rewrite_encrypted_backups(db, new, result)  # read with the old passphrase, still the one in use
    cipher.use_passphrase(new)
    _encrypt_plain_backups(db, new, result)  # any a cut-off `encrypt` left plain
    return result


def check_opens(db: Path) -> None:
    """The data file is encrypted and the passphrase given opens it (asked for, if need be)."""
    if not is_encrypted(db):
        raise BadInput(f"{db} is not encrypted, so there is no passphrase to remember. To encrypt it: peerjob encrypt")
    state = inspect(db)
    if state.kind != "peerjob":
        raise refusal(db, state)


def current_passphrase() -> str:
    """The passphrase that opened the data file in this process (check_opens first)."""
    passphrase = cipher.passphrase_in_use()
    if passphrase is None:  # check_opens has opened the file: a bug in peerjob if not
        raise RuntimeError("no passphrase in use")
    return passphrase
