"""Wins beyond applications, and milestones recorded when they happen."""

import pytest

from peerjob.domain.milestones import count_thresholds
from peerjob.domain.wins import WIN_KINDS

TODAY = "2026-11-22"  # a Sunday; the week runs 2026-11-16 to 2026-11-22


@pytest.fixture(autouse=True)
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", TODAY)


@pytest.mark.parametrize("kind", WIN_KINDS)
def test_every_kind_of_win_is_recorded_and_celebrated(peerjob, kind):
    result = peerjob.ok("win", f"Did some {kind}", "--kind", kind, "--date", "2026-11-20")
    assert result.stdout == "" and "(win 1)" in result.stderr
    assert [(w["kind"], w["text"], w["date"]) for w in peerjob.json("wins")] == [
        (kind, f"Did some {kind}", "2026-11-20")
    ]


def test_wins_list_filters_and_links_to_an_application(peerjob):
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("win", "Mock interview with Sam", "--kind", "Mock Interview", "--app", "1", "--date", "2026-11-10")
    peerjob.ok("win", "Volunteered at the food bank", "-k", "volunteering", "--date", "yesterday")
    peerjob.ok("win", "Rewrote my resume", "--kind", "resume")
    everything = peerjob.json("wins")
    assert [w["kind"] for w in everything] == ["mock-interview", "volunteering", "resume"]
    assert everything[0]["application_id"] == 1 and everything[0]["company"] == "ACME"
    assert [w["text"] for w in peerjob.json("wins", "--since", "2026-11-15")] == [
        "Volunteered at the food bank",
        "Rewrote my resume",
    ]
    assert [w["text"] for w in peerjob.json("wins", "--kind", "resume")] == ["Rewrote my resume"]
    assert "Mock interview with Sam" in peerjob.ok("wins").stdout


def test_wins_count_in_the_weekly_review(peerjob):
    peerjob.ok("win", "Helped a peer with her cover letter", "--kind", "mentoring")
    peerjob.ok("win", "Training session", "--kind", "training", "--date", "2026-11-01")  # another week
    review = peerjob.json("review")
    assert review["wins"] == 1 and [w["text"] for w in review["win_items"]] == ["Helped a peer with her cover letter"]


@pytest.mark.parametrize(
    "args, says",
    [
        (["win", "Mock", "--kind", "party"], "Use one of: mock-interview"),
        (["win", "   "], "can't be empty"),
        (["win"], "can't be empty"),
        (["win", "Mock", "--app", "99"], "no application with ID 99"),
        (["win", "Mock", "--date", "tomorrow"], "in the future"),
        (["wins", "--kind", "party"], "Unknown kind"),
    ],
)
def test_bad_wins_are_refused_and_change_nothing(peerjob, assert_rejected, args, says):
    peerjob.ok("log", "ACME", "Support")
    assert_rejected(*args, says=says)


@pytest.mark.parametrize(
    "count, expected",
    [
        (0, []),
        (1, [1]),
        (4, [1]),
        (5, [1, 5]),
        (24, [1, 5, 10]),
        (100, [1, 5, 10, 25, 50, 100]),
        (149, [1, 5, 10, 25, 50, 100]),
        (150, [1, 5, 10, 25, 50, 100, 150]),
        (260, [1, 5, 10, 25, 50, 100, 150, 200, 250]),
    ],
)
def test_application_thresholds(count, expected):
    assert count_thresholds(count, (1, 5, 10, 25, 50, 100)) == expected


def milestone_dates(peerjob):
    return {m["key"]: m["reached_on"] for m in peerjob.json("milestones")}


def test_application_milestones_are_stored_once_with_the_date_reached(peerjob):
    first = peerjob.ok("log", "A1", "Role", "--date", "2026-10-01")
    assert "first" in first.stderr.lower()
    for day in range(2, 5):
        peerjob.ok("log", f"A{day}", "Role", "--date", f"2026-10-0{day}")
    back_dated = peerjob.ok("log", "Back-dated", "Role", "--date", "2026-09-15")
    assert "5 applications logged" in back_dated.stderr  # the fifth one logged, whatever its date
    # Five applications now; the fifth in date order was sent on 2026-10-04.
    assert milestone_dates(peerjob) == {"applications:1": "2026-10-01", "applications:5": "2026-10-04"}
    sixth = peerjob.ok("log", "A6", "Role", "--date", "2026-10-06")
    assert "milestone" not in sixth.stderr.lower()  # announced once, when reached
    assert len(peerjob.json("milestones")) == 2


def test_the_fifth_application_announces_its_milestone_in_one_line(peerjob):
    for number in range(1, 5):
        peerjob.ok("log", f"A{number}", "Role")
    fifth = peerjob.ok("log", "A5", "Role")
    lines = fifth.stderr.strip().splitlines()
    assert len(lines) == 1 and "5 applications logged" in lines[0] and "application 5" in lines[0].lower()


def test_first_stages_first_wins_and_win_counts(peerjob):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-10-01")
    peerjob.ok("stage", "1", "screening", "--date", "2026-10-05")
    moved = peerjob.ok("stage", "1", "interviewing", "--date", "2026-10-09")
    assert "First interview" in moved.stderr
    peerjob.ok("stage", "1", "offer", "--date", "2026-10-20")
    peerjob.ok("stage", "1", "accepted", "--date", "2026-10-21")
    peerjob.ok("win", "Mock interview", "--kind", "mock-interview", "--date", "2026-10-03")
    peerjob.ok("win", "Another mock", "--kind", "mock-interview", "--date", "2026-10-02")  # back-dated, not a first
    for number in range(8):
        peerjob.ok("win", f"Volunteering {number}", "--kind", "volunteering", "--date", f"2026-11-{10 + number}")
    dates = milestone_dates(peerjob)
    assert dates["first:screening"] == "2026-10-05"
    assert dates["first:interviewing"] == "2026-10-09"
    assert dates["first:offer"] == "2026-10-20"
    assert dates["first:accepted"] == "2026-10-21"
    assert dates["first-win:mock-interview"] == "2026-10-03"  # recorded when the first one was logged
    assert dates["first-win:volunteering"] == "2026-11-10"
    assert dates["wins:10"] == "2026-11-17"  # the tenth win in date order
    assert "wins:25" not in dates


def test_meeting_every_goal_of_a_week_is_a_milestone(peerjob):
    peerjob.ok("goals", "set", "--applications", "2", "--wins", "1")
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-17")
    peerjob.ok("win", "Mock interview", "--kind", "mock-interview", "--date", "2026-11-18")
    assert not any(m["kind"] == "goals-met" for m in peerjob.json("milestones"))
    done = peerjob.ok("log", "Globex", "Barista", "--date", "2026-11-19")
    assert "Met every goal for the week of 2026-11-16" in done.stderr
    met = [m for m in peerjob.json("milestones") if m["kind"] == "goals-met"]
    assert [(m["key"], m["reached_on"]) for m in met] == [("goals-met:2026-11-16", "2026-11-19")]
    assert peerjob.json("review")["milestones"][-1]["kind"] == "goals-met"


def test_milestones_stay_when_applications_are_deleted(peerjob):
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("delete", "1", "--yes")
    assert list(milestone_dates(peerjob)) == ["applications:1"]
    assert "First application" in peerjob.ok("milestones").stdout
