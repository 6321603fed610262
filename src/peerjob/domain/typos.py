"""Noticing a command word typed where a record's text belongs (`peerjob win list`, `journal lst`).

A typo must never become a record. Only a text of one word is looked at,
and short words must be very close: "slow" is a mood, not a misspelt "show".
"""

from __future__ import annotations

import difflib

# Words that name commands rather than things a person did.
COMMAND_WORDS = ("list", "ls", "show", "edit", "delete", "rm", "remove", "stats", "help")


def _distance(a: str, b: str) -> int:
    """Edit distance with transpositions (optimal string alignment)."""
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        rows[i][0] = i
    for j in range(len(b) + 1):
        rows[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[len(a)][len(b)]


def _close(word: str, command: str) -> bool:
    if word == command:
        return True
    if len(word) <= 2 or len(command) <= 2:
        return False
    if len(word) <= 4:
        # A letter missing, added or swapped, but not a different letter: "lst", "lsit", not "slow".
        return _distance(word, command) == 1 and len(word) != len(command) or sorted(word) == sorted(command)
    # Longer words: up to two slips, but no more than one letter longer or shorter ("shower" is not "show").
    return abs(len(word) - len(command)) <= 1 and _distance(word, command) <= 2


def command_it_resembles(text: str, commands: tuple[str, ...] = ()) -> str | None:
    """The command word ``text`` is (or nearly is), when it is one word; else None."""
    words = text.split()
    if len(words) != 1:
        return None
    word = words[0].casefold().strip(".!?")
    for command in (*commands, *COMMAND_WORDS):
        if _close(word, command):
            return command
    return None


def closest(text: str, choices: list[str] | tuple[str, ...]) -> str | None:
    """The choice a mistyped name most likely meant (stages, partners), if any is close."""
    folded = {choice.casefold(): choice for choice in choices}
    found = difflib.get_close_matches(text.casefold(), list(folded), n=1, cutoff=0.6)
    return folded[found[0]] if found else None
