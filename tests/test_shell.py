"""Good at the shell (issue 21): `-` is standard input or output wherever a text or a file is taken."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")


def test_piped_text_after_a_dash_is_stored_not_the_dash(peerjob, pinned):
    peerjob.ok("journal", "-", "--mood", "2", input="Slept badly\nbut got up\n")
    peerjob.ok("win", "-", "--kind", "mentoring", input="Helped Jo with her CV\n")
    assert [e["text"] for e in peerjob.json("journal", "list")] == ["Slept badly\nbut got up"]
    assert [w["text"] for w in peerjob.json("win", "list")] == ["Helped Jo with her CV"]
    peerjob.ok("win", "--", "-")  # after `--`, a dash is the text itself
    assert peerjob.json("win", "list")[-1]["text"] == "-"


@pytest.mark.parametrize(
    "args",
    [["journal", "-"], ["win", "-"], ["import", "-"], ["load", "-"]],
)
def test_an_empty_standard_input_is_refused_and_nothing_stored(peerjob, pinned, assert_rejected, args):
    peerjob.ok("log", "ACME", "Support")
    assert "Nothing came in on standard input" in assert_rejected(*args, input="")


def test_files_come_in_on_standard_input(peerjob, pinned, tmp_path):
    peerjob.ok("import", "-", input="company,role,date applied\nACME,Support,2026-11-02\n")
    dump = peerjob.ok("dump").stdout
    peerjob.ok("--db", tmp_path / "copy.db", "load", "-", input=dump)
    assert [row["company"] for row in peerjob.json("--db", tmp_path / "copy.db", "list")] == ["ACME"]


@pytest.mark.parametrize(
    ("args", "starts"),
    [
        (["export", "--output", "-"], "# Job search update"),
        (["dump", "-o", "-"], "{"),
        (["calendar", "--output", "-"], "BEGIN:VCALENDAR"),
        (["prep", "1", "-o", "-"], "# Interview prep: ACME"),
    ],
)
def test_a_dash_as_output_is_standard_output_and_no_file_named_dash(
    peerjob, pinned, tmp_path, monkeypatch, args, starts
):
    monkeypatch.chdir(tmp_path)
    peerjob.ok("log", "ACME", "Support")
    result = peerjob.ok(*args)
    assert result.stdout.startswith(starts)
    assert not (tmp_path / "-").exists()
    if args[0] == "dump":
        assert json.loads(result.stdout)["tables"]["application"][0]["company"] == "ACME"


def test_csv_dump_to_standard_output_is_refused(peerjob, pinned, assert_rejected):
    peerjob.ok("log", "ACME", "Support")
    assert "FOLDER" in assert_rejected("dump", "--format", "csv", "-o", "-")


@pytest.mark.parametrize(
    ("args", "kind"),
    [
        (["log", "Globex", "Barista"], "application"),
        (["win", "Mock interview"], "win"),
        (["journal", "Slow start", "--mood", "3"], "journal"),
        (["checkin", "Sam"], "checkin"),
        (["stage", "1", "screening"], "application"),
        (["partner", "add", "Jordan"], "partner"),
        (["strength", "add", "grit", "--story", "I kept going"], "strength"),
        (["resource", "add", "Job club"], "resource"),
        (["boundary", "add", "Leave by 6"], "boundary"),
        (["save", "Initech", "Support"], "application"),
        (["followup", "1"], "follow-up"),
        (["interview", "add", "1", "friday 3pm"], "interview"),
    ],
    ids=[
        "log",
        "win",
        "journal",
        "checkin",
        "stage",
        "partner add",
        "strength add",
        "resource add",
        "boundary add",
        "save",
        "followup",
        "interview add",
    ],
)
def test_writes_a_script_can_read(peerjob, pinned, args, kind):
    peerjob.ok("partner", "add", "Sam")
    if args[0] in ("stage", "followup", "interview"):
        peerjob.ok("log", "First", "Job")
    quiet = peerjob.ok(*args, "-q")
    assert quiet.stdout.strip().isdigit() and quiet.stderr == ""  # id=$(peerjob log X Y -q)
    # A second record (a strength's name is unique; a stage move is not made twice; the same job
    # logged or saved twice in 60 days is asked about).
    again = {
        "stage": ["stage", "1", "interviewing"],
        "strength": ["strength", "add", "empathy"],
        "log": ["log", "Initech", "Barista"],
        "save": ["save", "Umbrella", "Support"],
        "interview": ["interview", "add", "1", "saturday 3pm"],  # two rounds at one time are refused
    }.get(args[0], args)
    record = json.loads(peerjob.ok(*again, "--json").stdout)
    assert isinstance(record["id"], int)
    stamps = [value for key, value in record.items() if key.endswith("_at") and value]
    assert all("T" in value for value in stamps)  # ISO 8601
    if kind == "application":
        assert record["stage"] in ("applied", "interviewing", "saved")


def test_quiet_still_says_where_support_is_after_a_very_low_mood(peerjob, pinned):
    result = peerjob.ok("journal", "Hard day", "--mood", "1", "-q")
    assert result.stdout.strip() == "1" and "peerjob support" in result.stderr


def test_json_and_quiet_together_are_refused(assert_rejected):
    assert "either --json or --quiet" in assert_rejected("log", "ACME", "Support", "--json", "-q")


@pytest.mark.parametrize("args", [["list"], ["win", "list"], ["due", "--days", "30"], ["checkin", "list"]])
def test_in_a_pipe_a_listing_is_tab_separated_with_a_header(peerjob, pinned, args):
    peerjob.ok("log", "Maple Dental Group", "Front Desk Receptionist", "--tag", "part-time", "--note", "line one")
    peerjob.ok("win", "Mock interview\twith a tab", "--kind", "mock-interview")
    peerjob.ok("partner", "add", "Sam")
    peerjob.ok("checkin", "Sam", "--shared", "two\nlines")
    lines = peerjob.ok(*args).stdout.splitlines()
    header, *rows = [line.split("\t") for line in lines]
    assert rows and all(len(row) == len(header) for row in rows)  # one record a line, every field in place
    assert not any(ch in "".join(lines) for ch in "┃│━╇")  # no box drawing


def test_cut_gives_the_companies(peerjob, pinned):
    peerjob.ok("log", "Maple Dental Group", "Front Desk Receptionist")
    peerjob.ok("log", "Globex", "Barista")
    companies = [line.split("\t")[1] for line in peerjob.ok("list").stdout.splitlines()[1:]]
    assert companies == ["Maple Dental Group", "Globex"]


def test_peerjob_plain_gives_tab_separated_lines_on_a_terminal_too(peerjob, pinned, monkeypatch):
    from peerjob.render import console

    peerjob.ok("log", "Globex", "Barista")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    console._consoles.cache_clear()
    try:
        assert "┃" in peerjob.ok("list").stdout
        assert peerjob.ok("--plain", "list").stdout.startswith("ID\tCompany\t")
        assert "┃" in peerjob.ok("list").stdout  # --plain is for that run only
        monkeypatch.setenv("PEERJOB_PLAIN", "1")
        assert peerjob.ok("list").stdout.startswith("ID\tCompany\t")
    finally:
        console._consoles.cache_clear()


def test_the_review_in_a_pipe_or_plain_says_every_figure_in_words(peerjob, pinned):
    peerjob.ok("log", "ACME", "Support")
    peerjob.ok("goals", "set", "--applications", "3")
    peerjob.ok("journal", "Walked", "--mood", "4")
    shown = peerjob.ok("review").stdout
    assert not any(ch in shown for ch in "▁▂▃▄▅▆▇█░┃│━")  # no bars, sparklines or box drawing
    assert "Applications  1 of 3" in shown
    assert "Mood by day (1 to 5): Sun 4" in shown
    assert "Steps each week, the last 12 weeks, oldest first: 0, " in shown


DRAWN = "▁▂▃▄▅▆▇█░┃│━╇"  # sparklines, bars and box drawing: noise to a screen reader


@pytest.fixture
def on_a_terminal(monkeypatch):
    """stdout taken for a colour terminal 100 columns wide, as a person at a screen reader has."""
    from peerjob.render import console

    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("NO_COLOR", raising=False)
    console._consoles.cache_clear()
    yield
    console._consoles.cache_clear()


@pytest.mark.parametrize(
    "command",
    [[], ["show", "1"], ["prep", "1"], ["support"], ["journal", "stats"], ["stats"], ["reframe", "list"], ["review"]],
)
def test_plain_on_a_terminal_reads_top_to_bottom_in_words(peerjob, pinned, on_a_terminal, command):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-17")
    peerjob.ok("stage", "1", "rejected", "--note", "went with someone internal", "--what-happened", "A kind no")
    peerjob.ok("journal", "Walked", "--mood", "4", "--practice", "walk")
    peerjob.ok("partner", "add", "Sam", "--contact", "555-0100")
    shown = peerjob.ok("--plain", *command).stdout
    assert shown.strip()
    assert "\x1b[" not in shown  # no escape codes for a braille display to spell out
    assert not any(ch in shown for ch in DRAWN), shown
    assert not any(line.startswith("  ") for line in shown.splitlines()), shown  # no indents to read out


def test_plain_facts_are_label_colon_value_lines_and_moves_are_words(peerjob, pinned, on_a_terminal):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-17")
    peerjob.ok("stage", "1", "screening", "--note", "call on Monday")
    drawn = peerjob.ok("show", "1").stdout
    assert "┃" in drawn and "\x1b[" in drawn  # without --plain, the terminal gets the table
    lines = peerjob.ok("--plain", "show", "1").stdout.splitlines()
    assert "Stage: screening" in lines and "Applied: 2026-11-17" in lines
    assert "2026-11-17: logged at applied" in lines
    assert "2026-11-22: from applied to screening; note: call on Monday" in lines
    assert "Notes" in peerjob.ok("prep", "1").stdout  # lines to write on, on a screen only
    assert "Notes" not in peerjob.ok("--plain", "prep", "1").stdout
    peerjob.ok("journal", "Walked", "--mood", "4")
    stats = peerjob.ok("--plain", "journal", "stats").stdout.splitlines()
    assert "Mood averaged 4.0, energy -; 1 day with an entry." in stats  # what the sparklines show, in words
    assert "Week of 2026-11-16, Days 1, Mood 4.0, Energy -" in stats
