"""The self-care journal through the front door: entries, bad input, the support line, stats."""

import pytest

TODAY = "2026-11-22"  # a Sunday; ISO weeks: W45 = Nov 2-8, W46 = Nov 9-15, W47 = Nov 16-22


@pytest.fixture
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", TODAY)


def test_text_mood_energy_and_practices_read_back_as_json(peerjob, pinned):
    result = peerjob.ok(
        "journal",
        "Walked to the park",
        "--mood",
        "4",
        "--energy",
        "3",
        "--practice",
        "walk",
        "-p",
        "Call a peer,meeting",
    )
    assert "(ID 1)" in result.stderr and result.stdout == ""
    peerjob.ok("journal", "--date", "yesterday", "--mood", "2", "A slow one")  # options before or after the text
    entries = peerjob.json("journal", "list")
    assert entries == [
        {"id": 2, "date": "2026-11-21", "mood": 2, "energy": None, "practices": [], "text": "A slow one"},
        {
            "id": 1,
            "date": "2026-11-22",
            "mood": 4,
            "energy": 3,
            "practices": ["call-a-peer", "meeting", "walk"],
            "text": "Walked to the park",
        },
    ]
    assert peerjob.json("journal", "show", "1") == entries[1]
    shown = peerjob.ok("journal", "show", "1").stdout
    assert "Walked to the park" in shown and "call-a-peer, meeting, walk" in shown


def test_text_from_standard_input_keeps_its_lines(peerjob, pinned):
    peerjob.ok("journal", "-", "--mood", "3", input="First line\n\nSecond paragraph\n")
    (entry,) = peerjob.json("journal", "list")
    assert entry["text"] == "First line\n\nSecond paragraph" and entry["mood"] == 3


def test_standard_input_is_read_only_after_a_dash(peerjob, pinned, assert_rejected, monkeypatch):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    # A script's loop keeps its lines: `while read id; do peerjob journal --mood 3; done`.
    peerjob.ok("journal", "--mood", "3", input="7\n9\n")
    assert [entry["text"] for entry in peerjob.json("journal", "list")] == [None]
    line = assert_rejected("journal", input="Slept badly\n")
    assert "peerjob journal -" in line  # names the way to pipe text in
    peerjob.ok("strength", "add", "resilience", input="a story from the loop\n")
    assert peerjob.json("strength", "list")[0]["story"] is None


def test_an_entry_may_have_only_a_mood(peerjob, pinned):
    peerjob.ok("journal", "--mood", "5")
    peerjob.ok("journal", "--practice", "sleep")
    entries = peerjob.json("journal", "list")
    assert [(e["mood"], e["practices"], e["text"]) for e in entries] == [(5, [], None), (None, ["sleep"], None)]


def test_several_entries_a_day_are_fine(peerjob, pinned):
    for mood in ("2", "3", "4"):
        peerjob.ok("journal", "--mood", mood)
    assert [e["date"] for e in peerjob.json("journal", "list")] == [TODAY] * 3


@pytest.mark.parametrize(
    "args, says",
    [
        (["journal", "Hard day", "--mood", "0"], "Mood is a whole number from 1"),
        (["journal", "Hard day", "--mood", "6"], "not '6'"),
        (["journal", "Hard day", "--mood", "high"], "not 'high'"),
        (["journal", "Hard day", "--energy", "9"], "Energy is a whole number from 1"),
        (["journal", "Hard day", "--date", "tomorrow"], "in the future"),
        (["journal", "Hard day", "--practice", ""], "practice can't be empty"),
        (["journal"], "Nothing to write down"),
        (["journal", "   "], "Nothing to write down"),
        (["journal", "show", "99"], "no journal entry with ID 99"),
        (["journal", "list", "--since", "blursday"], "Couldn't read"),
        (["journal", "stats", "--weeks", "0"], "--weeks"),
        (["journal", "Hard day", "extra"], "unexpected extra argument"),
    ],
)
def test_bad_input_is_refused_and_the_file_unchanged(peerjob, pinned, assert_rejected, args, says):
    peerjob.ok("journal", "An entry to keep", "--mood", "3")
    assert_rejected(*args, says=says)


def test_bad_mood_before_any_data_creates_nothing(assert_rejected, db_path):
    assert_rejected("journal", "x", "--mood", "high", says="not 'high'")
    assert not db_path.exists()


def test_mood_one_mentions_support_once_quietly(peerjob, pinned):
    result = peerjob.ok("journal", "Rough", "--mood", "1")
    mentions = [line for line in result.stderr.splitlines() if "peerjob support" in line]
    assert len(mentions) == 1 and result.stdout == ""
    for mood in ("2", "3"):
        assert "peerjob support" not in peerjob.ok("journal", "--mood", mood).stderr
    # Only that command: reading the journal afterwards never repeats it.
    assert "peerjob support" not in peerjob.ok("journal", "list").stderr
    assert "peerjob support" not in peerjob.ok("review").stdout
    # A second very low entry the same day is not met with the same line again; another day is.
    assert "peerjob support" not in peerjob.ok("journal", "Still rough", "--mood", "1").stderr
    assert "peerjob support" in peerjob.ok("journal", "Yesterday too", "--mood", "1", "--date", "yesterday").stderr


def test_a_new_practice_close_to_a_known_one_is_pointed_out(peerjob, pinned):
    peerjob.ok("journal", "--practice", "walk")
    result = peerjob.ok("journal", "--practice", "walkk")
    assert "'walkk' is a new practice" in result.stderr and "'walk'" in result.stderr
    assert "new practice" not in peerjob.ok("journal", "--practice", "walkk").stderr


def test_list_filters_and_empty_states(peerjob, pinned):
    assert "No journal entries yet" in peerjob.ok("journal", "list").stderr
    peerjob.ok("journal", "old", "--date", "2026-11-01")
    peerjob.ok("journal", "new", "--date", "2026-11-20")
    assert [e["text"] for e in peerjob.json("journal", "list", "--since", "2026-11-10")] == ["new"]
    assert [e["text"] for e in peerjob.json("journal", "list", "--until", "2026-11-10")] == ["old"]
    assert "No journal entries in that span" in peerjob.ok("journal", "list", "--since", "today").stderr
    table = peerjob.ok("journal", "list").stdout
    assert "old" in table and "new" in table


def test_a_journal_entry_can_complete_the_weeks_goals(peerjob, pinned):
    peerjob.ok("goals", "set", "--self-care-days", "2")
    first = peerjob.ok("journal", "--mood", "3", "--date", "2026-11-17")
    assert "Milestone" not in first.stderr
    second = peerjob.ok("journal", "--mood", "4", "--date", "2026-11-18")
    assert "every goal" in second.stderr.lower()
    assert len([line for line in second.stderr.splitlines() if line.strip()]) == 1  # said in the same line


@pytest.fixture
def journal_history(peerjob, pinned):
    """Three weeks of entries, counted by hand in the test below."""
    for args in (
        ("--date", "2026-10-30", "--mood", "5", "-p", "walk"),  # before the three weeks: left out
        ("--date", "2026-11-02", "--mood", "4", "--energy", "3", "-p", "walk"),
        ("--date", "2026-11-03", "--mood", "5", "-p", "walk"),
        ("--date", "2026-11-04", "--mood", "2", "--energy", "2", "-p", "meditation"),
        ("--date", "2026-11-05", "--mood", "3", "-p", "meditation"),
        ("--date", "2026-11-10", "--mood", "4", "-p", "walk", "-p", "meeting"),
        ("--date", "2026-11-10", "--mood", "2"),
        ("--date", "2026-11-12", "--mood", "1", "--energy", "1", "-p", "meditation"),
        ("--date", "2026-11-20", "--mood", "3", "--energy", "4", "-p", "meeting"),
        ("--date", "2026-11-21", "Only words today", "-p", "walk"),
    ):
        peerjob.ok("journal", *args)


def test_stats_figures_match_a_hand_count(peerjob, journal_history):
    data = peerjob.json("journal", "stats", "--weeks", "3")
    assert (data["from"], data["to"]) == ("2026-11-02", TODAY)
    assert (data["days_with_entry"], data["entries"]) == (8, 9)
    assert data["mood_average"] == 3.0  # (4+5+2+3+4+2+1+3) / 8
    assert data["energy_average"] == 2.5  # (3+2+1+4) / 4
    assert [(w["week_start"], w["days"], w["entries"], w["mood"], w["energy"]) for w in data["weeks"]] == [
        ("2026-11-02", 4, 4, 3.5, 2.5),  # (4+5+2+3)/4; (3+2)/2
        ("2026-11-09", 2, 3, 2.3, 1.0),  # (4+2+1)/3
        ("2026-11-16", 2, 2, 3.0, 4.0),
    ]
    # Days with a mood: Nov 2 (4, walk), 3 (5, walk), 4 (2, med), 5 (3, med), 10 (3 = (4+2)/2, walk+meeting),
    # 12 (1, med), 20 (3, meeting). Walk: 4, 5, 3 vs 2, 3, 1, 3. Meditation: 2, 3, 1 vs 4, 5, 3, 3.
    # Meeting: only 2 days with it, so nothing is said about it.
    assert [
        (p["practice"], p["days_with"], p["days_without"], p["mood_with"], p["mood_without"]) for p in data["practices"]
    ] == [("walk", 3, 4, 4.0, 2.3), ("meditation", 3, 4, 2.0, 3.8)]

    text = peerjob.ok("journal", "stats", "--weeks", "3").stdout
    assert "On days you walked, your mood averaged 4.0" in text
    assert "On days you meditated, your mood averaged 2.0" in text
    assert "meeting" not in text
    assert "patterns, not causes" in text
    assert "8 days with an entry" in text and "averaged 3.0" in text


def test_stats_default_span_and_empty_journal(peerjob, pinned):
    assert "No journal entries in the last 12 weeks" in peerjob.ok("journal", "stats").stderr
    data = peerjob.json("journal", "stats")
    assert len(data["weeks"]) == 12 and data["weeks"][-1]["week_start"] == "2026-11-16"
    assert data["practices"] == [] and data["mood_average"] is None


def test_stats_follow_weeks_from_sunday(peerjob, pinned):
    peerjob.ok("config", "week_starts_on", "sunday")
    peerjob.ok("journal", "--mood", "4", "--date", "2026-11-22")
    weeks = peerjob.json("journal", "stats", "--weeks", "2")["weeks"]
    assert [(w["week_start"], w["days"]) for w in weeks] == [("2026-11-15", 0), ("2026-11-22", 1)]


def test_stats_say_when_no_practice_has_enough_days(peerjob, pinned):
    peerjob.ok("journal", "--mood", "3", "-p", "walk")
    text = peerjob.ok("journal", "stats").stdout
    assert "at least 3 days with a mood and 3 days without" in text


def test_review_and_journal_stats_round_a_half_the_same_way(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    for mood in (2, 2, 2, 3):  # 9 / 4 = 2.25
        peerjob.ok("journal", "note", "--mood", str(mood), "--date", "2026-11-20")
    week = [w for w in peerjob.json("journal", "stats")["weeks"] if w["week_start"] == "2026-11-16"][0]
    assert week["mood"] == 2.3
    review = peerjob.json("review")
    assert review["mood_average"] == 2.3 and review["mood_by_day"] == [{"date": "2026-11-20", "mood": 2.3}]
