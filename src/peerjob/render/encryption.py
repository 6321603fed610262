"""What `encrypt`, `decrypt` and `passphrase` say (all on stderr: there is no data to print)."""

from __future__ import annotations

from pathlib import Path

from peerjob.render.console import say

NO_RECOVERY = (
    "There is no way to open the file without the passphrase, and no way to recover a forgotten one: "
    "write it down and keep it somewhere safe, away from this computer."
)


def before_asking() -> None:
    say(NO_RECOVERY)


def _backups(result) -> None:
    if result.backups:
        count = len(result.backups)
        say(f"The same for {count} backup{'s' if count != 1 else ''} beside it.")
    for left in result.left:
        say(f"Left as it was (another passphrase, or not a peerjob file): {left}")


def encrypted(db: Path, result, *, warned: bool) -> None:
    """``warned``: NO_RECOVERY was said just before the passphrase was asked for."""
    say(f"Encrypted {db}. Commands now ask for the passphrase on a terminal, or read PEERJOB_PASSPHRASE.")
    _backups(result)
    if result.plain_copy is not None:
        say(f"A plain copy is kept, as you asked, at {result.plain_copy}. It is not protected: delete it when you can.")
    if not warned:
        say(NO_RECOVERY)


def decrypted(db: Path, result) -> None:
    say(f"Decrypted {db}: it is a plain SQLite file again, protected by its owner-only permissions.")
    _backups(result)


def already(db: Path, *, encrypted: bool, result=None) -> None:
    if encrypted and result is not None and result.backups:
        count = len(result.backups)
        say(
            f"{db} is encrypted already. {count} plain backup{'s' if count != 1 else ''} beside it "
            f"(left by an earlier run that was cut off) {'are' if count != 1 else 'is'} encrypted now."
        )
    elif encrypted:
        say(f"{db} is encrypted already; nothing changed. To change the passphrase: peerjob passphrase")
    else:
        say(f"{db} is not encrypted; nothing changed. To encrypt it: peerjob encrypt")


def changed(db: Path, result) -> None:
    say(f"The passphrase of {db} is changed; the old one no longer opens it.")
    _backups(result)
    if result.remembered:
        say("The system keyring now holds the new one.")


def remembered() -> None:
    say(
        "The passphrase is in your system keyring now, so commands stop asking for it. "
        "Anyone using this account can then open the file: `peerjob passphrase --forget` takes it out."
    )


def forgotten(removed: bool) -> None:
    if removed:
        say("The passphrase is out of the system keyring; commands ask for it again.")
    else:
        say("The system keyring held no passphrase for this data file; nothing changed.")
