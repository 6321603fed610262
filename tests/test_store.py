"""The data file: where it lives, who can read it, and that nothing is lost."""

import sqlite3
import subprocess
import sys

import pytest

from peerjob.store.version import HEAD, REVISIONS

# The data file's own tests create it the real way, with Alembic (see conftest.new_files_from_the_template).
pytestmark = pytest.mark.real_migrations


def alembic_config(db):
    from alembic.config import Config

    from peerjob.store.db import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{db}")
    return config


def test_folder_and_file_are_owner_only(peerjob, db_path):
    peerjob.ok("log", "ACME", "Support")
    assert db_path.parent.stat().st_mode & 0o777 == 0o700
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_default_location_is_the_user_data_folder(peerjob, monkeypatch, tmp_path):
    monkeypatch.delenv("PEERJOB_DB")
    expected = tmp_path / "xdg" / "peerjob" / "peerjob.db"
    assert peerjob.ok("where").stdout.strip() == str(expected)
    peerjob.ok("log", "ACME", "Support")
    assert expected.exists()
    assert expected.parent.stat().st_mode & 0o777 == 0o700


def test_db_option_beats_the_environment(peerjob, tmp_path, db_path):
    chosen = tmp_path / "chosen" / "mine.db"
    peerjob.ok("--db", str(chosen), "log", "ACME", "Support")
    assert chosen.exists() and not db_path.exists()


def test_listed_revisions_match_the_migration_scripts():
    from alembic.script import ScriptDirectory

    from peerjob.store.db import MIGRATIONS_DIR

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    oldest_first = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(oldest_first) == REVISIONS
    assert script.get_current_head() == HEAD


def test_models_and_newest_migration_agree(peerjob, db_path):
    """Fails when a model changed without a migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine
    from sqlmodel import SQLModel

    from peerjob.store import models  # noqa: F401  (fills the metadata)

    peerjob.ok("log", "ACME", "Support")  # creates the file at HEAD
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    engine.dispose()
    assert differences == []


# Every earlier state a file can be in; None is a file that exists but is empty.
EARLIER = [None, *REVISIONS[:-1]]


@pytest.mark.parametrize("revision", EARLIER)
def test_upgrades_from_every_earlier_version(peerjob, db_path, revision):
    from alembic import command

    db_path.parent.mkdir(parents=True)
    db_path.touch()
    if revision is not None:
        command.upgrade(alembic_config(db_path), revision)
    peerjob.ok("log", "ACME", "Support")
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        assert conn.execute("SELECT count(*) FROM application").fetchone()[0] == 1
    backups = list(db_path.parent.glob("*.bak"))
    assert len(backups) == (0 if revision is None else 1)
    for backup in backups:
        assert backup.stat().st_mode & 0o777 == 0o600


def test_not_a_peerjob_file_is_reported_and_left_alone(peerjob, db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_text("my shopping list\n")
    before = db_path.read_bytes()
    result = peerjob("log", "ACME", "Support")
    assert result.exit_code == 1
    assert "not a peerjob database" in result.stderr and "Traceback" not in result.stderr
    assert db_path.read_bytes() == before


def test_another_sqlite_database_is_left_alone(peerjob, db_path):
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = db_path.read_bytes()
    result = peerjob("list")
    assert result.exit_code == 1 and "not a peerjob database" in result.stderr
    assert db_path.read_bytes() == before


def test_a_corrupt_file_is_reported_and_left_alone(peerjob, db_path):
    peerjob.ok("log", "ACME", "Support")
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    db_path.write_bytes(bytes(data))
    before = db_path.read_bytes()
    result = peerjob("list")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert db_path.read_bytes() == before


def test_a_file_from_a_newer_peerjob_is_refused(peerjob, db_path):
    peerjob.ok("log", "ACME", "Support")
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    result = peerjob("log", "Globex", "Barista")
    assert result.exit_code == 1 and "newer peerjob" in result.stderr
    assert db_path.read_bytes() == before


def test_two_logs_at_once_both_succeed(peerjob, subprocess_env, db_path):
    peerjob.ok("log", "Warm", "Up")  # the file exists; both runs take the everyday path
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "peerjob", "log", f"Company {n}", "Role"],
            env=subprocess_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for n in range(4)
    ]
    codes = [run.wait(timeout=60) for run in runs]
    assert codes == [0, 0, 0, 0], [run.stderr.read() for run in runs]
    assert len(peerjob.json("list")) == 5


def test_two_first_runs_at_once_both_succeed(subprocess_env, peerjob):
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "peerjob", "log", f"Company {n}", "Role"],
            env=subprocess_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for n in range(2)
    ]
    codes = [run.wait(timeout=120) for run in runs]
    assert codes == [0, 0], [run.stderr.read() for run in runs]
    assert len(peerjob.json("list")) == 2


def test_a_failed_command_saves_nothing(peerjob, db_path, monkeypatch):
    """One transaction per command: a failure halfway leaves no half-record."""
    peerjob.ok("log", "ACME", "Support")
    from peerjob.store import applications

    def fail_after_insert(conn, application_id, tags):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(applications, "set_tags", fail_after_insert)
    result = peerjob("log", "Globex", "Barista", "--tag", "x")
    assert result.exit_code == 1
    assert [row["company"] for row in peerjob.json("list")] == ["ACME"]
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM stage_change").fetchone()[0] == 1


# A value for each NOT NULL column a filler row needs, by name (the rest by type).
FILLER = {
    "stage": "applied",
    "to_stage": "applied",
    "kind": "other",
    "role": "Support",
    "plan": "undecided",
    "operation": "INSERT",
}


def _fill_every_table(conn: sqlite3.Connection) -> dict[str, int]:
    """Two rows in every table there is (parents first, so references hold); returns the counts."""
    from peerjob.store.dump import TABLE_ORDER, table_names

    counts = {}
    for table in [name for name in TABLE_ORDER if name in table_names(conn)]:
        info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        for number in (1, 2):
            values = {}
            for _cid, name, kind, notnull, _default, pk in info:
                kind = (kind or "").upper()
                if pk and kind == "INTEGER" and name == "id":
                    values[name] = number
                elif name.endswith("_id") or kind == "INTEGER" or kind == "BOOLEAN":
                    values[name] = number if name.endswith("_id") else 1
                elif kind == "DATE":
                    values[name] = f"2026-11-2{number}"
                elif kind == "DATETIME":
                    values[name] = f"2026-11-2{number} 10:00:00.000000"
                elif notnull or pk:
                    values[name] = FILLER.get(name, f"{table}-{name}-{number}")
            names = ", ".join(f'"{name}"' for name in values)
            conn.execute(
                f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(values))})', list(values.values())
            )
        counts[table] = 2
    return counts


@pytest.mark.parametrize("revision", REVISIONS[:-1])
def test_every_row_survives_the_upgrade_from_every_earlier_schema(peerjob, db_path, revision):
    """Data in every kind of row at an earlier schema: all of it is there after the upgrade,
    and each planned interview date is now a round of its application."""
    from alembic import command

    db_path.parent.mkdir(parents=True)
    command.upgrade(alembic_config(db_path), revision)
    with sqlite3.connect(db_path) as conn:
        counts = _fill_every_table(conn)
        had_interview_dates = "interview_on" in {row[1] for row in conn.execute("PRAGMA table_info(application)")}
        if had_interview_dates:
            conn.execute("UPDATE application SET interview_on = '2026-11-26' WHERE id = 2")
    conn.close()
    peerjob.ok("win", "Upgraded")  # a command that writes upgrades the file first
    counts["win"] = counts.get("win", 0) + 1
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        for table, count in counts.items():
            now = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            # The new win may reach milestones of its own; every other table holds exactly what it held.
            assert now >= count if table == "milestone" else now == count, table
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rounds = conn.execute("SELECT application_id, held_on, at_time FROM interview").fetchall()
    conn.close()
    # Each application's date became its round (row 1 kept the filler's date, row 2 was set above).
    if had_interview_dates:
        assert rounds == [(1, "2026-11-21", None), (2, "2026-11-26", None)]
    else:  # rounds there were already (from 0005 on) are kept as they were; before 0004 there were none
        assert len(rounds) == counts.get("interview", 0)
    if had_interview_dates:
        (shown,) = [row for row in peerjob.json("interview", "list") if row["application_id"] == 2]
        assert shown["date"] == "2026-11-26" and shown["time"] is None


def test_a_downgrade_from_0005_keeps_ids_never_reused(peerjob, db_path):
    """Going back to 0004 (a developer's tool) keeps AUTOINCREMENT and the highest ID given."""
    from alembic import command

    for company in ("A", "B", "C"):
        peerjob.ok("log", company, "Role")
    peerjob.ok("interview", "add", "2", "2026-12-30 10:00")
    peerjob.ok("delete", "3", "--yes")
    command.downgrade(alembic_config(db_path), "0004")
    with sqlite3.connect(db_path) as conn:
        table_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'application'").fetchone()[0]
        seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'application'").fetchone()[0]
        dates = conn.execute("SELECT id, interview_on FROM application ORDER BY id").fetchall()
    conn.close()
    assert "AUTOINCREMENT" in table_sql and seq == 3
    assert dates == [(1, None), (2, "2026-12-30")]
