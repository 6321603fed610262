"""Writing files so that nothing is half-written and nothing is shared."""

from __future__ import annotations

import contextlib
import os
import re
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


def fsync_file(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def replace_atomically(temp: Path, target: Path) -> None:
    """Put a finished ``temp`` in place of ``target``: on disk first, then one rename, then the folder.

    The one way peerjob replaces a file (the data file, a backup, an export):
    a crash at any moment leaves the old file or the new one, never half of one.
    """
    fsync_file(temp)
    os.replace(temp, target)
    fsync_folder(target.parent)


PARTIAL_MARK = ".partial-"


def partial_name(path: Path) -> Path:
    """Where a file is written before it is complete: hidden, and named after this process.

    The PID in the name lets a later run tell an abandoned copy (its writer
    is gone: a kill, a crash) from one still being written.
    """
    return path.with_name(f".{path.name}{PARTIAL_MARK}{os.getpid()}")


# What partial_name and write_private_bytes make: ".NAME.partial-PID", maybe "-XXXXXXXX" (mkstemp), maybe "-journal".
_PARTIAL = re.compile(r"^\..+\.partial-(\d+)(-[A-Za-z0-9_]{8})?(-journal)?$")


def sweep_partials(folder: Path) -> list[Path]:
    """Remove peerjob's partial files in ``folder`` whose writer has gone; returns what was removed.

    Private data must not sit in a half-written copy forever. Any partial of
    peerjob's counts, not only one for the same target: a killed
    ``backup old.db`` is cleaned up by the next ``backup new.db``.
    """
    removed: list[Path] = []
    try:
        candidates = sorted(folder.glob(".*.partial-*"))
    except OSError:
        return removed
    for candidate in candidates:
        match = _PARTIAL.match(candidate.name)
        if match is None or _alive(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            if candidate.is_file() and not candidate.is_symlink():
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


STDIO = "-"  # as a file name: standard input when read, standard output when written (the shell convention)


def is_stdio(path: Path | str | None) -> bool:
    return path is not None and str(path) == STDIO


def read_input_file(path: Path, what: str, example: str) -> bytes:
    """The bytes of a file the person named, or one line saying why not (``example``: what to type instead).

    ``-`` is standard input; nothing on it is refused, never taken as an empty file.
    """
    if is_stdio(path):
        import sys

        data = sys.stdin.buffer.read()
        if not data.strip():
            raise BadInput(f"Nothing came in on standard input. Pipe the {what} in, or name the file: {example}")
        return data
    if not path.exists():
        raise BadInput(f"There is no file at {path}. Check the name, for example: {example}")
    if path.is_dir():
        raise BadInput(f"{path} is a folder. Give the {what} file inside it, for example: {example}")
    try:
        return path.read_bytes()
    except OSError as error:
        raise BadInput(f"Couldn't read {path} ({error.strerror}).") from None


def check_output_file(path: Path, *, force: bool, example: str, replacing: str = "") -> None:
    """Refuse, before any work is done, an output path that can't or shouldn't be written.

    One wording everywhere: a missing folder, a folder given instead of a
    file (with ``example`` as a file name to suggest), a file that exists
    without --force (``replacing`` may say what replacing it means).
    """
    if is_stdio(path):
        return  # standard output: nothing to check
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise BadInput(f"{path} is a folder. Give a file name, for example {path / example}.")
    if not folder.exists():
        raise BadInput(f"The folder {folder} does not exist. Create it first or pick another path.")
    if path.exists() and not force:
        raise BadInput(f"{path} already exists. " + (replacing or "Add --force to replace it, or pick another name."))


def write_private_bytes(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write atomically: a temp file in the same folder, then a rename (``-``: standard output)."""
    if is_stdio(path):
        import sys

        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    path = Path(path)
    check_output_file(path, force=overwrite, example=path.name)
    folder = path.parent if str(path.parent) else Path(".")
    sweep_partials(folder)
    with private_umask():
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}{PARTIAL_MARK}{os.getpid()}-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temp_name, 0o600)
        replace_atomically(Path(temp_name), path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise


def write_private_text(path: Path, text: str, *, overwrite: bool) -> None:
    write_private_bytes(path, text.encode("utf-8"), overwrite=overwrite)
