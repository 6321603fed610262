"""Every phrase peerjob can say is checked against the words VOICE.md rules out."""

import re

import pytest

from peerjob.messages import CATALOGUE, choose

RULED_OUT = [
    r"\bfail(ed|ure|ing)?\b",
    r"\blost\b",
    r"\bwasted?\b",
    r"streak",
    r"\baddicts?\b",
    r"\babusers?\b",
    r"\bclean\b",
    r"\bdirty\b",
    r"\bverdict\b",
    "✗",
    "❌",
    r"!!",
]


@pytest.mark.parametrize("moment", sorted(CATALOGUE))
def test_catalogue_avoids_ruled_out_words(moment):
    for phrase in CATALOGUE[moment]:
        for pattern in RULED_OUT:
            assert not re.search(pattern, phrase, re.IGNORECASE), f"{moment}: {phrase!r} matches {pattern}"
        assert phrase.count("!") <= 1


def test_choice_is_deterministic_and_varied():
    first = [choose("applied", key, id=key, number=key, week=1) for key in range(20)]
    again = [choose("applied", key, id=key, number=key, week=1) for key in range(20)]
    assert first == again
    templates = {choose("applied", key, id=0, number=0, week=0) for key in range(20)}
    assert len(templates) > 1


def _user_facing_strings():
    """Every string literal in peerjob's code, except docstrings outside the command layer.

    Messages written straight into a command (errors, notes, table headings)
    and the commands' help text reach people just as the catalogue does.
    """
    import ast
    from pathlib import Path

    import peerjob

    root = Path(peerjob.__file__).parent
    for module in sorted(root.rglob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        developer_docs = set()
        if "cli" not in module.relative_to(root).parts:
            for node in ast.walk(tree):
                if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body:
                    first = node.body[0]
                    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                        developer_docs.add(id(first.value))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in developer_docs:
                yield f"{module.relative_to(root)}:{node.lineno}", node.value


def test_no_string_anywhere_in_the_code_uses_ruled_out_words():
    found = [
        (where, text)
        for where, text in _user_facing_strings()
        for pattern in RULED_OUT
        if re.search(pattern, text, re.IGNORECASE)
    ]
    assert found == []
