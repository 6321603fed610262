"""No typo becomes a record (`win list`, `journal lst`), and mistyped names get a 'did you mean'."""

from __future__ import annotations

import pytest

from peerjob.domain.typos import closest, command_it_resembles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("list", "list"),
        ("lst", "list"),
        ("lsit", "list"),
        ("LS", "ls"),
        ("delte", "delete"),
        ("remvoe", "remove"),
        ("stats", "stats"),
        ("help", "help"),
        # Real words a person writes are left alone.
        ("slow", None),
        ("shower", None),
        ("walk", None),
        ("ok", None),
        ("x", None),
        ("sad", None),
        ("Mock interview", None),
        ("list of jobs", None),
    ],
)
def test_a_one_word_text_that_is_nearly_a_command_is_noticed(text, expected):
    assert command_it_resembles(text) == expected


@pytest.mark.parametrize(
    ("text", "choices", "expected"),
    [("scrrening", ("screening", "offer"), "screening"), ("Smm", ("Sam", "Jordan"), "Sam"), ("zzz", ("Sam",), None)],
)
def test_the_closest_name(text, choices, expected):
    assert closest(text, choices) == expected


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["win", "lst"], "`peerjob win list`"),
        (["journal", "lst"], "`peerjob journal list`"),
        (["journal", "delet"], "`peerjob journal delete ID`"),
        (["checkin", "remove"], "looks like a command, not a partner name"),
        (["win", "stats"], "`peerjob stats`"),
    ],
)
def test_without_a_terminal_a_command_word_is_refused_and_nothing_saved(assert_rejected, args, says):
    line = assert_rejected(*args, says=says)
    assert f"peerjob {args[0]} -- {args[1]}" in line  # how to save it as text anyway


def test_after_two_dashes_the_word_is_text(peerjob):
    peerjob.ok("win", "--", "list")
    peerjob.ok("journal", "--mood", "3", "--", "lst")
    assert [row["text"] for row in peerjob.json("wins")] == ["list"]
    assert [row["text"] for row in peerjob.json("journal", "list")] == ["lst"]


def test_on_a_terminal_peerjob_asks_and_saves_only_on_yes(peerjob, monkeypatch):
    monkeypatch.setattr("peerjob.cli.context.interactive", lambda: True)
    refused = peerjob("win", "lst", input="\n")
    assert refused.exit_code == 1 and "looks like the command `peerjob win list`" in refused.stderr
    assert peerjob.json("win", "list") == []
    peerjob.ok("win", "lst", input="y\n")
    assert [row["text"] for row in peerjob.json("wins")] == ["lst"]  # `wins` is still `win list`


def test_words_that_are_not_commands_are_saved_as_they_are(peerjob):
    peerjob.ok("journal", "slow")
    peerjob.ok("win", "Volunteered")
    assert [row["text"] for row in peerjob.json("journal", "list")] == ["slow"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["stage", "1", "scrrening"], "Did you mean 'screening'?"),
        (["stage", "1", "interview"], "Did you mean 'interviewing'?"),
    ],
)
def test_a_mistyped_stage_gets_a_did_you_mean(peerjob, assert_rejected, args, says):
    peerjob.ok("log", "ACME", "Support")
    assert_rejected(*args, says=says)


def test_a_mistyped_partner_gets_a_did_you_mean(peerjob, assert_rejected):
    peerjob.ok("partner", "add", "Sam")
    assert_rejected("checkin", "Smm", says="Did you mean 'Sam'?")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["show", "abc"], "ID takes a whole number, like 3. See 'peerjob show --help'."),
        (["due", "--days", "500"], "--days can be at most 365."),
        (["journal", "stats", "--weeks", "0"], "--weeks / -w must be at least 1."),
        (["goals", "set", "--applications", "-1"], "--applications must be at least 0."),
        (["lgo"], "No such command 'lgo'. Did you mean 'log'? See 'peerjob --help'."),
    ],
)
def test_bad_values_are_answered_in_peerjobs_own_words(assert_rejected, args, says):
    line = assert_rejected(*args, says=says)
    assert "Input should" not in line and "?." not in line and "integer" not in line


def test_a_partner_whose_name_looks_like_a_command_is_still_who_was_meant(peerjob, assert_rejected):
    peerjob.ok("partner", "add", "Les")
    assert "looks like" in assert_rejected("checkin", "lst")  # nobody called that: a typo of `checkin list`
    peerjob.ok("checkin", "Les")  # "Les" is one letter from "ls", and a real partner
    assert [row["partner"] for row in peerjob.json("checkin", "list")] == ["Les"]
