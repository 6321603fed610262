"""Saved jobs, no accidental duplicates, and finding things (issue 15, items 5 to 7)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")


# --- saved jobs ------------------------------------------------------------------------------


def test_a_saved_job_is_not_an_application_until_it_is_sent(peerjob):
    said = peerjob.ok(
        "save", "Maple Dental", "Receptionist", "--deadline", "2026-11-28", "--url", "https://example.org"
    )
    assert "Saved for later" in said.stderr and "peerjob applied 1" in said.stderr
    job = peerjob.json("show", "1")
    assert (job["stage"], job["follow_up_on"], job["deadline_on"]) == ("saved", None, "2026-11-28")
    assert peerjob.json("stats")["applications"] == 0
    assert peerjob.json("milestones") == []
    assert peerjob.json()["this_week"]["applications"] == 0
    review = peerjob.json("review")
    assert (review["applications_logged"], review["applications_total"]) == (0, 0)
    due = peerjob.json("due", "--days", "7")
    assert [(i["kind"], i["title"], i["due_on"]) for i in due] == [
        ("deadline", "Deadline to apply to Maple Dental", "2026-11-28")
    ]
    assert "UID:deadline-1@peerjob" in peerjob.ok("calendar").stdout
    logged = peerjob.ok("log", "Globex", "Barista")
    assert "1 in all" in logged.stderr  # the saved job is not counted


@pytest.mark.parametrize("how", [["applied", "1"], ["stage", "1", "applied"]])
def test_sending_a_saved_job_makes_it_an_application_then(peerjob, how):
    peerjob.ok("save", "Maple Dental", "Receptionist", "--deadline", "2026-11-28")
    sent = peerjob.ok(*how, "--date", "2026-11-22")
    assert "Maple Dental" in sent.stderr and "very first" in sent.stderr  # celebrated now, as a first application
    assert [m["title"] for m in peerjob.json("milestones")] == ["First application logged"]
    job = peerjob.json("show", "1")
    assert (job["stage"], job["applied_on"], job["follow_up_on"]) == ("applied", "2026-11-22", "2026-11-29")
    assert [(h["from_stage"], h["to_stage"]) for h in job["history"]] == [(None, "saved"), ("saved", "applied")]
    assert peerjob.json("stats")["applications"] == 1
    assert all(item["kind"] != "deadline" for item in peerjob.json("due", "--days", "7"))


def test_catching_up_on_a_saved_job(peerjob, assert_rejected):
    peerjob.ok("save", "Maple Dental", "Receptionist")
    assert "Saved on: 2026-11-22" in peerjob.ok("show", "1").stdout
    line = assert_rejected("log", "Maple Dental", "Receptionist")  # the one saved: say how to mark it sent
    assert "is saved (ID 1). Sent it? peerjob applied 1" in line
    peerjob.ok("applied", "1", "--date", "2026-11-15")  # saved today, sent last week: fine
    job = peerjob.json("show", "1")
    assert job["applied_on"] == "2026-11-15"
    assert [h["changed_on"] for h in job["history"]] == ["2026-11-15", "2026-11-15"]  # saved that day at the latest
    assert "it was sent already" in assert_rejected("applied", "1")
    peerjob.ok("stage", "1", "interviewing")
    assert "at interviewing: it was sent already" in assert_rejected("applied", "1")


@pytest.mark.parametrize(
    "args, says",
    [
        (["save", "X", "Y", "--deadline", "yesterday"], "has passed"),
        (["log", "X", "Y", "--description", "{empty}"], "is empty"),
        (["log", "X", "Y", "--description", "{huge}"], "keeps up to 100,000"),
        (["log", "X", "Y", "--description", "{missing}"], "no file at"),
    ],
)
def test_bad_saved_job_input_changes_nothing(peerjob, assert_rejected, tmp_path, args, says):
    peerjob.ok("log", "ACME", "Support")
    folder = tmp_path / "a #1 ?% café"
    folder.mkdir()
    (folder / "empty.txt").write_text("\n\n")
    (folder / "huge.txt").write_text("x" * 100_001)
    names = {"{empty}": folder / "empty.txt", "{huge}": folder / "huge.txt", "{missing}": folder / "nope.txt"}
    assert_rejected(*[str(names.get(arg, arg)) for arg in args], says=says)


def test_a_posting_is_kept_from_a_file_at_an_odd_path(peerjob, tmp_path):
    posting = tmp_path / "jobs #2 ?% ünï" / "posting.txt"
    posting.parent.mkdir()
    posting.write_text("Receptionist\r\nMon-Fri, 9-5\r\n")
    peerjob.ok("log", "ACME", "Support", "--description", str(posting), "--salary", "£24k")
    shown = peerjob.ok("show", "1", "--full").stdout
    assert "Receptionist\nMon-Fri, 9-5" in shown and "Salary: £24k" in shown
    assert "Mon-Fri" not in peerjob.ok("show", "1").stdout  # only with --full


def test_a_follow_up_needs_the_job_sent_first(peerjob, assert_rejected):
    peerjob.ok("save", "Maple Dental", "Receptionist")
    assert "peerjob stage 1 applied" in assert_rejected("followup", "1")


# --- duplicates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "company, role",
    [
        ("ACME", "Support Specialist"),
        ("acme", "support specialist"),
        ("A.C.M.E.", "Support  Specialist"),
        ("ACME", "Support-Specialist"),
    ],
)
def test_the_same_job_within_60_days_is_refused_without_a_terminal(peerjob, assert_rejected, company, role):
    peerjob.ok("log", "ACME", "Support Specialist", "--date", "2026-10-01")
    line = assert_rejected("log", company, role, says="already logged (ID 1")
    assert "--again" in line
    assert "already" in assert_rejected("save", company, role)
    peerjob.ok("log", company, role, "--again")
    assert [row["id"] for row in peerjob.json("list")] == [1, 2]


def test_accents_and_older_applications(peerjob, assert_rejected):
    peerjob.ok("log", "Café Nord", "Barista", "--date", "2026-11-20")
    assert_rejected("log", "Cafe Nord", "Barista", says="already logged")
    peerjob.ok("log", "Globex", "Barista", "--date", "2026-08-01")
    peerjob.ok("log", "Globex", "Barista")  # 113 days on: a new application, not a slip
    peerjob.ok("log", "Globex", "Cook")  # another role at the same company is another job


def test_on_a_terminal_a_duplicate_is_asked_about(terminal_env, peerjob):
    from test_terminal import run_in_terminal

    peerjob.ok("log", "ACME", "Support")
    code, screen = run_in_terminal(["log", "acme", "support"], "n\n", terminal_env)
    assert code == 1 and "already logged" in screen and "Add it again?" in screen, screen
    assert len(peerjob.json("list")) == 1
    code, screen = run_in_terminal(["log", "acme", "support"], "y\n", terminal_env)
    assert code == 0, screen
    assert len(peerjob.json("list")) == 2


# --- finding things ---------------------------------------------------------------------------------


@pytest.fixture
def several(peerjob):
    peerjob.ok("log", "Café Nord", "Barista", "--date", "2026-11-02", "--tag", "hospitality")
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-03", "--note", "met Dana at the job fair")
    peerjob.ok("log", "Bakery Ltd", "Counter assistant", "--date", "2026-11-04", "--follow-up", "2026-11-24")
    peerjob.ok("stage", "2", "rejected", "--date", "2026-11-10", "--no-reframe")
    peerjob.ok("save", "Zeta Care", "Support worker")


def ids(peerjob, *args):
    return [row["id"] for row in peerjob.json("list", *args)]


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--search", "cafe"], [1]),  # typed without the accent
        (["--search", "CAFÉ nord"], [1]),
        (["--search", "hospitality"], [1]),  # a tag
        (["--search", "dana"], [2]),  # a note
        (["--search", "support"], [2, 4]),  # roles
        (["--search", "nobody"], []),
        (["--active"], [1, 3, 4]),
        (["--sort", "company"], [2, 3, 1, 4]),
        (["--sort", "stage"], [4, 1, 3, 2]),  # saved, applied..., rejected
        (["--sort", "follow-up"], [1, 3, 2, 4]),
        (["--limit", "2"], [1, 2]),
        (["--active", "--search", "support", "--sort", "company"], [4]),
    ],
)
def test_list_finds_and_orders(peerjob, several, args, expected):
    assert ids(peerjob, *args) == expected


@pytest.mark.parametrize(
    "args, says",
    [
        (["--sort", "salary"], "Unknown sort"),
        (["--search", " "], "letters or digits"),
        (["--search", "%"], "letters or digits"),
        (["--limit", "0"], "at least 1"),
    ],
)
def test_bad_list_options_are_refused(peerjob, several, assert_rejected, args, says):
    assert_rejected("list", *args, says=says)
