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


# --- a gentle look at load (item 5) --------------------------------------------------------


def busy_and_tired(peerjob, db, energy: int) -> None:
    """Twelve weeks of one application a week, then two weeks of three a week with journal energy ``energy``."""
    import sqlite3
    from datetime import date, timedelta

    peerjob.ok("log", "Warm", "Up", "--date", "2026-08-01")  # creates the file
    now = "2026-12-01 10:00:00.000000"
    monday = date(2026, 11, 23)  # the week under review starts here; the one before on the 16th
    with sqlite3.connect(db) as conn:
        for week in range(1, 13):
            day = monday - timedelta(weeks=1 + week)
            conn.execute(
                "INSERT INTO application (company, role, stage, applied_on, created_at, updated_at)"
                " VALUES (?, 'Role', 'applied', ?, ?, ?)",
                (f"Earlier {week}", day.isoformat(), now, now),
            )
        for offset in range(0, 14, 2):
            day = monday - timedelta(days=7) + timedelta(days=offset)
            conn.execute(
                "INSERT INTO application (company, role, stage, applied_on, created_at, updated_at)"
                " VALUES (?, 'Role', 'applied', ?, ?, ?)",
                (f"Recent {offset}", day.isoformat(), now, now),
            )
            conn.execute(
                "INSERT INTO journal_entry (entry_on, text, mood, energy, private, created_at) VALUES (?, 'x', 3, ?, 1, ?)",
                (day.isoformat(), energy, now),
            )


def test_low_energy_and_a_busy_search_get_one_line_in_the_review(peerjob, db_path, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-29")
    busy_and_tired(peerjob, db_path, energy=2)
    review = peerjob.json("review")
    assert review["load_note"] and "peerjob plan" in review["load_note"]
    assert review["load_note"] in peerjob.ok("review").stdout
    # A past week reads the same on another day, and the note never goes into an export.
    monkeypatch.setenv("PEERJOB_TODAY", "2026-12-20")
    assert peerjob.json("review", "--week", "2026-11-23")["load_note"] == review["load_note"]
    for fmt in ("markdown", "json"):
        assert (
            "peerjob plan"
            not in peerjob.ok("export", "--week", "2026-11-23", "--format", fmt, "--include", "journal").stdout
        )
    peerjob.ok("config", "set", "load-note", "off")
    assert peerjob.json("review", "--week", "2026-11-23")["load_note"] is None


def test_a_calm_fortnight_gets_no_load_line(peerjob, db_path, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-29")
    busy_and_tired(peerjob, db_path, energy=4)
    assert peerjob.json("review")["load_note"] is None


@pytest.mark.parametrize(
    "energy, recent, before, due",
    [
        ([2.0, 1.5], 6, 12, True),
        ([2.0, 2.5], 6, 12, False),  # one week not low
        ([None, 1.0], 6, 12, False),  # a week with no energy written
        ([1.0, 1.0], 2, 12, False),  # one a week, as usual
        ([1.0, 1.0], 6, 0, False),  # no usual yet to be above
        ([1.0, 1.0], 3, 12, True),
    ],
)
def test_when_load_is_noticed(energy, recent, before, due):
    assert wellness.load_note_due(energy, recent, before) is due


# --- the story bank (item 3) ----------------------------------------------------------------


def test_stories_from_options_stdin_and_prompts_reach_only_their_prep_sheets(peerjob):
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("log", "Globex", "Barista")
    peerjob.ok("story", "add", "Coming back", "--kind", "gap", "--text", "Two years out; what I learned")
    peerjob.ok("story", "add", "Peer group", "--kind", "lived", "--text", "-", input="Situation: ...\nResult: ...\n")
    peerjob.ok("story", "add", "Calm under pressure", "--kind", "strength", "--text", "The night shift")
    peerjob.ok("story", "link", "2", "1")
    listed = peerjob.json("story", "list")
    assert [(s["title"], s["kind"]) for s in listed] == [
        ("Coming back", "gap"),
        ("Peer group", "lived-experience"),
        ("Calm under pressure", "strength"),
    ]
    assert listed[1]["text"] == "Situation: ...\nResult: ..." and listed[1]["applications"][0]["company"] == "ACME"
    acme = peerjob.ok("prep", "1").stdout
    assert "Stories you might tell" in acme and "Peer group" in acme and "Coming back" in acme  # linked, and the gap
    assert "Calm under pressure" not in acme  # not linked to ACME
    globex = peerjob.ok("prep", "2").stdout
    assert "Peer group" not in globex and "Coming back" in globex
    assert "Stories you might tell" not in peerjob.ok("prep", "1", "--no-private").stdout


def test_stories_can_be_changed_unlinked_and_taken_back(peerjob, assert_rejected):
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("story", "add", "Coming back", "--text", "first")
    peerjob.ok("story", "edit", "1", "--kind", "growth", "--title", "Back again")
    assert peerjob.json("story", "show", "1")["kind"] == "growth"
    peerjob.ok("story", "link", "1", "1")
    assert "was already linked" in peerjob.ok("story", "link", "1", "1").stderr
    peerjob.ok("story", "link", "1", "1", "--unlink")
    peerjob.ok("story", "delete", "1", "--yes")
    assert peerjob.json("story", "list") == []
    peerjob.ok("undo", "--yes")
    assert [s["title"] for s in peerjob.json("story", "list")] == ["Back again"]
    assert_rejected("story", "add", "x", "--kind", "fable", says="Unknown kind of story")
    assert_rejected("story", "link", "1", "9", says="no application with ID 9")
    assert_rejected("story", "edit", "7", "--kind", "gap", says="no story with ID 7")


def test_stories_leave_only_when_named(peerjob):
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("story", "add", "Coming back", "--kind", "gap", "--text", "STORY-MARKER two years out")
    for fmt in ("markdown", "html", "json"):
        assert "STORY-MARKER" not in peerjob.ok("export", "--format", fmt).stdout
    named = peerjob.ok("export", "--include", "stories").stdout
    assert "## Stories" in named and "STORY-MARKER two years out" in named


# --- training and credentials (item 4) --------------------------------------------------------


def test_training_planned_renewed_and_finished(peerjob, tmp_path):
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("training", "add", "First aid", "--issuer", "Red Cross", "--hours", "6", "--on", "2026-12-10")
    peerjob.ok(
        "training", "add", "Peer support certificate", "--status", "done", "--on", "2026-11-20",
        "--renews", "2026-12-30", "--note", "TRAINING-NOTE",
    )  # fmt: skip
    peerjob.ok(
        "training", "add", "Forklift licence", "--status", "done", "--on", "2025-12-01", "--renews", "2027-06-01"
    )
    kinds = {(item["kind"], item["title"]) for item in peerjob.json("due", "--days", "14")}
    assert ("training", "Training: First aid") in kinds
    assert ("renewal", "Renew: Peer support certificate") in kinds  # within 30 days, though the window is 14
    assert not any("Forklift" in title for _, title in kinds)  # renews in 2027: not yet
    ics = tmp_path / "plans.ics"
    peerjob.ok("calendar", "--output", ics, "--days", "60")
    calendar = ics.read_text()
    assert "Training: First aid" in calendar and "Renew: Peer support certificate" in calendar
    assert "TRAINING-NOTE" not in calendar
    finished = peerjob.ok("training", "done", "1", "--on", "2026-12-03")
    assert "counts as a win" in finished.stderr
    wins = peerjob.json("wins")
    assert [w["text"] for w in wins if w["kind"] == "training"] == [
        "Finished Forklift licence",
        "Finished Peer support certificate",
        "Finished First aid (Red Cross)",
    ]
    prep = peerjob.ok("prep", "1").stdout
    assert "Training and credentials" in prep and "First aid (Red Cross), 2026-12-03" in prep
    assert "renews 2027-06-01" in prep


def test_exports_count_training_and_name_it_only_when_asked(peerjob):
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("training", "add", "Food hygiene level 2", "--status", "done", "--on", "2026-12-02")
    default = peerjob.ok("export").stdout
    assert "Training finished" in default and "Food hygiene" not in default
    data = json.loads(peerjob.ok("export", "--format", "json").stdout)
    assert data["training_finished"] == 1 and "training" not in data
    named = peerjob.ok("export", "--include", "training").stdout
    assert "Food hygiene level 2" in named


def test_training_refusals_change_nothing(peerjob, assert_rejected):
    peerjob.ok("training", "add", "First aid", "--status", "done", "--on", "2026-12-01")
    assert_rejected("training", "add", "X", "--status", "someday", says="Unknown training status")
    assert_rejected("training", "add", "X", "--hours", "-3", says="--hours takes a number of hours")
    assert_rejected("training", "done", "1", says="was marked done on 2026-12-01")
    assert_rejected("training", "edit", "1", "--status", "done", says="training done 1")
    assert_rejected(
        "training", "add", "X", "--status", "done", "--on", "2026-12-01", "--renews", "2026-11-01", says="can't renew"
    )
    assert_rejected("training", "done", "9", says="no training with ID 9")


# --- boundaries checked on (item 6) ---------------------------------------------------------


def test_boundaries_are_checked_on_in_a_new_jobs_first_weeks(peerjob, terminal_env, fresh_db, monkeypatch):
    from test_terminal import run_in_terminal

    monkeypatch.setenv("PEERJOB_TODAY", "2026-12-03")
    peerjob.ok("log", "ACME", "Support Specialist", "--date", "2026-11-02")
    peerjob.ok("stage", "1", "accepted", "--date", "2026-11-20", "--start-date", "2026-11-30")
    peerjob.ok("boundary", "add", "Leave by 6")
    peerjob.ok("boundary", "add", "Keep my Thursday group")
    env = dict(terminal_env, PEERJOB_TODAY="2026-12-03")
    code, output = run_in_terminal(["review", "--no-plan"], "h\rp\r", env, after="Did your boundaries hold")
    assert code == 0 and "Kept, for you alone" in output, output
    # Asked once a week: the same week's review on a terminal asks nothing more.
    code, output = run_in_terminal(["review", "--no-plan"], "", env)
    assert code == 0 and "Did your boundaries hold" not in output
    # The next week's review shows how they went, as information; the answers stay out of exports.
    monkeypatch.setenv("PEERJOB_TODAY", "2026-12-10")
    shown = peerjob.ok("review", "--no-plan").stdout
    assert "Leave by 6 (so far: held)" in shown and "Keep my Thursday group (so far: partly)" in shown
    checks = peerjob.json("review")["boundary_checks"]
    assert [(c["boundary"], [a["answer"] for a in c["answers"]]) for c in checks] == [
        ("Leave by 6", ["held"]),
        ("Keep my Thursday group", ["partly"]),
    ]
    assert "boundary_checks" not in json.loads(peerjob.ok("export", "--format", "json").stdout)
    named = peerjob.ok("export", "--include", "boundaries").stdout
    assert "Leave by 6 (so far: held)" in named


def test_every_boundary_question_can_be_skipped_and_a_typo_asked_again(terminal_env, fresh_db, peerjob, monkeypatch):
    from test_terminal import run_in_terminal

    monkeypatch.setenv("PEERJOB_TODAY", "2026-12-03")
    peerjob.ok("log", "ACME", "Support Specialist", "--date", "2026-11-02")
    peerjob.ok("stage", "1", "accepted", "--date", "2026-11-20", "--start-date", "2026-11-30")
    peerjob.ok("boundary", "add", "Leave by 6")
    env = dict(terminal_env, PEERJOB_TODAY="2026-12-03")
    code, output = run_in_terminal(["review", "--no-plan"], "maybe\r\r", env, after="Did your boundaries hold")
    assert code == 0 and "Answer h (held), p (partly) or n (not this week)" in output, output
    assert peerjob.json("review")["boundary_checks"] == []


@pytest.mark.parametrize(
    "typed, answer", [("h", "held"), ("Partly", "partly"), ("n", "not"), ("", None), ("no", "not")]
)
def test_boundary_answers_as_people_type_them(typed, answer):
    assert wellness.parse_boundary_answer(typed) == answer


def test_the_listings_read_as_a_person_reads_them(peerjob):
    peerjob.ok("plan", "add", "signs", "Skipping meals")
    shown = peerjob.ok("plan").stdout
    assert "Early warning signs\n1. Skipping meals" in shown  # plain text in a pipe: no indents
    assert '(nothing yet: peerjob plan add well "A walk before breakfast")' in shown
    assert "No lines of your own yet" in peerjob.ok("support", "list").stderr
    assert "No stories yet" in peerjob.ok("story", "list").stderr
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("story", "add", "Coming back", "--kind", "gap")  # no text yet: said, and how to add it
    peerjob.ok("story", "link", "1", "1")
    assert "1  Coming back [A gap in employment]; linked to ACME (1); no text yet" in peerjob.ok("story", "list").stdout
    assert "No training yet" in peerjob.ok("training", "list").stderr
    peerjob.ok("training", "add", "First aid", "--issuer", "Red Cross", "--hours", "7.5", "--on", "2026-12-10")
    peerjob.ok("training", "edit", "1", "--renews", "2027-12-10", "--status", "in-progress", "--note", "bring ID")
    peerjob.ok("training", "add", "Food hygiene", "--status", "done")
    listed = peerjob.ok("training", "list").stdout.splitlines()
    assert listed == [
        "1  First aid; in-progress 2026-12-10; Red Cross; 7.5 h; renews 2027-12-10",
        "2  Food hygiene; done 2026-12-04",
    ]
    assert peerjob.json("training", "show", "1")["note"] == "bring ID"
    assert "Hours: 7.5" in peerjob.ok("training", "show", "1").stdout
    peerjob.ok("training", "edit", "1", "--hours", "6")
    assert "Hours: 6\n" in peerjob.ok("training", "show", "1").stdout


# --- what a trial of these features found --------------------------------------------------


def test_saving_the_plan_unchanged_changes_nothing_even_with_a_line_twice(peerjob):
    for text in ("A", "B", "A"):
        peerjob.ok("plan", "add", "signs", text)
    text = peerjob.ok("plan", "--text").stdout
    peerjob.ok("plan", "edit", "-", input=text)
    peerjob.ok("plan", "edit", "-", input=text)
    assert peerjob.json("plan")["signs"] == ["A", "B", "A"]


def test_empty_input_never_clears_the_plan(peerjob, assert_rejected):
    peerjob.ok("plan", "add", "signs", "Skipping meals")
    assert_rejected("plan", "edit", "-", input="", says="Nothing came in on standard input")
    headings_only = peerjob.ok("plan", "--text").stdout.replace("- Skipping meals\n", "")
    peerjob.ok("plan", "edit", "-", input=headings_only)  # emptying it on purpose: the headings alone
    assert peerjob.json("plan")["signs"] == []


def test_a_finished_training_is_not_moved_back_or_counted_twice(peerjob, assert_rejected):
    peerjob.ok("training", "add", "First aid")
    peerjob.ok("training", "done", "1")
    assert_rejected("training", "edit", "1", "--status", "planned", says="is done")
    assert_rejected("training", "done", "1", says="was marked done")
    assert len([w for w in peerjob.json("wins") if w["kind"] == "training"]) == 1


def test_a_piped_story_without_text_dash_says_how_to_read_it(peerjob):
    result = peerjob.ok("story", "add", "Peer group", input="the story\n")
    assert "--text - reads piped text" in result.stderr


def test_support_with_a_country_it_cannot_use_still_helps_first(peerjob):
    result = peerjob("support", "--country", "12")
    assert result.exit_code == 2 and "findahelpline.com" in result.stdout
    assert "not a country code" in result.stderr
    wales = peerjob.json("support", "--country", "GB-WLS")
    assert wales["country"] == "GB" and "116 123" in [h["contact"] for h in wales["helplines"]]


def test_reading_one_setting(peerjob):
    assert peerjob.ok("config", "get", "country").stdout.strip() == ""
    assert peerjob.ok("config", "get", "load-note").stdout.strip() == "on"
    peerjob.ok("config", "set", "country", "ie")
    assert peerjob.ok("config", "country").stdout.strip() == "IE"


def test_an_included_plan_and_stories_read_as_lists(peerjob):
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("plan", "add", "signs", "Skipping meals")
    peerjob.ok("story", "add", "Coming back", "--kind", "gap", "--text", "Two years out")
    page = peerjob.ok("export", "--include", "plan,stories").stdout
    assert "- Early warning signs: Skipping meals" in page
    assert "- Coming back (A gap in employment): Two years out" in page


def test_an_entry_about_a_day_long_past_brings_nothing_up(peerjob):
    assert "peerjob support" not in peerjob.ok("journal", "Back then", "--mood", "1", "--date", "2026-11-01").stderr
    assert "peerjob support" in peerjob.ok("journal", "Last night", "--mood", "1", "--date", "2026-12-03").stderr


def test_a_finished_trainings_day_can_change_and_its_win_moves_with_it(peerjob):
    peerjob.ok("training", "add", "First aid", "--status", "done", "--on", "2026-11-02")
    peerjob.ok("training", "edit", "1", "--renews", "2027-11-02")  # a done training with dates: no crash
    peerjob.ok("training", "edit", "1", "--on", "2026-11-05")
    wins = [w for w in peerjob.json("wins") if w["kind"] == "training"]
    assert [(w["text"], w["date"]) for w in wins] == [("Finished First aid", "2026-11-05")]


def test_coming_up_names_no_training_without_include(peerjob):
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("training", "add", "Recovery coach course", "--on", "2026-12-05")
    assert "Recovery coach course" not in peerjob.ok("export").stdout
    assert "Training planned" in peerjob.ok("export").stdout
    assert "Recovery coach course" in peerjob.ok("export", "--include", "training").stdout


def test_notes_to_self_in_the_plan_text_are_left_out():
    plan = wellness.plan_from_text("## Early warning signs\n# the library is closed Sundays\n- Skipping meals\n")
    assert plan["signs"] == ["Skipping meals"]
