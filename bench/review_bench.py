"""Ten years of heavy use, then time `peerjob review` on it.

Generates 20,000 applications with 60,000 stage changes, 3,650 journal
entries, 500 check-ins and 2,000 wins (bulk inserts into a fresh peerjob
database), then runs `peerjob review` and `peerjob review --json` as
subprocesses and prints the median wall time. Target: under 1.5 s.

    python bench/review_bench.py [--keep PATH]
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from startup import peerjob_command  # noqa: E402

TARGET_SECONDS = 1.5
TODAY = date(2026, 11, 22)
DAYS = 3650
STAGE_PATHS = [
    ["applied", "screening", "interviewing"],
    ["applied", "rejected", "rejected"],
    ["applied", "no-response", "no-response"],
    ["applied", "screening", "rejected"],
    ["applied", "interviewing", "offer"],
]


def generate(db: Path) -> dict[str, int]:
    from peerjob.store.db import open_database

    rng = random.Random(7)  # the same dataset every run
    start = TODAY - timedelta(days=DAYS - 1)
    now = "2026-11-22 12:00:00.000000"
    conn = open_database(db)
    conn.execute("BEGIN")
    applications, changes = [], []
    for number in range(1, 20_001):
        applied = start + timedelta(days=rng.randrange(DAYS - 30))
        path = STAGE_PATHS[number % len(STAGE_PATHS)]
        final = path[2]
        applications.append(
            (
                number,
                f"Company {number % 3000}",
                f"Role {number % 40}",
                final,
                applied.isoformat(),
                f"source {number % 6}",
                (applied + timedelta(days=7)).isoformat(),
                now,
                now,
            )
        )
        changes.append((number, None, "applied", applied.isoformat(), now))
        changes.append((number, "applied", path[1], (applied + timedelta(days=5)).isoformat(), now))
        changes.append((number, path[1], final, (applied + timedelta(days=12)).isoformat(), now))
    conn.executemany(
        "INSERT INTO application (id, company, role, stage, applied_on, source, follow_up_on, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        applications,
    )
    conn.executemany(
        "INSERT INTO stage_change (application_id, from_stage, to_stage, changed_on, created_at) VALUES (?, ?, ?, ?, ?)",
        changes,
    )
    conn.executemany(
        "INSERT INTO journal_entry (id, entry_on, text, mood, energy, private, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)",
        [
            (n + 1, (start + timedelta(days=n)).isoformat(), "entry", rng.randint(1, 5), rng.randint(1, 5), now)
            for n in range(DAYS)
        ],
    )
    conn.executemany(
        "INSERT INTO journal_practice (entry_id, practice) VALUES (?, ?)",
        [(n + 1, practice) for n in range(DAYS) for practice in ("walk", "meeting")[: n % 3]],
    )
    conn.executemany(
        "INSERT INTO partner (id, name, role, created_at) VALUES (?, ?, 'accountability', ?)",
        [(1, "Sam", now), (2, "Alex", now)],
    )
    conn.executemany(
        "INSERT INTO checkin (partner_id, checkin_on, channel, next_on, created_at) VALUES (?, ?, 'call', ?, ?)",
        [
            (
                1 + n % 2,
                (start + timedelta(days=n * 7)).isoformat(),
                (start + timedelta(days=n * 7 + 7)).isoformat(),
                now,
            )
            for n in range(500)
        ],
    )
    conn.executemany(
        "INSERT INTO win (text, kind, won_on, created_at) VALUES (?, ?, ?, ?)",
        [
            (f"win {n}", "mock-interview", (start + timedelta(days=rng.randrange(DAYS))).isoformat(), now)
            for n in range(2000)
        ],
    )
    conn.execute("COMMIT")
    counts = {
        table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("application", "stage_change", "journal_entry", "checkin", "win")
    }
    conn.close()
    return counts


def main() -> int:
    keep = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--keep" else None
    with tempfile.TemporaryDirectory() as folder:
        db = Path(keep) if keep else Path(folder) / "ten-years.db"
        started = time.perf_counter()
        counts = generate(db)
        print(f"generated in {time.perf_counter() - started:.1f} s: {counts}")
        env = dict(os.environ, PEERJOB_DB=str(db), PEERJOB_TODAY=TODAY.isoformat(), NO_COLOR="1")
        worst = 0.0
        for args in (["review", "--json"], ["review", "--no-plan"], ["review", "--week", "2021-W10", "--json"]):
            times = []
            for _ in range(5):
                began = time.perf_counter()
                subprocess.run(peerjob_command() + args, env=env, check=True, capture_output=True)
                times.append(time.perf_counter() - began)
            median = statistics.median(times)
            worst = max(worst, median)
            print(f"peerjob {' '.join(args):<32} median {median * 1000:7.1f} ms")
    verdict = "ok" if worst < TARGET_SECONDS else "MISSED"
    print(f"target: under {TARGET_SECONDS} s -> {verdict}")
    return 0 if worst < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
