"""Start-up stays light: --help and --version import nothing heavy."""

import json
import subprocess
import sys

import pytest

HEAVY = ("sqlmodel", "sqlalchemy", "alembic", "pydantic", "rich.markdown")
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

    result = subprocess.run([sys.executable, "-m", "peerjob", "--version"], env=subprocess_env,
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"peerjob {__version__}"
