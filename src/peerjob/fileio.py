"""Writing files so that nothing is half-written and nothing is shared."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from peerjob.errors import BadInput


@contextlib.contextmanager
def private_umask():
    """Files made inside this block (by us or by SQLite) are owner-only."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (best effort: not every file system allows it)."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


PARTIAL_MARK = ".partial-"


def partial_name(path: Path) -> Path:
    """Where a file is written before it is complete: hidden, and named after this process.

    The PID in the name lets a later run tell an abandoned copy (its writer
    is gone: a kill, a crash) from one still being written.
    """
    return path.with_name(f".{path.name}{PARTIAL_MARK}{os.getpid()}")


def sweep_partials(folder: Path, pattern: str = f"*{PARTIAL_MARK}*") -> list[Path]:
    """Remove partial files in ``folder`` whose writer has gone; returns what was removed.

    Their journals go too. Private data must not sit in a half-written copy forever.
    """
    removed: list[Path] = []
    try:
        candidates = sorted(folder.glob(pattern))
    except OSError:
        return removed
    for candidate in candidates:
        name = candidate.name
        if not name.startswith(".") or PARTIAL_MARK not in name:
            continue
        pid_text = name.rsplit(PARTIAL_MARK, 1)[1].split("-", 1)[0].split(".", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            if candidate.is_file():
                candidate.unlink()
                removed.append(candidate)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this run is just starting: anything of "ours" is from an earlier process with the same PID
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_private_bytes(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write atomically: a temp file in the same folder, then a rename."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise BadInput(f"{path} already exists. Add --force to replace it, or pick another name.")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise BadInput(f"The folder {folder} does not exist. Create it first or pick another path.")
    sweep_partials(folder, f".{path.name}{PARTIAL_MARK}*")
    with private_umask():
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}{PARTIAL_MARK}{os.getpid()}-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, path)
        fsync_folder(folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise


def write_private_text(path: Path, text: str, *, overwrite: bool) -> None:
    write_private_bytes(path, text.encode("utf-8"), overwrite=overwrite)
