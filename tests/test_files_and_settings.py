"""Writing files safely, sweeping what killed runs left, and the settings commands."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from peerjob.errors import BadInput
from peerjob.fileio import partial_name, sweep_partials, write_private_bytes


def finished_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_a_private_file_is_written_whole_and_owner_only(tmp_path):
    target = tmp_path / "out.md"
    write_private_bytes(target, b"hello", overwrite=False)
    assert target.read_bytes() == b"hello" and target.stat().st_mode & 0o777 == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["out.md"]


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda folder: (folder / "out.md").write_text("mine"), "already exists"),
        (lambda folder: None, "does not exist"),
    ],
)
def test_a_private_file_is_refused_rather_than_replaced_or_lost(tmp_path, make, says):
    folder = tmp_path / "here"
    if says != "does not exist":
        folder.mkdir()
        make(folder)
    with pytest.raises(BadInput) as refused:
        write_private_bytes(folder / "out.md", b"new", overwrite=False)
    assert says in refused.value.message
    if folder.exists():
        assert (folder / "out.md").read_text() == "mine"


def test_a_write_that_breaks_halfway_leaves_no_partial(tmp_path):
    with pytest.raises(TypeError):  # text where bytes belong: the write stops after the partial file exists
        write_private_bytes(tmp_path / "out.md", "not bytes", overwrite=False)
    assert list(tmp_path.iterdir()) == []


def test_only_partials_whose_writer_is_gone_are_swept(tmp_path):
    gone = tmp_path / f".a.db.partial-{finished_pid()}"
    alive = tmp_path / f".b.db.partial-{os.getppid()}"
    ours = partial_name(tmp_path / "c.db")  # this process: an earlier run's leftover under a reused PID
    not_ours = tmp_path / ".notes.partial-draft"
    someone_elses = tmp_path / "report.partial-123"
    for path in (gone, alive, ours, not_ours, someone_elses):
        path.write_text("x")
    removed = sweep_partials(tmp_path)
    assert sorted(path.name for path in removed) == sorted([gone.name, ours.name])
    assert alive.exists() and not_ours.exists() and someone_elses.exists()


def test_sweeping_a_missing_folder_does_nothing(tmp_path):
    assert sweep_partials(tmp_path / "nowhere") == []


def test_where_says_when_the_file_does_not_exist_yet(peerjob, db_path):
    first = peerjob.ok("where")
    assert first.stdout.strip() == str(db_path) and "not created yet" in first.stderr
    peerjob.ok("log", "ACME", "Support")
    second = peerjob.ok("where")
    assert second.stdout.strip() == str(db_path) and second.stderr == ""
    assert peerjob.json("where")["exists"] is True


def test_config_shows_all_settings_one_setting_and_saves_one(peerjob):
    settings = json.loads(peerjob.ok("config", "--json").stdout)
    assert settings["follow_up_after_days"] == 14
    assert "follow_up_after_days = 14" in peerjob.ok("config").stdout
    assert peerjob.ok("config", "follow_up_after_days").stdout.strip() == "14"
    saved = peerjob.ok("config", "follow_up_after_days", "10")
    assert "Saved: follow_up_after_days = 10" in saved.stderr
    assert peerjob.ok("config", "follow_up_after_days").stdout.strip() == "10"
    assert peerjob.ok("config", "week_starts_on").stdout.strip() == "monday"


def test_an_unknown_setting_is_refused_with_the_known_ones(assert_rejected):
    line = assert_rejected("config", "colour")
    assert "follow_up_after_days" in line


def test_goals_show_the_targets_in_force(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-18")
    peerjob.ok("goals", "set", "--applications", "3", "--checkins", "1")
    shown = peerjob.ok("goals").stdout
    assert "Goals for the week of 2026-11-16" in shown
    assert "Applications: 3" in shown and "Check-ins: 1" in shown and "Wins" not in shown


@pytest.mark.parametrize(
    ("prepare", "args", "says"),
    [
        ("foreign", ["backup"], "not a peerjob database"),
        ("logged", ["backup", "{db}", "--force"], "is your data file itself"),
        ("logged", ["restore", "{db}", "--yes"], "is the data file in use already"),
    ],
)
def test_backup_and_restore_refuse_what_cannot_go_well(peerjob, db_path, assert_rejected, prepare, args, says):
    if prepare == "foreign":
        db_path.parent.mkdir(parents=True)
        db_path.write_text("my shopping list\n")
    else:
        peerjob.ok("log", "ACME", "Support")
    assert_rejected(
        *[arg.replace("{db}", str(db_path)) for arg in args], code=2 if prepare == "logged" else 1, says=says
    )


@pytest.mark.parametrize("args", [["wipe", "--yes-really"], ["restore", "{backup}", "--yes"]])
def test_a_folder_given_as_the_data_file_is_refused(peerjob, tmp_path, args):
    peerjob.ok("log", "ACME", "Support")
    backup = tmp_path / "b.db"
    peerjob.ok("backup", str(backup))
    folder = tmp_path / "a folder"
    folder.mkdir()
    result = peerjob("--db", str(folder), *[arg.replace("{backup}", str(backup)) for arg in args])
    assert result.exit_code == 2 and "is a folder" in result.stderr
    assert list(folder.iterdir()) == []


def test_load_fills_an_existing_file_that_holds_nothing(peerjob, db_path, tmp_path):
    from peerjob.store.db import open_for_writing

    peerjob.ok("--db", str(tmp_path / "source.db"), "log", "ACME", "Support")
    dump_file = tmp_path / "dump.json"
    dump_file.write_text(peerjob.ok("--db", str(tmp_path / "source.db"), "dump").stdout)
    open_for_writing(db_path).close()  # a peerjob file at the current schema, with no rows
    peerjob.ok("load", str(dump_file))
    assert [row["company"] for row in peerjob.json("list")] == ["ACME"]


def test_load_refuses_a_file_that_gained_rows_after_the_first_check(peerjob, db_path):
    """The check is made again inside the write: another command may have saved meanwhile."""
    from peerjob.actions.dump import load_dump
    from peerjob.errors import BadInput
    from peerjob.store.db import open_for_writing, transaction

    peerjob.ok("log", "ACME", "Support")
    conn = open_for_writing(db_path)
    try:
        with pytest.raises(BadInput, match="already holds data"), transaction(conn, write=True):
            load_dump(conn, db_path, {"application": []}, {})
    finally:
        conn.close()


# --- settings in the config folder (XDG), moved from beside the data file ---


def test_settings_live_in_the_config_folder(peerjob, db_path, settings_path):
    peerjob.ok("config", "isolation_days", "5")
    assert settings_path.is_file() and not (db_path.parent / "config.toml").exists()
    assert peerjob.json("where")["settings"] == str(settings_path)


def test_settings_from_beside_the_data_file_move_over_once_with_a_note(peerjob, db_path, settings_path):
    peerjob.ok("log", "ACME", "Support")
    old = db_path.parent / "config.toml"
    old.write_text("follow_up_after_days = 10\nisolation_days = 3\n")
    first = peerjob.ok("config", "--json")
    assert json.loads(first.stdout)["follow_up_after_days"] == 10  # never lost
    assert str(settings_path) in first.stderr and "moved" in first.stderr
    assert not old.exists() and settings_path.read_text() == "follow_up_after_days = 10\nisolation_days = 3\n"
    assert settings_path.stat().st_mode & 0o777 == 0o600
    again = peerjob.ok("config", "--json")
    assert again.stderr == "" and json.loads(again.stdout)["isolation_days"] == 3  # the note was once


def test_changing_a_setting_keeps_the_ones_from_the_old_place(peerjob, db_path, settings_path):
    db_path.parent.mkdir()
    (db_path.parent / "config.toml").write_text("isolation_days = 3\n")
    peerjob.ok("config", "follow_up_after_days", "10")
    settings = peerjob.json("config")
    assert (settings["isolation_days"], settings["follow_up_after_days"]) == (3, 10)


def test_old_settings_that_differ_from_the_new_are_named_never_dropped(peerjob, db_path, settings_path):
    peerjob.ok("config", "isolation_days", "5")
    db_path.parent.mkdir()
    old = db_path.parent / "config.toml"
    old.write_text("isolation_days = 3\n")
    for _ in range(2):
        result = peerjob.ok("config", "isolation_days")
        assert result.stdout.strip() == "5"
        assert str(old) in result.stderr and "no longer read" in result.stderr
    assert old.read_text() == "isolation_days = 3\n"


def test_another_programs_config_toml_beside_the_data_file_is_not_touched(peerjob, db_path, settings_path):
    db_path.parent.mkdir()
    theirs = db_path.parent / "config.toml"
    theirs.write_text('[tool]\nname = "another program"\n')
    assert peerjob.json("config")["isolation_days"] == 7
    assert theirs.read_text() == '[tool]\nname = "another program"\n' and not settings_path.exists()


def test_peerjob_config_names_the_settings_file(peerjob, tmp_path, monkeypatch, settings_path):
    chosen = tmp_path / "my settings #1.toml"
    monkeypatch.setenv("PEERJOB_CONFIG", str(chosen))
    peerjob.ok("config", "isolation_days", "4")
    assert chosen.read_text().count("isolation_days = 4") == 1 and not settings_path.exists()
    assert peerjob.json("where")["settings"] == str(chosen)


def test_old_settings_with_a_typo_still_move_and_are_refused_loudly(peerjob, db_path, settings_path, assert_rejected):
    db_path.parent.mkdir()
    old = db_path.parent / "config.toml"
    old.write_text("follow_up_after_days = 3\nisolation_day = 5\n")  # a typo beside a real setting
    result = peerjob("config")
    assert result.exit_code == 1 and "isolation_day" in result.stderr  # never silently defaults
    assert settings_path.read_text() == "follow_up_after_days = 3\nisolation_day = 5\n" and not old.exists()


def test_an_unreadable_old_settings_file_is_named_every_run(peerjob, db_path, settings_path):
    db_path.parent.mkdir()
    old = db_path.parent / "config.toml"
    old.write_text("follow_up_after_days = = 3\n")
    for _ in range(2):
        result = peerjob.ok("config", "--json")
        assert str(old) in result.stderr and "could not be read" in result.stderr
    assert old.exists() and not settings_path.exists()


def test_config_set_and_get_as_other_tools_spell_them(peerjob, assert_rejected):
    peerjob.ok("config", "set", "name", "Maya")
    assert peerjob.ok("config", "get", "name").stdout.strip() == "Maya"
    assert peerjob.ok("config", "name").stdout.strip() == "Maya"
    assert_rejected("config", "name", "Maya", "B", says="a name and a value")
