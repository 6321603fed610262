"""The weekly review and goals: figures checked against hand-counted weeks."""

from datetime import date

import pytest

from peerjob.domain.review import Momentum, bar, effort_phrase, goal_progress, headline_moment, momentum, sparkline
from peerjob.domain.weeks import resolve_week

TODAY = "2026-11-22"  # a Sunday; ISO weeks: W45 = Nov 2-8, W46 = Nov 9-15, W47 = Nov 16-22


@pytest.fixture
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", TODAY)


@pytest.mark.parametrize(
    "text, first_weekday, expected",
    [
        ("this", 0, date(2026, 11, 16)),
        (None, 0, date(2026, 11, 16)),
        ("last", 0, date(2026, 11, 9)),
        ("next", 0, date(2026, 11, 23)),
        ("2026-W45", 0, date(2026, 11, 2)),
        ("2026w45", 0, date(2026, 11, 2)),
        ("2026-11-05", 0, date(2026, 11, 2)),
        ("3 weeks ago", 0, date(2026, 10, 26)),
        ("this", 6, date(2026, 11, 22)),  # weeks from Sunday: today starts a week
        ("last", 6, date(2026, 11, 15)),
        ("2026-W47", 6, date(2026, 11, 15)),
    ],
)
def test_resolve_week(text, first_weekday, expected):
    assert resolve_week(text, today=date(2026, 11, 22), first_weekday=first_weekday) == expected


def test_pure_figures():
    progress = goal_progress(
        {"applications": 3, "wins": None, "checkins": 0, "self_care_days": 2},
        {"applications": 4, "wins": 1, "checkins": 0, "self_care_days": 1},
    )
    assert [(g.name, g.target, g.done, g.met) for g in progress] == [
        ("applications", 3, 4, True),
        ("self_care_days", 2, 1, False),
    ]
    assert momentum([0, 3, 0, 1]) == Momentum(weeks_active=2, of_weeks=4)
    assert (
        effort_phrase({"applications": 1, "wins": 2, "checkins": 0, "journal_days": 3})
        == "1 application, 2 wins and 3 journal days"
    )
    assert effort_phrase({"applications": 0}) == "a quieter week"
    assert headline_moment({"applications": 2}, rejections=2) == "review_hard_week"
    assert headline_moment({"applications": 2}, rejections=1) == "review_effort"
    assert headline_moment({"applications": 0}, rejections=0) == "review_quiet_week"
    assert headline_moment({"applications": 0}, rejections=1) == "review_replies_only"
    assert sparkline([0, None, 8], top=8) == "▁ █"
    assert bar(2, 4, width=4) == "██░░" and bar(9, 3, width=4) == "████"


def test_first_day_review_welcomes_and_says_how_to_start(peerjob, pinned):
    result = peerjob.ok("review")
    assert "Welcome" in result.stdout and "peerjob log" in result.stdout
    data = peerjob.json("review")
    assert data["empty"] is True and data["applications_logged"] == 0 and data["mood_average"] is None
    assert data["schema"] == 1


def test_future_week_is_refused(peerjob, pinned, assert_rejected):
    peerjob.ok("log", "ACME", "Support")
    assert_rejected("review", "--week", "next", says="hasn't happened yet")
    assert_rejected("review", "--week", "2026-W49", says="hasn't happened yet")
    assert_rejected("review", "--week", "2026-W60", says="not a real ISO week")
    assert_rejected("goals", "set", code=2, says="at least one goal")
    assert_rejected("goals", "set", "--applications", "-1", says="--applications must be at least 0")


@pytest.fixture
def history(peerjob, pinned):
    """Several weeks of activity, counted by hand below."""
    # W45 (Nov 2-8): 2 applications; goal 2 applications (set from W45) -> met.
    peerjob.ok("goals", "set", "--applications", "2", "--week", "2026-W45")
    peerjob.ok("log", "Alpha", "Clerk", "--date", "2026-11-02")
    peerjob.ok("log", "Beta", "Barista", "--date", "2026-11-06")
    # W46 (Nov 9-15): 1 application and Alpha replies; the goal carries forward -> not met.
    peerjob.ok("log", "Gamma", "Support", "--date", "2026-11-10")
    peerjob.ok("stage", "1", "screening", "--date", "2026-11-12")
    # W47 (Nov 16-22): goals change to 3 applications; 3 applications; Beta says no.
    peerjob.ok("goals", "set", "--applications", "3", "--checkins", "1", "--week", "2026-W47")
    for company, day in (("Delta", "2026-11-16"), ("Epsilon", "2026-11-18"), ("Zeta", "2026-11-22")):
        peerjob.ok("log", company, "Role", "--date", day)
    peerjob.ok("stage", "2", "rejected", "--date", "2026-11-20")
    # Far back: Aug 31 starts the oldest of the 12 weeks that W47's review shows.
    peerjob.ok("log", "Old", "Role", "--date", "2026-08-31")


def test_weeks_are_reviewed_against_their_own_goals(peerjob, history):
    w45 = peerjob.json("review", "--week", "2026-W45")
    assert (w45["week_start"], w45["week_end"]) == ("2026-11-02", "2026-11-08")
    assert w45["applications_logged"] == 2
    assert w45["goals"] == [{"name": "applications", "target": 2, "done": 2, "met": True}]
    assert w45["stage_changes"] == []

    w46 = peerjob.json("review", "--week", "2026-11-11")
    assert w46["applications_logged"] == 1
    assert w46["goals"] == [{"name": "applications", "target": 2, "done": 1, "met": False}]
    assert w46["stage_changes"] == [
        {"id": 1, "company": "Alpha", "role": "Clerk", "from": "applied", "to": "screening", "date": "2026-11-12"}
    ]

    w47 = peerjob.json("review", "--week", "this")
    assert w47["applications_logged"] == 3
    assert w47["goals"] == [
        {"name": "applications", "target": 3, "done": 3, "met": True},
        {"name": "checkins", "target": 1, "done": 0, "met": False},
    ]
    rejection = w47["stage_changes"][0]
    assert (rejection["company"], rejection["to"], rejection["has_reframe"]) == ("Beta", "rejected", False)
    assert w47["applications_total"] == 7


def test_momentum_covers_twelve_weeks_and_forgives(peerjob, history):
    w47 = peerjob.json("review")
    weeks = w47["activity_by_week"]
    assert len(weeks) == 12
    assert weeks[0]["week_start"] == "2026-08-31" and weeks[-1]["week_start"] == "2026-11-16"
    counts = {week["week_start"]: week["count"] for week in weeks}
    assert counts["2026-08-31"] == 1 and counts["2026-11-02"] == 2 and counts["2026-11-09"] == 1
    assert counts["2026-11-16"] == 3
    assert sum(counts.values()) == 7
    assert w47["momentum"] == {"weeks_active": 4, "of_weeks": 12}
    text = peerjob.ok("review").stdout
    assert "Active in 4 of the last 12 weeks" in text
    assert "streak" not in text.lower() and "fail" not in text.lower()


def test_a_week_of_only_rejections_leads_with_effort(peerjob, pinned):
    peerjob.ok("log", "Alpha", "Clerk", "--date", "2026-10-01")
    peerjob.ok("stage", "1", "rejected", "--date", "2026-11-17")
    data = peerjob.json("review")
    assert data["applications_logged"] == 0 and data["stage_changes"][0]["to"] == "rejected"
    # The headline speaks of what was done, not of the outcome.
    assert "rejected" not in data["headline"].lower()
    assert data["headline"].startswith("Replies arrived this week, from applications you sent earlier. ")
    assert data["headline"].endswith(" were steps you took.")


def test_due_next_week_lists_follow_ups_in_that_week(peerjob, pinned):
    peerjob.ok("log", "Alpha", "Clerk", "--date", "2026-11-18")  # follow-up Nov 25
    peerjob.ok("log", "Beta", "Clerk", "--date", "2026-11-20", "--follow-up", "2026-12-10")
    data = peerjob.json("review")
    assert [(d["title"], d["due_on"]) for d in data["due_next_week"]] == [("Follow up with Alpha", "2026-11-25")]


def test_goals_show_and_history(peerjob, pinned):
    peerjob.ok("goals", "set", "--applications", "3", "--week", "2026-W45")
    peerjob.ok("goals", "set", "--wins", "1")  # this week; applications carry forward
    data = peerjob.json("goals")
    assert data["goals"] == {"applications": 3, "wins": 1, "checkins": None, "self_care_days": None}
    assert [h["week_start"] for h in data["history"]] == ["2026-11-02", "2026-11-16"]
    assert peerjob.json("goals", "--week", "2026-W46")["goals"]["wins"] is None
    peerjob.ok("goals", "set", "--applications", "0")
    assert peerjob.json("goals")["goals"]["applications"] is None


def test_weeks_can_start_on_sunday(peerjob, pinned):
    peerjob.ok("config", "week_starts_on", "sunday")
    peerjob.ok("log", "Alpha", "Clerk", "--date", "2026-11-22")  # a Sunday: starts a new week
    peerjob.ok("log", "Beta", "Clerk", "--date", "2026-11-21")
    data = peerjob.json("review")
    assert (data["week_start"], data["week_end"], data["applications_logged"]) == ("2026-11-22", "2026-11-28", 1)


def test_a_span_counts_goals_only_in_weeks_that_had_them(peerjob, history):
    # From Aug 31: the Old application and the W44 week had no goals; W45-W47 did.
    import json

    span = json.loads(peerjob.ok("export", "--since", "2026-08-31", "--until", "2026-11-22", "--format", "json").stdout)
    goals = {goal["name"]: goal for goal in span["goals"]}
    # Applications: targets 2 + 2 + 3 = 7; done 2 + 1 + 3 = 6 (Old, in a week with no goal, is left out).
    assert (goals["applications"]["target"], goals["applications"]["done"], goals["applications"]["met"]) == (
        7,
        6,
        False,
    )
    assert (goals["checkins"]["target"], goals["checkins"]["done"]) == (1, 0)
    assert span["applications_logged"] == 7  # the effort itself is all counted


def test_setting_goals_twice_in_a_week_keeps_one_row(peerjob, pinned):
    peerjob.ok("goals", "set", "--wins", "2", "--week", "next")
    peerjob.ok("goals", "set", "--applications", "4", "--week", "next")
    history = peerjob.json("goals")["history"]
    assert [(h["week_start"], h["applications"], h["wins"]) for h in history] == [("2026-11-23", 4, 2)]


# --- the week, right (issue 16, item 1) -------------------------------------------------------------


def test_a_past_weeks_page_is_the_same_whichever_day_it_is_read(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-16")
    peerjob.ok("log", "Alpha", "Clerk", "--date", "2026-11-10")  # its round (below) drops its follow-up
    peerjob.ok("log", "Gamma", "Clerk", "--date", "2026-11-10")  # follow-up 2026-11-17
    peerjob.ok("log", "Beta", "Clerk", "--date", "2026-10-01", "--no-follow-up")  # silent: suggestions only
    peerjob.ok("interview", "add", "1", "2026-11-18 10:00")
    peerjob.ok("partner", "add", "Sam")
    peerjob.ok("checkin", "Sam", "--date", "2026-11-12", "--next", "2026-11-19")
    pages = []
    for day in ("2026-11-16", "2026-11-19", "2026-12-20"):
        monkeypatch.setenv("PEERJOB_TODAY", day)
        pages.append(peerjob.ok("review", "--week", "2026-W46", "--json").stdout)
        peerjob.ok("log", f"Later {day}", "Clerk", "--no-follow-up")  # what comes after never changes the page
        peerjob.ok("win", f"Later win {day}")
        if day == "2026-11-19":
            peerjob.ok("interview", "done", "1")  # the round happened since: the page still said it was coming
    assert pages[0] == pages[1] == pages[2]  # byte for byte
    import json

    coming = [(d["kind"], d["due_on"]) for d in json.loads(pages[0])["due_next_week"]]
    assert coming == [("follow-up", "2026-11-17"), ("interview", "2026-11-18"), ("check-in", "2026-11-19")]
    # (Beta's "no reply yet" suggestions are peerjob's ideas, not plans: never on the page.)
    assert json.loads(pages[0])["due_this_week"] == []  # a past week has no "rest of the week"


def test_the_current_week_shows_what_is_still_to_come_in_it(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-17")  # a Tuesday
    peerjob.ok("log", "Alpha", "Clerk", "--date", "2026-11-10", "--no-follow-up")
    peerjob.ok("interview", "add", "1", "thursday 2pm")  # in two days, this week
    peerjob.ok("log", "Beta", "Clerk", "--date", "2026-09-01", "--no-follow-up")  # a suggestion: never listed
    data = peerjob.json("review")
    assert [(d["title"], d["due_on"]) for d in data["due_this_week"]] == [
        ("Interview with Alpha at 14:00", "2026-11-19")
    ]
    assert all(d["kind"] not in ("no-reply", "no-response") for d in data["due_next_week"])
    shown = peerjob.ok("review").stdout
    assert "Still to come this week" in shown and "Interview with Alpha at 14:00" in shown
    for fmt in ("markdown", "html", "json"):
        assert "Interview with Alpha at 14:00" in peerjob.ok("export", "--format", fmt).stdout, fmt
    coming_up = peerjob.ok("export").stdout.split("## Coming up")[1].split("##")[0]
    assert "Interview with Alpha" in coming_up and "Beta" not in coming_up  # plans only, no suggestions


# --- coming back is welcome (issue 16, item 2) -------------------------------------------------------


@pytest.fixture
def four_months_away(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-07-02")
    peerjob.ok("partner", "add", "Sam")
    peerjob.ok("checkin", "Sam", "--date", "2026-07-01")
    for number in range(3):
        peerjob.ok("log", f"Company {number}", "Role", "--date", "2026-07-01")
    peerjob.ok("win", "Mock interview", "--kind", "mock-interview")
    peerjob.ok("goals", "set", "--applications", "3", "--checkins", "1")
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-18")


def test_after_time_away_the_week_says_welcome_back_and_counts_no_gap(peerjob, four_months_away):
    data = peerjob.json("review")
    assert data["returning"] is True
    assert data["headline"].split(".")[0] in ("Welcome back", "Good to see you", "Glad you're here")
    assert "3 applications, 1 win and" in data["headline"]  # what still counts
    shown = peerjob.ok("review").stdout
    for counted_gap in ("days ago", "0 check-ins", "0 of 3", "Active in", "last 12 weeks", "·"):
        assert counted_gap not in shown, counted_gap
    assert "Aim: 3 applications" in shown and "Aim: 1 check-in" in shown and "1 check-ins" not in shown
    for fmt in ("markdown", "html"):
        exported = peerjob.ok("export", "--format", fmt).stdout
        assert ": 0<" not in exported and ": 0\n" not in exported and "0 of 3" not in exported, fmt
        assert "Aim: 3 applications" in exported
    today = peerjob.ok().stdout
    assert "Welcome back" in today and "3 applications, 1 win" in today
    assert "This week so far: 0" not in today and "Active in" not in today
    assert peerjob.json()["returning"] is True


def test_a_week_with_work_in_it_is_not_a_return(peerjob, four_months_away, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-07-08")
    peerjob.ok("log", "Later", "Role")  # the week after: 7 days on, not three weeks
    data = peerjob.json("review", "--week", "2026-07-08")
    assert data["returning"] is False and "Welcome back" not in data["headline"]


def test_a_return_after_only_journal_entries_still_welcomes(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-07-01")
    peerjob.ok("journal", "A slow day", "--mood", "3")
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-18")
    assert "Welcome back. Everything before still counts: 1 journal entry." in peerjob.ok().stdout
    assert peerjob.json("review")["returning"] is True


# --- agreed goals (issue 16, item 5) ---------------------------------------------------------------


def test_goals_agreed_at_a_check_in_round_trip_through_review_and_export(peerjob, monkeypatch, assert_rejected):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-15")  # a Sunday: the agreement is for the coming week
    peerjob.ok("partner", "add", "Sam")
    peerjob.ok("goals", "set", "--applications", "1")
    peerjob.ok("checkin", "Sam", "--agreed", "call the job club", "--agreed", "two applications")
    agreed = peerjob.json("goals", "agreed")
    assert [(g["id"], g["week_start"], g["text"], g["done_on"]) for g in agreed] == [
        (1, "2026-11-16", "call the job club", None),
        (2, "2026-11-16", "two applications", None),
    ]
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-18")
    assert "Agreed with Sam: two applications: not yet (peerjob goals done 2)" in peerjob.ok("goals").stdout
    assert [g["text"] for g in peerjob.json("goals")["agreed"]] == ["call the job club", "two applications"]
    peerjob.ok("log", "ACME", "Support")
    shown = peerjob.ok("review").stdout
    assert "Agreed with Sam: call the job club: not yet (done? peerjob goals done 1)" in shown
    assert "You did what you set out" not in shown  # goals met only once the agreed ones are marked
    assert "call the job club" not in peerjob.ok("export").stdout  # private unless included
    assert "Agreed with Sam: call the job club: not yet" in peerjob.ok("export", "--include", "agreed").stdout
    assert "You said you would" in peerjob.ok("goals", "done", "1").stderr
    assert "goals-met" not in {m["kind"] for m in peerjob.json("milestones")}  # one agreed goal still open
    assert "Met every goal for the week of 2026-11-16" in peerjob.ok("goals", "done", "2").stderr
    data = peerjob.json("review")
    assert [(g["text"], g["done_on"]) for g in data["agreed_goals"]] == [
        ("call the job club", "2026-11-18"),
        ("two applications", "2026-11-18"),
    ]
    assert_rejected("goals", "done", "1", says="already done")
    assert_rejected("goals", "done", "9", says="no agreed goal with ID 9")
