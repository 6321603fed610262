"""kill -9 at random moments: afterwards the file checks out, nothing acknowledged is missing, nobody is locked out.

Each operation is first run once to the end to learn how long it takes;
then it is started again and killed at seeded random moments within that
time. The seed is fixed so a failure can be replayed
(PEERJOB_FAULT_SEED=N to try others).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

SEED = int(os.environ.get("PEERJOB_FAULT_SEED", "20261203"))
KILLS_PER_OPERATION = 6


def run(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "peerjob", *args],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def timed(env: dict, *args: str) -> float:
    start = time.perf_counter()
    done = run(env, *args)
    assert done.returncode == 0, done.stderr
    return time.perf_counter() - start


def kill_after(env: dict, seconds: float, *args: str) -> int | None:
    """Start peerjob, SIGKILL it after ``seconds``; its exit code if it finished first."""
    process = subprocess.Popen(
        [sys.executable, "-m", "peerjob", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        return process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return None


def companies(db: Path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT id, company FROM application ORDER BY id").fetchall()
    finally:
        conn.close()


def check_file(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def check_usable(peerjob) -> list[dict]:
    """The next commands work: a read and a write (no lock-out). In-process: only the kill needs a process."""
    listed = peerjob.json("list")
    peerjob.ok("log", "After the kill", "Role", "--again")  # may run after a log of the same
    return listed


@pytest.fixture
def env(subprocess_env, db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    return dict(subprocess_env, PEERJOB_TODAY="2026-11-20")


def delays(rng: random.Random, duration: float) -> list[float]:
    # Python's own start-up is most of a run; spread the kills over the whole of it, a little beyond.
    return sorted(rng.uniform(0.05, duration * 1.1) for _ in range(KILLS_PER_OPERATION))


def test_kills_during_log_lose_nothing_acknowledged(peerjob, env, db_path):
    rng = random.Random(SEED)
    peerjob.ok("log", "Acknowledged 0", "Role")
    acknowledged = ["Acknowledged 0"]
    duration = timed(env, "log", "Timing run", "Role")
    acknowledged.append("Timing run")
    for number, delay in enumerate(delays(rng, duration), start=1):
        name = f"Maybe {number}"
        if kill_after(env, delay, "log", name, "Role") == 0:
            acknowledged.append(name)
        check_file(db_path)
        listed = [row["company"] for row in check_usable(peerjob)]
        assert [name for name in acknowledged if name not in listed] == []
        acknowledged.append("After the kill")
        # A killed log is all or nothing: the row, its stage history and its milestone together.
        conn = sqlite3.connect(db_path)
        orphans = conn.execute(
            "SELECT count(*) FROM application a WHERE NOT EXISTS (SELECT 1 FROM stage_change s WHERE s.application_id = a.id)"
        ).fetchone()[0]
        conn.close()
        assert orphans == 0


def put_back(db: Path, content: bytes) -> None:
    """Start each kill from the same file: the import is idempotent, so a finished one would hide the rest."""
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    db.write_bytes(content)
    os.chmod(db, 0o600)


def test_kills_during_import_leave_all_or_nothing(peerjob, env, db_path, tmp_path):
    rng = random.Random(SEED + 1)
    peerjob.ok("log", "Acknowledged", "Role")
    start = db_path.read_bytes()
    rows = 5000
    csv_file = tmp_path / "big.csv"
    csv_file.write_text(
        "Company,Role,Date Applied\n" + "".join(f"Imported {n},Role,2026-10-{1 + n % 28:02d}\n" for n in range(rows))
    )
    duration = timed(env, "import", str(csv_file))
    outcomes = []
    for delay in delays(rng, duration):
        put_back(db_path, start)
        finished = kill_after(env, delay, "import", str(csv_file)) == 0
        check_file(db_path)
        names = [name for _, name in companies(db_path)]
        imported = sum(name.startswith("Imported ") for name in names)
        assert imported in (0, rows), f"a killed import left {imported} of {rows} rows"
        assert "Acknowledged" in names
        if finished:
            assert imported == rows
        outcomes.append(imported == 0)  # killed before its commit
        check_usable(peerjob)
    assert any(outcomes), "every import committed before its kill: no kill landed inside a write"


def test_kills_during_load_leave_an_empty_file_or_a_whole_one(peerjob, env, db_path, tmp_path):
    rng = random.Random(SEED + 2)
    source = dict(env, PEERJOB_DB=str(tmp_path / "source" / "peerjob.db"))
    assert run(source, "log", "Loaded", "Role").returncode == 0
    # The rest straight in, to keep the test quick; the dump is what matters.
    conn = sqlite3.connect(tmp_path / "source" / "peerjob.db")
    conn.executemany(
        "INSERT INTO application (company, role, stage, applied_on, created_at, updated_at)"
        " VALUES (?, 'Role', 'applied', '2026-11-01', '2026-11-01 00:00:00.000000', '2026-11-01 00:00:00.000000')",
        [(f"Bulk {n}",) for n in range(2000)],
    )
    conn.commit()
    conn.close()
    dump_file = tmp_path / "dump.json"
    dump_file.write_text(run(source, "dump").stdout)
    expected = len(json.loads(dump_file.read_text())["tables"]["application"])
    duration = timed(dict(env, PEERJOB_DB=str(tmp_path / "timing" / "peerjob.db")), "load", str(dump_file))
    for delay in delays(rng, duration):
        for leftover in db_path.parent.glob("peerjob.db*"):
            leftover.unlink()
        finished = kill_after(env, delay, "load", str(dump_file)) == 0
        if db_path.exists() and db_path.stat().st_size:
            check_file(db_path)
            count = len(companies(db_path))
            assert count in (0, expected)
            if finished:
                assert count == expected
        peerjob.ok("list", "--json")


def test_kills_during_restore_leave_the_old_file_or_the_backup(peerjob, env, db_path, tmp_path):
    rng = random.Random(SEED + 3)
    peerjob.ok("log", "Current", "Role")
    backup_source = dict(env, PEERJOB_DB=str(tmp_path / "other" / "peerjob.db"))
    assert run(backup_source, "log", "From the backup", "Role").returncode == 0
    backup = tmp_path / "other" / "peerjob.db"
    duration = timed(dict(env, PEERJOB_DB=str(tmp_path / "timing" / "peerjob.db")), "restore", str(backup), "--yes")
    for delay in delays(rng, duration):
        before = companies(db_path)
        finished = kill_after(env, delay, "restore", str(backup), "--yes") == 0
        check_file(db_path)
        after = companies(db_path)
        assert after in (before, [(1, "From the backup")])
        if finished:
            assert after == [(1, "From the backup")]
        check_usable(peerjob)
        # Start again from a file unlike the backup, so the next kill can tell them apart.
        for leftover in db_path.parent.glob("peerjob.db*"):
            leftover.unlink()
        peerjob.ok("log", "Current", "Role")
    peerjob.ok("restore", str(backup), "--yes")  # the next restore sweeps what killed ones left
    assert not list(db_path.parent.glob(".*.partial-*"))


def test_kills_during_backup_never_touch_the_data_file(peerjob, env, db_path, tmp_path):
    rng = random.Random(SEED + 4)
    peerjob.ok("log", "Kept", "Role")
    conn = sqlite3.connect(db_path)
    conn.executemany(
        "INSERT INTO application (company, role, stage, applied_on, created_at, updated_at)"
        " VALUES (?, 'Role', 'applied', '2026-11-01', '2026-11-01 00:00:00.000000', '2026-11-01 00:00:00.000000')",
        [(f"Bulk {n}",) for n in range(5000)],
    )
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    folder = tmp_path / "backups"
    folder.mkdir()
    duration = timed(env, "backup", str(folder / "timing.db"))
    for number, delay in enumerate(delays(rng, duration)):
        target = folder / f"copy-{number}.db"
        finished = kill_after(env, delay, "backup", str(target)) == 0
        assert db_path.read_bytes() == before
        if target.exists():
            check_file(target)
        if finished:
            assert target.exists()
    done = run(env, "backup", str(folder / "last.db"))
    assert done.returncode == 0, done.stderr
    assert not [path.name for path in folder.iterdir() if ".partial-" in path.name]
    check_usable(peerjob)
