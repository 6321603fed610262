"""Interview dates: a plan set with a stage move or an edit, shown in due, show and the review."""

import sqlite3

import pytest

from peerjob.store.version import HEAD


@pytest.fixture(autouse=True)
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")


def test_an_interview_date_is_planned_and_shows_up(peerjob):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    peerjob.ok("stage", "1", "interviewing", "--interview", "2026-11-26")
    assert peerjob.json("show", "1")["interview_on"] == "2026-11-26"
    assert "Interview: 2026-11-26" in peerjob.ok("show", "1").stdout
    soon = peerjob.json("due", "--days", "7")
    assert [(i["kind"], i["title"], i["due_on"]) for i in soon if i["kind"] == "interview"] == [
        ("interview", "Interview with ACME", "2026-11-26")
    ]
    assert all(i["kind"] != "interview" for i in peerjob.json("due"))  # not due yet today
    assert [d["title"] for d in peerjob.json("review")["due_next_week"]] == ["Interview with ACME"]
    peerjob.ok("edit", "1", "--interview", "friday")
    assert peerjob.json("show", "1")["interview_on"] == "2026-11-27"
    peerjob.ok("stage", "1", "offer")  # the process moved on: no interview ahead
    assert peerjob.json("show", "1")["interview_on"] is None


def test_interview_can_be_cleared(peerjob):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    peerjob.ok("stage", "1", "screening", "--interview", "tomorrow")
    peerjob.ok("edit", "1", "--no-interview")
    assert peerjob.json("show", "1")["interview_on"] is None


@pytest.mark.parametrize(
    "args, says",
    [
        (["stage", "1", "offer", "--interview", "friday"], "goes with 'screening' or 'interviewing'"),
        (["stage", "1", "interviewing", "--interview", "someday"], "Couldn't read"),
        (["edit", "1", "--interview", "friday", "--no-interview"], "either"),
    ],
)
def test_bad_interview_input_changes_nothing(peerjob, assert_rejected, args, says):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    assert_rejected(*args, says=says)


def test_a_file_from_before_interview_dates_keeps_everything(peerjob, db_path):
    """0001 -> HEAD with data in every kind of row: nothing lost, the new column empty."""
    from alembic import command

    from test_store import alembic_config

    db_path.parent.mkdir(parents=True)
    command.upgrade(alembic_config(db_path), "0001")
    now = "2026-11-20 10:00:00.000000"
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO application (id, company, role, stage, applied_on, note, follow_up_on, created_at, updated_at)"
            " VALUES (1, 'ACME', 'Support', 'screening', '2026-11-02', 'my note', '2026-11-25', ?, ?)",
            (now, now),
        )
        conn.execute(
            "INSERT INTO stage_change (application_id, from_stage, to_stage, changed_on, created_at)"
            " VALUES (1, NULL, 'applied', '2026-11-02', ?), (1, 'applied', 'screening', '2026-11-05', ?)",
            (now, now),
        )
        conn.execute("INSERT INTO application_tag VALUES (1, 'remote')")
        conn.execute(
            "INSERT INTO win (text, kind, won_on, application_id, created_at) VALUES ('Mock', 'mock-interview', '2026-11-06', 1, ?)",
            (now,),
        )
        conn.execute(
            "INSERT INTO journal_entry (entry_on, text, mood, private, created_at) VALUES ('2026-11-07', 'private words', 4, 1, ?)",
            (now,),
        )
    before = {table: rows for table, rows in _all_rows(db_path).items() if table != "alembic_version"}
    untouched = db_path.read_bytes()
    assert [row["company"] for row in peerjob.json("list")] == ["ACME"]  # read from an upgrade in memory
    assert db_path.read_bytes() == untouched  # a command that only reads never upgrades the file
    peerjob.ok("log", "Globex", "Barista")  # a command that writes upgrades it, after a backup
    after = _all_rows(db_path)
    assert after["alembic_version"] == [(HEAD,)]
    assert [row[:-1] for row in after["application"][:1]] == before["application"]  # interview_on added last
    assert after["application"][0][-1] is None
    for table in ("stage_change", "application_tag", "win", "journal_entry"):
        assert after[table][: len(before[table])] == before[table]  # the new log only adds rows
    (backup,) = db_path.parent.glob("*.before-*.bak")
    assert _all_rows(backup)["alembic_version"] == [("0001",)]


def _all_rows(path):
    with sqlite3.connect(path) as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall() for table in tables}


def test_a_planned_interview_is_a_calendar_event_that_moves_with_its_date(peerjob):
    from icalendar import Calendar

    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10", "--note", "MARKER-NOTE-61")
    peerjob.ok("stage", "1", "interviewing", "--interview", "2026-11-26")

    def interview_events():
        calendar = Calendar.from_ical(peerjob.ok("calendar").stdout)
        return [
            (str(e["UID"]), str(e["SUMMARY"]), e["DTSTART"].dt.isoformat())
            for e in calendar.walk("VEVENT")
            if str(e["UID"]).startswith("interview-")
        ]

    assert interview_events() == [("interview-1@peerjob", "Interview with ACME", "2026-11-26")]
    peerjob.ok("edit", "1", "--interview", "2026-12-02")
    assert interview_events() == [("interview-1@peerjob", "Interview with ACME", "2026-12-02")]
    assert "MARKER-NOTE-61" not in peerjob.ok("calendar").stdout
