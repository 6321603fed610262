"""Start-up time and peak memory of everyday commands, against a bare interpreter.

Run with `make bench` (or `python bench/startup.py` inside the venv). Uses only
the standard library: wall time from time.perf_counter around a subprocess,
peak memory (max RSS) of that child from resource.getrusage. Ratios are
measured in the same run as `python -c pass`, so a slow machine slows both.

Targets (2-core machine): --help <= 15x, log <= 30x the bare interpreter.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "15"))
TARGETS = {"peerjob --help": 15.0, "peerjob log": 30.0}


def peerjob_command() -> list[str]:
    found = shutil.which("peerjob", path=str(Path(sys.executable).parent)) or shutil.which("peerjob")
    return [found] if found else [sys.executable, "-m", "peerjob"]


def measure(argv: list[str], env: dict[str, str], runs: int = RUNS) -> tuple[float, float]:
    """Median wall seconds and the largest peak RSS (MiB) over `runs` runs."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(argv)} failed")
        peaks.append(usage.ru_maxrss / 1024)  # KiB on Linux
    return statistics.median(times), max(peaks)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, PEERJOB_DB=str(Path(folder) / "bench.db"), NO_COLOR="1")
        peerjob = peerjob_command()
        # Create the file and a little history first: we time the everyday
        # path, not the one-off creation.
        for number in range(20):
            subprocess.run(peerjob + ["log", f"Company {number}", "Role", "--date", f"{number} days ago"],
                           env=env, check=True, capture_output=True)
        cases = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "peerjob --help": peerjob + ["--help"],
            "peerjob --version": peerjob + ["--version"],
            "peerjob log": peerjob + ["log", "Bench Co", "Bench Role", "--tag", "bench"],
            "peerjob list": peerjob + ["list"],
        }
        results = {name: measure(argv, env) for name, argv in cases.items()}
    base_time, base_mem = results["python -c pass"]
    print(f"{'command':<20} {'median ms':>10} {'x bare':>8} {'peak MiB':>9} {'target':>8}")
    failed = False
    for name, (seconds, peak) in results.items():
        ratio = seconds / base_time
        target = TARGETS.get(name)
        verdict = ""
        if target:
            verdict = f"<= {target:g}x" + (" ok" if ratio <= target else " MISSED")
            failed |= ratio > target
        print(f"{name:<20} {seconds * 1000:>10.1f} {ratio:>8.1f} {peak:>9.1f} {verdict:>8}")
    print(f"({RUNS} runs each; bare interpreter peak {base_mem:.1f} MiB)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
