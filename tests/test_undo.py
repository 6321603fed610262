"""Everything can be taken back: show, edit and delete for every record, and `peerjob undo`.

Each undo is checked against a dump made before the change: the same rows,
every column, in every table. (The dump's "last_ids" are left out: IDs are
never given twice, so an undone `log` does not hand its ID out again.)
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import file_bytes
from test_data import SECRET, fill_every_table


def tables(peerjob, *db: str) -> dict:
    return json.loads(peerjob.ok(*db, "dump").stdout)["tables"]


@pytest.fixture
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")


@pytest.fixture
def filled(peerjob, db_path, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    fill_every_table(peerjob, db_path)
    return db_path


# --- every kind of record: show, edit, delete, and undo of each --------------

# kind command, ID, an edit, a word that the show must hold, the dump table
RECORDS = [
    ("win", "1", ["--text", "Rewrote my CV"], "Rewrote my CV", "win"),
    ("journal", "1", ["--mood", "5"], "Mood", "journal_entry"),
    ("checkin", "1", ["--agreed", "Two applications"], "Two applications", "checkin"),
    ("reframe", "1", ["--peer", "Keep going"], "Keep going", "reframe"),
    ("goals", "1", ["--applications", "4"], "Applications a week: 4", "goal"),
    ("partner", "1", ["--contact", "sam@example.org"], "sam@example.org", "partner"),
    ("strength", "1", ["--story", "I came back"], "I came back", "strength"),
    ("resource", "1", ["--next-step", "Ring them"], "Ring them", "resource"),
    ("boundary", "1", ["--text", "Leave by 5"], "Leave by 5", "boundary"),
    ("application", "1", ["--role", "Team Lead"], "Team Lead", "application"),
]


@pytest.mark.parametrize(("noun", "key", "edit", "shown", "table"), RECORDS, ids=[r[0] for r in RECORDS])
def test_every_record_can_be_shown_edited_deleted_and_each_change_undone(
    peerjob, filled, noun, key, edit, shown, table
):
    if noun == "boundary":
        peerjob.ok("boundary", "add", "Leave by 6")
    original = tables(peerjob)
    peerjob.ok(noun, "edit", key, *edit)
    assert shown in peerjob.ok(noun, "show", key).stdout
    assert tables(peerjob) != original
    peerjob.ok("undo", "--yes")
    assert tables(peerjob) == original

    peerjob.ok(noun, "delete", key, "--yes")
    after = tables(peerjob)
    assert len(after[table]) == len(original[table]) - 1  # gone from the dump at once
    assert peerjob(noun, "show", key).exit_code == 2  # and from show
    said = peerjob.ok("undo", "--yes").stderr
    assert said.startswith("Undone: ") and "deleted" in said
    assert tables(peerjob) == original  # every row back, children and links included


@pytest.mark.parametrize(("noun", "key"), [(r[0], r[1]) for r in RECORDS])
def test_delete_without_a_terminal_or_yes_refuses_and_changes_nothing(peerjob, filled, assert_rejected, noun, key):
    if noun == "boundary":
        peerjob.ok("boundary", "add", "Leave by 6")
    line = assert_rejected(noun, "delete", key, input="y\n", says="--yes")
    assert f"peerjob {noun if noun != 'application' else ''}".replace("  ", " ").strip() in line


def test_delete_asks_on_a_terminal_and_no_keeps_it(peerjob, filled, monkeypatch, assert_rejected):
    monkeypatch.setattr("peerjob.cli.context.interactive", lambda: True)
    line = assert_rejected("journal", "delete", "1", code=1, input="n\n")
    assert "Nothing was changed" in line
    asked = peerjob.ok("win", "delete", "1", input="y\n")
    assert "Delete the win" in asked.stderr and "Deleted the win" in asked.stderr


def test_a_deleted_entry_is_gone_from_listings_and_exports_at_once(peerjob, filled, tmp_path):
    peerjob.ok("journal", "delete", "1", "--yes")
    peerjob.ok("win", "delete", "1", "--yes")
    assert peerjob.json("journal", "list") == [] or all(e["id"] != 1 for e in peerjob.json("journal", "list"))
    assert SECRET not in peerjob.ok("journal", "list").stdout
    assert all(w["id"] != 1 for w in peerjob.json("win", "list"))
    report = tmp_path / "week.md"
    peerjob.ok("export", "--output", report, "--include", "journal")
    assert f"{SECRET} journal" not in report.read_text() and f"{SECRET} win" not in report.read_text()
    assert f"{SECRET} journal" not in peerjob.ok("dump").stdout


def test_an_unknown_id_is_refused_in_plain_words(peerjob, filled, assert_rejected):
    assert "There is no win with ID 99" in assert_rejected("win", "show", "99")
    assert "There is no journal entry with ID 99" in assert_rejected("journal", "edit", "99", "--mood", "3")
    assert "Application 2 has no reframe" in assert_rejected("reframe", "delete", "2", "--yes")
    assert "no application with ID 9" in assert_rejected("win", "edit", "1", "--app", "9")


def test_an_edit_that_would_empty_a_journal_entry_is_refused(peerjob, filled, assert_rejected):
    peerjob.ok("journal", "Slow start", "--date", "2026-11-21")
    line = assert_rejected("journal", "edit", "2", "--text", "")
    assert "peerjob journal delete 2" in line


def test_partner_delete_takes_their_checkins_and_remove_keeps_them(peerjob, filled, monkeypatch):
    monkeypatch.setattr("peerjob.cli.context.interactive", lambda: True)
    asked = peerjob("partner", "delete", "Sam", input="n\n")
    assert asked.exit_code == 1 and "the 1 check-in with them" in asked.stderr
    peerjob.ok("partner", "add", "Jordan")
    peerjob.ok("checkin", "Jordan")
    peerjob.ok("partner", "remove", "Jordan")
    assert any(c["partner"] == "Jordan" for c in peerjob.json("checkin", "list"))
    peerjob.ok("partner", "delete", "Sam", "--yes")
    assert all(c["partner"] != "Sam" for c in peerjob.json("checkin", "list"))


def test_the_older_plural_commands_are_hidden_aliases(peerjob, filled):
    assert peerjob.json("wins") == peerjob.json("win", "list")
    assert peerjob.json("checkins") == peerjob.json("checkin", "list")
    assert peerjob.json("reframes") == peerjob.json("reframe", "list")
    assert peerjob.json("application", "list") == peerjob.json("list")
    top = peerjob.ok("--help").stdout.split()
    assert "wins" not in top and "checkins" not in top and "reframes" not in top and "undo" in top


# --- undo ---------------------------------------------------------------------


CHANGES = [
    ["log", "Initech", "Clerk", "--tag", "remote"],
    ["win", "Mock interview with Sam", "--kind", "mock-interview"],
    ["journal", "Slow morning", "--mood", "2", "--practice", "walk"],
    ["stage", "1", "rejected", "--balanced", "One role, not my worth"],
    ["checkin", "Sam", "--shared", "hard week"],
    ["goals", "set", "--applications", "5"],
    ["delete", "2", "--yes"],
    ["edit", "1", "--role", "Team Lead", "--untag", "remote"],
    ["strength", "link", "1", "2"],
    ["disclose", "2", "--plan", "undecided"],
]


@pytest.mark.parametrize("change", CHANGES, ids=[" ".join(c[:2]) for c in CHANGES])
def test_undo_restores_the_exact_rows(peerjob, filled, change):
    before = tables(peerjob)
    peerjob.ok(*change)
    assert tables(peerjob) != before
    peerjob.ok("undo", "--yes")
    assert tables(peerjob) == before


def test_undo_of_an_import_takes_back_the_whole_import(peerjob, filled, tmp_path):
    sheet = tmp_path / "jobs.csv"
    sheet.write_text("company,role,date applied\nA1,R,2026-11-01\nB2,R,2026-11-02\nC3,R,2026-11-03\n")
    before = tables(peerjob)
    peerjob.ok("import", sheet)
    assert "3 applications imported" in peerjob.ok("undo", "--list").stdout
    peerjob.ok("undo", "--yes")
    assert tables(peerjob) == before


def test_undo_of_a_load_empties_the_file_again(peerjob, filled, tmp_path):
    dump = tmp_path / "all.json"
    peerjob.ok("dump", "--output", dump)
    other = tmp_path / "other.db"
    peerjob.ok("--db", other, "load", dump)
    assert tables(peerjob, "--db", other)["application"]
    peerjob.ok("--db", other, "undo", "--yes")
    assert all(rows == [] for rows in tables(peerjob, "--db", other).values())


def test_undo_names_the_change_and_walks_back_more_than_twenty(peerjob, pinned):
    for number in range(25):
        peerjob.ok("win", f"Step {number}")
    listed = peerjob.ok("undo", "--list").stdout.splitlines()
    assert len(listed) == 25 and listed[0].startswith("1. the win 'Step 24' recorded")
    for number in reversed(range(25)):
        said = peerjob.ok("undo", "--yes").stderr
        assert f"the win 'Step {number}' recorded" in said
    assert peerjob.json("win", "list") == []
    assert peerjob.json("milestones") == []  # reached only through the undone wins: gone too


def test_undo_asks_on_a_terminal_and_says_what_and_when(peerjob, pinned, monkeypatch):
    peerjob.ok("win", "Mock interview with Sam")
    monkeypatch.setattr("peerjob.cli.context.interactive", lambda: True)
    kept = peerjob("undo", input="n\n")
    assert kept.exit_code == 1
    assert "Undo: the win 'Mock interview with Sam' recorded just now?" in kept.stderr
    assert len(peerjob.json("win", "list")) == 1
    peerjob.ok("undo", input="y\n")
    assert peerjob.json("win", "list") == []


def test_undo_without_a_terminal_needs_yes(peerjob, pinned, assert_rejected):
    peerjob.ok("win", "Mock interview")
    assert "peerjob undo --yes" in assert_rejected("undo", input="y\n")


def test_nothing_to_undo_creates_no_file(peerjob, db_path, pinned):
    result = peerjob("undo", "--yes")
    assert result.exit_code == 1 and "Nothing to undo" in result.stderr
    assert peerjob.json("undo", "--list") == []
    assert not db_path.exists()


def test_a_change_can_be_undone_until_the_end_of_the_next_day(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-20")
    peerjob.ok("win", "Friday's win")
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-21")
    peerjob.ok("journal", "Saturday", "--mood", "3")  # a write the next day keeps Friday's change
    assert len(peerjob.json("undo", "--list")) == 2
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("journal", "Sunday", "--mood", "3")  # two days on: Friday's change is no longer kept
    assert [c["what"] for c in peerjob.json("undo", "--list")] == [
        "the journal entry for 2026-11-22 written",
        "the journal entry for 2026-11-21 written",
    ]


def test_forget_removes_the_kept_text_from_the_files_bytes(peerjob, pinned, db_path):
    marker = "REGRET-7f3a9c"
    peerjob.ok("journal", f"{marker} a line I regret", "--mood", "1")
    peerjob.ok("journal", "delete", "1", "--yes")
    assert marker not in peerjob.ok("journal", "list").stdout + peerjob.ok("dump").stdout
    assert marker.encode() in db_path.read_bytes()  # kept, for undo, until forgotten
    said = peerjob.ok("undo", "--forget", "--yes").stderr
    assert "Forgot 2 kept changes" in said
    assert marker.encode() not in db_path.read_bytes()
    assert not list(db_path.parent.glob("*-journal"))
    assert peerjob("undo", "--yes").exit_code == 1  # nothing left to take back


def test_forget_without_a_terminal_needs_yes(peerjob, pinned, assert_rejected):
    peerjob.ok("win", "x marks")
    assert "peerjob undo --forget --yes" in assert_rejected("undo", "--forget")


def test_undo_is_refused_when_the_change_is_no_longer_the_newest(peerjob, pinned, db_path):
    from peerjob.actions.undo import undo_change
    from peerjob.errors import PeerjobError
    from peerjob.store.db import open_for_writing

    peerjob.ok("win", "First call")
    peerjob.ok("win", "Second call")
    conn = open_for_writing(db_path)
    try:
        with pytest.raises(PeerjobError, match="nothing was undone"):
            undo_change(conn, expected_id=1)
    finally:
        conn.close()


def test_changes_from_an_older_schema_are_never_replayed(peerjob, pinned, db_path):
    peerjob.ok("win", "Before an upgrade")
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE undo_change SET revision = '0003'")
    assert peerjob.json("undo", "--list") == []
    peerjob.ok("win", "After")  # the next write clears them
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM undo_change").fetchone()[0] == 1


def test_a_command_that_changes_nothing_leaves_no_undo_entry(peerjob, pinned, db_path):
    peerjob.ok("goals", "set", "--applications", "3")
    before = file_bytes(db_path)
    peerjob.ok("goals", "--json")
    peerjob("win", "edit", "99", "--text", "x")
    assert file_bytes(db_path) == before
    assert len(peerjob.json("undo", "--list")) == 1


# --- a property: any sequence of changes can be walked back to the start -------

OPS = st.sampled_from(
    [
        ("log", "ACME", "Support"),
        ("win", "Mock interview"),
        ("journal", "Slow day", "--mood", "2"),
        ("stage", "1", "screening"),
        ("edit", "1", "--note", "private"),
        ("delete", "1", "--yes"),
        ("win", "delete", "1", "--yes"),
        ("goals", "set", "--wins", "2"),
    ]
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.lists(OPS, min_size=1, max_size=6))
def test_undo_walks_any_sequence_back_to_the_start(peerjob, tmp_path, monkeypatch, ops):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    db = tmp_path / f"p-{datetime.now().timestamp()}.db"
    peerjob.ok("--db", db, "partner", "add", "Sam")
    states = [tables(peerjob, "--db", db)]
    for op in ops:
        if peerjob("--db", db, *op).exit_code == 0:
            states.append(tables(peerjob, "--db", db))
    # Refused commands recorded nothing; each undo steps back exactly one state.
    for expected in reversed(states[:-1]):
        peerjob.ok("--db", db, "undo", "--yes")
        assert tables(peerjob, "--db", db) == expected


# --- the words: what a change was, and when ------------------------------------


def _step(table, operation, now=None, old=None, row_id=1):
    from peerjob.domain.undo import Step

    return Step(table, operation, row_id, old, now)


@pytest.mark.parametrize(
    ("command", "steps", "expected"),
    [
        (
            "win",
            [_step("win", "insert", {"text": "Mock interview with Sam"}), _step("milestone", "insert", {})],
            "the win 'Mock interview with Sam' recorded",
        ),
        (
            "log",
            [_step("application", "insert", {"company": "ACME", "role": "Support"})],
            "the application to ACME (Support) logged",
        ),
        (
            "stage",
            [
                _step("application", "update", {"company": "ACME", "role": "Support"}, {}),
                _step("stage_change", "insert", {"to_stage": "rejected"}),
                _step("reframe", "insert", {}),
            ],
            "the application to ACME (Support) moved to rejected",
        ),
        (
            "journal delete",
            [
                _step("journal_practice", "delete", old={"practice": "walk"}),
                _step("journal_entry", "delete", old={"entry_on": "2026-11-20", "text": "private"}),
            ],
            "the journal entry for 2026-11-20 deleted",
        ),
        (
            "import",
            [_step("application", "insert", {}), _step("application", "insert", {}, row_id=2)],
            "2 applications imported",
        ),
        ("partner remove", [_step("partner", "update", {"name": "Sam"}, {"name": "Sam"})], "the partner Sam removed"),
        ("win edit", [_step("win", "update", {"text": "x" * 60}, {})], "the win '" + "x" * 39 + "…' changed"),
        ("config", [], "the `config` command"),
        (
            "goals set",
            [
                _step("goal", "delete", old={"week_start": "2026-11-16"}),
                _step("goal", "insert", {"week_start": "2026-11-16"}, row_id=2),
            ],
            "the weekly goals from 2026-11-16 changed",
        ),
        ("win", [_step("win", "insert", None)], "a win recorded"),  # since removed by a later change
        (
            "load",
            [_step("application", "insert", {}), _step("win", "insert", {})],
            "everything loaded from a dump (2 records)",
        ),
    ],
)
def test_a_change_is_named_in_a_few_words_without_private_text(command, steps, expected):
    from peerjob.domain.undo import Change, describe

    described = describe(Change(1, datetime(2026, 11, 22, 9, 0), command, "0004", steps))
    assert described == expected and "private" not in described


@pytest.mark.parametrize(
    ("made", "now", "expected"),
    [
        ("2026-11-22 09:00:00", "2026-11-22 09:00:30", "just now"),
        ("2026-11-22 09:00:00", "2026-11-22 09:01:00", "1 minute ago"),
        ("2026-11-22 09:00:00", "2026-11-22 09:42:10", "42 minutes ago"),
        ("2026-11-22 09:00:00", "2026-11-22 15:00:00", "today at 09:00"),
        ("2026-11-21 23:50:00", "2026-11-22 08:00:00", "yesterday at 23:50"),
        ("2026-11-20 10:00:00", "2026-11-22 08:00:00", "on 2026-11-20 at 10:00"),
        ("2026-11-23 10:00:00", "2026-11-22 08:00:00", "on 2026-11-23 at 10:00"),  # a clock set back
    ],
)
def test_when_a_change_was_made_as_a_person_says_it(made, now, expected):
    from peerjob.domain.undo import when

    assert when(datetime.fromisoformat(made), datetime.fromisoformat(now)) == expected


def test_the_whole_loop_in_a_real_process_at_an_odd_path(tmp_path, subprocess_env, fresh_db):
    """Write, regret, delete, undo, delete again, forget: in separate processes, at a path with # ? % and non-ASCII."""
    import shutil
    import subprocess
    import sys

    db = tmp_path / "Jürgen #1 ?100%" / "peerjob.db"
    db.parent.mkdir()
    shutil.copyfile(fresh_db, db)
    db.chmod(0o600)
    env = dict(subprocess_env, PEERJOB_DB=str(db), PEERJOB_TODAY="2026-11-22")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "peerjob", *args], env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL
        )

    marker = "REGRET-real-process"
    assert run("journal", marker, "--mood", "1").returncode == 0
    refused = run("journal", "delete", "1")  # no terminal, no --yes
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert run("journal", "delete", "1", "--yes").returncode == 0
    assert marker not in run("journal", "list", "--json").stdout
    assert "journal entry for 2026-11-22 deleted" in run("undo", "--list").stdout
    assert run("undo", "--yes").returncode == 0
    assert marker in run("journal", "show", "1").stdout
    assert run("journal", "delete", "1", "--yes").returncode == 0
    assert run("undo", "--forget", "--yes").returncode == 0
    assert marker.encode() not in db.read_bytes()


def test_each_kind_of_edit_changes_what_it_names(peerjob, filled):
    peerjob.ok("win", "edit", "1", "--kind", "training", "--date", "2026-11-20", "--app", "0")
    win = peerjob.json("win", "show", "1")
    assert (win["kind"], win["won_on"], win["application_id"]) == ("training", "2026-11-20", None)
    peerjob.ok("partner", "add", "Jordan")
    peerjob.ok(
        "checkin", "edit", "1", "--partner", "Jordan", "--date", "2026-11-21", "--channel", "video", "--next", "friday"
    )
    checkin = peerjob.json("checkin", "show", "1")
    assert (checkin["partner"], checkin["checkin_on"], checkin["channel"], checkin["next_on"]) == (
        "Jordan",
        "2026-11-21",
        "video",
        "2026-11-27",
    )
    peerjob.ok("checkin", "edit", "1", "--channel", "", "--next", "")  # empty text clears them
    assert peerjob.json("checkin", "show", "1")["channel"] is None
    peerjob.ok("journal", "edit", "1", "--practice", "meeting", "--practice", "sleep")  # practices only
    assert peerjob.json("journal", "show", "1")["practices"] == ["meeting", "sleep"]
    peerjob.ok("journal", "edit", "1", "--no-practices")
    assert peerjob.json("journal", "show", "1")["practices"] == []
    assert "Used for applications: 1" in peerjob.ok("strength", "show", "1").stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["win", "edit", "1"], "Nothing to change"),
        (["checkin", "edit", "1"], "Nothing to change"),
        (["journal", "edit", "1"], "Nothing to change"),
        (["journal", "edit", "1", "--practice", "walk", "--no-practices"], "either"),
        (["goals", "edit", "1"], "Name at least one goal"),
        (["checkin", "edit", "1", "--channel", "pigeon"], "channel"),
        (["undo", "--list", "--forget"], "either"),
        (["undo", "--json"], "--json goes with --list"),
        (["checkin"], "Who did you check in with"),
        (["reframe"], "Which application"),
    ],
)
def test_edits_and_undo_refuse_what_they_cannot_do(filled, assert_rejected, args, says):
    assert_rejected(*args, says=says)


def test_goal_settings_are_listed_with_their_ids(peerjob, filled):
    peerjob.ok("goals", "set", "--applications", "5", "--week", "2026-11-23")
    rows = peerjob.json("goals", "list")
    assert [(row["id"], row["week_start"], row["applications"]) for row in rows] == [
        (1, "2026-11-16", 3),
        (2, "2026-11-23", 5),
    ]
    shown = peerjob.ok("goals", "list").stdout
    assert "From the week of" in shown and "2026-11-23" in shown


def test_undo_list_and_forget_with_nothing_kept(peerjob, pinned, db_path):
    assert "Nothing to undo" in peerjob.ok("undo", "--list").stderr
    assert "no kept changes" in peerjob.ok("undo", "--forget").stderr  # no file: nothing to forget, none made
    assert not db_path.exists()
    peerjob.ok("win", "Kept going")
    peerjob.ok("undo", "--forget", "--yes")
    assert "no kept changes" in peerjob.ok("undo", "--forget").stderr  # nothing to ask about


def test_a_restore_starts_a_new_undo_history(peerjob, pinned, tmp_path):
    peerjob.ok("win", "Before the backup")
    backup = tmp_path / "copy.db"
    peerjob.ok("backup", backup)
    peerjob.ok("win", "After the backup")
    peerjob.ok("restore", backup, "--yes")
    assert [w["text"] for w in peerjob.json("win", "list")] == ["Before the backup"]
    assert peerjob.json("undo", "--list") == []  # the backup's history would not undo the restore
    assert "Nothing to undo" in peerjob("undo", "--yes").stderr


# --- what a first try from outside found -----------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["win", "show", "99999999999999999999"],
        ["show", "99999999999999999999"],
        ["delete", "99999999999999999999", "--yes"],
        ["journal", "edit", "99999999999999999999", "--mood", "3"],
        ["win", "Helped Jo", "--app", "99999999999999999999"],
        ["stage", "99999999999999999999", "offer"],
    ],
)
def test_a_number_too_big_for_an_id_is_one_plain_line(peerjob, filled, assert_rejected, args):
    assert "too big to be an ID" in assert_rejected(*args)


def test_a_number_too_big_creates_no_file(peerjob, db_path, pinned):
    assert peerjob("win", "Helped Jo", "--app", "99999999999999999999").exit_code == 2
    assert not db_path.exists()


def test_restore_without_a_terminal_needs_yes(peerjob, pinned, tmp_path, assert_rejected):
    peerjob.ok("win", "Before the backup")
    backup = tmp_path / "copy.db"
    peerjob.ok("backup", backup)
    peerjob.ok("win", "After the backup")
    assert f"peerjob restore {backup} --yes" in assert_rejected("restore", backup, input="y\n")


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            [["log", "ACME", "Support"], ["stage", "1", "rejected", "--no-reframe"]],
            "the application to ACME (Support) moved to rejected",
        ),
        (
            [["goals", "set", "--wins", "1"], ["goals", "set", "--wins", "2"]],
            "the weekly goals from 2026-11-16 changed",
        ),
    ],
)
def test_the_undo_list_names_one_change_to_one_thing_as_one(peerjob, pinned, changes, expected):
    for change in changes:
        peerjob.ok(*change)
    assert peerjob.json("undo", "--list")[0]["what"] == expected


def test_setting_goals_twice_in_a_week_keeps_the_settings_id(peerjob, pinned):
    peerjob.ok("goals", "set", "--wins", "1")
    peerjob.ok("goals", "set", "--applications", "4")
    assert [(row["id"], row["wins"], row["applications"]) for row in peerjob.json("goals", "list")] == [(1, 1, 4)]


def test_a_load_is_named_as_everything_loaded(peerjob, filled, tmp_path):
    dump = tmp_path / "all.json"
    peerjob.ok("dump", "--output", dump)
    other = tmp_path / "other.db"
    peerjob.ok("--db", other, "load", dump)
    (change,) = peerjob.json("--db", other, "undo", "--list")
    assert change["what"].startswith("everything loaded from a dump (")


def test_a_change_older_than_yesterday_is_not_offered_even_before_it_is_cleared(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("win", "Sunday's win")
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-24")  # nothing written since
    assert peerjob.json("undo", "--list") == []
    assert peerjob("undo", "--yes").exit_code == 1
    assert len(peerjob.json("win", "list")) == 1


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["win", "delet", "1"], "Did you mean: peerjob win delete 1"),
        (["journal", "sho", "1"], "Did you mean: peerjob journal show 1"),
        (["win", "remove", "1", "--yes"], "Did you mean: peerjob win delete 1 --yes"),
        (["reframe", "lst"], "Did you mean: peerjob reframe list"),
        (["boundary", "edit", "1"], "Nothing to change"),
    ],
)
def test_a_mistyped_sub_command_gets_a_did_you_mean(filled, assert_rejected, args, says):
    assert says in assert_rejected(*args)


def test_a_follow_up_before_the_application_date_is_refused_in_edit_too(peerjob, filled, assert_rejected):
    assert "before the application date" in assert_rejected("edit", "1", "--follow-up", "2020-01-01")


def test_clearing_every_answer_of_a_reframe_leaves_no_empty_reframe(peerjob, pinned):
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("stage", "1", "rejected", "--balanced", "One role")
    peerjob.ok("reframe", "edit", "1", "--balanced", "")
    assert peerjob.json("reframe", "list") == []
    peerjob.ok("undo", "--yes")
    assert peerjob.json("reframe", "show", "1")["balanced_thought"] == "One role"
