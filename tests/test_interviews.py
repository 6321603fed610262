"""Interview rounds with times, "how did it go?", and follow-ups as steps (issue 15, items 1 to 3)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from peerjob.dates import DateError, parse_when


@pytest.fixture(autouse=True)
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")  # a Sunday


# --- WHEN: a day and an optional time ------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("friday 3pm", (date(2026, 11, 27), "15:00")),
        ("2026-12-01 15:30", (date(2026, 12, 1), "15:30")),
        ("tomorrow 09:00", (date(2026, 11, 23), "09:00")),
        ("thursday at 3pm", (date(2026, 11, 26), "15:00")),
        ("at 9:05am friday", (date(2026, 11, 27), "09:05")),
        ("Friday, 2:30 PM", (date(2026, 11, 27), "14:30")),
        ("monday noon", (date(2026, 11, 23), "12:00")),
        ("12am tomorrow", (date(2026, 11, 23), "00:00")),
        ("12pm tomorrow", (date(2026, 11, 23), "12:00")),
        ("3pm", (date(2026, 11, 22), "15:00")),  # a time alone is today
        ("2026-12-10", (date(2026, 12, 10), None)),  # a day alone has no time
        ("2026-12-04T10:00:00", (date(2026, 12, 4), "10:00")),  # ISO 8601, seconds and all
        ("in 2 weeks", (date(2026, 12, 6), None)),
    ],
)
def test_when_reads_a_day_and_a_time(text, expected):
    assert parse_when(text, today=date(2026, 11, 22)) == expected


@pytest.mark.parametrize(
    "text, says",
    [
        ("friday 25:00", "no such time"),
        ("friday 13pm", "1 to 12"),
        ("friday 10:75", "no such time"),
        ("3pm 4pm", "more than one time"),
        ("friday 15", "is the number a time"),  # not the 15th
        ("monday 9", "is the number a time"),
        ("friday 1530", "is the number a time"),  # not the year 1530
        ("someday 3pm", "Couldn't read"),
        ("", "needed"),
    ],
)
def test_when_refuses_what_is_not_a_time(text, says):
    with pytest.raises(DateError, match=f"(?i){says}"):
        parse_when(text, today=date(2026, 11, 22))


# --- rounds ---------------------------------------------------------------------------------


def rounds(peerjob):
    return [(r["id"], r["round"], r["date"], r["time"]) for r in peerjob.json("interview", "list")]


def test_stage_interview_makes_a_round_and_edit_moves_it(peerjob):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    peerjob.ok("stage", "1", "interviewing", "--interview", "thursday 3pm")
    assert rounds(peerjob) == [(1, 1, "2026-11-26", "15:00")]
    shown = peerjob.json("show", "1")
    assert [(r["date"], r["time"]) for r in shown["interviews"]] == [("2026-11-26", "15:00")]
    assert "interview_on" not in shown
    assert "When: 2026-11-26 15:00" in peerjob.ok("show", "1").stdout
    soon = peerjob.json("due", "--days", "7")
    assert [(i["title"], i["due_on"], i["at_time"]) for i in soon if i["kind"] == "interview"] == [
        ("Interview with ACME at 15:00", "2026-11-26", "15:00")
    ]
    assert [(d["title"], d["due_on"], d["at_time"]) for d in peerjob.json("review")["due_next_week"]] == [
        ("Interview with ACME at 15:00", "2026-11-26", "15:00")
    ]
    peerjob.ok("edit", "1", "--interview", "friday 10:00")  # moves the round still to come
    assert rounds(peerjob) == [(1, 1, "2026-11-27", "10:00")]
    peerjob.ok("interview", "add", "1", "2026-12-03 09:30", "--kind", "onsite", "--duration", "90")
    assert rounds(peerjob) == [(1, 1, "2026-11-27", "10:00"), (2, 2, "2026-12-03", "09:30")]
    assert "round 2" in peerjob.json("due", "--days", "14")[-1]["title"]


def test_no_interview_marks_the_next_round_as_not_happening(peerjob, assert_rejected):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    peerjob.ok("stage", "1", "screening", "--interview", "tomorrow")
    peerjob.ok("interview", "add", "1", "2026-12-01")
    said = peerjob.ok("edit", "1", "--no-interview")
    assert "interview round 1 with ACME (ID 1)" in said.stderr and "stays in the history" in said.stderr
    states = [(r["id"], r["cancelled_on"]) for r in peerjob.json("interview", "list")]
    assert states == [(1, "2026-11-22"), (2, None)]  # kept, marked, never deleted
    peerjob.ok("edit", "1", "--no-interview")
    assert_rejected("edit", "1", "--no-interview", says="no interview still to come")
    assert all(item["kind"] != "interview" for item in peerjob.json("due", "--days", "30"))


def test_what_happened_to_a_round_is_said(peerjob):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    added = peerjob.ok("stage", "1", "interviewing", "--interview", "friday 3pm")
    assert "Interview round 1 with ACME (ID 1) on 2026-11-27 15:00." in added.stderr
    moved = peerjob.ok("edit", "1", "--interview", "2026-12-02 14:00")
    assert "Moved interview round 1 with ACME (ID 1) from 2026-11-27 15:00 to 2026-12-02 14:00." in moved.stderr
    assert "Updated application" not in moved.stderr  # nothing else changed, so nothing else is said
    peerjob.ok("stage", "1", "offer")
    again = peerjob.ok("stage", "1", "interviewing", "--interview", "2026-12-04 10:00")  # a stage move adds a round
    assert "Interview round 2 with ACME (ID 2)" in again.stderr
    assert [r["id"] for r in peerjob.json("interview", "list")] == [1, 2]


def test_a_round_on_an_application_still_at_applied_moves_it_to_interviewing(peerjob):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-10-01")  # long silent: nudges in due
    said = peerjob.ok("interview", "add", "1", "friday 3pm")
    assert "Application 1 is at interviewing now." in said.stderr and "First interview" in said.stderr
    shown = peerjob.json("show", "1")
    assert (shown["stage"], shown["follow_up_on"]) == ("interviewing", None)
    assert [item["kind"] for item in peerjob.json("due")] == []  # a reply: no "no reply yet" any more
    assert peerjob.json("stats")["reached_interview"] == 1


def test_a_round_that_did_not_happen_is_never_asked_about(peerjob, assert_rejected):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    peerjob.ok("interview", "add", "1", "2026-11-18 10:00")
    (asked,) = [item for item in peerjob.json("due") if item["kind"] == "debrief"]
    assert "If it didn't happen: peerjob interview cancel 1" in asked["detail"]
    assert "Plans change" in peerjob.ok("interview", "cancel", "1").stderr
    assert all(item["kind"] != "debrief" for item in peerjob.json("due"))
    assert peerjob.json("interview", "show", "1")["cancelled_on"] == "2026-11-22"
    assert_rejected("interview", "cancel", "1", says="already marked")
    peerjob.ok("interview", "done", "1")  # it happened after all
    shown = peerjob.json("interview", "show", "1")
    assert (shown["done_on"], shown["cancelled_on"]) == ("2026-11-18", None)
    assert_rejected("interview", "done", "1", says="already marked as gone to")


@pytest.mark.parametrize(
    "args, says",
    [
        (["stage", "1", "offer", "--interview", "friday"], "goes with 'screening' or 'interviewing'"),
        (["stage", "1", "interviewing", "--interview", "someday"], "Couldn't read"),
        (["edit", "1", "--interview", "friday", "--no-interview"], "either"),
        (["interview", "add", "1", "friday 25:00"], "no such time"),
        (["interview", "add", "9", "friday"], "no application with ID 9"),
        (["interview", "add", "1", "2026-11-01"], "before application 1 was sent"),
        (["interview", "add", "1", "friday", "--kind", "lunch"], "Unknown kind"),
        (["interview", "add", "1", "friday", "--kind", "vidoe"], "Did you mean 'video'?"),
        (["interview", "add", "1", "friday", "--duration", "forever"], "minutes from 1 to 1440"),
        (["interview", "add", "1", "friday", "--json", "-q"], "either --json or --quiet"),
        (["interview", "edit", "7", "--note", "x"], "no interview round with ID 7"),
        (["interview", "edit", "1"], "Nothing to change"),
        (["interview", "delete", "1"], "--yes"),
        (["interview", "done", "1"], "still to come"),
        (["interview", "debrief", "1"], "needs a few words"),
        (["followup", "1", "--channel", "pigeon"], "Unknown channel"),
        (["followup", "1", "--date", "2026-11-01"], "before application 1 was sent"),
        (["followup", "1", "--next", "friday", "--no-next"], "either"),
        (["followup", "1", "--date", "2026-11-20", "--next", "2026-11-19"], "before this one"),
        (["interview", "add", "1", "2026-11-30 10:00"], "already has a round then (ID 1)"),
        (["interview", "add", "1", "2026-11-30T10:00"], "already has a round then"),  # ISO 8601 with a T
        (["interview", "debrief", "1", "--how", "fine"], "still to come"),
        (["interview", "cancel", "9"], "no interview round with ID 9"),
    ],
)
def test_bad_input_changes_nothing(peerjob, assert_rejected, args, says):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    peerjob.ok("interview", "add", "1", "2026-11-30 10:00")
    assert_rejected(*args, says=says)


def test_scripts_read_what_interview_add_and_followup_did(peerjob):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    assert peerjob.ok("interview", "add", "1", "friday 3pm", "-q").stdout == "1\n"
    added = peerjob.json("interview", "add", "1", "2026-12-02 10:00", "--kind", "video")
    assert (added["id"], added["round"], added["date"], added["time"], added["kind"]) == (
        2,
        2,
        "2026-12-02",
        "10:00",
        "video",
    )
    assert peerjob.ok("followup", "1", "-q").stdout == "1\n"
    sent = peerjob.json("followup", "1", "--channel", "phone", "--no-next")
    assert (sent["id"], sent["date"], sent["channel"], sent["next_follow_up_on"]) == (2, "2026-11-22", "phone", None)


def test_a_round_is_a_timed_calendar_event_in_the_local_zone(peerjob, monkeypatch):
    from icalendar import Calendar

    monkeypatch.setenv("TZ", "America/New_York")
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10", "--note", "MARKER-NOTE-61")
    peerjob.ok("interview", "add", "1", "thursday 3pm", "--duration", "45", "--where", "MARKER-PLACE-62")
    peerjob.ok("interview", "add", "1", "2026-12-01")

    def events():
        calendar = Calendar.from_ical(peerjob.ok("calendar", "--days", "14").stdout)
        return {str(e["UID"]): e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("interview-")}

    timed, all_day = events()["interview-round-1@peerjob"], events()["interview-round-2@peerjob"]
    starts, ends = timed["DTSTART"].dt, timed["DTEND"].dt
    assert (starts.year, starts.month, starts.day, starts.hour, starts.minute) == (2026, 11, 26, 15, 0)
    assert str(starts.tzinfo) == "America/New_York" and (ends - starts).total_seconds() == 45 * 60
    assert all_day["DTSTART"].dt == date(2026, 12, 1)  # no time given: all day
    peerjob.ok("interview", "edit", "1", "--when", "friday 9am")
    moved = events()["interview-round-1@peerjob"]["DTSTART"].dt  # the same event, moved
    assert (moved.day, moved.hour) == (27, 9)
    written = peerjob.ok("calendar", "--days", "14").stdout
    assert "MARKER-NOTE-61" not in written and "MARKER-PLACE-62" not in written
    import time

    monkeypatch.setenv("TZ", "UTC+3")  # a POSIX rule, no zone name: the same moment, written in UTC
    time.tzset()
    try:
        utc = events()["interview-round-1@peerjob"]["DTSTART"].dt
    finally:
        monkeypatch.undo()
        time.tzset()
    assert (utc.day, utc.hour, utc.utcoffset().total_seconds()) == (27, 12, 0)


# --- how did it go? -----------------------------------------------------------------------


def test_a_passed_round_asks_how_it_went_and_a_debrief_is_a_step(peerjob, monkeypatch):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    peerjob.ok("stage", "1", "interviewing", "--interview", "2026-11-18 10:00")
    peerjob.ok("interview", "add", "1", "2026-11-26 14:00")
    (asked,) = [item for item in peerjob.json("due") if item["kind"] == "debrief"]
    assert "How did it go at ACME?" in asked["title"] and "peerjob interview debrief 1" in asked["detail"]
    assert asked["overdue"] is False
    today = peerjob.json()
    assert [item["command"] for item in today["due_now"]] == ["peerjob interview debrief 1"]
    assert "How did it go at ACME?" in peerjob.ok().stdout
    said = peerjob.ok("interview", "debrief", "1", "--how", "Nervous, then fine", "--learned", "Ask about training")
    assert "That part was yours" in said.stderr or "Going took courage" in said.stderr or "You went" in said.stderr
    assert "First interview you went to" in said.stderr
    titles = [m["title"] for m in peerjob.json("milestones")]
    assert titles.count("First interview you went to") == 1  # once, not again as a "first win of a kind"
    (went,) = peerjob.json("win", "list")  # going counts as a win, in the week's figures and the review
    assert (went["kind"], went["date"], went["text"]) == (
        "interview",
        "2026-11-18",
        "Went to interview round 1 with ACME",
    )
    assert peerjob.json("review", "--week", "2026-W47")["wins"] == 1
    round_ = peerjob.json("interview", "show", "1")
    assert round_["done_on"] == "2026-11-18"  # the day of the round
    assert round_["debrief"] == {
        "how_it_went": "Nervous, then fine",
        "learned": "Ask about training",
        "next_step": None,
    }
    assert all(item["kind"] != "debrief" for item in peerjob.json("due"))  # asked once, answered
    sheet = peerjob.ok("prep", "1").stdout  # the next round's prep carries it
    assert "Round 2, 2026-11-26 14:00" in sheet and "Learned: Ask about training" in sheet


def test_a_debrief_from_standard_input_and_done_alone(peerjob):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    peerjob.ok("interview", "add", "1", "2026-11-18")
    peerjob.ok("interview", "add", "1", "2026-11-20")
    peerjob.ok("interview", "debrief", "1", "--answers", "-", input="Went well\n\nSend a thank-you\n")
    assert peerjob.json("interview", "show", "1")["debrief"] == {
        "how_it_went": "Went well",
        "learned": None,
        "next_step": "Send a thank-you",
    }
    done = peerjob.ok("interview", "done", "2")
    assert "interview" in done.stderr.lower() or "went" in done.stderr.lower()
    assert peerjob.json("interview", "show", "2")["done_on"] == "2026-11-20"
    assert all(item["kind"] != "debrief" for item in peerjob.json("due"))


def test_a_round_earlier_today_asks_once_its_time_is_over(peerjob):
    """`due` reads the clock on the pinned day: a round at 00:00 lasting a minute has passed by now."""
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    peerjob.ok("interview", "add", "1", "2026-11-22 00:00", "--duration", "1")
    peerjob.ok("interview", "add", "1", "2026-11-22 23:59")
    asked = [item["title"] for item in peerjob.json("due") if item["kind"] == "debrief"]
    assert asked == ["How did it go at ACME? (2026-11-22 00:00)"]


# --- following up ---------------------------------------------------------------------------


def test_a_follow_up_is_kept_celebrated_and_plans_the_next(peerjob):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    said = peerjob.ok("followup", "1", "--channel", "email", "--with", "Dana", "--note", "asked about timeline")
    assert "ACME" in said.stderr and "Next follow-up: 2026-11-29" in said.stderr  # the usual 7 days on
    shown = peerjob.json("show", "1")
    assert shown["follow_up_on"] == "2026-11-29"
    assert [(f["date"], f["channel"], f["with"], f["note"]) for f in shown["follow_ups"]] == [
        ("2026-11-22", "email", "Dana", "asked about timeline")
    ]
    assert "2026-11-22 (email, to Dana): asked about timeline" in peerjob.ok("show", "1").stdout
    peerjob.ok("followup", "1", "--date", "2026-11-21", "--next", "2026-12-05")
    assert peerjob.json("show", "1")["follow_up_on"] == "2026-12-05"
    peerjob.ok("undo", "--yes")  # a follow-up is taken back like anything else
    assert [f["date"] for f in peerjob.json("show", "1")["follow_ups"]] == ["2026-11-22"]


def test_a_reply_clears_what_was_pending_for_the_silence(peerjob):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-10-01")  # 52 days: a follow-up and no-reply suggestions
    kinds = {item["kind"] for item in peerjob.json("due") if item["application_id"] == 1}
    assert {"follow-up", "no-response"} <= kinds
    peerjob.ok("stage", "1", "screening")
    assert peerjob.json("show", "1")["follow_up_on"] is None
    assert [item for item in peerjob.json("due") if item["application_id"] == 1] == []


@pytest.mark.parametrize("days", [0, 1, 10, 30, 365])
def test_day_counts_in_due_are_right_for_every_window(peerjob, days):
    for company, applied in (("Old", "2026-11-08"), ("Older", "2026-10-01"), ("Oldest", "2026-06-01")):
        peerjob.ok("log", company, "Support", "--date", applied, "--no-follow-up")
    expected = {"Old": 14, "Older": 52, "Oldest": 174}  # counted by hand from 2026-11-22
    for item in peerjob.json("due", "--days", str(days)):
        if item["kind"] in ("no-reply", "no-response"):
            company = item["title"].split(" from ")[-1]
            assert f"{expected[company]} days since you applied" in item["detail"], (days, item)


# --- older data ------------------------------------------------------------------------------


def test_a_dump_from_before_rounds_loads_its_interview_dates_as_rounds(peerjob, tmp_path):
    dump = {
        "schema": "0004",
        "format": 1,
        "tables": {
            "application": [
                {
                    "id": 1,
                    "company": "ACME",
                    "role": "Support",
                    "stage": "interviewing",
                    "applied_on": "2026-11-02",
                    "interview_on": "2026-11-26",
                    "created_at": "2026-11-02 10:00:00.000000",
                    "updated_at": "2026-11-05 10:00:00.000000",
                }
            ]
        },
    }
    path = tmp_path / "old dump #1.json"
    path.write_text(json.dumps(dump))
    peerjob.ok("--db", tmp_path / "new.db", "load", path)
    (only,) = peerjob.json("--db", tmp_path / "new.db", "interview", "list")
    assert (only["application_id"], only["date"], only["time"]) == (1, "2026-11-26", None)


def test_on_a_terminal_the_debrief_asks_one_question_at_a_time(terminal_env, peerjob):
    from test_terminal import run_in_terminal

    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    peerjob.ok("interview", "add", "1", "2026-11-18 10:00")
    code, screen = run_in_terminal(["interview", "debrief", "1"], "Calm by the end\n\nThank-you email\n", terminal_env)
    assert code == 0, screen
    assert "How did it go" in screen and "One thing you learned" in screen and "What next" in screen
    assert peerjob.json("interview", "show", "1")["debrief"] == {
        "how_it_went": "Calm by the end",
        "learned": None,  # Enter skipped it
        "next_step": "Thank-you email",
    }
