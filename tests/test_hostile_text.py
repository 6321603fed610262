"""Text people type is shown as typed: brackets are not markup, and nothing crashes."""

import pytest

ODD = "[x] called [bold]Sam[/] a [/] b"


@pytest.fixture
def odd_everywhere(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", ODD, ODD, "--note", ODD, "--source", ODD, "--tag", ODD)
    peerjob.ok("stage", "1", "rejected", "--note", ODD, "--balanced", ODD, "--next-step", ODD)
    peerjob.ok("win", ODD, "--kind", "networking")
    peerjob.ok("journal", ODD, "--mood", "3", "--practice", "walk")
    peerjob.ok("partner", "add", ODD, "--contact", ODD)
    peerjob.ok("checkin", "1", "--shared", ODD)
    peerjob.ok("strength", "add", ODD, "--story", ODD, "--app", "1")
    peerjob.ok("resource", "add", ODD, "--next-step", ODD, "--next", "tomorrow")
    peerjob.ok("boundary", "add", ODD)


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["show", "1"],
        ["wins"],
        ["journal", "list"],
        ["journal", "show", "1"],
        ["partner", "list"],
        ["checkins"],
        ["strength", "list"],
        ["resource", "list"],
        ["boundary", "list"],
        ["reframes"],
        ["review", "--private"],
        ["prep", "1"],
        ["stats"],
        ["due", "--days", "3"],
    ],
)
def test_brackets_show_literally(peerjob, odd_everywhere, command):
    shown = peerjob.ok(*command).stdout
    assert ODD in shown, shown
