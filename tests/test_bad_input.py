"""Bad input: one clear line, the right exit code, the data file untouched."""

import pytest


@pytest.fixture(autouse=True)
def pinned(monkeypatch):
    # "tomorrow", "5 days ago": the same answers on any day, but the same day every run.
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")


@pytest.fixture
def with_data(peerjob):
    peerjob.ok("log", "ACME", "Support Specialist", "--date", "5 days ago")
    peerjob.ok("stage", "1", "screening", "--date", "2 days ago")


@pytest.mark.parametrize(
    "args, says",
    [
        (["log", "ACME", "Role", "--date", "yesturday"], "Couldn't read the date 'yesturday'"),
        (["log", "ACME", "Role", "--date", "2026-02-30"], "not a real date"),
        (["log", "ACME", "Role", "--date", "tomorrow"], "in the future"),
        (["log", "ACME", "Role", "--date", "in 3 days"], "in the future"),
        (["log", "ACME"], "The role can't be empty"),
        (["log", "  ", "Role"], "can't be empty"),
        (["log", "ACME", "Role", "--follow-up", "someday"], "Couldn't read"),
        (["log", "ACME", "Role", "--follow-up", "friday", "--no-follow-up"], "either"),
        (["stage", "1", "hired"], "Use one of: saved, applied, screening"),
        (["stage", "99", "offer"], "no application with ID 99"),
        (["stage", "1", "screening"], "already at 'screening'"),
        (["stage", "1", "offer", "--date", "4 days ago"], "can't be dated earlier"),
        (["stage", "1", "offer", "--start-date", "monday"], "goes with the 'accepted' stage"),
        (["stage", "one", "offer"], "ID takes a whole number"),
        (["show", "42"], "no application with ID 42"),
        (["edit", "1"], "Nothing to change"),
        (["edit", "1", "--untag", "nonexistent"], "Nothing to change"),
        (["edit", "7", "--role", "X"], "no application with ID 7"),
        (["edit", "1", "--date", "yesterday"], "can't be after its first stage move"),
        (["delete", "5", "--yes"], "no application with ID 5"),
        (["list", "--stage", "winning"], "Unknown stage"),
        (["list", "--since", "last blursday"], "Couldn't read"),
        (["log", "ACME", "Role", "--bogus"], "No such option"),
        (["config", "colour", "blue"], "Unknown setting"),
        (["config", "isolation_days", "soon"], "whole number"),
        (["config", "isolation_days", "-1"], "from 0 to 3650"),
        (["nonsense"], "No such command"),
    ],
)
def test_refused_with_one_line_and_nothing_changed(with_data, assert_rejected, args, says):
    assert_rejected(*args, code=2, says=says)


def test_refused_before_the_file_exists_creates_nothing(assert_rejected, db_path):
    assert_rejected("log", "ACME", "Role", "--date", "yesturday", says="yesturday")
    assert not db_path.exists()


def test_no_traceback_for_unexpected_errors_unless_debug(peerjob, db_path, monkeypatch):
    peerjob.ok("log", "ACME", "Role")
    from peerjob.store import applications

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(applications, "list_applications", broken)
    result = peerjob("list")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr and "PEERJOB_DEBUG=1" in result.stderr
    monkeypatch.setenv("PEERJOB_DEBUG", "1")
    with pytest.raises(RuntimeError):
        peerjob("list")


def test_declining_delete_leaves_the_file_unchanged(with_data, assert_rejected, monkeypatch):
    monkeypatch.setattr("peerjob.cli.context.interactive", lambda: True)
    line = assert_rejected("delete", "1", code=1, input="n\n")
    assert "Nothing was changed" in line


@pytest.mark.parametrize(
    "args",
    [
        ["reframe", "99", "--balanced", "x"],
        ["win", "x", "--app", "99"],
        ["prep", "99"],
        ["disclose", "99", "--plan", "undecided"],
        ["stage", "99", "rejected"],
        ["show", "4"],
        ["delete", "3", "--yes"],
        ["edit", "2", "--role", "x"],
    ],
)
def test_a_refused_first_command_leaves_no_data_file(assert_rejected, db_path, args):
    assert_rejected(*args, says="no application with ID")
    assert not db_path.exists()


@pytest.mark.parametrize(
    "args", [["nonsense"], ["log", "ACME", "Role", "--date", "yesturday"], ["show", "4"], ["--version"]]
)
def test_the_prebuilt_command_tree_answers_as_the_app_does(peerjob, args):
    # The suite builds typer's command tree once (conftest.peerjob_command);
    # it must give the same exit code and messages as typer building it afresh.
    from typer.testing import CliRunner

    from peerjob.cli import app

    fresh = CliRunner().invoke(app, args)
    prebuilt = peerjob(*args)
    assert (prebuilt.exit_code, prebuilt.stdout, prebuilt.stderr) == (fresh.exit_code, fresh.stdout, fresh.stderr)
