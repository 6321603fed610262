"""Private long text typed in $VISUAL/$EDITOR instead of on the command line.

Shell history keeps what is typed as an argument; an editor on an owner-only
temp file (deleted afterwards) does not.
"""

from __future__ import annotations

from peerjob.errors import PeerjobError


def editor_command() -> str | None:
    """The person's editor, from $VISUAL or $EDITOR; None when neither is set."""
    import os

    return (os.environ.get("VISUAL") or os.environ.get("EDITOR") or "").strip() or None


def drop_template_comments(text: str, guide: str) -> str:
    """``text`` less the "#" guide lines peerjob wrote into the template (``guide``), matched exactly.

    Only those lines go: a line of the person's own that starts with "#"
    ("#1 priority: sleep") is kept as written. ``guide`` is the guide text
    alone, not a current story placed below it.
    """
    guide_lines = {line.rstrip() for line in guide.splitlines() if line.startswith("#")}
    lines = text.replace("\r\n", "\n").split("\n")
    return "\n".join(line for line in lines if line.rstrip() not in guide_lines)


def edit_text(editor: str, template: str, *, prefix: str, instead: str) -> str:
    """Open ``template`` in ``editor`` on an owner-only temp file; return what was saved.

    ``instead`` says what to type when the editor can't be used
    (for example: use --story TEXT).
    """
    import contextlib
    import os
    import shlex
    import subprocess
    import tempfile

    from peerjob.fileio import private_umask

    try:
        command = shlex.split(editor)
    except ValueError:
        command = []
    if not command:
        raise PeerjobError(f"Couldn't read the editor setting '{editor}'. Fix $VISUAL or $EDITOR, or {instead}.")
    with private_umask():
        handle, path = tempfile.mkstemp(prefix=prefix, suffix=".txt")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as draft:
            draft.write(template)
        os.chmod(path, 0o600)
        try:
            code = subprocess.call([*command, path])
        except OSError as error:
            raise PeerjobError(
                f"Couldn't start the editor '{command[0]}' ({error.strerror}). Nothing was saved. "
                f"Set $EDITOR to an editor you have, or {instead}."
            ) from None
        if code != 0:
            raise PeerjobError(
                f"The editor stopped with exit code {code}, so nothing was saved. Try again, or {instead}."
            )
        with open(path, encoding="utf-8", errors="replace") as draft:
            return draft.read()
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


# How long to wait for the first piped byte. A script that pipes text has it
# ready at once; a pipe that is open but silent (some job runners leave one)
# must not hang the command forever.
PIPE_WAIT_SECONDS = 2.0


def piped_text() -> str:
    """What standard input holds when it is not a terminal; "" when nothing comes."""
    import select
    import sys

    try:
        ready, _, _ = select.select([sys.stdin], [], [], PIPE_WAIT_SECONDS)
    except (ValueError, OSError, TypeError):  # no real file behind it (a test runner's stream)
        return sys.stdin.read()
    return sys.stdin.read() if ready else ""
