"""What `backup`, `restore` and `wipe` say."""

from __future__ import annotations

from pathlib import Path

from peerjob.render.console import out, say


def backed_up(target: Path) -> None:
    out().print(str(target), markup=False, highlight=False, soft_wrap=True)  # the path, for scripts
    say(f"Backed up (owner-only). To bring it back: peerjob restore {target}")


def restored(db: Path, source: Path, kept: Path | None, *, lost_encryption: bool = False) -> None:
    if kept is not None:
        say(f"Restored {db} from {source}. Your previous file is kept at {kept}.")
    else:
        say(f"Restored {db} from {source}.")
    if lost_encryption:
        say("The backup was not encrypted, so your data file is not any more: peerjob encrypt protects it again.")


def nothing_to_wipe(db: Path) -> None:
    say(f"Nothing of peerjob's is at {db}; nothing to remove.")


def wipe_preview(targets: list[Path]) -> None:
    say("This removes, for good:")
    for target in targets:
        say(f"  {target}")
    say("Backups you saved elsewhere are not touched. `peerjob dump` or `peerjob backup PATH` first keeps a copy.")


def wipe_stopped() -> None:
    say("Stopped. Nothing was removed.")


def removed(path: Path) -> None:
    say(f"Removed {path}")


def wipe_done() -> None:
    say("Done. If you come back to peerjob, it starts with a fresh, empty file.")
