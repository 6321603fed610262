"""`peerjob list` with 5,000 applications: on a terminal, in a pipe, and as JSON.

Run with `make bench` (or `python bench/list_bench.py` inside the venv).
Targets (2-core machine): on a terminal under 1 s, `--json` under 0.5 s. "On
a terminal" is what peerjob writes when it believes stdout is one
(TTY_COMPATIBLE=1, 120 columns): the sized table, not the tab-separated
lines a pipe gets. Median of BENCH_RUNS runs (default 7).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from startup import compile_package, peerjob_command  # noqa: E402

ROWS = 5000
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
TARGETS = {"list on a terminal": 1.0, "list --json": 0.5}


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, PEERJOB_DB=str(Path(folder) / "bench.db"), NO_COLOR="1", PEERJOB_TODAY="2026-11-22")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        compile_package()
        peerjob = peerjob_command()
        sheet = Path(folder) / "jobs.csv"
        lines = ["company,role,date applied,notes"]
        lines += [f"Company {n},Role {n % 37},2026-{1 + n % 10:02d}-{1 + n % 27:02d},note {n}" for n in range(ROWS)]
        sheet.write_text("\n".join(lines) + "\n")
        subprocess.run(peerjob + ["import", str(sheet)], env=env, check=True, capture_output=True)
        cases = {
            "list on a terminal": (peerjob + ["list"], dict(env, TTY_COMPATIBLE="1", COLUMNS="120")),
            "list in a pipe": (peerjob + ["list"], env),
            "list --json": (peerjob + ["list", "--json"], env),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(RUNS):
            for name, (argv, case_env) in cases.items():
                start = time.perf_counter()
                subprocess.run(argv, env=case_env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                times[name].append(time.perf_counter() - start)
    failed = False
    print(f"{'case':<20} {'median s':>9}  target ({ROWS:,} applications)")
    for name, measured in times.items():
        median = statistics.median(measured)
        target = TARGETS.get(name)
        verdict = ""
        if target is not None:
            missed = median > target
            failed |= missed
            verdict = f"<= {target:g} s" + (" MISSED" if missed else " ok")
        print(f"{name:<20} {median:>9.2f}  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
