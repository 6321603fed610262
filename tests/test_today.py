"""`peerjob` with no command: the today view, or a welcome with nothing yet."""

from __future__ import annotations

import pytest

from peerjob.domain.today import next_step


def test_with_no_data_a_welcome_and_three_ways_to_start(peerjob, db_path):
    result = peerjob.ok()
    assert "Welcome to peerjob" in result.stdout
    assert 'peerjob log ACME "Support Specialist"' in result.stdout
    assert not db_path.exists()  # looking creates nothing
    assert peerjob.json()["start_with"][0].startswith("peerjob log")


def test_the_today_view_shows_what_is_due_the_week_and_one_step(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-20")
    for number in range(7):
        peerjob.ok("log", f"Company {number}", "Role", "--date", "2026-11-02", "--follow-up", "2026-11-1" + str(number))
    peerjob.ok("win", "Mock interview", "--kind", "mock-interview", "--date", "2026-11-18")
    shown = peerjob.ok().stdout
    assert shown.startswith("Today, 2026-11-20")
    assert shown.count("Follow up with Company") == 5 and "and 2 more: peerjob due" in shown
    assert "This week so far: 0 applications, 1 win, 0 check-ins, 0 journal days." in shown
    assert "Active in 2 of the last 12 weeks." in shown
    assert "One small step: the first thing on the list above." in shown
    data = peerjob.json()
    assert data["more_due"] == 2 and data["this_week"]["wins"] == 1
    # The five most recent, as `peerjob due` shows them (the two oldest fold into "and 2 more").
    assert [item["title"][-1] for item in data["due_now"]] == ["2", "3", "4", "5", "6"]
    assert data["due_now"][0] == {
        "due_on": "2026-11-12",
        "title": "Follow up with Company 2",
        "kind": "follow-up",
        "overdue": True,
        "at": None,
        "command": None,
    }


@pytest.mark.parametrize(
    ("due", "effort", "says"),
    [
        (1, {}, "the first thing on the list"),
        (0, {"applications": 0}, "log an application"),
        (0, {"applications": 2, "checkins": 0}, "peerjob checkin"),
        (0, {"applications": 2, "checkins": 1, "self_care_days": 0}, "peerjob journal"),
        (0, {"applications": 2, "checkins": 1, "self_care_days": 2}, "Rest counts too"),
    ],
)
def test_the_one_suggested_step(due, effort, says):
    assert says in next_step(due, effort)


def test_help_still_lists_the_commands(peerjob):
    assert "Every day:" in peerjob.ok("--help").stdout


def test_the_today_view_says_when_the_file_is_not_peerjobs(peerjob, db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_text("my shopping list\n")
    result = peerjob()
    assert result.exit_code == 1 and "not a peerjob database" in result.stderr
    assert db_path.read_text() == "my shopping list\n"
