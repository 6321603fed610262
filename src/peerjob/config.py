"""Settings from an optional ``config.toml`` in the user's config folder.

Only the keys below exist; each has a default, so peerjob works with no file.
The file lives where the XDG base directory spec puts settings
(``$XDG_CONFIG_HOME/peerjob/config.toml``, ``~/.config/peerjob/`` by default;
platformdirs knows the other systems' places), or at ``$PEERJOB_CONFIG``.
Earlier versions kept it beside the data file: such a file is moved over the
first time it is read, with one note, and never overwrites newer settings.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from peerjob.errors import BadInput, DataFileError

CONFIG_ENV = "PEERJOB_CONFIG"


@dataclass(frozen=True)
class Settings:
    # Days after applying when a follow-up is suggested by default (0: none).
    default_follow_up_days: int = 7
    # No reply after this many days: nudge to follow up.
    follow_up_after_days: int = 14
    # No reply after this many days: suggest marking it no-response.
    no_response_after_days: int = 30
    # No check-in for this many days: one quiet line suggesting a reach-out.
    isolation_days: int = 7
    # "monday" (ISO) or "sunday".
    week_starts_on: str = "monday"
    # How exports name you to the person reading them ("Maya's week"); empty: a neutral heading.
    name: str = ""
    # "on": look in the system keyring for an encrypted data file's passphrase (`peerjob passphrase --remember`).
    keyring: str = "off"
    # Where `support` finds helplines for: US, GB, GB-SCT (Scotland), CA, IE, AU, NZ, any two letters, or
    # "none"; empty: not asked yet (support asks once, on a terminal).
    country: str = ""
    # "off": the review never says that low energy and a busy search came together (on by default).
    load_note: str = "on"

    @property
    def first_weekday(self) -> int:
        return 6 if self.week_starts_on == "sunday" else 0


SETTING_NAMES = tuple(f.name for f in fields(Settings))


def settings_file(db_path: Path | None = None) -> Path:
    """Where settings are read and written: $PEERJOB_CONFIG, else the user's config folder."""
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("peerjob", appauthor=False)) / "config.toml"


def old_settings_file(db_path: Path) -> Path:
    """Where versions before 0.4 kept settings: beside the data file."""
    return db_path.with_name("config.toml")


def is_peerjob_settings(path: Path) -> bool:
    """A readable TOML file holding only peerjob's keys (a config.toml with others is someone else's)."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return bool(data) and set(data) <= set(SETTING_NAMES)


def _old_settings_kind(path: Path) -> str:
    """ "peerjob" (any of peerjob's keys: a typo beside them is still the person's settings),
    "unreadable" (not TOML: it may be theirs, so it is named), or "other" (someone else's)."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return "unreadable"
    return "peerjob" if set(data) & set(SETTING_NAMES) else "other"


def move_old_settings(db_path: Path) -> str | None:
    """Bring settings from beside the data file to the config folder; the note to say, if any.

    Moved only when nothing is at the new place yet, by a private copy
    written whole before the old file is removed, so a crash leaves one of
    the two. When both exist and differ, the old one is left alone and named
    on every run until the person settles it: settings are never dropped
    silently.
    """
    if os.environ.get(CONFIG_ENV):
        return None
    old = old_settings_file(db_path)
    if not old.is_file():
        return None
    kind = _old_settings_kind(old)
    if kind == "other":
        return None
    new = settings_file(db_path)
    if kind == "unreadable":
        return (
            f"{old} could not be read as settings (not TOML), so peerjob uses its own defaults. "
            f"Settings live in {new} now: copy yours there, then delete {old}."
        )
    if new.exists():
        try:
            same = new.read_bytes() == old.read_bytes()
        except OSError:
            same = False
        if same:
            old.unlink(missing_ok=True)
            return None
        return f"Settings in {old} are no longer read; peerjob reads {new}. Copy what you need over, then delete {old}."
    from peerjob.fileio import write_private_bytes
    from peerjob.paths import ensure_private_dir

    ensure_private_dir(new.parent)
    write_private_bytes(new, old.read_bytes(), overwrite=False)
    old.unlink(missing_ok=True)
    return f"Your settings moved to {new}, where settings files live (from {old}). Nothing else changed."


def check_value(name: str, raw: object) -> Any:
    if name not in SETTING_NAMES:
        raise BadInput(f"Unknown setting '{name}'. Known settings: {', '.join(SETTING_NAMES)}.")
    if name == "name":
        text = " ".join(str(raw).split())
        if len(text) > 40 or not all(ch.isprintable() for ch in text):
            raise BadInput("name takes a short name to show on exports, up to 40 characters; empty clears it.")
        return text
    if name == "country":
        from peerjob.domain.helplines import parse_country

        return parse_country(str(raw)) if str(raw).strip() else ""
    if name == "load_note":
        value = str(raw).strip().lower()
        if value not in ("on", "off"):
            raise BadInput("load_note is 'on' or 'off'.")
        return value
    if name == "keyring":
        value = str(raw).strip().lower()
        if value not in ("on", "off"):
            raise BadInput(
                "keyring is 'on' or 'off'; `peerjob passphrase --remember` stores the passphrase and turns it on."
            )
        return value
    if name == "week_starts_on":
        value = str(raw).strip().lower()
        if value not in ("monday", "sunday"):
            raise BadInput("week_starts_on is 'monday' or 'sunday'.")
        return value
    try:
        number = int(str(raw))
    except ValueError:
        raise BadInput(f"{name} takes a whole number of days, for example 14.") from None
    if number < 0 or number > 3650:
        raise BadInput(f"{name} takes a number of days from 0 to 3650.")
    return number


def load_settings(db_path: Path) -> Settings:
    path = settings_file(db_path)
    if not path.exists() and not os.environ.get(CONFIG_ENV):
        old = old_settings_file(db_path)  # not moved yet (a read-only home, say): still read, never lost
        path = old if old.is_file() and _old_settings_kind(old) == "peerjob" else path
    if not path.exists():
        return Settings()
    import tomllib  # here, not at the top: most people have no settings file

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DataFileError(f"Couldn't read the settings file {path}: {error}") from None
    values: dict[str, Any] = {}
    for name, raw in data.items():
        try:
            values[name] = check_value(name, raw)
        except BadInput as problem:
            raise DataFileError(f"In {path}: {problem.message}") from None
    return replace(Settings(), **values)


def save_setting(db_path: Path, name: str, raw: str) -> Settings:
    """Write one setting, keeping the others; the file is owner-only (call move_old_settings first)."""
    value = check_value(name, raw)
    current = load_settings(db_path)
    updated = replace(current, **{name: value})
    path = settings_file(db_path)
    lines = ["# peerjob settings; see `peerjob config --help`."]
    for field_name in SETTING_NAMES:
        field_value = getattr(updated, field_name)
        # JSON's string escapes are TOML's basic-string escapes: a name with quotes stays one value.
        rendered = json.dumps(field_value, ensure_ascii=False) if isinstance(field_value, str) else str(field_value)
        lines.append(f"{field_name} = {rendered}")
    from peerjob.fileio import write_private_text
    from peerjob.paths import ensure_private_dir

    ensure_private_dir(path.parent)
    write_private_text(path, "\n".join(lines) + "\n", overwrite=True)
    return updated
