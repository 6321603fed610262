"""Nothing lost, nothing stuck: odd paths, cut-off writes, full disks, signals, read-only use, IDs."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# Folder names people really have: C#, 100%, what?, spaces, quotes, other alphabets.
ODD_FOLDERS = ["C#", "100%", "what?", "a b", 'it\'s "quoted"', "Bewerbungen-Jürgen", "求职", "x#y?z%20w"]


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def named_rows(path: Path, table: str) -> list[dict]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')]
    finally:
        conn.close()


def integrity(path: Path) -> str:
    return rows(path, "PRAGMA integrity_check")[0][0]


@pytest.mark.parametrize("folder", ODD_FOLDERS)
def test_the_everyday_loop_keeps_its_data_in_any_folder(peerjob, tmp_path, monkeypatch, folder):
    db = tmp_path / folder / "peerjob.db"
    monkeypatch.setenv("PEERJOB_DB", str(db))
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-20")
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-18")
    second = peerjob.ok("log", "Globex", "Barista", "--date", "2026-11-19")
    assert "application 2" in second.stderr.lower()  # the first one was not wiped
    peerjob.ok("stage", "1", "screening", "--date", "2026-11-19")
    peerjob.ok("win", "Mock interview with Sam", "--kind", "mock-interview")
    peerjob.ok("journal", "A steady day", "--mood", "4")
    assert [row["company"] for row in peerjob.json("list")] == ["ACME", "Globex"]
    assert peerjob.json("review")["applications_total"] == 2
    dump = json.loads(peerjob.ok("dump").stdout)
    assert len(dump["tables"]["application"]) == 2
    backup = tmp_path / folder / "copy #1.db"
    peerjob.ok("backup", str(backup))
    peerjob.ok("log", "Initech", "Analyst", "--date", "2026-11-20")
    peerjob.ok("restore", str(backup), "--yes")
    assert [row["id"] for row in peerjob.json("list")] == [1, 2]
    out = tmp_path / folder / "week?.md"
    peerjob.ok("export", "--output", str(out))
    assert "ACME" in out.read_text(encoding="utf-8")
    assert integrity(db) == "ok"
    assert db.stat().st_mode & 0o777 == 0o600


def test_an_odd_path_keeps_its_data_in_a_real_process(tmp_path, subprocess_env):
    db = tmp_path / "h#ash ?100%" / "peerjob.db"
    env = dict(subprocess_env, PEERJOB_DB=str(db))
    for company in ("ACME", "Globex"):
        subprocess.run(
            [sys.executable, "-m", "peerjob", "log", company, "Role"],
            env=env,
            check=True,
            capture_output=True,
            stdin=subprocess.DEVNULL,
        )
    listed = subprocess.run(
        [sys.executable, "-m", "peerjob", "list", "--json"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert [row["company"] for row in json.loads(listed.stdout)] == ["ACME", "Globex"]


# --- never a schema over a file that holds something -----------------------------


def test_the_create_path_looks_again_just_before_the_swap(db_path, monkeypatch):
    """If something writes the file while the schema is being prepared, the swap does not happen."""
    from peerjob.errors import DataFileError
    from peerjob.store import db as store_db

    db_path.parent.mkdir(parents=True)
    real_upgrade = store_db._run_alembic_upgrade

    def upgrade_while_someone_writes(path):
        real_upgrade(path)
        db_path.write_bytes(b"the person's own words, written meanwhile\n")

    monkeypatch.setattr(store_db, "_run_alembic_upgrade", upgrade_while_someone_writes)
    with pytest.raises(DataFileError, match="changed while peerjob was preparing it"):
        store_db.open_for_writing(db_path)
    assert db_path.read_bytes() == b"the person's own words, written meanwhile\n"
    assert not list(db_path.parent.glob(".*upgrading*"))


def test_an_sqlite_file_without_tables_is_not_taken_over(peerjob, db_path):
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 7")  # writes a header page: a real, if empty, SQLite file
    conn.close()
    before = db_path.read_bytes()
    assert before
    result = peerjob("log", "ACME", "Support")
    assert result.exit_code == 1 and "not a peerjob database" in result.stderr
    assert db_path.read_bytes() == before


# --- a write cut off halfway ----------------------------------------------------------


CUT_OFF_WRITE = textwrap.dedent(
    """
    import os, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # spill to the file at once, so the journal is hot
    conn.execute("BEGIN IMMEDIATE")
    for n in range(3000):
        conn.execute(
            "INSERT INTO application (company, role, stage, applied_on, created_at, updated_at)"
            " VALUES (?, 'Role', 'applied', '2026-11-01', '2026-11-01 00:00:00', '2026-11-01 00:00:00')",
            (f"Cut off {n}" * 5,),
        )
    os._exit(9)  # as if killed: no commit, no rollback, the journal stays
    """
)


def cut_off_a_write(db: Path) -> None:
    subprocess.run([sys.executable, "-c", CUT_OFF_WRITE, str(db)], check=False)
    assert db.with_name(db.name + "-journal").stat().st_size > 0


@pytest.mark.parametrize("command", [["list", "--json"], ["log", "Globex", "Barista"], ["review", "--json"], ["dump"]])
def test_a_cut_off_write_is_rolled_back_not_reported_as_damage(peerjob, db_path, command):
    peerjob.ok("log", "ACME", "Support")
    cut_off_a_write(db_path)
    result = peerjob(*command)
    assert result.exit_code == 0, result.stderr
    assert "damaged" not in result.stderr and "restore" not in result.stderr
    assert not db_path.with_name(db_path.name + "-journal").exists()
    assert integrity(db_path) == "ok"
    companies = [row[0] for row in rows(db_path, "SELECT company FROM application ORDER BY id")]
    assert companies[0] == "ACME" and not any(name.startswith("Cut off") for name in companies)


def test_real_damage_is_said_without_pushing_a_restore_that_loses_newer_data(peerjob, db_path):
    peerjob.ok("log", "ACME", "Support")
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db_path.write_bytes(bytes(data))
    result = peerjob("list")
    assert result.exit_code == 1
    assert "looks damaged" in result.stderr and "only what was saved up to" in result.stderr


# --- a full disk --------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 512 KiB tmpfs, where the machine lets us mount one (root on Linux)."""
    mount_point = tmp_path / "small disk"
    mount_point.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount_point)], capture_output=True, text=True
    )
    if made.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs: {made.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path, leave: int) -> Path:
    """Fill the disk under ``folder`` until about ``leave`` bytes are free."""
    filler = folder / "filler"
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    with open(filler, "wb") as handle:
        handle.write(b"\0" * max(0, free - leave))
    return filler


def test_a_full_disk_says_so_and_keeps_the_file_usable(peerjob, small_disk, monkeypatch, tmp_path):
    db = small_disk / "peerjob.db"
    monkeypatch.setenv("PEERJOB_DB", str(db))
    peerjob.ok("log", "ACME", "Support")
    before = rows(db, "SELECT * FROM application")
    csv_file = tmp_path / "big.csv"
    csv_file.write_text(
        "Company,Role,Date Applied\n"
        + "".join(
            f"Company number {n} with a long name,Role {n} with words,2026-10-{1 + n % 28:02d}\n" for n in range(5000)
        )
    )
    filler = fill(small_disk, leave=40_000)
    result = peerjob("import", str(csv_file))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0] and "nothing from this command was saved" in lines[0].lower()
    assert "rollback" not in result.stderr
    filler.unlink()
    assert [row["company"] for row in peerjob.json("list")] == ["ACME"]
    peerjob.ok("log", "Globex", "Barista")
    assert integrity(db) == "ok"
    assert rows(db, "SELECT * FROM application")[:1] == before


def test_a_full_disk_on_a_small_write_says_so(peerjob, small_disk, monkeypatch):
    db = small_disk / "peerjob.db"
    monkeypatch.setenv("PEERJOB_DB", str(db))
    peerjob.ok("log", "ACME", "Support")
    filler = fill(small_disk, leave=0)
    result = peerjob("journal", "x" * 200_000, "--mood", "3")
    assert result.exit_code == 1 and "disk is full" in result.stderr
    filler.unlink()
    assert peerjob.json("journal", "list") == []


# --- signals --------------------------------------------------------------------------------

SLOW_EDITOR = textwrap.dedent(
    """
    import sys, time, pathlib
    pathlib.Path(sys.argv[1] + ".seen").write_text(sys.argv[2])
    time.sleep(30)
    """
)


@pytest.mark.parametrize(("signame", "code"), [("SIGHUP", 129), ("SIGTERM", 143)])
@pytest.mark.parametrize("command", [["journal"], ["strength", "add", "Patience"]])
def test_a_hang_up_or_terminate_leaves_no_private_temp_file(tmp_path, subprocess_env, signame, code, command):
    import signal
    import time

    marker = tmp_path / "editor"
    editor = tmp_path / "slow_editor.py"
    editor.write_text(SLOW_EDITOR)
    temp_folder = tmp_path / "tmp"
    temp_folder.mkdir()
    env = dict(subprocess_env, EDITOR=f"{sys.executable} {editor} {marker}", TMPDIR=str(temp_folder))
    process = subprocess.Popen(
        [sys.executable, "-m", "peerjob", *command],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    seen = Path(str(marker) + ".seen")
    deadline = time.monotonic() + 20
    while not seen.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert seen.exists(), process.communicate(timeout=5)
    draft = Path(seen.read_text())
    assert draft.exists() and draft.parent == temp_folder
    process.send_signal(getattr(signal, signame))
    process.communicate(timeout=20)
    assert process.returncode == code
    assert list(temp_folder.iterdir()) == []


def test_terminate_during_a_write_rolls_it_back(peerjob, db_path, subprocess_env, tmp_path):
    """SIGTERM while an import holds its transaction: exit 143, nothing saved, the file fine."""
    import signal
    import time

    peerjob.ok("log", "ACME", "Support")
    csv_file = tmp_path / "many.csv"
    csv_file.write_text("Company,Role,Date Applied\n" + "".join(f"C{n},R,2026-10-01\n" for n in range(60_000)))
    process = subprocess.Popen(
        [sys.executable, "-m", "peerjob", "import", str(csv_file)],
        env=subprocess_env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    journal = db_path.with_name(db_path.name + "-journal")
    deadline = time.monotonic() + 30
    while not journal.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    if process.poll() is not None:
        pytest.fail(f"the import ended before it could be stopped: {process.communicate()}")
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=30)
    assert process.returncode == 143
    assert rows(db_path, "SELECT company FROM application") == [("ACME",)]
    assert integrity(db_path) == "ok"


# --- commands that only read -------------------------------------------------------------

READ_COMMANDS = [
    ["list"],
    ["list", "--json"],
    ["review", "--json"],
    ["review"],
    ["stats"],
    ["dump"],
    ["due"],
    ["wins"],
    ["milestones"],
    ["journal", "list"],
    ["checkins"],
    ["export"],
    ["calendar"],
    ["show", "1"],
]


def snapshot(path: Path) -> tuple | None:
    if not path.exists():
        return None
    info = path.stat()
    return path.read_bytes(), info.st_mode, info.st_mtime_ns


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_reading_never_creates_a_file(peerjob, db_path, command):
    peerjob(*command)
    assert not db_path.exists()
    assert not db_path.parent.exists() or list(db_path.parent.iterdir()) == []


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_reading_an_empty_file_leaves_it_empty(peerjob, db_path, command):
    db_path.parent.mkdir(parents=True)
    db_path.touch(mode=0o644)
    os.chmod(db_path, 0o644)
    before = snapshot(db_path)
    peerjob(*command)
    assert snapshot(db_path) == before


def test_reading_an_empty_file_says_there_is_no_data_yet(peerjob, db_path):
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    assert peerjob.json("list") == []
    assert "no applications" in peerjob.ok("list").stderr.lower()


def test_a_write_may_start_an_empty_file(peerjob, db_path):
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    peerjob.ok("log", "ACME", "Support")
    assert [row["company"] for row in peerjob.json("list")] == ["ACME"]


def test_a_refused_write_leaves_an_empty_file_empty(peerjob, db_path):
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    assert peerjob("stage", "99", "screening").exit_code == 2
    assert db_path.read_bytes() == b""


@pytest.fixture
def read_only_disk(tmp_path):
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    mount_point = tmp_path / "usb stick"
    mount_point.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)], capture_output=True, text=True
    )
    if made.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs: {made.stderr.strip()}")

    def make_read_only():
        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)

    try:
        yield mount_point, make_read_only
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_file_on_a_read_only_disk_can_be_read(peerjob, read_only_disk, monkeypatch):
    folder, make_read_only = read_only_disk
    db = folder / "peerjob.db"
    monkeypatch.setenv("PEERJOB_DB", str(db))
    peerjob.ok("log", "ACME", "Support")
    os.chmod(db, 0o644)  # as a copy on a stick often is; reading must not need to change it
    make_read_only()
    assert [row["company"] for row in peerjob.json("list")] == ["ACME"]
    assert peerjob.json("review")["applications_total"] == 1
    result = peerjob("log", "Globex", "Barista")
    assert result.exit_code == 1 and "Traceback" not in result.stderr


# --- IDs ------------------------------------------------------------------------------------------


def test_ids_are_never_given_again(peerjob):
    for company in ("A", "B", "C"):
        peerjob.ok("log", company, "Role")
    peerjob.ok("delete", "3", "--yes")
    logged = peerjob.ok("log", "D", "Role")
    assert [row["id"] for row in peerjob.json("list")] == [1, 2, 4]
    # One number for one application: its ID; the count is said as a count.
    assert "application 4" in logged.stderr.lower() and "3 in all" in logged.stderr
    assert "application 3" not in logged.stderr.lower()


def test_an_import_after_a_delete_gives_new_ids(peerjob, tmp_path):
    peerjob.ok("log", "A", "Role", "--date", "2026-11-01")
    peerjob.ok("log", "B", "Role", "--date", "2026-11-01")
    peerjob.ok("delete", "2", "--yes")
    csv_file = tmp_path / "more.csv"
    csv_file.write_text("Company,Role,Date Applied\nC,Role,2026-11-02\n")
    peerjob.ok("import", str(csv_file))
    assert [(row["id"], row["company"]) for row in peerjob.json("list")] == [(1, "A"), (3, "C")]


def test_dump_and_load_keep_the_ids_already_given(peerjob, tmp_path):
    for company in ("A", "B", "C"):
        peerjob.ok("log", company, "Role")
    peerjob.ok("delete", "3", "--yes")
    dump_file = tmp_path / "dump.json"
    dump_file.write_text(peerjob.ok("dump").stdout)
    assert json.loads(dump_file.read_text())["last_ids"]["application"] == 3
    other = tmp_path / "other" / "peerjob.db"
    peerjob.ok("--db", str(other), "load", str(dump_file))
    peerjob.ok("--db", str(other), "log", "D", "Role")
    assert [row["id"] for row in peerjob.json("--db", str(other), "list")] == [1, 2, 4]


# --- leftovers and folders ---------------------------------------------------------------------


def a_finished_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_backup_removes_what_a_killed_backup_left(peerjob, db_path):
    peerjob.ok("log", "ACME", "Support")
    target = db_path.parent / "mine.db"
    leftover = db_path.parent / f".mine.db.partial-{a_finished_pid()}"
    leftover.write_bytes(b"private rows")
    leftover.with_name(leftover.name + "-journal").write_bytes(b"journal")
    peerjob.ok("backup", str(target))
    assert sorted(path.name for path in db_path.parent.iterdir()) == ["mine.db", "peerjob.db"]


def test_restore_and_export_remove_what_killed_runs_left(peerjob, db_path, tmp_path):
    peerjob.ok("log", "ACME", "Support")
    backup = tmp_path / "b.db"
    peerjob.ok("backup", str(backup))
    stale_restore = db_path.parent / f".peerjob.db.partial-{a_finished_pid()}"
    stale_restore.write_bytes(b"x")
    peerjob.ok("restore", str(backup), "--yes")
    assert not stale_restore.exists()
    out = tmp_path / "week.md"
    stale_export = tmp_path / f".week.md.partial-{a_finished_pid()}-abcd1234"
    stale_export.write_text("private")
    peerjob.ok("export", "--output", str(out))
    assert not stale_export.exists() and out.exists()


def test_wipe_removes_leftover_partials(peerjob, db_path):
    peerjob.ok("log", "ACME", "Support")
    leftovers = [db_path.parent / ".peerjob.db.partial-123", db_path.parent / ".peerjob.db.upgrading"]
    for path in leftovers:
        path.write_bytes(b"x")
    peerjob.ok("wipe", "--yes-really")
    assert not any(path.exists() for path in leftovers)


def test_folders_peerjob_makes_are_owner_only_under_any_umask(peerjob, monkeypatch, tmp_path):
    monkeypatch.delenv("PEERJOB_DB")
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    previous = os.umask(0)
    try:
        peerjob.ok("log", "ACME", "Support")
    finally:
        os.umask(previous)
    for folder in (home, home / ".local", home / ".local" / "share", home / ".local" / "share" / "peerjob"):
        assert folder.stat().st_mode & 0o777 == 0o700, folder


def test_a_long_csv_cell_imports(peerjob, tmp_path):
    note = "a long note " * 100_000  # over 1 MB in one cell
    csv_file = tmp_path / "long.csv"
    csv_file.write_text(f'Company,Role,Date Applied,Notes\nACME,Support,2026-11-02,"{note}"\n')
    peerjob.ok("import", str(csv_file))
    assert peerjob.json("list")[0]["note"] == note.strip()


# --- upgrades from every earlier schema, with a row in every table -----------------------------


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_upgrade_keeps_every_row_and_gives_no_id_again(peerjob, db_path, revision):
    from alembic import command

    from test_data import fill_every_table
    from test_store import alembic_config

    fill_every_table(peerjob, db_path)
    command.downgrade(alembic_config(db_path), revision)
    tables = [
        name
        for (name,) in rows(db_path, "SELECT name FROM sqlite_master WHERE type='table'")
        if name not in ("alembic_version", "sqlite_sequence")
    ]
    before = {table: named_rows(db_path, table) for table in tables}
    assert all(before[table] for table in tables), [table for table in tables if not before[table]]
    highest = max(row["id"] for row in before["application"])
    peerjob.ok("delete", str(highest), "--yes")  # a write: upgrades the file, after a backup
    peerjob.ok("log", "Newer", "Role")
    after = {table: named_rows(db_path, table) for table in tables}

    def as_before(table: str, row: dict) -> dict:
        # Compared by column name: an upgrade may add columns, move them, or (0005) carry
        # application.interview_on into the interview table.
        return {name: row.get(name) for name in before[table][0] if name != "interview_on"}

    for table in tables:
        if table in (
            "application",
            "stage_change",
            "milestone",
            "application_tag",
            "win",
            "reframe",
            "disclosure",
            "strength_application",
            "interview",
            "follow_up",
        ):
            continue  # the delete and the new log change these; checked below
        assert [as_before(table, row) for row in after[table]] == [as_before(table, row) for row in before[table]], (
            table
        )
    kept = [as_before("application", row) for row in before["application"] if row["id"] != highest]
    assert [as_before("application", row) for row in after["application"][: len(kept)]] == kept
    assert after["application"][-1]["id"] == highest + 1  # the deleted ID is not given again
    assert integrity(db_path) == "ok"
    assert rows(db_path, "SELECT version_num FROM alembic_version") == [
        (__import__("peerjob.store.version", fromlist=["HEAD"]).HEAD,)
    ]


def test_a_refused_first_command_never_takes_another_commands_data_with_it(peerjob, db_path, monkeypatch):
    """Two first runs at once: one is refused while the other has already saved into the new file."""
    from peerjob.store import db as store_db

    real_open = store_db.open_for_writing

    def open_then_someone_else_logs(path, state=None):
        conn = real_open(path, state)
        other = sqlite3.connect(path)
        other.execute(
            "INSERT INTO application (company, role, stage, applied_on, created_at, updated_at)"
            " VALUES ('Saved meanwhile', 'Role', 'applied', '2026-11-20', '2026-11-20 00:00:00', '2026-11-20 00:00:00')"
        )
        other.commit()
        other.close()
        return conn

    monkeypatch.setattr(store_db, "open_for_writing", open_then_someone_else_logs)
    assert peerjob("stage", "99", "screening").exit_code == 2
    assert rows(db_path, "SELECT company FROM application") == [("Saved meanwhile",)]


def test_a_refused_first_command_leaves_no_file(peerjob, db_path):
    assert peerjob("stage", "99", "screening").exit_code == 2
    assert not db_path.exists() and not db_path.with_name(db_path.name + "-journal").exists()


def test_a_cut_off_write_on_a_read_only_disk_is_not_called_damage(peerjob, read_only_disk, monkeypatch):
    folder, make_read_only = read_only_disk
    db = folder / "peerjob.db"
    monkeypatch.setenv("PEERJOB_DB", str(db))
    peerjob.ok("log", "ACME", "Support")
    cut_off_a_write(db)
    make_read_only()
    result = peerjob("list")
    assert result.exit_code == 1
    assert "was cut off" in result.stderr and "Your data is all there" in result.stderr
    assert "damaged" not in result.stderr and "restore" not in result.stderr
