"""Start-up time and peak memory of everyday commands, against a bare interpreter
and against the floor of this stack.

Run with `make bench` (or `python bench/startup.py` inside the venv). Uses only
the standard library: wall time from time.perf_counter around a subprocess,
peak memory (max RSS) of that child from resource.getrusage.

Two yardsticks, both measured in the same run so a slow or busy machine slows
everything alike (the cases take turns, round after round):
- `python -c pass`, the bare interpreter;
- bench/floor_app.py, a minimal Typer app of the same Typer version that
  inserts one row with sqlite3: what any app on this stack pays at least.
  `peerjob log` is compared with its `add`, `peerjob --help` with its `--help`.

Targets (2-core machine): --help <= 15x, log <= 30x the bare interpreter;
log <= 1.3x and --help <= 1.2x the floor.
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
FLOOR_APP = Path(__file__).with_name("floor_app.py")
BARE = "python -c pass"
# case -> (its yardstick, target ratio)
TARGETS = {
    "peerjob --help": [(BARE, 15.0), ("floor --help", 1.2)],
    "peerjob log": [(BARE, 30.0), ("floor add", 1.3)],
}


def peerjob_command() -> list[str]:
    found = shutil.which("peerjob", path=str(Path(sys.executable).parent)) or shutil.which("peerjob")
    return [found] if found else [sys.executable, "-m", "peerjob"]


def compile_package() -> None:
    import compileall

    import peerjob

    compileall.compile_dir(str(Path(peerjob.__file__).parent), quiet=1)


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed")
    return seconds, usage.ru_maxrss / 1024  # KiB on Linux


def measure(cases: dict[str, list[str]], env: dict[str, str], runs: int = RUNS) -> dict[str, tuple[float, float]]:
    """Median wall seconds and the largest peak RSS per case; the cases take turns in each round."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    peaks: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, argv in cases.items():
            seconds, peak = run_once(argv, env)
            times[name].append(seconds)
            peaks[name].append(peak)
    return {name: (statistics.median(times[name]), max(peaks[name])) for name in cases}


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        env = dict(
            os.environ, PEERJOB_DB=str(Path(folder) / "bench.db"), FLOOR_DB=str(Path(folder) / "floor.db"), NO_COLOR="1"
        )
        # Time what a person gets: an installed package runs from bytecode. With
        # PYTHONDONTWRITEBYTECODE set (some sandboxes set it), every run would
        # compile peerjob's modules from source, and only peerjob's: the floor is one file.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        compile_package()
        peerjob = peerjob_command()
        floor = [sys.executable, str(FLOOR_APP)]
        # Create the files and a little history first: we time the everyday
        # path, not the one-off creation.
        for number in range(20):
            subprocess.run(
                peerjob + ["log", f"Company {number}", "Role", "--date", f"{number} days ago"],
                env=env,
                check=True,
                capture_output=True,
            )
            subprocess.run(floor + ["add", f"Company {number}", "Role"], env=env, check=True, capture_output=True)
        cases = {
            BARE: [sys.executable, "-c", "pass"],
            "floor --help": floor + ["--help"],
            "floor add": floor + ["add", "Bench Co", "Bench Role", "--tag", "bench"],
            "peerjob --help": peerjob + ["--help"],
            "peerjob --version": peerjob + ["--version"],
            # --again: the bench logs the same job every run (the check itself still runs, in the write).
            "peerjob log": peerjob + ["log", "Bench Co", "Bench Role", "--tag", "bench", "--again"],
            "peerjob list": peerjob + ["list"],
        }
        results = measure(cases, env)
    base_time, base_mem = results[BARE]
    print(f"{'command':<18} {'median ms':>10} {'x bare':>7} {'x floor':>8} {'peak MiB':>9}  targets")
    failed = False
    for name, (seconds, peak) in results.items():
        verdicts = []
        floor_ratio = ""
        for yardstick, target in TARGETS.get(name, []):
            ratio = seconds / results[yardstick][0]
            missed = ratio > target
            failed |= missed
            label = "bare" if yardstick == BARE else "floor"
            verdicts.append(f"{ratio:.2f}x {label} <= {target:g}x" + (" MISSED" if missed else " ok"))
            if yardstick != BARE:
                floor_ratio = f"{ratio:.2f}"
        print(
            f"{name:<18} {seconds * 1000:>10.1f} {seconds / base_time:>7.1f} {floor_ratio:>8} {peak:>9.1f}  "
            + "; ".join(verdicts)
        )
    print(f"({RUNS} rounds, cases taking turns; bare interpreter peak {base_mem:.1f} MiB)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
