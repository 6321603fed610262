"""Every test gets its own data folder; none ever touches real user data."""

from __future__ import annotations

import json
import os
from pathlib import Path
from unittest import mock

import pytest
import typer.main
import typer.testing
from typer.testing import CliRunner

from peerjob.cli import app
from peerjob.cli.group import PeerjobGroup


@pytest.fixture(autouse=True)
def private_data_location(tmp_path, monkeypatch):
    db = tmp_path / "data" / "peerjob.db"
    monkeypatch.setenv("PEERJOB_DB", str(db))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")  # wide tables: no wrapped cells in assertions
    for name in ("PEERJOB_CONFIG", "PEERJOB_TODAY", "PEERJOB_DEBUG", "EDITOR", "VISUAL"):
        monkeypatch.delenv(name, raising=False)
    # platformdirs would otherwise point at the real home folder.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return db


@pytest.fixture
def db_path(private_data_location) -> Path:
    return private_data_location


@pytest.fixture(scope="session")
def peerjob_command():
    """The click command tree, built once per session.

    typer rebuilds it from the function signatures on every ``CliRunner.invoke``
    (typer.main.get_command), which cost more than most commands themselves.
    The tree holds no per-run state: every run parses its arguments afresh.
    """
    command = typer.main.get_command(app)
    # Its main() is the one that turns errors into one stderr line and an exit code.
    assert isinstance(command, PeerjobGroup)
    return command


class PrebuiltRunner(CliRunner):
    """typer's CliRunner (stdin, stdout, stderr, env, SystemExit handling), given a prebuilt command."""

    def __init__(self, command) -> None:
        super().__init__()
        self.command = command

    def invoke(self, args, **kwargs):
        # typer.testing looks the command up with get_command(app); hand it the prebuilt one.
        # patch.object raises if typer renames the hook, so this can't silently stop applying.
        with mock.patch.object(typer.testing, "_get_command", lambda _app: self.command):
            return super().invoke(app, args, **kwargs)


class Peerjob:
    """Runs peerjob commands in-process, the way a person types them."""

    def __init__(self, command) -> None:
        self.runner = PrebuiltRunner(command)

    def __call__(self, *args: str, input: str | None = None, env: dict | None = None):
        return self.runner.invoke([str(a) for a in args], input=input, env=env, catch_exceptions=False)

    def ok(self, *args: str, input: str | None = None, env: dict | None = None):
        result = self(*args, input=input, env=env)
        assert result.exit_code == 0, f"exit {result.exit_code}\nstdout: {result.stdout}\nstderr: {result.stderr}"
        return result

    def json(self, *args: str, env: dict | None = None):
        return json.loads(self.ok(*args, "--json", env=env).stdout)


@pytest.fixture
def peerjob(peerjob_command) -> Peerjob:
    return Peerjob(peerjob_command)


def file_bytes(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


@pytest.fixture
def assert_rejected(peerjob, db_path):
    """Run a command that must be refused: exit code, one stderr line, file unchanged."""

    def check(*args: str, code: int = 2, says: str | None = None, input: str | None = None):
        before = file_bytes(db_path)
        result = peerjob(*args, input=input)
        assert result.exit_code == code, f"exit {result.exit_code}\nstdout: {result.stdout}\nstderr: {result.stderr}"
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, f"expected one line on stderr, got: {result.stderr!r}"
        assert "Traceback" not in result.stderr
        if says:
            assert says.lower() in lines[0].lower(), lines[0]
        assert file_bytes(db_path) == before, "the data file changed"
        return lines[0]

    return check


@pytest.fixture
def subprocess_env(db_path):
    env = dict(os.environ)
    env["PEERJOB_DB"] = str(db_path)
    return env
