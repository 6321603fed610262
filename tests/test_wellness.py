"""The wellness plan and the person's own support lines (issue 18, items 1 and 2), through the front door."""

from __future__ import annotations

import json

import pytest

from conftest import file_bytes
from peerjob.domain import wellness
from peerjob.errors import BadInput


@pytest.fixture(autouse=True)
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-12-04")


def test_the_plan_round_trips_from_options_and_stdin(peerjob):
    assert "Your plan is empty for now" in peerjob.ok("plan").stderr
    peerjob.ok("plan", "add", "signs", "Skipping meals")
    peerjob.ok("plan", "add", "warning-signs", "Not answering texts")
    peerjob.ok("plan", "add", "What I do when I notice them", "Text Sam")
    peerjob.ok("plan", "add", "people", "-", input="Sam (mentor), 555-0100\n")
    shown = peerjob.json("plan")
    assert shown["signs"] == ["Skipping meals", "Not answering texts"]
    assert shown["actions"] == ["Text Sam"] and shown["people"] == ["Sam (mentor), 555-0100"]
    text = peerjob.ok("plan", "--text").stdout
    assert "## Early warning signs\n- Skipping meals\n- Not answering texts\n" in text
    changed = text.replace("- Not answering texts\n", "").replace(
        "## Places I can go\n", "## Places I can go\n- The library\n"
    )
    peerjob.ok("plan", "edit", "-", input=changed)
    again = peerjob.json("plan")
    assert again["signs"] == ["Skipping meals"] and again["places"] == ["The library"]
    assert again["actions"] == ["Text Sam"]
    peerjob.ok("plan", "remove", "signs", "1")
    assert peerjob.json("plan")["signs"] == []
    peerjob.ok("undo", "--yes")
    assert peerjob.json("plan")["signs"] == ["Skipping meals"]


def test_the_plan_section_by_section_on_a_terminal(terminal_env, fresh_db):
    from test_terminal import run_in_terminal

    answers = "A walk before breakfast\r\r\rText Sam\r\r\r\r\r"
    code, output = run_in_terminal(["plan", "edit"], answers, terminal_env, after="+")
    assert code == 0, output
    assert "Your plan is saved: 2 lines" in output
    code, output = run_in_terminal(["plan", "--json"], "", terminal_env)
    shown = json.loads(output[output.index("{") :])
    assert shown["well"] == ["A walk before breakfast"] and shown["actions"] == ["Text Sam"]


@pytest.mark.parametrize(
    "args, says, stdin",
    [
        (["plan", "add", "moods", "x"], "not a section of the plan", None),
        (["plan", "add", "signs", "   "], "can't be empty", None),
        (["plan", "remove", "signs", "4"], "one line, number 1", None),
        (["plan", "edit", "-"], "'Feelings' is not a heading of the plan", "## Feelings\n- low\n"),
        (["plan", "edit", "-"], "Line 1 comes before any heading", "just a line\n"),
        (["plan", "edit"], "no terminal to edit the plan on", None),
        (["support", "add", "Sam", "   "], "needs a name and a way to reach it", None),
    ],
)
def test_bad_plan_input_is_refused_and_changes_nothing(peerjob, assert_rejected, args, says, stdin):
    peerjob.ok("plan", "add", "signs", "Skipping meals")
    assert_rejected(*args, says=says, input=stdin)


def test_support_lists_the_plan_and_own_lines_first(peerjob, db_path):
    peerjob.ok("support", "add", "My sponsor", "555-0100", "--note", "evenings")
    peerjob.ok("plan", "add", "actions", "Text Sam, then a walk")
    peerjob.ok("plan", "add", "people", "Sam 555-0101")
    peerjob.ok("plan", "add", "signs", "Skipping meals")  # not what support shows: the plan itself does
    out = peerjob.ok("support", "--country", "GB").stdout
    order = [
        out.index(text)
        for text in ("Text Sam, then a walk", "Sam 555-0101", "My sponsor: 555-0100 (evenings)", "116 123")
    ]
    assert order == sorted(order)
    assert "Skipping meals" not in out
    data = peerjob.json("support")
    assert data["own_lines"] == [{"id": 1, "name": "My sponsor", "contact": "555-0100", "note": "evenings"}]
    assert data["plan"] == {"actions": ["Text Sam, then a walk"], "people": ["Sam 555-0101"]}
    assert "1  My sponsor: 555-0100 (evenings)" in peerjob.ok("support", "list").stdout
    peerjob.ok("support", "delete", "1", "--yes")
    assert peerjob.json("support")["own_lines"] == []
    db_path.write_bytes(b"not a database at all")  # a broken file: help still prints
    assert "116 123" in peerjob.ok("support", "--country", "GB").stdout


@pytest.mark.parametrize(
    "mood, earlier_today, day_before, offered",
    [
        (1, [], [], True),  # a mood of 1
        (2, [], [2], True),  # a second low day in a row
        (2, [], [3], False),
        (2, [], [], False),
        (3, [], [1], False),
        (1, [1], [], False),  # once a day: an earlier entry brought it up already
        (2, [4], [1], True),
        (2, [2], [2], False),
        (None, [], [1], False),
    ],
)
def test_when_a_hard_day_brings_up_the_plan(mood, earlier_today, day_before, offered):
    assert wellness.offers_plan(mood, earlier_today, day_before) is offered


def test_a_hard_day_points_to_the_plan_once_a_day_and_never_in_an_export(peerjob):
    first = peerjob.ok("journal", "Rough one", "--mood", "2", "--date", "2026-12-03").stderr
    assert "peerjob support" not in first
    peerjob.ok("plan", "add", "actions", "Text Sam")
    second = peerjob.ok("journal", "Still rough", "--mood", "2").stderr
    assert "peerjob plan" in second and "peerjob support" in second
    third = peerjob.ok("journal", "Evening", "--mood", "1").stderr
    assert "peerjob plan" not in third and "peerjob support" not in third  # said once today already
    exported = peerjob.ok("export", "--include", "journal").stdout
    assert "peerjob plan" not in exported and "Text Sam" not in exported


def test_the_plan_leaves_only_when_named(peerjob):
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("plan", "add", "signs", "PLAN-MARKER skipping meals")
    peerjob.ok("support", "add", "My sponsor", "LINE-MARKER 555")
    for fmt in ("markdown", "html", "json"):
        default = peerjob.ok("export", "--format", fmt).stdout
        assert "PLAN-MARKER" not in default and "LINE-MARKER" not in default
    named = peerjob.ok("export", "--include", "plan").stdout
    assert "## Wellness plan" in named and "Early warning signs" in named and "PLAN-MARKER skipping meals" in named
    assert "LINE-MARKER" not in named


def test_sections_as_people_type_them():
    assert [
        wellness.parse_section(text) for text in ("well", "Warning signs", "what-i-do", "call", "places", "AVOID")
    ] == [
        "well",
        "signs",
        "actions",
        "people",
        "places",
        "avoid",
    ]
    with pytest.raises(BadInput):
        wellness.parse_section("feelings")


def test_a_line_of_my_own_starting_with_hash_is_kept():
    plan = wellness.plan_from_text("## What keeps me well day to day\n#1 priority: sleep\n")
    assert plan["well"] == ["#1 priority: sleep"]


def test_a_refused_add_leaves_the_file_alone(peerjob, db_path):
    peerjob.ok("plan", "add", "signs", "Skipping meals")
    before = file_bytes(db_path)
    assert peerjob("plan", "add", "signs", "x" * 400).exit_code == 2
    assert file_bytes(db_path) == before
