"""Encrypted data files: SQLCipher 4 through the optional ``sqlcipher3`` package.

Imported only for a file that is not plain SQLite, or by `encrypt`, `decrypt`
and `passphrase`: a plain data file never pays for it, and peerjob works
without the package (``pip install 'peerjob[encrypt]'`` adds it).

Keys. SQLCipher 4 makes a file's key from the passphrase and the file's own
random salt (its first 16 bytes) with PBKDF2-HMAC-SHA512 and 256,000
iterations, SQLCipher's default. peerjob runs that same derivation once per
process with hashlib and gives SQLCipher the raw key, so the several
connections a command opens (look, open, upgrade, copy) pay for one
derivation between them, not one each. The file is exactly what SQLCipher
itself would write with the passphrase; ``sqlcipher`` opens it with
``PRAGMA key = 'the passphrase'``.

The passphrase is kept in this process's memory only: never written to a
file, a log, an error message or a command line. It comes from the source
the command line sets (PEERJOB_PASSPHRASE, the system keyring when the
person opted in, or a prompt on a terminal); see ``set_source``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peerjob.errors import BadInput, DataFileError

KDF_ITERATIONS = 256_000  # SQLCipher 4's default (kdf_iter)
KEY_BYTES = 32
SALT_BYTES = 16
PASSPHRASE_ENV = "PEERJOB_PASSPHRASE"
MIN_PASSPHRASE = 8
TRIES = 3  # a passphrase typed at a prompt may be retyped twice


class NoCipher(DataFileError):
    """The sqlcipher3 package is not installed."""


class PassphraseNeeded(BadInput):
    """An encrypted file, and no passphrase to open it with (no terminal, no PEERJOB_PASSPHRASE)."""


class WrongPassphrase(BadInput):
    """The passphrase given does not open the file."""


# A source of the passphrase: (path, attempt) -> (passphrase, where it came from) or None.
# Attempt counts from 1; a prompt is asked again after a wrong one, other sources are not.
Source = Callable[[Path, int], "tuple[str, str] | None"]


def _from_environment(_path: Path, attempt: int) -> tuple[str, str] | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return (value, "environment") if value and attempt == 1 else None


_source: Source = _from_environment
_passphrase: str | None = None  # once it opened a file in this process


def set_source(source: Source) -> None:
    global _source
    _source = source


def use_passphrase(passphrase: str | None) -> None:
    """Use ``passphrase`` from now on in this process (None: ask the source again)."""
    global _passphrase
    _passphrase = passphrase


def module() -> Any:
    """sqlcipher3's DB-API module, or a clear refusal when the extra is not installed."""
    try:
        import sqlcipher3.dbapi2 as sqlcipher
    except ImportError:
        raise NoCipher(
            "Encryption needs the sqlcipher3 package, which is not installed. "
            "Install peerjob with its encryption extra: pip install 'peerjob[encrypt]'. Nothing was changed."
        ) from None
    return sqlcipher


def available() -> bool:
    try:
        module()
    except NoCipher:
        return False
    return True


def check_new_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise BadInput(
            f"A passphrase needs at least {MIN_PASSPHRASE} characters; nothing was changed. "
            "A few ordinary words together are easy to remember and hard to guess."
        )
    return passphrase


_derived: dict[tuple[str, bytes], str] = {}


def raw_key(passphrase: str, salt: bytes) -> str:
    """The key SQLCipher 4 derives from ``passphrase`` for a file with ``salt``, as a PRAGMA key literal.

    Each pair is derived once per process (memory only): a command opens the
    same file several times, and whether the key is right is still SQLCipher's
    check on every open.
    """
    import hashlib

    if (passphrase, salt) not in _derived:
        key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
        _derived[(passphrase, salt)] = f"x'{key.hex()}'"
    return _derived[(passphrase, salt)]


def read_salt(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(SALT_BYTES)


SQLITE_NOTADB = 26  # what SQLCipher says when the first page does not check out with the key


def _try_key(conn: Any, key: str) -> bool:
    """Does ``key`` open the file? Only "not a database" means no; a busy file or a full disk is raised as such."""
    sqlcipher = module()
    conn.execute(f'PRAGMA key = "{key}"')
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", SQLITE_NOTADB) == SQLITE_NOTADB or "not a database" in str(error):
            return False
        raise
    return True


def wrong_passphrase(path: Path, origin: str) -> WrongPassphrase:
    where = {
        "environment": f" (from {PASSPHRASE_ENV})",
        "keyring": " (from your system keyring; `peerjob passphrase --forget` clears it)",
    }.get(origin, "")
    return WrongPassphrase(
        f"That passphrase{where} does not open {path}, so nothing was changed. Check it and run the command again "
        "(if you are sure of it, the file may be damaged: peerjob restore BACKUP puts a backup in its place)."
    )


def open_file(path: Path, uri: str, *, timeout: float) -> Any:
    """A connection to the encrypted file ``path`` (at ``uri``), keyed; asks the source for the passphrase once."""
    global _passphrase
    try:
        sqlcipher = module()
    except NoCipher:
        raise NoCipher(
            f"{path} is not a plain SQLite file. If it is your encrypted peerjob file, opening it needs "
            "the encryption extra: pip install 'peerjob[encrypt]'. It was left as it is."
        ) from None
    salt = read_salt(path)
    conn = sqlcipher.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not SQLCipher's log lines
        if _passphrase is not None:
            if not _try_key(conn, raw_key(_passphrase, salt)):
                raise wrong_passphrase(path, "")
        else:
            attempt, tried = 1, ""
            while True:
                given = _source(path, attempt)
                if given is None:
                    if tried:
                        raise wrong_passphrase(path, tried)
                    raise PassphraseNeeded(
                        f"{path} is encrypted and no passphrase was given, so nothing was changed. "
                        f"Run the command on a terminal to be asked, or set {PASSPHRASE_ENV}."
                    )
                passphrase, origin = given
                if not passphrase:
                    raise PassphraseNeeded("No passphrase was typed, so nothing was changed.")
                key = raw_key(passphrase, salt)
                if _try_key(conn, key):
                    break
                conn.close()
                conn = sqlcipher.connect(uri, uri=True, timeout=timeout, isolation_level=None)
                conn.execute("PRAGMA cipher_log_level = NONE")
                # A script's passphrase is wrong for good; a stale keyring entry gives way to the
                # prompt (when there is a terminal); a typed one may be typed again.
                if origin == "environment" or (origin == "prompt" and attempt >= TRIES):
                    raise wrong_passphrase(path, origin)
                tried = origin
                attempt += 1
            _passphrase = passphrase
        conn.execute("PRAGMA temp_store = MEMORY")  # sorting and the like never spill to a file
        return conn
    except BaseException:
        conn.close()
        raise


def export(source: Any, target: Path, passphrase: str | None) -> None:
    """Copy every table, index and row the open ``source`` holds into a new file ``target``.

    ``passphrase``: the new file's (it gets a new random salt, and the key
    SQLCipher itself would derive from the two), or None for a plain SQLite file.
    """
    from peerjob.store.db import file_uri

    key = ""
    if passphrase is not None:
        # The new file's random salt is drawn here and its key derived as SQLCipher would
        # (raw_key), then given with the salt ("x'key salt'"): one derivation, not SQLCipher's
        # own plus ours when the copy is checked and opened.
        salt = os.urandom(SALT_BYTES)
        key = f"{raw_key(passphrase, salt)[:-1]}{salt.hex()}'"
    source.execute("ATTACH ? AS export_target KEY ?", (file_uri(target, "rwc"), key))
    try:
        source.execute("SELECT sqlcipher_export('export_target')")
    finally:
        source.execute("DETACH export_target")


def into_memory(path: Path) -> Any:
    """A plain in-memory copy of the encrypted file ``path``, for reading (nothing plain touches the disk)."""
    from peerjob.store.db import file_uri

    sqlcipher = module()
    key = raw_key_for(path)
    memory = sqlcipher.connect(":memory:", isolation_level=None)
    memory.execute("PRAGMA cipher_log_level = NONE")
    memory.execute("ATTACH ? AS source KEY ?", (file_uri(path, "ro"), key))
    memory.execute("SELECT sqlcipher_export('main', 'source')")
    memory.execute("DETACH source")
    return memory


def raw_key_for(path: Path) -> str:
    """The raw key of an encrypted file, with the passphrase in use (opening it first when there is none yet).

    Called for a copy of a file this process has just opened (same salt, same key).
    """
    if _passphrase is None:
        from peerjob.store.db import file_uri

        open_file(path, file_uri(path, "ro"), timeout=5).close()
    assert _passphrase is not None  # open_file sets it, or raises
    return raw_key(_passphrase, read_salt(path))


# --- turning a file into another: encrypt, decrypt, a new passphrase ------------------------


def open_source(path: Path) -> Any:
    """A sqlcipher3 connection to ``path``, encrypted (keyed) or plain: sqlcipher_export needs sqlcipher3's."""
    from peerjob.store.db import file_uri, is_encrypted

    if is_encrypted(path):
        return open_file(path, file_uri(path, "rw"), timeout=15)
    conn = module().connect(file_uri(path, "rw"), uri=True, timeout=15, isolation_level=None)
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def fingerprint(conn: Any) -> dict[str, list[str]]:
    """Every row of every table, as text, sorted: two files with the same fingerprint hold the same data."""
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {table: sorted(repr(tuple(row)) for row in conn.execute(f'SELECT * FROM "{table}"')) for table in tables}


def open_copy(path: Path, passphrase: str | None) -> Any:
    """A read-only look at a freshly written copy with the passphrase it was written with (not the cached one)."""
    from peerjob.store.db import file_uri

    conn = module().connect(file_uri(path, "ro"), uri=True, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if passphrase is not None:
        conn.execute(f'PRAGMA key = "{raw_key(passphrase, read_salt(path))}"')
    return conn


def convert_file(path: Path, passphrase: str | None) -> None:
    """Rewrite ``path`` encrypted with ``passphrase`` (None: as plain SQLite), through a verified copy.

    The copy is written beside the file (hidden, owner-only), checked with
    the passphrase it was written with (integrity, and every row of every
    table the same as the original's), and only then swapped in with one
    rename. A crash at any moment leaves the old file or the new one. The
    caller holds the migration lock and keeps other writers out.
    """
    from peerjob.errors import DataFileError
    from peerjob.fileio import partial_name, private_umask, replace_atomically
    from peerjob.store.db import JOURNAL_SUFFIXES

    work = partial_name(path)
    source = open_source(path)
    try:
        with private_umask():
            try:
                export(source, work, passphrase)
                copy = open_copy(work, passphrase)
                try:
                    checks_out = copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)] and fingerprint(
                        copy
                    ) == fingerprint(source)
                finally:
                    copy.close()
                if not checks_out:
                    raise DataFileError(f"The new copy of {path} did not check out; the file was left as it is.")
                os.chmod(work, 0o600)
                replace_atomically(work, path)
            finally:
                for leftover in (work, *(work.with_name(work.name + suffix) for suffix in JOURNAL_SUFFIXES)):
                    if leftover.exists():
                        leftover.unlink()
    finally:
        source.close()


def passphrase_in_use() -> str | None:
    return _passphrase
