"""Start-up stays light: --help and --version import nothing heavy, and a
command imports only the module that holds it (the others load lazily)."""

import json
import subprocess
import sys

import pytest

HEAVY = ("sqlmodel", "sqlalchemy", "alembic", "pydantic", "rich.markdown", "sqlcipher3", "keyring")
ORM = ("sqlmodel", "sqlalchemy", "alembic")

PROBE = """
import json, sys
sys.argv = ["peerjob", *json.loads(sys.argv[1])]
from peerjob.cli import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def loaded_modules(args, env):
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_help_and_version_import_nothing_heavy(args, subprocess_env):
    loaded = [name for name in loaded_modules(args, subprocess_env) if name.startswith(HEAVY)]
    assert loaded == [], f"`peerjob {' '.join(args)}` imported {loaded[:5]}"


# Typer 0.29 itself checks option values with pydantic, so commands that run
# pay for pydantic; the ORM and migrations must still stay out of them.
@pytest.mark.parametrize("args", [["log", "--help"], ["where"], ["log", "Globex", "Barista"], ["list"]])
def test_everyday_paths_do_not_import_the_orm(args, subprocess_env, peerjob):
    peerjob.ok("log", "ACME", "Support")  # the file exists at the current schema
    loaded = [name for name in loaded_modules(args, subprocess_env) if name.startswith(ORM)]
    assert loaded == [], f"`peerjob {' '.join(args)}` imported {loaded[:5]}"


def test_version_and_module_entry_point(subprocess_env):
    from peerjob import __version__

    result = subprocess.run(
        [sys.executable, "-m", "peerjob", "--version"], env=subprocess_env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"peerjob {__version__}"


# The command modules; peerjob.cli.commands says which holds which command.
COMMAND_MODULES = (
    "applications",
    "encryption",
    "plan",
    "story",
    "training",
    "interviews",
    "contacts",
    "undo",
    "due",
    "wins",
    "stats",
    "reframes",
    "journal",
    "support",
    "partners",
    "review",
    "export",
    "strengths",
    "prep",
    "disclosure",
    "resources",
    "boundaries",
    "importing",
    "dump",
    "backup",
    "calendar",
    "system",
)


def cli_modules(loaded):
    return {name.removeprefix("peerjob.cli.") for name in loaded if name.startswith("peerjob.cli.")}


@pytest.mark.parametrize("args", [["--help"], ["--version"], [], ["lgo"]])
def test_help_and_version_import_no_command_module(args, subprocess_env):
    loaded = cli_modules(loaded_modules(args, subprocess_env)) & set(COMMAND_MODULES)
    assert loaded == set(), f"`peerjob {' '.join(args)}` imported {sorted(loaded)}"


# `log` lives in applications, which uses reframes' option types for `stage`.
@pytest.mark.parametrize(
    "args, wanted",
    [
        (["log", "Globex", "Barista"], {"applications", "reframes"}),
        (["log", "--help"], {"applications", "reframes"}),
        (["where"], {"system"}),
        (["journal", "list"], {"journal"}),
        (["checkins"], {"partners"}),
        (["goals", "--help"], {"review"}),
    ],
)
def test_a_command_imports_only_its_own_module(args, wanted, subprocess_env, peerjob):
    peerjob.ok("log", "ACME", "Support")  # the file exists at the current schema
    loaded = cli_modules(loaded_modules(args, subprocess_env)) & set(COMMAND_MODULES)
    assert loaded == wanted, f"`peerjob {' '.join(args)}` imported {sorted(loaded)}"
    assert not loaded & {"importing", "dump", "backup", "strengths", "resources"}


def test_the_module_list_here_is_the_tables():
    from peerjob.cli.commands import COMMANDS

    assert set(COMMAND_MODULES) == {entry.module for entry in COMMANDS.values()}


# The celebration line of `log` is written without rich (tests/test_output.py checks it is the same text).
def test_log_prints_its_line_without_importing_rich(subprocess_env, peerjob):
    peerjob.ok("log", "ACME", "Support")
    loaded = [name for name in loaded_modules(["log", "Globex", "Barista"], subprocess_env) if name.startswith("rich")]
    assert loaded == [], f"`peerjob log` imported {loaded[:5]}"
