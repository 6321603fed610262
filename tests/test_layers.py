"""The house rules: which layer may import which (see ARCHITECTURE.md).

Read from the source with ast, imports inside functions included, so a lazy
import cannot slip past.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import peerjob

ROOT = Path(peerjob.__file__).parent

# layer -> module prefixes it must never import
FORBIDDEN = {
    "domain": ("rich", "typer", "sqlite3", "peerjob.store", "peerjob.actions", "peerjob.render", "peerjob.cli"),
    "store": ("rich", "typer", "peerjob.messages", "peerjob.actions", "peerjob.render", "peerjob.cli"),
    "actions": ("rich", "typer", "peerjob.render", "peerjob.cli"),
    "render": ("typer", "sqlite3", "peerjob.store", "peerjob.cli"),
    "cli": ("sqlite3", "rich", "peerjob.store"),
}
# The command layer reaches the data file through one door (context.database) and
# puts storage errors into words through one function (group.py); nothing else in cli/.
DOORS = {"cli/context.py": ("peerjob.store",), "cli/group.py": ("peerjob.store",)}

# Modules allowed to break the rules for a while (none today). A module listed
# here must still need to be: the test fails once it follows the rules.
PENDING: set[str] = set()


def layer_files(layer: str) -> list[Path]:
    return sorted((ROOT / layer).rglob("*.py")) if (ROOT / layer).is_dir() else []


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def violations(layer: str, path: Path) -> list[str]:
    relative = path.relative_to(ROOT).as_posix()
    allowed = DOORS.get(relative, ())
    bad = []
    for module in sorted(imported_modules(path)):
        for prefix in FORBIDDEN[layer]:
            if (module == prefix or module.startswith(prefix + ".")) and not any(
                module == door or module.startswith(door + ".") for door in allowed
            ):
                bad.append(module)
    if layer == "cli" and "execute(" in path.read_text(encoding="utf-8"):
        bad.append("execute( (SQL belongs in store/)")
    return bad


CASES = [(layer, path) for layer in FORBIDDEN for path in layer_files(layer)]


@pytest.mark.parametrize(("layer", "path"), CASES, ids=[p.relative_to(ROOT).as_posix() for _, p in CASES])
def test_no_layer_reaches_where_it_must_not(layer, path):
    relative = path.relative_to(ROOT).as_posix()
    found = violations(layer, path)
    if relative in PENDING:
        assert found, f"{relative} follows the rules now: take it off PENDING"
        return
    assert found == [], f"{relative} imports {found}"


def test_the_pure_top_level_modules_stay_pure():
    for name in ("dates.py", "messages.py", "errors.py"):
        found = [
            module
            for module in imported_modules(ROOT / name)
            if module.startswith(("rich", "typer", "sqlite3", "peerjob.store", "peerjob.cli", "peerjob.render"))
        ]
        assert found == [], f"{name} imports {found}"
