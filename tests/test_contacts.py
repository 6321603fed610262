"""Contacts per application (issue 15, item 4): private, on show and prep, found by list --search."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")


def test_contacts_are_kept_shown_and_found(peerjob):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    peerjob.ok("log", "Globex", "Barista", "--date", "2026-11-11")
    assert (
        peerjob.ok("contact", "add", "1", "Dana Reyes", "--role", "recruiter", "--email", "d@example.org", "-q").stdout
        == "1\n"
    )
    added = peerjob.json("contact", "add", "2", "Jo Ng", "--role", "manager", "--phone", "555-0101")
    assert (added["name"], added["role"], added["phone"]) == ("Jo Ng", "hiring-manager", "555-0101")
    assert [(c["id"], c["company"], c["name"]) for c in peerjob.json("contact", "list")] == [
        (1, "ACME", "Dana Reyes"),
        (2, "Globex", "Jo Ng"),
    ]
    assert [c["name"] for c in peerjob.json("contact", "list", "2")] == ["Jo Ng"]
    assert [c["name"] for c in peerjob.json("show", "1")["contacts"]] == ["Dana Reyes"]
    assert "Dana Reyes (recruiter, contact 1): d@example.org" in peerjob.ok("show", "1").stdout
    assert "Dana Reyes (recruiter): d@example.org" in peerjob.ok("prep", "1").stdout
    assert [row["id"] for row in peerjob.json("list", "--search", "dana")] == [1]  # found by a contact's name
    peerjob.ok("contact", "edit", "1", "--email", "", "--note", "met at the fair")
    shown = peerjob.json("contact", "show", "1")
    assert (shown["email"], shown["note"]) == (None, "met at the fair")
    peerjob.ok("contact", "delete", "1", "--yes")
    assert [c["id"] for c in peerjob.json("contact", "list")] == [2]
    assert "the contact Dana Reyes" in peerjob.ok("undo", "--yes").stderr
    assert [c["id"] for c in peerjob.json("contact", "list")] == [1, 2]
    peerjob.ok("delete", "1", "--yes")  # an application's contacts go with it
    assert [c["id"] for c in peerjob.json("contact", "list")] == [2]


@pytest.mark.parametrize(
    "args, says",
    [
        (["contact", "add", "9", "Dana"], "no application with ID 9"),
        (["contact", "add", "1", "  "], "name"),
        (["contact", "add", "1", "Dana", "--role", "boss"], "Unknown contact role"),
        (["contact", "edit", "1"], "Nothing to change"),
        (["contact", "edit", "5", "--name", "X"], "no contact with ID 5"),
        (["contact", "delete", "1"], "--yes"),
        (["contact", "list", "9"], "no application with ID 9"),
    ],
)
def test_bad_contact_input_changes_nothing(peerjob, assert_rejected, args, says):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    peerjob.ok("contact", "add", "1", "Sam")
    assert_rejected(*args, says=says)
