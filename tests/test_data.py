"""Owning the data: dump and load, backup and restore, the calendar, wipe."""

import json
import os
import sqlite3
import stat

import pytest

from test_terminal import run_in_terminal

SECRET = "PRIVATE-MARKER"


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")


def fill_every_table(peerjob, db_path):
    """Some of everything, with a private marker in every private field."""
    peerjob.ok(
        "log",
        "ACME",
        "Support",
        "--date",
        "2026-11-02",
        "--note",
        f"{SECRET} note",
        "--follow-up",
        "2026-11-30",
        "--tag",
        "remote",
        "--source",
        "board",
    )
    peerjob.ok("log", "Globex", "Barista", "--date", "2026-11-03", "--follow-up", "2026-12-20")
    peerjob.ok("stage", "2", "interviewing", "--date", "2026-11-10", "--note", f"{SECRET} stage note")
    peerjob.ok(
        "interview", "add", "2", "2026-11-12 15:00", "--kind", "video", "--with", f"{SECRET} names",
        "--where", f"{SECRET} place", "--duration", "45", "--note", f"{SECRET} round note",
    )  # fmt: skip
    peerjob.ok("interview", "debrief", "1", "--how", f"{SECRET} how", "--learned", f"{SECRET} learned")
    peerjob.ok(
        "followup", "1", "--date", "2026-11-14", "--with", f"{SECRET} recruiter", "--note", f"{SECRET} f-up",
        "--next", "2026-11-30",
    )  # fmt: skip
    peerjob.ok("edit", "1", "--salary", f"{SECRET} 24k", "--resume", f"{SECRET} cv-v3", "--location", "Leeds")
    peerjob.ok(
        "contact", "add", "1", "Dana Reyes", "--role", "recruiter", "--email", f"{SECRET}@example.org",
        "--phone", f"{SECRET} 555", "--note", f"{SECRET} contact note",
    )  # fmt: skip
    now = "2026-11-22 10:00:00.000000"
    conn = sqlite3.connect(db_path)
    # One transaction: executescript would otherwise commit (and sync) each statement.
    conn.executescript(f"""
        BEGIN;
        INSERT INTO stage_change (application_id, from_stage, to_stage, changed_on, note, created_at)
            VALUES (2, 'interviewing', 'interviewing', '2026-12-03', '{SECRET} second round', '{now}');
        INSERT INTO win (text, kind, won_on, application_id, created_at) VALUES ('{SECRET} win', 'resume', '2026-11-05', 1, '{now}');
        INSERT INTO reframe (application_id, what_happened, first_thought, outside_control, peer_advice, balanced_thought,
            next_step, next_step_on, private, created_at, updated_at)
            VALUES (1, '{SECRET} a', '{SECRET} b', '{SECRET} c', '{SECRET} d', '{SECRET} e', '{SECRET} f', '2026-11-28', 1, '{now}', '{now}');
        INSERT INTO journal_entry (entry_on, text, mood, energy, private, created_at) VALUES ('2026-11-20', '{SECRET} journal', 3, 4, 1, '{now}');
        INSERT INTO journal_practice (entry_id, practice) VALUES (1, 'walk');
        INSERT INTO partner (name, role, contact, note, created_at) VALUES ('Sam', 'mentor', '{SECRET} 555-0100', '{SECRET} partner note', '{now}');
        INSERT INTO checkin (partner_id, checkin_on, channel, shared, agreed, next_on, created_at)
            VALUES (1, '2026-11-18', 'call', '{SECRET} shared', '{SECRET} agreed', '2026-11-25', '{now}');
        INSERT INTO agreed_goal (checkin_id, text, week_start, created_at) VALUES (1, '{SECRET} agreed goal', '2026-11-23', '{now}');
        INSERT INTO goal (week_start, applications, wins, checkins, self_care_days, created_at) VALUES ('2026-11-16', 3, 1, 1, 2, '{now}');
        INSERT INTO strength (name, story, created_at, updated_at) VALUES ('resilience', '{SECRET} story', '{now}', '{now}');
        INSERT INTO strength_application (strength_id, application_id) VALUES (1, 1);
        INSERT INTO disclosure (application_id, plan, note, updated_at) VALUES (1, '{SECRET} plan', '{SECRET} disclosure', '{now}');
        INSERT INTO resource (name, kind, contact, url, next_step, next_on, created_at)
            VALUES ('Job centre', 'program', '{SECRET} contact', 'https://example.org', 'Call about the course', '2026-11-27', '{now}');
        INSERT INTO boundary (text, created_at) VALUES ('{SECRET} boundary', '{now}');
        INSERT INTO plan_item (section, position, text, created_at) VALUES ('actions', 1, '{SECRET} plan', '{now}');
        INSERT INTO support_line (name, contact, note, created_at) VALUES ('My sponsor', '{SECRET} 555', '{SECRET} line note', '{now}');
        INSERT INTO story (title, kind, text, created_at, updated_at) VALUES ('Coming back', 'gap', '{SECRET} story bank', '{now}', '{now}');
        INSERT INTO story_application (story_id, application_id) VALUES (1, 1);
        INSERT INTO boundary_check (boundary_id, week_start, answer, created_at) VALUES (1, '2026-11-16', 'partly', '{now}');
        INSERT INTO training (name, issuer, hours, status, planned_on, note, created_at, updated_at) VALUES ('First aid', 'Red Cross', 6, 'planned', '2026-12-10', '{SECRET} training note', '{now}', '{now}');
        COMMIT;
    """)
    conn.commit()
    conn.close()


# --- dump and load ------------------------------------------------------------


def test_dump_has_every_table_and_private_fields(peerjob, db_path):
    fill_every_table(peerjob, db_path)
    data = json.loads(peerjob.ok("dump").stdout)
    from peerjob.store.version import HEAD

    assert (data["schema"], data["format"]) == (HEAD, 1)
    conn = sqlite3.connect(db_path)
    from peerjob.store.dump import NOT_DUMPED

    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")} - {
        "sqlite_sequence",
        *NOT_DUMPED,
    }
    conn.close()
    assert set(data["tables"]) == tables
    assert all(data["tables"][name] for name in tables), "every table has a row"
    assert data["tables"]["application"][0]["note"] == f"{SECRET} note"
    assert data["tables"]["partner"][0]["contact"] == f"{SECRET} 555-0100"
    assert "alembic_version" not in data["tables"]


def test_dump_load_dump_gives_the_same_dump(peerjob, db_path, tmp_path):
    fill_every_table(peerjob, db_path)
    peerjob.ok("delete", "1", "--yes")  # a gap in the IDs must survive
    peerjob.ok("log", "Initech", "Analyst", "--date", "2026-11-20")
    first = tmp_path / "dump.json"
    peerjob.ok("dump", "--output", first)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    other = tmp_path / "other" / "new.db"
    result = peerjob.ok("--db", other, "load", first)
    assert "every ID kept" in result.stderr
    again = peerjob.ok("--db", other, "dump").stdout
    assert json.loads(again) == json.loads(first.read_text())
    assert again == first.read_text()


def test_dump_says_how_to_load_it_with_the_path_as_given(peerjob, tmp_path, monkeypatch):
    peerjob.ok("log", "ACME", "Support")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    (tmp_path / "my dumps").mkdir()
    assert "`peerjob load d/d1o.json`" in peerjob.ok("dump", "--output", "d/d1o.json").stderr
    assert "`peerjob load 'my dumps/x.json'`" in peerjob.ok("dump", "--output", "my dumps/x.json").stderr


def test_load_refuses_a_database_that_holds_data(peerjob, assert_rejected, tmp_path):
    peerjob.ok("log", "ACME", "Support")
    dump = tmp_path / "dump.json"
    peerjob.ok("dump", "-o", dump)
    assert_rejected("load", dump, says="already holds data")


@pytest.mark.parametrize(
    "content, says",
    [
        ("not json", "is not a JSON dump"),
        ('{"hello": 1}', "not a peerjob dump"),
        ('{"format": 2, "schema": "0001", "tables": {}}', "format 2"),
        ('{"format": 1, "schema": "9999", "tables": {}}', "schema '9999'"),
        ('{"format": 1, "schema": "0001", "tables": {"application": {}}}', "not a list of rows"),
        ('{"format": 1, "schema": "0001", "tables": {"win": [{"text": ["a"]}]}}', "values are text, numbers or null"),
    ],
)
def test_load_refuses_what_is_not_a_dump(content, says, assert_rejected, tmp_path, db_path):
    path = tmp_path / "bad.json"
    path.write_text(content)
    assert_rejected("load", path, says=says)
    assert not db_path.exists()


def test_load_refuses_rows_that_do_not_fit_and_leaves_no_data_file(assert_rejected, tmp_path, db_path):
    path = tmp_path / "orphan.json"
    path.write_text(
        json.dumps(
            {
                "format": 1,
                "schema": "0001",
                "tables": {
                    "win": [
                        {
                            "id": 1,
                            "text": "x",
                            "kind": "resume",
                            "won_on": "2026-11-01",
                            "application_id": 7,
                            "created_at": "2026-11-01 00:00:00.000000",
                        }
                    ]
                },
            }
        )
    )
    assert_rejected("load", path, says="refers to a application row")
    assert not db_path.exists() and not db_path.parent.exists()


def test_a_load_refused_by_the_database_leaves_no_data_file(peerjob, assert_rejected, db_path, tmp_path):
    peerjob.ok("--db", tmp_path / "source.db", "log", "ACME", "Support")
    path = tmp_path / "dump.json"
    peerjob.ok("--db", tmp_path / "source.db", "dump", "--output", path)
    data = json.loads(path.read_text())
    data["tables"]["application"].append(dict(data["tables"]["application"][0]))  # the same ID twice
    path.write_text(json.dumps(data))
    assert_rejected("load", path, says="doesn't fit the data file")
    assert not db_path.exists() and not db_path.parent.exists()


@pytest.mark.parametrize("args", [["--format", "csv", "-o", "{missing}/x"], ["-o", "{missing}/x.json"]])
def test_dump_into_a_missing_folder_creates_no_data_file(args, assert_rejected, db_path, tmp_path):
    missing = str(tmp_path / "nonexistent")
    assert_rejected("dump", *[arg.replace("{missing}", missing) for arg in args], says="does not exist")
    assert not db_path.exists() and not db_path.parent.exists()


@pytest.mark.parametrize(
    "table, column, value, says",
    [
        ("application", "applied_on", "garbage", "application row 1, column 'applied_on'"),
        ("application", "applied_on", "20261102", "not a date"),
        ("application", "created_at", "yesterday", "not a date and time"),
        ("application", "stage", "bogus", "not a stage"),
        ("application", "company", "  ", "can't be empty"),
        ("application", "company", None, "can't be empty"),
        ("application", "id", 2**70, "too large"),
        ("win", "kind", "trophy", "win row 1, column 'kind'"),
        ("journal_entry", "mood", 9, "not 1 to 5"),
        ("journal_entry", "energy", 0, "not 1 to 5"),
        ("interview", "at_time", "3pm", "not a time like 15:30"),
        ("interview", "duration_min", "long", "minutes"),
        ("interview", "kind", "lunch", "not one of"),
        ("follow_up", "channel", "pigeon", "not one of"),
        ("contact", "role", "boss", "not one of"),
    ],
)
def test_load_refuses_values_later_commands_could_not_read(
    table, column, value, says, peerjob, assert_rejected, db_path, tmp_path
):
    fill_every_table(peerjob, db_path)
    good = tmp_path / "good.json"
    peerjob.ok("dump", "--output", good)
    data = json.loads(good.read_text())
    data["tables"][table][0][column] = value
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    assert_rejected("--db", tmp_path / "empty.db", "load", bad, says=says)
    assert not (tmp_path / "empty.db").exists()
    peerjob.ok("--db", tmp_path / "fine.db", "load", good)  # the untouched dump loads


def test_load_values_in_range_load(peerjob, db_path, tmp_path):
    fill_every_table(peerjob, db_path)
    path = tmp_path / "dump.json"
    peerjob.ok("dump", "--output", path)
    data = json.loads(path.read_text())
    data["tables"]["journal_entry"][0].update(mood=None, energy=5)
    data["tables"]["application"][0]["id"] = 2**63 - 1
    for rows in data["tables"].values():  # every row that points at application 1
        for row in rows:
            if row.get("application_id") == 1:
                row["application_id"] = 2**63 - 1
    path.write_text(json.dumps(data))
    peerjob.ok("--db", tmp_path / "new.db", "load", path)
    assert peerjob.json("--db", tmp_path / "new.db", "show", str(2**63 - 1))["company"] == "ACME"


def test_load_checks_cover_every_column_of_the_schema():
    from sqlmodel import SQLModel

    import peerjob.store.models  # noqa: F401
    from peerjob.store import dump

    columns = [
        column
        for table in SQLModel.metadata.tables.values()
        if table.name not in dump.NOT_DUMPED  # the undo log is never in a dump
        for column in table.columns
    ]
    assert {c.name for c in columns if str(c.type).upper() == "DATE"} == dump.DATE_COLUMNS
    assert {c.name for c in columns if str(c.type).upper() == "DATETIME"} == dump.DATETIME_COLUMNS
    for table, names in dump.REQUIRED_TEXT.items():
        for name in names:
            column = SQLModel.metadata.tables[table].columns[name]
            assert not column.nullable and str(column.type).upper() == "VARCHAR"
    required = {(c.table.name, c.name) for c in columns if not c.nullable and str(c.type).upper() == "VARCHAR"}
    assert required == {(table, name) for table, names in dump.REQUIRED_TEXT.items() for name in names}


def test_dump_csv_writes_one_owner_only_file_per_table(peerjob, db_path, tmp_path):
    fill_every_table(peerjob, db_path)
    folder = tmp_path / "csv"
    peerjob.ok("dump", "--format", "csv", "--output", folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = sorted(path.name for path in folder.iterdir())
    assert "application.csv" in files and "checkin.csv" in files and "dump-info.json" in files
    assert all(stat.S_IMODE((folder / name).stat().st_mode) == 0o600 for name in files)
    assert f"{SECRET} note" in (folder / "application.csv").read_text()
    info = json.loads((folder / "dump-info.json").read_text())
    assert info["tables"]["application"] == 2
    # The application table reads back with peerjob import (other columns are left unused).
    peerjob.ok("--db", tmp_path / "again.db", "import", folder / "application.csv")
    rows = peerjob.json("--db", tmp_path / "again.db", "list")
    assert [(row["company"], row["stage"]) for row in rows] == [("ACME", "applied"), ("Globex", "interviewing")]


@pytest.mark.parametrize(
    "args, says",
    [
        (["dump", "--format", "xml"], "--format is json or csv"),
        (["dump", "--format", "csv"], "add --output FOLDER"),
        (["dump", "--output", "{existing}"], "already exists"),
        (["dump", "--output", "{folder}"], "is a folder"),
        (["dump", "--format", "csv", "--output", "{existing}"], "is a file"),
        (["dump", "--format", "csv", "--output", "{full}"], "is not empty"),
    ],
)
def test_dump_refusals(args, says, peerjob, assert_rejected, tmp_path):
    peerjob.ok("log", "ACME", "Support")
    (tmp_path / "existing.json").write_text("{}")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.csv").write_text("x")
    paths = {"{existing}": tmp_path / "existing.json", "{folder}": tmp_path, "{full}": tmp_path / "full"}
    assert_rejected(*[str(paths.get(arg, arg)) for arg in args], says=says)


# --- backup and restore -------------------------------------------------------


def test_backup_writes_an_owner_only_copy_beside_the_file(peerjob, db_path):
    peerjob.ok("log", "ACME", "Support")
    result = peerjob.ok("backup")
    path = result.stdout.strip()
    assert path.startswith(str(db_path) + ".backup-") and path.endswith(".bak")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    rows = sqlite3.connect(path).execute("SELECT company FROM application").fetchall()
    assert rows == [("ACME",)]
    second = peerjob.ok("backup").stdout.strip()
    assert second != path  # two in the same second get different names


def test_backup_to_a_path(peerjob, tmp_path, assert_rejected):
    peerjob.ok("log", "ACME", "Support")
    target = tmp_path / "keep.db"
    assert peerjob.ok("backup", target).stdout.strip() == str(target)
    assert_rejected("backup", target, says="already exists")
    peerjob.ok("backup", target, "--force")
    in_folder = peerjob.ok("backup", tmp_path).stdout.strip()
    assert os.path.dirname(in_folder) == str(tmp_path) and ".backup-" in in_folder


def test_backup_with_no_data_yet(assert_rejected):
    assert_rejected("backup", says="nothing to back up")


def test_restore_brings_a_backup_back_and_keeps_the_current_file(peerjob, db_path):
    peerjob.ok("log", "ACME", "Support")
    backup = peerjob.ok("backup").stdout.strip()
    peerjob.ok("log", "Globex", "Barista")
    result = peerjob.ok("restore", backup, "--yes")
    assert [row["company"] for row in peerjob.json("list")] == ["ACME"]
    kept = [name for name in os.listdir(db_path.parent) if ".before-restore-" in name]
    assert len(kept) == 1 and kept[0] in result.stderr
    rows = sqlite3.connect(db_path.parent / kept[0]).execute("SELECT company FROM application ORDER BY id").fetchall()
    assert rows == [("ACME",), ("Globex",)]
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_restore_into_a_new_location(peerjob, tmp_path):
    peerjob.ok("log", "ACME", "Support")
    backup = peerjob.ok("backup").stdout.strip()
    fresh = tmp_path / "fresh" / "peerjob.db"
    peerjob.ok("--db", fresh, "restore", backup)
    assert [row["company"] for row in peerjob.json("--db", fresh, "list")] == ["ACME"]


def test_restore_upgrades_nothing_it_does_not_know(peerjob, tmp_path, assert_rejected):
    peerjob.ok("log", "ACME", "Support")
    newer = tmp_path / "newer.db"
    peerjob.ok("backup", newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    assert_rejected("restore", newer, code=1, says="newer peerjob")


@pytest.mark.parametrize("kind", ["text", "other-sqlite", "empty", "missing", "folder", "damaged"])
def test_restore_refuses_what_is_not_a_peerjob_database(kind, peerjob, assert_rejected, tmp_path):
    peerjob.ok("log", "ACME", "Support")
    path = tmp_path / "candidate.db"
    if kind == "text":
        path.write_text("Company,Role\n")
    elif kind == "other-sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (text)")
        conn.commit()
        conn.close()
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "folder":
        path.mkdir()
    elif kind == "damaged":
        peerjob.ok("backup", path)
        data = bytearray(path.read_bytes())
        data[200:4000] = b"\x00" * 3800
        data[4096:8192] = b"\xff" * 4096
        path.write_bytes(bytes(data))
    before = sorted(os.listdir(tmp_path / "data"))
    assert_rejected("restore", path, "--yes", code=1 if kind == "damaged" else 2)
    assert sorted(os.listdir(tmp_path / "data")) == before  # no backup made, nothing swapped


def test_restore_never_replaces_a_file_that_is_not_peerjobs(peerjob, tmp_path):
    peerjob.ok("log", "ACME", "Support")
    backup = peerjob.ok("backup").stdout.strip()
    other = tmp_path / "notes.txt"
    other.write_text("my notes")
    result = peerjob("--db", other, "restore", backup, "--yes")
    assert result.exit_code == 1 and "nothing was changed" in result.stderr
    assert other.read_text() == "my notes"


def test_restore_asks_on_a_terminal(peerjob, terminal_env, db_path):
    peerjob.ok("log", "ACME", "Support")
    backup = peerjob.ok("backup").stdout.strip()
    peerjob.ok("log", "Globex", "Barista")
    code, screen = run_in_terminal(["restore", backup], "n\n", terminal_env)
    assert code == 1 and "backed up first" in screen
    assert len(peerjob.json("list")) == 2
    code, screen = run_in_terminal(["restore", backup], "y\n", terminal_env)
    assert code == 0, screen
    assert len(peerjob.json("list")) == 1


# --- calendar -----------------------------------------------------------------


def parse_calendar(data: bytes):
    from icalendar import Calendar

    return Calendar.from_ical(data)


def test_calendar_has_follow_ups_and_plans_as_all_day_events(peerjob, db_path):
    from datetime import date

    fill_every_table(peerjob, db_path)
    peerjob.ok("log", "Closed", "Role", "--date", "2026-11-04", "--follow-up", "2026-11-29")
    peerjob.ok("stage", "3", "rejected")
    calendar = parse_calendar(peerjob.ok("calendar").stdout_bytes)
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    assert "follow-up-1@peerjob" in events
    assert "follow-up-3@peerjob" not in events  # a closed application
    follow_up = events["follow-up-1@peerjob"]
    assert str(follow_up["SUMMARY"]) == "Follow up with ACME"
    assert follow_up.decoded("DTSTART") == date(2026, 11, 30)
    assert follow_up.decoded("DTEND") == date(2026, 12, 1)
    assert "follow-up-2@peerjob" not in events  # Globex replied (interviewing): that follow-up was dropped
    # Globex's one round (2026-11-12) is over: the calendar holds what is still ahead.
    assert not [uid for uid in events if uid.startswith("interview")]
    checkin = events["check-in-1@peerjob"]
    assert str(checkin["SUMMARY"]) == "Check in with Sam"
    resource = events["resource-1@peerjob"]  # the name only: the next step's words stay private
    assert str(resource["SUMMARY"]) == "Next step with Job centre" and "Call about" not in resource.to_ical().decode()
    step = events["reframe-step-1@peerjob"]  # a dated plan: its title only, never its words
    assert str(step["SUMMARY"]) == "Your next step after ACME" and "DESCRIPTION" not in step
    # peerjob's own suggestions ("still no reply", due 2026-12-02 for ACME) stay in `peerjob due`.
    assert not [uid for uid in events if uid.startswith(("no-response", "no-reply"))]


def test_calendar_days_limits_the_horizon(peerjob, db_path):
    fill_every_table(peerjob, db_path)
    calendar = parse_calendar(peerjob.ok("calendar", "--days", "10").stdout_bytes)
    uids = {str(event["UID"]) for event in calendar.walk("VEVENT")}
    assert "follow-up-1@peerjob" in uids and "follow-up-2@peerjob" not in uids


def test_a_moved_date_keeps_its_uid_so_calendar_apps_update_the_event(peerjob, db_path):
    from datetime import date

    fill_every_table(peerjob, db_path)

    def by_uid():
        calendar = parse_calendar(peerjob.ok("calendar").stdout_bytes)
        return {str(event["UID"]): event for event in calendar.walk("VEVENT")}

    first = by_uid()
    peerjob.ok("edit", "1", "--follow-up", "2026-12-09")
    peerjob.ok("checkin", "Sam", "--date", "2026-11-22", "--next", "2026-12-04")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE resource SET next_on = '2026-12-05' WHERE id = 1")
    conn.execute("UPDATE reframe SET next_step_on = '2026-12-06' WHERE id = 1")
    conn.commit()
    conn.close()
    moved = by_uid()
    assert set(moved) == set(first)
    expected = {
        "follow-up-1@peerjob": date(2026, 12, 9),
        "check-in-1@peerjob": date(2026, 12, 4),
        "resource-1@peerjob": date(2026, 12, 5),
        "reframe-step-1@peerjob": date(2026, 12, 6),
    }
    for uid, on in expected.items():
        assert first[uid].decoded("DTSTART") != on and moved[uid].decoded("DTSTART") == on
    for event in (*first.values(), *moved.values()):
        assert "DTSTAMP" in event and "LAST-MODIFIED" in event
    # The later export counts higher, so an app keeps the new date.
    assert int(moved["follow-up-1@peerjob"]["SEQUENCE"]) >= int(first["follow-up-1@peerjob"]["SEQUENCE"])


def test_any_dated_kind_gets_a_stable_uid_and_its_title_only(peerjob, db_path, monkeypatch):
    """Interview dates come from a `due` provider: kind + the record's id, and never private words."""
    from datetime import date

    from peerjob.store import due

    peerjob.ok("log", "Globex", "Barista", "--date", "2026-11-03")

    def interviews(conn, *, until, today, settings):
        item = due.DueItem(
            kind="interview",
            due_on=date(2026, 12, 3),
            title="Interview with Globex",
            detail=f"{SECRET} detail",
            refs={"application": 1},
        )
        item.private_detail = f"{SECRET} private"
        return [item]

    monkeypatch.setattr(due, "PROVIDERS", (*due.PROVIDERS, interviews))
    data = peerjob.ok("calendar").stdout_bytes
    assert SECRET.encode() not in data
    events = {str(event["UID"]): event for event in parse_calendar(data).walk("VEVENT")}
    interview = events["interview-round-1@peerjob"]
    assert str(interview["SUMMARY"]) == "Interview with Globex" and "DESCRIPTION" not in interview
    assert interview.decoded("DTSTART") == date(2026, 12, 3)


def test_calendar_carries_no_private_fields(peerjob, db_path):
    fill_every_table(peerjob, db_path)
    data = peerjob.ok("calendar", "--days", "365").stdout_bytes
    assert SECRET.encode() not in data
    for event in parse_calendar(data).walk("VEVENT"):
        for value in event.values():
            assert SECRET not in str(value)


def test_calendar_uids_are_stable(peerjob, db_path, tmp_path):
    fill_every_table(peerjob, db_path)
    first = parse_calendar(peerjob.ok("calendar").stdout_bytes)
    again = parse_calendar(peerjob.ok("calendar").stdout_bytes)
    assert [str(e["UID"]) for e in first.walk("VEVENT")] == [str(e["UID"]) for e in again.walk("VEVENT")]
    assert len({str(e["UID"]) for e in first.walk("VEVENT")}) == len(first.walk("VEVENT"))


def test_calendar_to_a_file(peerjob, db_path, tmp_path, assert_rejected):
    fill_every_table(peerjob, db_path)
    target = tmp_path / "peerjob.ics"
    result = peerjob.ok("calendar", "--output", target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Wrote" in result.stderr and result.stdout == ""
    assert parse_calendar(target.read_bytes()).walk("VEVENT")
    assert_rejected("calendar", "--output", target, says="already exists")
    peerjob.ok("calendar", "--output", target, "--force")


def test_calendar_with_nothing_planned_is_still_a_calendar(peerjob):
    calendar = parse_calendar(peerjob.ok("calendar").stdout_bytes)
    assert calendar.walk("VEVENT") == [] and str(calendar["VERSION"]) == "2.0"


@pytest.mark.parametrize(
    "args, says", [(["calendar", "--days", "0"], "--days"), (["calendar", "--output", "."], "is a folder")]
)
def test_calendar_refusals(args, says, assert_rejected):
    assert_rejected(*args, says=says)


# --- wipe ---------------------------------------------------------------------


def make_everything(peerjob, db_path):
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("config", "isolation_days", "5")
    peerjob.ok("backup")
    (db_path.parent / f"{db_path.name}.before-0002-20260101-000000-000000.bak").write_bytes(b"old")
    (db_path.parent / "unrelated.txt").write_text("mine")


def test_wipe_without_a_terminal_needs_yes_really(peerjob, db_path, assert_rejected):
    make_everything(peerjob, db_path)
    before = sorted(os.listdir(db_path.parent))
    assert_rejected("wipe", says="--yes-really")
    assert sorted(os.listdir(db_path.parent)) == before


def test_wipe_yes_really_removes_everything_of_peerjobs(peerjob, db_path, settings_path):
    make_everything(peerjob, db_path)
    result = peerjob.ok("wipe", "--yes-really")
    assert sorted(os.listdir(db_path.parent)) == ["unrelated.txt"]
    assert settings_path.exists()  # shared by every data file: they go only with the default one
    for name in ("peerjob.db", ".before-0002-", ".backup-"):
        assert name in result.stderr
    assert "nothing to remove" in peerjob.ok("wipe", "--yes-really").stderr


def test_wipe_keeps_settings_another_data_file_in_the_folder_uses(peerjob, db_path, settings_path):
    make_everything(peerjob, db_path)
    other = db_path.parent / "other.db"
    peerjob.ok("--db", other, "log", "Globex", "Barista")
    result = peerjob.ok("wipe", "--yes-really")
    assert sorted(os.listdir(db_path.parent)) == ["other.db", "unrelated.txt"]
    assert settings_path.exists() and "config.toml" not in result.stderr
    assert [row["company"] for row in peerjob.json("--db", other, "list")] == ["Globex"]
    assert peerjob.json("--db", other, "config")["isolation_days"] == 5


def test_wipe_with_db_leaves_the_shared_settings(peerjob, db_path, settings_path, tmp_path):
    other = tmp_path / "elsewhere" / "trial.db"
    peerjob.ok("config", "isolation_days", "5")
    peerjob.ok("--db", other, "log", "Globex", "Barista")
    peerjob.ok("--db", other, "wipe", "--yes-really")
    assert not other.exists() and settings_path.exists()


def test_wipe_keeps_a_config_toml_that_is_not_peerjobs(peerjob, db_path):
    peerjob.ok("log", "ACME", "Support")
    config = db_path.parent / "config.toml"
    config.write_text('[tool]\nname = "another program"\n')
    peerjob.ok("wipe", "--yes-really")
    assert sorted(os.listdir(db_path.parent)) == ["config.toml"]
    assert "another program" in config.read_text()


@pytest.mark.parametrize("content", ["isolation_days = 5\n", '[tool]\nname = "x"\n'])
def test_wipe_with_only_a_config_toml_has_nothing_to_remove(content, peerjob, db_path):
    db_path.parent.mkdir()
    config = db_path.parent / "config.toml"
    config.write_text(content)
    result = peerjob.ok("wipe", "--yes-really")
    assert "nothing to remove" in result.stderr
    assert config.read_text() == content


def test_wipe_removes_peerjobs_own_default_folder(peerjob, monkeypatch, tmp_path, settings_path):
    from peerjob.paths import default_data_dir

    monkeypatch.delenv("PEERJOB_DB")
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("backup")
    peerjob.ok("config", "isolation_days", "5")
    folder = default_data_dir()
    assert folder.is_dir() and str(folder).startswith(str(tmp_path))
    result = peerjob.ok("wipe", "--yes-really")
    assert not folder.exists()
    assert not settings_path.parent.exists() and "config.toml" in result.stderr  # the settings go with it


def test_wipe_leaves_a_file_that_is_not_peerjobs(peerjob, tmp_path):
    other = tmp_path / "notes.db"
    other.write_text("not peerjob")
    result = peerjob("--db", other, "wipe", "--yes-really")
    assert result.exit_code == 1 and "left it alone" in result.stderr
    assert other.read_text() == "not peerjob"


@pytest.fixture
def terminal_env(subprocess_env):
    env = dict(subprocess_env, PEERJOB_TODAY="2026-11-22", NO_COLOR="1", TERM="dumb")
    return env


def test_wipe_on_a_terminal_asks_for_the_word(peerjob, db_path, terminal_env):
    make_everything(peerjob, db_path)
    code, screen = run_in_terminal(["wipe"], "yes\n", terminal_env)
    assert code == 1 and "Type delete" in screen and "Nothing was removed" in screen
    assert db_path.exists()
    code, screen = run_in_terminal(["wipe"], "delete\n", terminal_env)
    assert code == 0, screen
    assert "Removed" in screen and sorted(os.listdir(db_path.parent)) == ["unrelated.txt"]


def test_restore_replaces_a_damaged_data_file_after_keeping_a_copy(peerjob, db_path):
    peerjob.ok("log", "ACME", "Support")
    backup = peerjob.ok("backup").stdout.strip()
    damaged = bytearray(db_path.read_bytes())
    damaged[100:] = b"\xff" * (len(damaged) - 100)
    db_path.write_bytes(bytes(damaged))
    assert peerjob("list").exit_code == 1  # the damage is reported
    peerjob.ok("restore", backup, "--yes")
    assert [row["company"] for row in peerjob.json("list")] == ["ACME"]
    kept = [path for path in db_path.parent.iterdir() if ".before-restore-" in path.name]
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(damaged)
