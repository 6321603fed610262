"""Every table, every column: the person's own full copy, and loading it back.

A dump is ``{"schema": revision, "format": 1, "tables": {name: [row, ...]}}``
with each row an object of column -> value exactly as stored (dates as ISO
text, true/false as 1/0). Loading goes into an empty database, in one
transaction, keeping every ID, so a dump of the loaded file equals the dump
it came from.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime
from typing import TypeGuard

from peerjob.errors import BadInput
from peerjob.store.db import sql_errors

DUMP_FORMAT = 1
# Parents before children, so rows can go in in this order.
TABLE_ORDER = (
    "application",
    "application_tag",
    "stage_change",
    "interview",
    "follow_up",
    "contact",
    "win",
    "milestone",
    "reframe",
    "journal_entry",
    "journal_practice",
    "partner",
    "checkin",
    "agreed_goal",
    "goal",
    "strength",
    "strength_application",
    "disclosure",
    "resource",
    "boundary",
    "plan_item",
    "support_line",
    "story",
    "story_application",
    "training",
    "boundary_check",
)
NOT_DUMPED = (
    "alembic_version",
    "undo_change",
    "undo_step",
)  # the schema is the dump's "schema"; the undo log is bookkeeping


def table_names(conn: sqlite3.Connection) -> list[str]:
    """peerjob's tables in the file, in TABLE_ORDER, then any newer ones by name."""
    present = {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    } - set(NOT_DUMPED)
    known = [name for name in TABLE_ORDER if name in present]
    return known + sorted(present - set(known))


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _primary_key(conn: sqlite3.Connection, table: str) -> list[str]:
    keyed = sorted((row[5], row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")') if row[5])
    return [name for _, name in keyed]


def schema_revision(conn: sqlite3.Connection) -> str:
    return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def table_rows(conn: sqlite3.Connection, table: str) -> tuple[list[str], Iterable[tuple]]:
    names = columns(conn, table)
    order = ", ".join(f'"{name}"' for name in _primary_key(conn, table) or ["rowid"])
    selected = ", ".join(f'"{name}"' for name in names)
    return names, (tuple(row) for row in conn.execute(f'SELECT {selected} FROM "{table}" ORDER BY {order}'))


def last_ids(conn: sqlite3.Connection) -> dict[str, int]:
    """The highest ID each table ever gave, deleted rows included (so a load never gives one again)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone() is None:
        return {}
    return {name: seq for name, seq in conn.execute("SELECT name, seq FROM sqlite_sequence ORDER BY name")}


def dump(conn: sqlite3.Connection) -> dict:
    tables = {}
    for table in table_names(conn):
        names, rows = table_rows(conn, table)
        tables[table] = [dict(zip(names, row, strict=True)) for row in rows]
    data = {"schema": schema_revision(conn), "format": DUMP_FORMAT, "tables": tables}
    marks = last_ids(conn)
    if marks:
        data["last_ids"] = marks
    return data


def check_last_ids(data: dict) -> dict[str, int]:
    """The dump's optional "last_ids" (dumps from before IDs were kept have none)."""
    marks = data.get("last_ids", {})
    if not isinstance(marks, dict) or not all(
        isinstance(name, str) and _is_int(value) and value >= 0 for name, value in marks.items()
    ):
        raise BadInput(
            "This dump's 'last_ids' is not an object of table name -> whole number. Make a new one with peerjob dump."
        )
    return marks


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {table: conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in table_names(conn)}


def check_dump_shape(data: object) -> dict[str, list[dict]]:
    """Refuse what is not a peerjob dump this peerjob can read, before any file is opened."""
    from peerjob.store.version import REVISIONS

    if not isinstance(data, dict) or "tables" not in data or "format" not in data:
        raise BadInput(
            "This is not a peerjob dump (no 'format' and 'tables'). Make one with: peerjob dump --output dump.json"
        )
    if data["format"] != DUMP_FORMAT:
        raise BadInput(
            f"This dump has format {data['format']!r}; this peerjob reads format {DUMP_FORMAT}. Upgrade peerjob to load it."
        )
    if data.get("schema") not in REVISIONS:
        raise BadInput(
            f"This dump is from schema {data.get('schema')!r}, which this peerjob does not know "
            f"(it knows {', '.join(REVISIONS)}). Upgrade peerjob to load it."
        )
    tables = data["tables"]
    if not isinstance(tables, dict):
        raise BadInput("This dump's 'tables' is not an object of table name -> rows. Make a new one with peerjob dump.")
    for table, rows in tables.items():
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise BadInput(f"In this dump, table '{table}' is not a list of rows. Make a new one with peerjob dump.")
        for number, row in enumerate(rows, start=1):
            for column, value in row.items():
                if not (value is None or isinstance(value, (str, int, float))):
                    raise BadInput(
                        f"In this dump, {table} row {number} has a {type(value).__name__} in '{column}'; values are text, numbers or null."
                    )
                problem = value_problem(table, column, value)
                if problem:
                    raise BadInput(
                        f"In this dump, {table} row {number}, column '{column}': {problem}. Nothing was loaded."
                    )
            for column in REQUIRED_TEXT.get(table, ()):
                if column not in row:
                    raise BadInput(
                        f"In this dump, {table} row {number} has no '{column}', which can't be empty. Nothing was loaded."
                    )
    _check_references(tables)
    return upgrade_tables(tables, data["schema"])


def upgrade_tables(tables: dict[str, list[dict]], schema: str) -> dict[str, list[dict]]:
    """A dump from an earlier schema, in the shape of the newest, as the migrations would have made it.

    Before 0005 an application had one planned interview date; it becomes
    that application's first round, as migration 0005 does to a data file.
    """
    from peerjob.store.version import REVISIONS

    if REVISIONS.index(schema) >= REVISIONS.index("0005"):
        return tables
    applications = tables.get("application", [])
    rounds = [
        {
            "application_id": row["id"],
            "held_on": row["interview_on"],
            "created_at": row.get("updated_at") or row.get("created_at"),
            "updated_at": row.get("updated_at") or row.get("created_at"),
        }
        for row in applications
        if row.get("interview_on") is not None
    ]
    upgraded = dict(tables)
    upgraded["application"] = [{k: v for k, v in row.items() if k != "interview_on"} for row in applications]
    if rounds:
        upgraded["interview"] = [dict(round_, id=number) for number, round_ in enumerate(rounds, start=1)]
    return upgraded


# (table, column) -> the table its ID points at; checked before any file is opened.
REFERENCES = {
    ("application_tag", "application_id"): "application",
    ("stage_change", "application_id"): "application",
    ("interview", "application_id"): "application",
    ("follow_up", "application_id"): "application",
    ("contact", "application_id"): "application",
    ("win", "application_id"): "application",
    ("reframe", "application_id"): "application",
    ("journal_practice", "entry_id"): "journal_entry",
    ("checkin", "partner_id"): "partner",
    ("agreed_goal", "checkin_id"): "checkin",
    ("strength_application", "strength_id"): "strength",
    ("strength_application", "application_id"): "application",
    ("disclosure", "application_id"): "application",
}


def _check_references(tables: dict[str, list[dict]]) -> None:
    ids = {name: {row.get("id") for row in tables.get(name, [])} for name in set(REFERENCES.values())}
    for (table, column), target in REFERENCES.items():
        for number, row in enumerate(tables.get(table, []), start=1):
            value = row.get(column)
            if value is not None and value not in ids[target]:
                raise BadInput(
                    f"This dump's table '{table}' refers to a {target} row that isn't in the dump "
                    f"(row {number}, {column} {value}). Nothing was loaded."
                )


# What each column may hold, so a loaded file works with every command afterwards.
# (tests/test_data.py checks these lists against store/models.py.)
DATETIME_COLUMNS = frozenset({"created_at", "updated_at", "removed_at"})
# Dates only dumps from earlier schemas hold (upgrade_tables carries them into today's tables).
LEGACY_DATE_COLUMNS = frozenset({("application", "interview_on")})
DATE_COLUMNS = frozenset(
    {
        "applied_on",
        "follow_up_on",
        "start_on",
        "deadline_on",
        "held_on",
        "followed_on",
        "cancelled_on",
        "changed_on",
        "won_on",
        "reached_on",
        "next_step_on",
        "entry_on",
        "checkin_on",
        "next_on",
        "done_on",
        "week_start",
        "planned_on",
        "renews_on",
    }
)
REQUIRED_TEXT = {
    "application": ("company", "role", "stage"),
    "application_tag": ("tag",),
    "stage_change": ("to_stage",),
    "win": ("text", "kind"),
    "milestone": ("key", "kind", "title"),
    "journal_practice": ("practice",),
    "partner": ("name", "role"),
    "contact": ("name", "role"),
    "agreed_goal": ("text",),
    "strength": ("name",),
    "disclosure": ("plan",),
    "resource": ("name", "kind"),
    "boundary": ("text",),
    "plan_item": ("section", "text"),
    "support_line": ("name", "contact"),
    "story": ("title", "kind"),
    "training": ("name", "status"),
    "boundary_check": ("answer",),
}
SCALE_COLUMNS = {("journal_entry", "mood"), ("journal_entry", "energy")}
COUNT_COLUMNS = {("goal", name) for name in ("applications", "wins", "checkins", "self_care_days")}
FLAG_COLUMNS = {("reframe", "private"), ("journal_entry", "private")}
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")  # an interview round's "15:30"


def _choices() -> dict[tuple[str, str], tuple[str, ...]]:
    """Columns that hold one of a few words (or null)."""
    from peerjob.domain.contacts import ROLES
    from peerjob.domain.interviews import CHANNELS, KINDS
    from peerjob.domain.stories import KINDS as STORY_KINDS
    from peerjob.domain.training import STATUSES as TRAINING_STATUSES

    return {
        ("interview", "kind"): KINDS,
        ("follow_up", "channel"): CHANNELS,
        ("contact", "role"): ROLES,
        ("story", "kind"): STORY_KINDS,
        ("training", "status"): TRAINING_STATUSES,
        ("boundary_check", "answer"): ("held", "partly", "not"),
    }


SQLITE_INT = (-(2**63), 2**63 - 1)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?")


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def value_problem(table: str, column: str, value: object) -> str | None:
    """Why ``value`` can't go into ``table.column``, or None when it fits."""
    import math

    from peerjob.domain.stages import STAGES
    from peerjob.domain.wins import WIN_KINDS

    if isinstance(value, bool):
        value = int(value)
    if _is_int(value) and not SQLITE_INT[0] <= value <= SQLITE_INT[1]:
        return "the number is too large for SQLite (64-bit)"
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value} is not a number SQLite can keep"
    required = column in REQUIRED_TEXT.get(table, ())
    if value is None:
        return "it can't be empty" if required else None
    if required and (not isinstance(value, str) or not value.strip()):
        return "it needs text and can't be empty"
    if column in DATE_COLUMNS or (table, column) in LEGACY_DATE_COLUMNS:
        return None if _valid(value, _DATE, date.fromisoformat) else f"{value!r} is not a date like 2026-11-20"
    if column in DATETIME_COLUMNS:
        return (
            None
            if _valid(value, _DATETIME, datetime.fromisoformat)
            else (f"{value!r} is not a date and time like 2026-11-20 10:00:00.000000")
        )
    if (table, column) in {("application", "stage"), ("stage_change", "to_stage"), ("stage_change", "from_stage")}:
        return None if value in STAGES else f"{value!r} is not a stage ({', '.join(STAGES)})"
    if (table, column) == ("win", "kind"):
        return None if value in WIN_KINDS else f"{value!r} is not a kind of win ({', '.join(WIN_KINDS)})"
    if (table, column) == ("interview", "at_time"):
        return None if isinstance(value, str) and _TIME.fullmatch(value) else f"{value!r} is not a time like 15:30"
    if (table, column) == ("interview", "duration_min"):
        return None if _is_int(value) and 1 <= value <= 1440 else f"{value!r} is not a number of minutes (1 to 1440)"
    if (table, column) == ("training", "hours"):
        number_ok = isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 10000
        return None if number_ok else f"{value!r} is not a number of hours (0 to 10000)"
    if (table, column) in _choices():
        allowed = _choices()[(table, column)]
        return None if value in allowed else f"{value!r} is not one of {', '.join(allowed)}"
    if (table, column) in SCALE_COLUMNS:
        return None if _is_int(value) and 1 <= value <= 5 else f"{value!r} is not 1 to 5 (or null)"
    if (table, column) in COUNT_COLUMNS:
        return None if _is_int(value) and 0 <= value else f"{value!r} is not a whole number from 0 (or null)"
    if (table, column) in FLAG_COLUMNS:
        return None if value in (0, 1) else f"{value!r} is not 1 or 0"
    if column == "id" or column.endswith("_id"):
        return None if _is_int(value) else f"{value!r} is not a whole-number ID"
    return None


def _valid(value: object, shape: re.Pattern, parse) -> bool:
    if not isinstance(value, str) or not shape.fullmatch(value):
        return False
    try:
        parse(value)
    except ValueError:
        return False
    return True


def load(
    conn: sqlite3.Connection, tables: dict[str, list[dict]], highest_ids: dict[str, int] | None = None
) -> dict[str, int]:
    """Insert every row, keeping IDs (and the highest ID each table gave); the caller's transaction makes it all-or-nothing."""
    present = table_names(conn)
    unknown = sorted(set(tables) - set(present))
    if unknown:
        raise BadInput(
            f"This dump has tables this data file does not: {', '.join(unknown)}. Upgrade peerjob to load it."
        )
    # Foreign keys are checked once everything is in, so the order of tables doesn't matter.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    counts = {}
    for table in present:
        rows = tables.get(table, [])
        if not rows:
            continue
        known = columns(conn, table)
        used = sorted(
            {column for row in rows for column in row},
            key=lambda name: (name not in known, known.index(name) if name in known else 0, name),
        )
        strange = [name for name in used if name not in known]
        if strange:
            raise BadInput(f"This dump's table '{table}' has columns this data file does not: {', '.join(strange)}.")
        marks = ", ".join("?" * len(used))
        names = ", ".join(f'"{name}"' for name in used)
        try:
            conn.executemany(
                f'INSERT INTO "{table}" ({names}) VALUES ({marks})', ([row.get(name) for name in used] for row in rows)
            )
        except sql_errors("IntegrityError") as error:
            raise BadInput(
                f"This dump's table '{table}' doesn't fit the data file ({error}). Nothing was loaded."
            ) from None
        counts[table] = len(rows)
    for table, seq in (highest_ids or {}).items():
        if table in present:
            updated = conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (seq, table))
            if updated.rowcount == 0:
                conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, seq))
    broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        raise BadInput(
            f"This dump's table '{broken[0]}' refers to a {broken[2]} row that isn't in the dump. Nothing was loaded."
        )
    return counts
