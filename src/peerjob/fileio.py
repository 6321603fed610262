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


def write_private_bytes(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write atomically: a temp file in the same folder, then a rename."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise BadInput(f"{path} already exists. Add --force to replace it, or pick another name.")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise BadInput(f"The folder {folder} does not exist. Create it first or pick another path.")
    with private_umask():
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise


def write_private_text(path: Path, text: str, *, overwrite: bool) -> None:
    write_private_bytes(path, text.encode("utf-8"), overwrite=overwrite)
