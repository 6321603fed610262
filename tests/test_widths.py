"""Readable at any width: no word broken in the middle, columns fold away, then one block per record."""

from __future__ import annotations

import re

import pytest

from peerjob.render import console

# Words that must come out whole at every width tried (each fits on a line of its own).
WORDS = [
    "Receptionist",
    "Maple",
    "Dental",
    "Associate",
    "Employment",
    "computer",
    "Samantha",
    "Globex",
    "employment-program",
]


@pytest.fixture
def columns(monkeypatch):
    def set_width(width: int) -> None:
        monkeypatch.setenv("COLUMNS", str(width))
        monkeypatch.setenv("TTY_COMPATIBLE", "1")  # a terminal of that width (in a pipe, listings are TSV)
        console._consoles.cache_clear()  # the consoles read COLUMNS when made

    yield set_width
    console._consoles.cache_clear()


@pytest.fixture
def month(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "Maple Dental Group", "Front Desk Receptionist", "--date", "2026-11-02", "--tag", "part-time")
    peerjob.ok("log", "Globex", "Warehouse Associate", "--tag", "remote", "--source", "Indeed listing")
    peerjob.ok("win", "Mock interview with Samantha about customer service", "--kind", "mock-interview")
    peerjob.ok(
        "resource", "add", "Employment Resource Centre", "--kind", "employment-program",
        "--next-step", "Call about the computer course", "--next", "in 3 days", "--contact", "555-0100 ext 42",
        "--url", "https://example.org/employment-help",
    )  # fmt: skip
    peerjob.ok("partner", "add", "Samantha", "--contact", "samantha@example.org")
    peerjob.ok("checkin", "Samantha", "--shared", "Receptionist interview nerves", "--agreed", "Globex follow-up")
    peerjob.ok("journal", "Walked with Samantha", "--mood", "4", "--practice", "walk")


COMMANDS = [
    ["list"],
    ["due", "--days", "14"],
    ["resource", "list"],
    ["win", "list"],
    ["checkin", "list"],
    ["partner", "list"],
    ["journal", "list"],
    ["review"],
    ["prep", "1"],
    ["support"],
]


@pytest.mark.parametrize("width", [80, 60, 40])
@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a) for a in COMMANDS])
def test_no_word_is_broken_and_no_line_is_too_long(peerjob, month, columns, width, args):
    columns(400)
    roomy = peerjob.ok(*args).stdout.casefold()
    expected = [word for word in WORDS if word.casefold() in roomy]
    assert expected or args == ["support"], roomy  # the data is there to be broken
    columns(width)
    shown = peerjob.ok(*args).stdout
    lines = shown.splitlines()
    assert all(len(line.rstrip()) <= width for line in lines), shown
    flat = " ".join(re.sub(r"[│┃━╇]", " ", line) for line in lines)
    for word in expected:
        if not re.search(rf"(?<![\w-]){re.escape(word[: max(4, len(word) - 2)])}", flat, re.IGNORECASE):
            continue  # its column folded away at this width: gone whole, not broken
        assert re.search(rf"(?<![\w-]){re.escape(word)}(?![\w])", flat, re.IGNORECASE), f"'{word}' broken:\n{shown}"


def test_a_narrow_terminal_folds_columns_away_then_shows_blocks(peerjob, month, columns):
    columns(80)
    wide = peerjob.ok("list").stdout
    assert "Tags" in wide and "Follow-up" in wide
    columns(60)
    narrow = peerjob.ok("list").stdout
    assert "Tags" not in narrow and "Company" in narrow and "┃" in narrow  # less important columns fold away
    columns(40)
    blocks = peerjob.ok("list").stdout
    assert "┃" not in blocks and "ID: 1\n  Company: Maple Dental Group" in blocks
    assert "  Tags: part-time" in blocks  # a block keeps every field


def test_wrapped_lines_keep_their_indentation(peerjob, month, columns):
    peerjob.ok(
        "strength", "add", "resilience", "--story",
        "When the clinic I volunteered at lost its funding I found three new places for our clients",
    )  # fmt: skip
    columns(50)
    prep = peerjob.ok("prep", "1").stdout.splitlines()
    story = [line for line in prep if "funding" in line or "clients" in line]
    assert story and all(line.startswith("  ") for line in story), prep
    questions = prep[prep.index("Questions to ask") + 1 :]
    continued = [line for line in questions[:8] if line and not line.startswith("- ")]
    assert all(line.startswith("  ") for line in continued), questions
    support = peerjob.ok("support").stdout.splitlines()
    assert all(len(line.rstrip()) <= 50 for line in support)
    helplines = [line for line in support if line.startswith(" ")]
    assert len(helplines) > 3 and all(line.startswith("  ") for line in helplines)
