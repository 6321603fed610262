"""Logging applications and moving them through stages, through the CLI."""

from datetime import date

import pytest

TODAY = "2026-11-22"  # a Sunday


@pytest.fixture(autouse=True)
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", TODAY)


def test_without_a_pinned_date_today_is_the_machines_date(peerjob, monkeypatch):
    monkeypatch.delenv("PEERJOB_TODAY")
    before = date.today()
    peerjob.ok("log", "ACME", "Support Specialist")
    after = date.today()
    # One date, unless the clock passed midnight during the command.
    assert peerjob.json("list")[0]["applied_on"] in {before.isoformat(), after.isoformat()}


def test_log_counts_the_application_and_the_week(peerjob):
    first = peerjob.ok("log", "ACME", "Support Specialist")
    second = peerjob.ok("log", "Globex", "Barista", "--source", "referral", "--tag", "Remote", "--tag", "part-time")
    assert "application 1" in first.stderr.lower() and "1 this week" in first.stderr
    assert "application 2" in second.stderr.lower() and "2 this week" in second.stderr
    assert first.stdout == "" and second.stdout == ""  # messages go to stderr

    rows = peerjob.json("list")
    assert [(r["id"], r["company"], r["role"], r["stage"]) for r in rows] == [
        (1, "ACME", "Support Specialist", "applied"),
        (2, "Globex", "Barista", "applied"),
    ]
    assert rows[1]["tags"] == ["part-time", "remote"]
    assert rows[1]["source"] == "referral"
    assert rows[0]["applied_on"] == TODAY
    # The default follow-up is a week after applying.
    assert rows[0]["follow_up_on"] == "2026-11-29"


def test_typed_dates_are_stored_as_iso(peerjob):
    peerjob.ok("log", "Initech", "Analyst", "--date", "3 days ago", "--follow-up", "in 2 weeks")
    peerjob.ok("log", "Hooli", "Support", "--date", "last friday", "--no-follow-up")
    rows = {r["company"]: r for r in peerjob.json("list")}
    assert rows["Initech"]["applied_on"] == "2026-11-19"
    assert rows["Initech"]["follow_up_on"] == "2026-12-06"
    assert rows["Hooli"]["applied_on"] == "2026-11-20"  # the Friday before this Sunday
    assert rows["Hooli"]["follow_up_on"] is None


def test_back_dated_application_still_counts(peerjob):
    result = peerjob.ok("log", "Umbrella", "Clerk", "--date", "30 days ago")
    assert result.stderr == (
        "Application 1 is on the record, 1 in all. Every one you log still counts. "
        "Your very first: the first step is often the hardest one.\n"
    )
    assert "this week" not in result.stderr


def test_list_filters(peerjob):
    peerjob.ok("log", "A", "One", "--date", "20 days ago", "--tag", "remote")
    peerjob.ok("log", "B", "Two", "--date", "10 days ago")
    peerjob.ok("log", "C", "Three")
    peerjob.ok("stage", "2", "screening")
    assert [r["company"] for r in peerjob.json("list", "--since", "2026-11-07")] == ["B", "C"]
    assert [r["company"] for r in peerjob.json("list", "--until", "15 days ago")] == ["A"]
    assert [r["company"] for r in peerjob.json("list", "--stage", "screening")] == ["B"]
    assert [r["company"] for r in peerjob.json("list", "--tag", "REMOTE")] == ["A"]
    assert peerjob.json("list", "--stage", "offer") == []
    table = peerjob.ok("list").stdout
    assert "A" in table and "Three" in table and "screening" in table


def test_list_when_empty_says_how_to_start(peerjob):
    result = peerjob.ok("list")
    assert result.stdout == ""
    assert "peerjob log" in result.stderr


def test_stage_moves_are_kept_as_history(peerjob):
    peerjob.ok("log", "ACME", "Support Specialist", "--date", "10 days ago")
    moved = peerjob.ok("stage", "1", "Screening", "--date", "5 days ago", "--note", "phone call")
    assert "ACME" in moved.stderr
    peerjob.ok("stage", "1", "interviewing", "--date", "yesterday")
    peerjob.ok("stage", "1", "no_response")

    shown = peerjob.json("show", "1")
    assert shown["stage"] == "no-response"
    assert [(h["from_stage"], h["to_stage"], h["changed_on"], h["note"]) for h in shown["history"]] == [
        (None, "applied", "2026-11-12", None),
        ("applied", "screening", "2026-11-17", "phone call"),
        ("screening", "interviewing", "2026-11-21", None),
        ("interviewing", "no-response", TODAY, None),
    ]
    # A closed application has nothing left to follow up.
    assert shown["follow_up_on"] is None
    text = peerjob.ok("show", "1").stdout
    assert "Stage history" in text and "phone call" in text


def test_accepted_keeps_the_start_date(peerjob):
    peerjob.ok("log", "ACME", "Support Specialist", "--date", "10 days ago")
    peerjob.ok("stage", "1", "offer", "--date", "2 days ago")
    result = peerjob.ok("stage", "1", "accepted", "--start-date", "in 2 weeks")
    assert "ACME" in result.stderr
    assert peerjob.json("show", "1")["start_on"] == "2026-12-06"


def test_edit_changes_details_and_tags(peerjob):
    peerjob.ok("log", "ACME", "Support", "--tag", "remote", "--tag", "old")
    peerjob.ok("edit", "1", "--role", "Team Lead", "--url", "https://example.org/job", "--tag", "new", "--untag", "old")
    peerjob.ok("edit", "1", "--date", "yesterday", "--no-follow-up")
    shown = peerjob.json("show", "1")
    assert shown["role"] == "Team Lead"
    assert shown["url"] == "https://example.org/job"
    assert shown["tags"] == ["new", "remote"]
    assert shown["applied_on"] == "2026-11-21"
    assert shown["history"][0]["changed_on"] == shown["applied_on"]
    assert shown["follow_up_on"] is None


def test_delete_asks_first_on_a_terminal(peerjob, monkeypatch):
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("log", "Globex", "Barista")
    monkeypatch.setattr("peerjob.cli.context.interactive", lambda: True)
    declined = peerjob("delete", "1", input="n\n")
    assert declined.exit_code == 1
    assert len(peerjob.json("list")) == 2
    peerjob.ok("delete", "1", input="y\n")
    peerjob.ok("delete", "2", "--yes")
    assert peerjob.json("list") == []


def test_delete_without_a_terminal_needs_yes(peerjob, assert_rejected):
    peerjob.ok("log", "ACME", "Support")
    line = assert_rejected("delete", "1", input="y\n", says="--yes")
    assert "peerjob delete 1 --yes" in line  # says what to type instead; a piped "y" is not an answer


def test_where_prints_the_path_in_use(peerjob, db_path, tmp_path):
    assert peerjob.ok("where").stdout.strip() == str(db_path)
    other = tmp_path / "elsewhere.db"
    assert peerjob.ok("--db", str(other), "where").stdout.strip() == str(other)
    peerjob.ok("--db", str(other), "log", "ACME", "Support")
    assert other.exists() and not db_path.exists()


def test_settings_change_defaults(peerjob, settings_path):
    peerjob.ok("config", "default_follow_up_days", "3")
    assert peerjob.json("config")["default_follow_up_days"] == 3
    peerjob.ok("log", "ACME", "Support")
    assert peerjob.json("list")[0]["follow_up_on"] == "2026-11-25"
    assert settings_path.stat().st_mode & 0o777 == 0o600
    assert settings_path.parent.stat().st_mode & 0o777 == 0o700


def test_after_a_long_gap_log_welcomes_back_without_comment(peerjob, monkeypatch):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-09-01")
    peerjob.ok("log", "Globex", "Barista", "--date", "2026-09-02")
    back = peerjob.ok("log", "Initech", "Clerk").stderr
    assert "welcome back" in back.lower() and "before it still count" in back
    assert "gap" not in back and "since" not in back
    assert "welcome back" not in peerjob.ok("log", "Hooli", "Support").stderr.lower()


def test_no_welcome_back_for_someone_who_kept_journaling(peerjob, monkeypatch):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-09-01")
    peerjob.ok("journal", "Still here", "--mood", "3", "--date", "2026-11-15")
    assert "welcome back" not in peerjob.ok("log", "Initech", "Clerk").stderr.lower()
