"""Where peerjob keeps its data: one function decides, so every command agrees."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "PEERJOB_DB"
APP_NAME = "peerjob"
DB_FILENAME = "peerjob.db"


def default_data_dir() -> Path:
    # platformdirs is small and cheap to import; it knows each platform's rules.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_db_path(db_option: str | os.PathLike[str] | None = None) -> Path:
    """The data file: ``--db``, else ``$PEERJOB_DB``, else the user data folder."""
    if db_option:
        return Path(db_option).expanduser()
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir() / DB_FILENAME


def ensure_private_dir(folder: Path) -> None:
    """Create the folder owner-only (0700) if it is missing.

    An existing folder the person chose (say ``/tmp`` via ``--db``) is left
    as it is; peerjob's own default folder is always kept owner-only.
    """
    if not folder.exists():
        # Every folder made here, parents included, is 0700 whatever the umask
        # (the XDG base directory spec asks that of ~/.local/share too).
        # exist_ok: two first runs at once may both get here; the second must not fail.
        previous = os.umask(0o077)
        try:
            folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        finally:
            os.umask(previous)
    elif folder == default_data_dir() and folder.stat().st_mode & 0o777 != 0o700:
        os.chmod(folder, 0o700)


def config_path(db_path: Path) -> Path:
    """The optional settings file lives beside the data file."""
    return db_path.with_name("config.toml")
