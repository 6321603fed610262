"""What `peerjob undo` says: the change it will take back, what is left, what was forgotten."""

from __future__ import annotations

import sys
from datetime import datetime

from peerjob.domain.undo import Change, describe, when
from peerjob.render.console import print_json, say


def question(change: Change, now: datetime) -> str:
    return f"Undo: {describe(change)} {when(change.made_at, now)}?"


def undone(change: Change, left: int) -> None:
    more = " `peerjob undo` again takes back the change before it." if left else ""
    say(f"Undone: {describe(change)}.{more}")


def nothing_to_undo() -> str:
    return (
        "Nothing to undo. Changes can be taken back until the end of the day after they were made; "
        "`peerjob undo --list` shows them."
    )


def undo_list(changes: list[Change], now: datetime, *, as_json: bool) -> None:
    if as_json:
        print_json(
            [
                {
                    "position": position,
                    "made_at": change.made_at.isoformat(timespec="seconds"),
                    "command": change.command,
                    "what": describe(change),
                }
                for position, change in enumerate(changes, start=1)
            ]
        )
        return
    if not changes:
        say("Nothing to undo. Changes can be taken back until the end of the day after they were made.")
        return
    say("What `peerjob undo` can take back, newest first (each undo takes the top one):")
    for position, change in enumerate(changes, start=1):
        sys.stdout.write(f"{position}. {describe(change)} {when(change.made_at, now)}\n")


def forgotten(count: int) -> None:
    if count:
        say(
            f"Forgot {count} kept change{'s' if count != 1 else ''}: they can no longer be undone, "
            "and their text is gone from the data file."
        )
    else:
        say("There were no kept changes to forget.")
