"""`encrypt`, `decrypt`, `passphrase`: a passphrase-protected data file (SQLCipher, the encrypt extra)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.errors import BadInput

NEW_PASSPHRASE_ENV = "PEERJOB_NEW_PASSPHRASE"


def register(app: typer.Typer) -> None:
    app.command()(encrypt)
    app.command()(decrypt)
    app.command()(passphrase)


def _new_passphrase(env_name: str, again: str) -> str:
    """A new passphrase: from ``env_name``, or typed twice on a terminal (never from a command line)."""
    from peerjob.actions.encryption import check_new_passphrase

    from_env = os.environ.get(env_name)
    if from_env:
        return check_new_passphrase(from_env)
    from peerjob.render.encryption import before_asking

    question = "New passphrase: "
    if cx.can_ask_secretly():
        before_asking()
    first = cx.ask_secret(question)
    if first is None:
        raise BadInput(
            f"There is no terminal to ask for the new passphrase on, so nothing was changed. "
            f"Run it on a terminal, or set {env_name}."
        )
    check_new_passphrase(first)
    if cx.ask_secret("The same again, to be sure: ") != first:
        raise BadInput(f"The two passphrases were not the same, so nothing was changed. To try again: {again}")
    return first


def encrypt(
    keep_plain_backup: Annotated[
        bool,
        typer.Option(
            "--keep-plain-backup",
            help="Also keep an unencrypted copy beside the file (not protected: delete it later).",
        ),
    ] = False,
) -> None:
    """Protect your data file with a passphrase. Example: peerjob encrypt.

    Every command then asks for it on a terminal, or reads PEERJOB_PASSPHRASE;
    encrypt itself reads it from there too, or asks twice. The file is rewritten encrypted (SQLCipher 4) through a checked
    copy, and so are the backups peerjob made beside it; no plain copy is
    left unless you ask for one. There is no way to recover a forgotten
    passphrase: write it down somewhere safe. Needs pip install 'peerjob[encrypt]'.
    """
    from peerjob.actions.encryption import PASSPHRASE_ENV, require_cipher
    from peerjob.actions.encryption import encrypt as encrypt_file
    from peerjob.render.encryption import already, encrypted

    require_cipher()  # without the extra: say how to install it, before asking for anything
    db = cx.db_path()

    asked = []

    def chosen() -> str:
        asked.append(not os.environ.get(PASSPHRASE_ENV))
        return os.environ.get(PASSPHRASE_ENV) or _new_passphrase(PASSPHRASE_ENV, "peerjob encrypt")

    result = encrypt_file(db, chosen, keep_plain_backup=keep_plain_backup)
    if not result.done:
        already(db, encrypted=True, result=result)
        return
    encrypted(db, result, warned=any(asked))


def decrypt() -> None:
    """Turn an encrypted data file back into a plain one. Example: peerjob decrypt.

    Asks for the passphrase (or reads PEERJOB_PASSPHRASE), rewrites the file
    through a checked copy, and does the same for the backups peerjob made
    beside it that open with it.
    """
    from peerjob.actions.encryption import decrypt as decrypt_file
    from peerjob.render.encryption import already, decrypted

    db = cx.db_path()
    result = decrypt_file(db)
    if not result.done:
        already(db, encrypted=False)
        return
    decrypted(db, result)


def passphrase(
    remember: Annotated[
        bool,
        typer.Option("--remember", help="Keep the current passphrase in the system keyring, so commands stop asking."),
    ] = False,
    forget: Annotated[bool, typer.Option("--forget", help="Remove it from the system keyring again.")] = False,
) -> None:
    """Change the passphrase, or keep it in the system keyring. Example: peerjob passphrase.

    With no option: asks for the current passphrase, then the new one twice
    (or reads PEERJOB_PASSPHRASE and PEERJOB_NEW_PASSPHRASE), and rewrites
    the file and the backups beside it with the new one. --remember and
    --forget change nothing in the file.
    """
    from peerjob.actions import encryption as actions
    from peerjob.render import encryption as render

    if remember and forget:
        raise BadInput("Pick one: --remember or --forget.")
    db = cx.db_path()
    from peerjob import keychain
    from peerjob.config import save_setting

    if forget:
        removed = keychain.remove(db)
        if cx.settings().keyring == "on":
            save_setting(db, "keyring", "off")
        render.forgotten(removed)
        return
    actions.check_opens(db)
    if remember:
        keychain.store(db, actions.current_passphrase())
        save_setting(db, "keyring", "on")
        render.remembered()
        return
    new = _new_passphrase(NEW_PASSPHRASE_ENV, "peerjob passphrase")
    result = actions.change_passphrase(db, new)
    if cx.settings().keyring == "on" and keychain.lookup(db) is not None:
        keychain.store(db, new)  # the old one would no longer open the file
        result.remembered = True
    render.changed(db, result)
