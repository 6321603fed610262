"""Every test gets its own data folder; none ever touches real user data."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from unittest import mock

import pytest
import typer.main
import typer.testing
from typer.testing import CliRunner

from peerjob.cli import app
from peerjob.cli.group import PeerjobGroup


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "real_migrations: create new data files by running Alembic, not by copying the template"
    )


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
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return db


@pytest.fixture
def settings_path(tmp_path) -> Path:
    """Where settings live in a test: the config folder under the test's own XDG_CONFIG_HOME."""
    return tmp_path / "xdg-config" / "peerjob" / "config.toml"


@pytest.fixture(scope="session")
def template_database(tmp_path_factory) -> Path:
    """A data file at HEAD, made once by the product's real creation path (Alembic)."""
    from peerjob.store import db
    from peerjob.store.version import HEAD

    path = tmp_path_factory.mktemp("template") / "peerjob.db"
    db.open_database(path).close()
    assert db.read_revision(path) == HEAD
    return path


@pytest.fixture(autouse=True)
def new_files_from_the_template(request, template_database, monkeypatch):
    """A brand-new data file is a copy of the template instead of a fresh Alembic run.

    Running every migration into an empty file costs ~40 ms, and about half
    the tests start by creating a file. Only the one step that fills an
    *empty* target is replaced: everything around it (the first-run checks,
    the migration lock, the work copy, _verify, permissions, the swap into
    place) still runs, so a refused first command still leaves no file and
    read-only commands still create none. Upgrades of existing files run the
    real migrations. Tests of creation and migration themselves opt out with
    ``@pytest.mark.real_migrations``; the template is made by that same real path.
    """
    if request.node.get_closest_marker("real_migrations"):
        return
    from peerjob.store import db

    real_upgrade = db._run_alembic_upgrade

    def upgrade(path: Path) -> None:
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            real_upgrade(path)  # an older schema: the real migrations
        else:
            shutil.copyfile(template_database, path)

    monkeypatch.setattr(db, "_run_alembic_upgrade", upgrade)


@pytest.fixture
def db_path(private_data_location) -> Path:
    return private_data_location


@pytest.fixture
def fresh_db(db_path, template_database) -> Path:
    """An existing, empty data file at HEAD, as a first command would leave it.

    For tests that run peerjob as a subprocess (ttys, real pipes, concurrency),
    where the template patch above cannot reach and the child would otherwise
    spend ~0.4 s importing Alembic to create the file. Tests about what happens
    when there is no file yet must not use it.
    """
    db_path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
    os.chmod(db_path.parent, 0o700)
    shutil.copyfile(template_database, db_path)
    os.chmod(db_path, 0o600)
    return db_path


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
def terminal_env(subprocess_env):
    """For commands run on a pseudo-terminal: a pinned day, plain text, no editor."""
    env = dict(subprocess_env, PEERJOB_TODAY="2026-11-22", NO_COLOR="1", TERM="dumb")
    env.pop("EDITOR", None)
    env.pop("VISUAL", None)
    return env


@pytest.fixture
def subprocess_env(db_path):
    env = dict(os.environ)
    env["PEERJOB_DB"] = str(db_path)
    return env


# Hypothesis profiles: "ci" (the default, and what `make test` runs) keeps the
# property tests inside the suite's time budget; "deep" hunts harder:
# HYPOTHESIS_PROFILE=deep make test.
def _hypothesis_profiles() -> None:
    from hypothesis import settings

    settings.register_profile("ci", max_examples=25, deadline=None, derandomize=True, print_blob=True)
    settings.register_profile("deep", max_examples=500, deadline=None)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


_hypothesis_profiles()
