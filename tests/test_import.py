"""peerjob import, through the front door: messy files, one transaction, idempotent."""

import sqlite3

import pytest

from conftest import file_bytes

SPREADSHEET = (
    "\ufeffCompany;Job Title;Date Applied;Status;Job Link;Notes;Follow-up?;Salary\n"
    'ACME;Support Specialist;25/03/2026;Interview scheduled;https://acme.example/1;"Nice people; ask about shifts";01/04/2026;30k\n'
    "Globex;Barista;03/04/2026;Rejected;;;;\n"
    "\n"
    'Initech;"Analyst, junior";12/02/2026;Ghosted;;;;\n'
    "Umbrella;Driver;14/02/2026;Spoke to Kim;;;;\n"
    "Wonka;Taster;15/02/2026;Wishlist;;;;\n"
)


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-04-10")


@pytest.fixture
def sheet(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_bytes(SPREADSHEET.encode("utf-8"))
    return path


def test_import_reads_a_messy_spreadsheet(peerjob, sheet):
    result = peerjob.ok("import", sheet)
    assert "Imported 4 applications and 1 saved job from jobs.csv" in result.stderr
    rows = {row["company"]: row for row in peerjob.json("list")}
    assert {name: row["stage"] for name, row in rows.items()} == {
        "ACME": "interviewing",
        "Globex": "rejected",
        "Initech": "no-response",
        "Umbrella": "applied",
        "Wonka": "saved",
    }
    acme = rows["ACME"]
    assert (acme["role"], acme["applied_on"], acme["follow_up_on"]) == (
        "Support Specialist",
        "2026-03-25",
        "2026-04-01",
    )
    assert (acme["url"], acme["note"], acme["tags"]) == ("https://acme.example/1", "Nice people; ask about shifts", [])
    assert rows["Initech"]["role"] == "Analyst, junior"
    assert rows["Umbrella"]["follow_up_on"] is None  # as given: import sets no default follow-up
    history = peerjob.json("show", str(acme["id"]))["history"]
    assert [(h["from_stage"], h["to_stage"], h["changed_on"]) for h in history] == [
        (None, "applied", "2026-03-25"),
        ("applied", "interviewing", "2026-03-25"),
    ]
    assert '  --status "Spoke to Kim=STAGE"    (1 row)' in result.stderr.splitlines()
    assert peerjob.json("show", str(acme["id"]))["salary"] == "30k"


def test_importing_the_same_file_twice_adds_nothing(peerjob, sheet, db_path):
    peerjob.ok("import", sheet)
    before = file_bytes(db_path)
    result = peerjob.ok("import", sheet)
    assert "all 5 rows are already there" in result.stderr
    assert len(peerjob.json("list")) == 5
    assert file_bytes(db_path) == before


def test_rows_already_logged_are_counted_and_skipped(peerjob, sheet):
    peerjob.ok("log", "acme", "support specialist", "--date", "2026-03-25")
    data = peerjob.json("import", sheet)
    assert (data["new"], data["already_there"], data["imported"]) == (4, 1, 4)
    assert len(peerjob.json("list")) == 5


def test_dry_run_previews_and_never_creates_the_file(peerjob, sheet, db_path):
    result = peerjob.ok("import", sheet, "--dry-run")
    assert not db_path.exists()
    assert "Support Specialist" in result.stdout and "interviewing" in result.stdout and "Wishlist" in result.stdout
    assert (
        "4 applications and 1 saved job would be imported" in result.stderr and "Nothing was changed" in result.stderr
    )
    assert "Spoke to Kim" in result.stderr and "Salary" in result.stderr


def test_dry_run_leaves_an_existing_file_alone_and_counts_what_is_there(peerjob, sheet, db_path):
    peerjob.ok("log", "ACME", "Support Specialist", "--date", "2026-03-25")
    before = file_bytes(db_path)
    data = peerjob.json("import", sheet, "--dry-run")
    assert (data["dry_run"], data["new"], data["already_there"], data["imported"]) == (True, 4, 1, 0)
    assert [row["company"] for row in data["preview"]] == ["Globex", "Initech", "Umbrella", "Wonka"]
    assert data["columns"]["url"] == "Job Link" and data["columns"]["salary"] == "Salary"
    assert data["unused_columns"] == []
    assert data["delimiter"] == "semicolon" and data["encoding"] == "UTF-8 with BOM" and data["date_order"] == "dmy"
    assert file_bytes(db_path) == before


BROKEN = {
    "no company": ("Company,Role,Date Applied\nA,R,2026-03-01\n,R,2026-03-02\nC,R,2026-03-03\n", "row 3: no company"),
    "unreadable date": (
        "Company,Role,Date Applied\nA,R,2026-03-01\nB,R,someday\nC,R,2026-03-03\n",
        "row 3: date applied: couldn't read the date 'someday'",
    ),
    "future date": (
        "Company,Role,Date Applied\nA,R,2026-03-01\nB,R,2026-03-02\nC,R,2026-05-01\n",
        "row 4: the date applied (2026-05-01) is in the future",
    ),
    "ambiguous date": ("Company,Role,Date Applied\nA,R,03/04/2026\n", "row 2: date applied: '03/04/2026' could be"),
    "unquoted comma": ("Company,Role,Date Applied\nA,R,2026-03-01\nAcme, Inc,R,2026-03-02\n", "row 3: 4 values"),
    "no company column": ("Employer Size,Date Applied\n10,2026-03-01\n", "No column for the company"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_bad_row_stops_the_import_and_writes_nothing(name, peerjob, assert_rejected, tmp_path, db_path):
    peerjob.ok("log", "Earlier", "Role", "--date", "2026-03-01")  # the file exists, with data in it
    text, says = BROKEN[name]
    path = tmp_path / "broken.csv"
    path.write_text(text)
    assert_rejected("import", path, says=says)  # exit 2, one line, the data file byte-for-byte the same
    assert [row["company"] for row in peerjob.json("list")] == ["Earlier"]


def test_a_bad_row_leaves_no_file_behind_when_there_was_none(assert_rejected, tmp_path, db_path):
    path = tmp_path / "broken.csv"
    path.write_text(BROKEN["no company"][0])
    assert_rejected("import", path, says="row 3: no company")
    assert not db_path.exists()


@pytest.mark.parametrize(
    "args, says",
    [
        (["import", "missing.csv"], "There is no file at missing.csv"),
        (["import", "."], "is a folder"),
        (["import", "{sheet}", "--map", "Job Link"], "--map takes COLUMN=FIELD"),
        (["import", "{sheet}", "--map", "Job Link=colour"], "not a field peerjob knows"),
        (["import", "{sheet}", "--map", "Website=url"], "there is no column 'Website'"),
        (["import", "{sheet}", "--status", "Spoke to Kim=hired"], "Unknown stage 'hired'"),
        (["import", "{sheet}", "--date-order", "ymd"], "--date-order is dmy"),
        (["import"], "import needs a CSV file"),
    ],
)
def test_bad_options_are_refused(args, says, assert_rejected, sheet):
    assert_rejected(*[arg.replace("{sheet}", str(sheet)) for arg in args], says=says)


def test_map_and_status_options(peerjob, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Firm,Gig,When,Where,Progress\nACME,Support,2026-03-01,https://x.example,Spoke to Kim\n")
    data = peerjob.json(
        "import",
        path,
        "--map",
        "Firm=company",
        "--map",
        "Gig=role",
        "--map",
        "When=applied_on",
        "--map",
        "Where=url",
        "--map",
        "progress=status",
        "--status",
        "spoke to kim=screening",
    )
    assert data["imported"] == 1 and data["unmapped_statuses"] == {}
    row = peerjob.json("list")[0]
    assert (row["company"], row["role"], row["url"], row["stage"]) == (
        "ACME",
        "Support",
        "https://x.example",
        "screening",
    )


def test_the_status_date_dates_the_stage_move(peerjob, tmp_path):
    path = tmp_path / "tracker.csv"
    path.write_text("Employer,Position,Applied,Stage,Last Updated\nHooli,Engineer,2026-01-05,Offer,2026-01-20\n")
    peerjob.ok("import", path)
    history = peerjob.json("show", "1")["history"]
    assert [(h["to_stage"], h["changed_on"]) for h in history] == [("applied", "2026-01-05"), ("offer", "2026-01-20")]


def test_milestones_get_historical_dates_and_one_line(peerjob, tmp_path):
    lines = ["Company,Role,Date Applied,Status"]
    lines += [f"Company {n},Role,2026-01-{n:02d},Applied" for n in range(1, 26)]
    lines.append("Last,Role,2026-02-10,Interviewing")
    path = tmp_path / "many.csv"
    path.write_text("\n".join(lines) + "\n")
    result = peerjob.ok("import", path)
    celebrations = [line for line in result.stderr.splitlines() if "ilestone" in line]
    assert len(celebrations) == 1, result.stderr
    reached = {row["key"]: row["reached_on"] for row in _milestones(peerjob)}
    assert reached["applications:1"] == "2026-01-01"
    assert reached["applications:10"] == "2026-01-10"
    assert reached["applications:25"] == "2026-01-25"
    assert reached["first:interviewing"] == "2026-02-10"
    again = peerjob.ok("import", path)
    assert "ilestone" not in again.stderr


def _milestones(peerjob):
    import os

    conn = sqlite3.connect(os.environ["PEERJOB_DB"])
    try:
        return [{"key": key, "reached_on": on} for key, on in conn.execute("SELECT key, reached_on FROM milestone")]
    finally:
        conn.close()


def test_a_tracker_export_with_crlf_quotes_and_undated_wishlist_rows(peerjob, tmp_path):
    path = tmp_path / "huntr.csv"
    path.write_bytes(
        b'\xef\xbb\xbf"Job Title","Company","List","Date Applied","Job Posting URL","Location","Notes/Comments",,\r\n'
        b'"Support Agent","Acme Corp","Interview","3/15/2026","https://a.example","Remote","Called back,  twice",,\r\n'
        b'"Barista","Bean There","Rejected","3/2/2026",,,,,\r\n'
        b'"Cook","Diner","Wishlist","",,,,,\r\n'
    )
    result = peerjob.ok("import", path)
    assert "Imported 2 applications and 1 saved job" in result.stderr
    rows = peerjob.json("list")
    assert [(r["company"], r["role"], r["stage"], r["applied_on"]) for r in rows] == [
        ("Bean There", "Barista", "rejected", "2026-03-02"),
        ("Acme Corp", "Support Agent", "interviewing", "2026-03-15"),
        ("Diner", "Cook", "saved", "2026-04-10"),
    ]
    assert rows[1]["url"] == "https://a.example" and rows[1]["note"] == "Called back,  twice"


def test_a_header_only_file_imports_nothing(peerjob, tmp_path, db_path):
    path = tmp_path / "empty.csv"
    path.write_text("Company,Role,Date Applied\n")
    result = peerjob.ok("import", path)
    assert "only a header" in result.stderr and not db_path.exists()


def test_the_import_is_one_transaction(peerjob, sheet, db_path):
    """A write that breaks halfway (a trigger refusing the third row) leaves none of the rows behind."""
    peerjob.ok("log", "Earlier", "Role", "--date", "2026-03-01")
    conn = sqlite3.connect(db_path)
    conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON application WHEN NEW.company = 'Initech'"
        " BEGIN SELECT RAISE(ABORT, 'refused by test'); END"
    )
    conn.commit()
    conn.close()
    result = peerjob("import", sheet)
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT company FROM application").fetchall() == [("Earlier",)]
        assert conn.execute("SELECT COUNT(*) FROM stage_change").fetchone()[0] == 1
        assert conn.execute("SELECT COUNT(*) FROM milestone").fetchone()[0] == 1
    finally:
        conn.close()


def test_ten_thousand_rows_go_in_quickly(peerjob, tmp_path):
    import time

    lines = ["Company,Role,Date Applied,Status"]
    lines += [f"Company {n},Role {n % 40},2025-{1 + n % 12:02d}-{1 + n % 28:02d},Applied" for n in range(10_000)]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n")
    started = time.perf_counter()
    data = peerjob.json("import", path)
    elapsed = time.perf_counter() - started
    assert data["imported"] == 10_000
    assert elapsed < 10, f"{elapsed:.1f} s"  # bench/import_bench.py holds the real target (5 s, as a subprocess)
