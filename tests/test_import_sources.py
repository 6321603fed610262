"""The files people arrive with (issue 17): each tracker's export, through the front door.

Each fixture in tests/fixtures/import is shaped like the source's real export
(its header as the tool writes it, its status words, its dates) with the mess
real files have: quoted commas, multi-line notes, trailing empty columns, blank
rows, emoji, "-" and "N/A" for nothing, Windows-1252 from Excel.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import file_bytes
from peerjob.domain import importing
from peerjob.errors import BadInput

FIXTURES = Path(__file__).parent / "fixtures" / "import"
TODAY = date(2026, 3, 25)


@pytest.fixture(autouse=True)
def pinned_day(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", TODAY.isoformat())


# file -> (source key, applications, saved jobs, {row: (company, role, applied or saved on, stage)})
EXPECTED = {
    "linkedin.csv": (
        "linkedin",
        2,
        0,
        {
            2: ("Acme", "Support Specialist", "2026-03-02", "applied"),
            3: ("Globex", "Analyst, Junior", "2026-02-27", "applied"),
        },
    ),
    "linkedin-saved.csv": ("linkedin-saved", 0, 2, {3: ("Sunrise Homes", "Care Assistant", "2026-03-21", "saved")}),
    "huntr.csv": (
        "huntr",
        5,
        1,
        {
            3: ("Bean There", "Barista", "2026-03-05", "interviewing"),
            4: ("Diner", "Cook", "2026-03-20", "saved"),
            7: ("Hotel Nine", "Night Porter", "2026-01-15", "no-response"),
        },
    ),
    "teal.csv": (
        "teal",
        5,
        2,
        {
            3: ("Bean There", "Barista", "2026-03-10", "saved"),
            5: ("City Council", "Case Worker", "2026-02-03", "offer"),
            6: ("Parcelco", "Driver", "2026-02-06", "withdrawn"),
            8: ("Diner", "Cook", "2026-01-12", "withdrawn"),
        },
    ),
    "jobsync.csv": (
        "jobsync",
        4,
        2,
        {
            3: ("Initech", "Data Entry Clerk", "2026-03-10", "saved"),
            4: ("Umbrella", "Receptionist", "2026-03-06", "interviewing"),
            6: ("Stark", "Cleaner", "2026-01-05", "saved"),
        },
    ),
    "simplify.csv": (
        "simplify",
        0,
        5,
        {
            3: ("Stripe", "Data Science Intern", "2026-03-25", "saved"),
            5: ("Cloudflare", "Security Intern", "2026-03-23", "saved"),
            6: ("Ramp", "Ops Intern", "2026-02-23", "saved"),
        },
    ),
    "simplify-old.csv": ("simplify", 0, 3, {3: ("Stripe", "Data Science Intern", "2026-03-02", "saved")}),
    "simplify-tracker.csv": (
        "simplify-tracker",
        3,
        1,
        {3: ("Globex", "Analyst", "2026-02-20", "screening"), 4: ("Initech", "Clerk", "2026-02-10", "no-response")},
    ),
    "notion.csv": (
        "notion",
        4,
        1,
        {3: ("Globex", "Analyst", "2026-03-25", "saved"), 6: ("Hooli", "Engineer", "2026-03-01", "screening")},
    ),
    "airtable.csv": ("airtable", 2, 1, {4: ("Initech", "Clerk", "2026-02-20", "interviewing")}),
    "sheets-template.csv": (
        "spreadsheet",
        3,
        1,
        {
            4: ("Acme", "Support Specialist", "2026-03-02", "interviewing"),
            8: ("Umbrella", "Driver", "2026-03-25", "saved"),
        },
    ),
    "excel-uk.csv": (
        "spreadsheet",
        4,
        0,
        {
            4: ("Café Rouge", "Waiter", "2026-03-02", "applied"),
            6: ("Greggs", "Team Member", "2026-02-20", "rejected"),
            8: ("Royal Mail", "Postal Worker", "2026-02-12", "no-response"),
        },
    ),
    "bewerbungsliste.csv": (
        "bewerbungsliste",
        4,
        0,
        {
            2: ("Bäckerei Schäfer GmbH", "Verkäuferin", "2026-03-04", "applied"),
            3: ("Müller Logistik", "Lagerhelfer", "2026-03-02", "rejected"),
            5: ("Café Jansen", "Servicekraft", "2026-02-10", "offer"),
        },
    ),
    "careeronestop.csv": (
        "careeronestop",
        4,
        0,
        {
            3: ("City Library", "Library Aide", "2026-03-04", "interviewing"),
            4: ("QuickMart", "Cashier", "2026-03-05", "rejected"),
        },
    ),
    "careeronestop-fields.csv": (
        "careeronestop",
        3,
        0,
        {3: ("City Library", importing.NO_ROLE, "2026-03-04", "interviewing")},
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_source_imports_as_a_person_counts_it(peerjob, db_path, name):
    key, sent, saved, checked = EXPECTED[name]
    path = FIXTURES / name
    peerjob.ok("log", "Earlier", "Job", "--date", "2026-01-02")  # an existing file: the dry run must leave it alone
    before = file_bytes(db_path)
    preview = peerjob.json("import", path, "--dry-run")
    assert file_bytes(db_path) == before
    assert (preview["source"], preview["new"], preview["saved"]) == (key, sent + saved, saved)
    by_row = {row["row"]: row for row in preview["preview"]}
    for row, (company, role, on, stage) in checked.items():
        got = by_row[row]
        assert (
            got["company"],
            got["role"],
            got["applied_on"].isoformat() if hasattr(got["applied_on"], "isoformat") else got["applied_on"],
            got["stage"],
        ) == (company, role, on, stage), row
    result = peerjob.ok("import", path)
    assert "This looks like" in result.stderr and "Traceback" not in result.stderr
    listed = [row for row in peerjob.json("list") if row["company"] != "Earlier"]
    assert len(listed) == sent + saved
    assert sum(row["stage"] == "saved" for row in listed) == saved
    again = peerjob.ok("import", path)
    assert "Nothing new" in again.stderr
    assert len(peerjob.json("list")) == sent + saved + 1


def test_outcome_dates_become_the_history_in_date_order(peerjob):
    peerjob.ok("import", FIXTURES / "bewerbungsliste.csv")
    jansen = next(row for row in peerjob.json("list") if row["company"] == "Café Jansen")
    history = peerjob.json("show", str(jansen["id"]))["history"]
    assert [(h["to_stage"], h["changed_on"]) for h in history] == [
        ("applied", "2026-02-10"),
        ("interviewing", "2026-02-17"),
        ("offer", "2026-02-24"),
    ]


def test_the_summary_names_the_source_the_encoding_and_what_it_did(peerjob):
    result = peerjob.ok("import", FIXTURES / "bewerbungsliste.csv", "--dry-run")
    assert "This looks like a German application list for the employment agency." in result.stderr
    assert "Read as Windows-1252" in result.stderr
    assert "Bäckerei Schäfer GmbH" in result.stdout  # the preview shows rows as they will be stored
    simplify = peerjob.ok("import", FIXTURES / "simplify.csv")
    assert "2 rows took the company of the row above" in simplify.stderr
    log = peerjob.ok("import", FIXTURES / "careeronestop.csv")
    assert "row 3: the follow-up date 'call back next week' is not a date; it is kept in the note." in log.stderr
    library = next(row for row in peerjob.json("list") if row["company"] == "City Library")
    assert library["note"] == "Follow-up date: call back next week" and library["follow_up_on"] is None


def test_unknown_statuses_get_a_line_ready_to_copy(peerjob, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text('Company,Role,Date Applied,Status\nA,B,2026-03-01,On hold ⏸\nC,D,2026-03-02,"Spoke to ""Kim"""\n')
    result = peerjob.ok("import", path, "--dry-run")
    lines = result.stderr.splitlines()
    assert '  --status "On hold ⏸=STAGE"    (1 row)' in lines
    assert '  --status "Spoke to \\"Kim\\"=STAGE"    (1 row)' in lines
    chosen = peerjob.json(
        "import", path, "--dry-run", "--status", "On hold ⏸=applied", "--status", 'Spoke to "Kim"=screening'
    )
    assert chosen["unmapped_statuses"] == {}
    assert [row["stage"] for row in chosen["preview"]] == ["applied", "screening"]


def test_from_chooses_the_source_and_formats_lists_them(peerjob, tmp_path, assert_rejected):
    listed = peerjob.json("import", "--formats")
    assert {entry["from"] for entry in listed} >= {
        "linkedin",
        "huntr",
        "teal",
        "jobsync",
        "simplify",
        "notion",
        "airtable",
        "spreadsheet",
        "bewerbungsliste",
        "careeronestop",
    }
    assert "huntr" in peerjob.ok("import", "--formats").stdout
    path = tmp_path / "odd.csv"
    path.write_text("Company,Title,List Name,Created At\nAcme,Clerk,wishlist,2026-03-01 10:00:00\n")
    forced = peerjob.json("import", path, "--dry-run", "--from", "huntr")
    assert forced["source"] == "huntr" and forced["preview"][0]["stage"] == "saved"
    assert_rejected("import", path, "--from", "monster", says="not a format peerjob knows")


# --- the rules, as tables -------------------------------------------------------------


@pytest.mark.parametrize("marker", ["-", "–", "—", "N/A", "n/a", "none", "NULL", "undefined", "TBD", "NaN"])
def test_empty_is_empty(marker):
    plan = importing.plan_import(
        f"Company,Role,Date Applied,Follow-up,Link,Notes\nA,B,2026-03-01,{marker},{marker},{marker}\n".encode(),
        today=TODAY,
    )
    row = plan.rows[0]
    assert (row.follow_up_on, row.url, row.note, plan.warnings) == (None, None, None, [])


@pytest.mark.parametrize(
    "status, stage",
    [
        ("Negotiating", "offer"),
        ("OA received", "screening"),
        ("OA done", "screening"),
        ("Online assessment completed", "screening"),
        ("Offered position, declined (pay)", "withdrawn"),
        ("Offer declined", "withdrawn"),
        ("Archived", "withdrawn"),
        ("Not hired", "rejected"),
        ("Not Selected 😞", "rejected"),
        ("I Withdrew", "withdrawn"),
        ("🎯 Researching", "saved"),
        ("Applying", "saved"),
        ("Draft", "saved"),
        ("Bookmarked", "saved"),
        ("✉️ Applied!", "applied"),
        ("Interview scheduled.", "interviewing"),
        ("No response 🔕", "no-response"),
        ("keine Rückmeldung", "no-response"),
        ("Absage", "rejected"),
        ("Zusage", "offer"),
        ("hired", "accepted"),
        ("Not hiring", "rejected"),
    ],
)
def test_a_wider_status_vocabulary(status, stage):
    assert importing.map_status(status) == stage


@pytest.mark.parametrize("marker", ["↳", '"', "ditto", "〃"])
def test_continuation_rows_take_the_company_above(marker):
    cell = '""""' if marker == '"' else marker  # a lone quote mark, as a spreadsheet writes it in CSV
    plan = importing.plan_import(
        f"Company,Role,Date Applied\nAcme,Clerk,2026-03-01\n{cell},Driver,2026-03-02\n".encode(), today=TODAY
    )
    assert [(row.company, row.role) for row in plan.rows] == [("Acme", "Clerk"), ("Acme", "Driver")]
    assert plan.continued == 1
    with pytest.raises(BadInput, match="row 2: .* no company above it"):
        importing.plan_import(f"Company,Role,Date Applied\n{cell},Driver,2026-03-02\n".encode(), today=TODAY)


def test_an_empty_company_continues_only_in_a_list_style_file():
    listed = importing.plan_import(
        b"Company,Role,Location,Application\nAcme,Clerk,Leeds,https://a.example\n,Driver,York,https://b.example\n",
        today=TODAY,
    )
    assert [row.company for row in listed.rows] == ["Acme", "Acme"]
    with pytest.raises(BadInput, match="row 3: no company"):
        importing.plan_import(b"Company,Role,Date Applied\nAcme,Clerk,2026-03-01\n,Driver,2026-03-02\n", today=TODAY)


def test_free_text_in_a_soft_date_is_a_note_but_the_date_applied_stays_strict():
    plan = importing.plan_import(
        b"Company,Role,Date Applied,Follow-up,Deadline,Notes\nA,B,2026-03-01,after Easter,end of month,Keen\n",
        today=TODAY,
    )
    row = plan.rows[0]
    assert (row.follow_up_on, row.deadline_on) == (None, None)
    assert row.note == "Keen\nFollow-up date: after Easter\nDeadline: end of month"
    assert len(plan.warnings) == 2 and plan.warnings[0].startswith("row 2: the follow-up date 'after Easter'")
    with pytest.raises(BadInput, match="row 2: date applied: couldn't read the date 'last week-ish'"):
        importing.plan_import(b"Company,Role,Date Applied\nA,B,last week-ish\n", today=TODAY)


def test_a_row_that_says_it_was_sent_still_needs_its_date():
    with pytest.raises(BadInput, match="row 3: no date applied for Globex \\('Interview'\\)"):
        importing.plan_import(
            b"Company,Role,Date Applied,Status\nAcme,Clerk,,Wishlist\nGlobex,Analyst,N/A,Interview\n", today=TODAY
        )


@pytest.mark.parametrize(
    "data, encoding",
    [
        ("Company,Role,Date Applied\nCafé Müller,Köchin,2026-03-01\n".encode("cp1252"), "Windows-1252"),
        ("Company,Role,Date Applied\nCafé Müller,Köchin,2026-03-01\n".encode("utf-16"), "UTF-16"),
        ("\ufeffCompany,Role,Date Applied\nCafé Müller,Köchin,2026-03-01\n".encode(), "UTF-8 with BOM"),
        ("Company,Role,Date Applied\nCafé Müller,Köchin,2026-03-01\n".encode(), "UTF-8"),
    ],
)
def test_encodings(data, encoding):
    plan = importing.plan_import(data, today=TODAY)
    assert plan.encoding == encoding and (plan.rows[0].company, plan.rows[0].role) == ("Café Müller", "Köchin")


def test_a_file_that_cannot_be_read_with_confidence_is_refused():
    with pytest.raises(BadInput, match="Save it from your spreadsheet as 'CSV UTF-8'"):
        importing.plan_import(b"Company,Role,Date\n" + bytes(range(128, 256)) * 4, today=TODAY)


def test_an_applied_column_of_yes_and_no_is_a_flag_not_the_date():
    plan = importing.plan_import(b"Company,Role,Applied?,Date\nA,B,Yes,2026-03-01\nC,D,No,\n", today=TODAY)
    assert plan.columns["applied_flag"] == "Applied?" and plan.columns["applied_on"] == "Date"
    assert [(row.company, row.stage, row.undated) for row in plan.rows] == [
        ("A", "applied", False),
        ("C", "saved", True),
    ]


# --- what a first trial with independent files found --------------------------------------


def test_a_templates_unused_rows_are_left_out_and_said(peerjob, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes(
        "Nr.;Unternehmen;Position;Versanddatum;Erledigt\n1;Bäckerei Schäfer;Verkäufer;04.03.2026;FALSE\n"
        "2;;;;FALSE\n3;;;;FALSE\n".encode("cp1252")
    )
    result = peerjob.ok("import", path)
    assert "2 rows with neither a company nor a role left out (row 3, 4)." in result.stderr
    assert [row["company"] for row in peerjob.json("list")] == ["Bäckerei Schäfer"]


@pytest.mark.parametrize(
    "text, company",
    [
        ("Unternehmen;Position;Versanddatum\nMüller GmbH;Koch;03.11.2025\n", "Müller GmbH"),
        ("Company,Role,Date,Status\nL’Oréal,Analyst,2026-03-01,Applied\n", "L’Oréal"),
    ],
)
def test_a_short_windows_1252_file_reads_as_windows_1252(text, company):
    plan = importing.plan_import(text.encode("cp1252"), today=TODAY)
    assert plan.encoding == "Windows-1252" and plan.rows[0].company == company


def test_the_agencys_own_form_with_a_title_row_and_dotted_dates(peerjob, tmp_path):
    path = tmp_path / "nachweis.csv"
    path.write_bytes(
        "Nachweis über Eigenbemühungen;;;;\n"
        "Datum;Arbeitgeber (Name, Anschrift, Telefon);Art der Bewerbung;Stelle/Tätigkeit;Ergebnis\n"
        "03.02.2026;Rewe Markt GmbH, Köln;schriftlich;Kassierer/in;Absage\n"
        "04.02.2026;Stadt Köln;online;Sachbearbeiter;Vorstellungsgespräch am 12.02.\n"
        "05.02.2026;Café Jansen;persönlich;Servicekraft;Einstellung\n".encode("cp1252")
    )
    data = peerjob.json("import", path, "--dry-run")
    assert data["source"] == "bewerbungsliste" and data["date_order"] == "dmy"
    assert [(row["company"], row["role"], str(row["applied_on"]), row["stage"]) for row in data["preview"]] == [
        ("Rewe Markt GmbH, Köln", "Kassierer/in", "2026-02-03", "rejected"),
        ("Stadt Köln", "Sachbearbeiter", "2026-02-04", "interviewing"),
        ("Café Jansen", "Servicekraft", "2026-02-05", "accepted"),
    ]


def test_a_state_work_search_log(peerjob, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "Date of Contact,Name of Employer,Employer Address and Phone,Person Contacted,Method of Contact,"
        "Position Applied For,Results\n"
        '03/02/2026,Union Pacific,"1400 Douglas St, Omaha",HR,Online,Conductor,Application submitted\n'
        "03/03/2026,Hy-Vee,,Store manager,In person,Stocker,Not hired\n"
    )
    data = peerjob.json("import", path, "--dry-run")
    assert data["source"] == "careeronestop"
    assert [(row["company"], row["role"], row["stage"]) for row in data["preview"]] == [
        ("Union Pacific", "Conductor", "applied"),
        ("Hy-Vee", "Stocker", "rejected"),
    ]


def test_no_date_column_is_said_as_such_with_the_map_to_use(assert_rejected, tmp_path):
    path = tmp_path / "no-dates.csv"
    path.write_text("Employer,Job,When we spoke,Status\nAcme,Clerk,Monday,Applied\n")
    assert_rejected("import", path, says="the file has no column for the date applied")


def test_evidence_in_the_file_beats_the_sources_usual_date_order():
    plan = importing.plan_import(
        b"Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name\n"
        b"28/02/2026 16:12,,,Acme,Clerk,https://x.example,\n03/02/2026 09:05,,,Globex,Analyst,https://y.example,\n",
        today=TODAY,
    )
    assert plan.source_key == "linkedin" and plan.date_order == "dmy"
    assert [row.applied_on for row in plan.rows] == [date(2026, 2, 28), date(2026, 2, 3)]
    assert plan.rows[0].source == "LinkedIn"  # where LinkedIn's own files say the jobs were found


def test_a_saved_job_already_applied_to_is_already_there(peerjob):
    peerjob.ok("import", FIXTURES / "linkedin.csv")
    saved = peerjob.ok("import", FIXTURES / "linkedin-saved.csv").stderr
    assert "Imported 2 saved jobs" in saved
    import_again = peerjob.json("import", FIXTURES / "linkedin-saved.csv", "--dry-run")
    assert import_again["new"] == 0 and import_again["already_there"] == 2


def test_a_saved_row_for_a_job_already_applied_to_adds_nothing(tmp_path, peerjob):
    peerjob.ok("log", "Acme", "Support Specialist", "--date", "2026-03-02")
    path = tmp_path / "saved.csv"
    path.write_text(
        'Saved Date,Job Url,Job Title,Company Name\n"2/20/26, 8:01 PM",https://x.example,Support Specialist,Acme\n'
    )
    data = peerjob.json("import", path, "--dry-run")
    assert (data["new"], data["already_there"]) == (0, 1)


@pytest.mark.parametrize(
    "cells, expected",
    [
        ("No longer interested", ("withdrawn", None, None)),
        ("Offered position - declined (pay)", ("withdrawn", None, None)),
        ("Applied", ("applied", None, None)),
    ],
)
def test_statuses_links_and_salaries_as_a_person_means_them(cells, expected):
    plan = importing.plan_import(
        f"Company,Role,Date Applied,Status,Link,Min. Salary,Max. Salary\nA,B,2026-03-01,{cells},Apply,30000,35000\n".encode(),
        today=TODAY,
    )
    row = plan.rows[0]
    assert (row.stage, row.url) == expected[:2]
    assert row.salary == "30000–35000"
    if "Offered" in cells:
        assert [stage for _, stage, _ in importing.history_for(row)] == ["applied", "offer", "withdrawn"]


def test_an_interview_still_to_come_is_a_planned_round(peerjob, tmp_path):
    path = tmp_path / "planned.csv"
    path.write_text("Company,Role,Date Applied,Interview Date\nAldi,Store Assistant,2026-03-10,2026-03-30\n")
    result = peerjob.ok("import", path)
    assert "row 2: the interview on 2026-03-30 is still to come" in result.stderr
    rounds = peerjob.json("interview", "list")
    assert [(r["company"], r["date"]) for r in rounds] == [("Aldi", "2026-03-30")]


def test_from_says_it_was_chosen(peerjob):
    result = peerjob.ok("import", FIXTURES / "teal.csv", "--dry-run", "--from", "teal")
    assert "Read as a Teal export (--from teal)." in result.stderr


def test_a_notion_date_range_reads_as_its_first_day_and_airtable_is_month_first_by_default():
    assert importing.read_date("March 2, 2026 → March 5, 2026", None, TODAY) == date(2026, 3, 2)
    plan = importing.plan_import(b"Company,Position,Stage,Applied Date\nAcme,Clerk,Applied,3/2/2026\n", today=TODAY)
    assert plan.source_key == "airtable" and plan.rows[0].applied_on == date(2026, 3, 2)


# --- what a code review found ---------------------------------------------------------------


def test_a_status_nobody_updated_never_takes_a_dated_answer_back():
    plan = importing.plan_import(
        b"Company,Role,Date Applied,Status,Rejection Date,Interview\n"
        b"Acme,Dev,2026-03-01,Applied,2026-03-10,\nBeta,Ops,2026-03-02,Applied,,Yes\n",
        today=TODAY,
    )
    acme, beta = plan.rows
    assert acme.stage == "rejected"
    assert [to for _, to, _ in importing.history_for(acme)] == ["applied", "rejected"]
    assert beta.stage == "interviewing"


def test_an_offer_turned_down_keeps_its_history_in_date_order():
    plan = importing.plan_import(
        b"Company,Role,Date Applied,Interview Date,Status,Status Date\nAcme,Dev,2026-03-01,2026-03-10,Offer declined,2026-03-15\n",
        today=TODAY,
    )
    moves = [(to, on.isoformat()) for _, to, on in importing.history_for(plan.rows[0])]
    assert moves == [
        ("applied", "2026-03-01"),
        ("interviewing", "2026-03-10"),
        ("offer", "2026-03-15"),
        ("withdrawn", "2026-03-15"),
    ]


def test_rows_with_no_date_applied_are_dated_by_the_file_never_by_today():
    plan = importing.plan_import(
        b"Company,Role,Status,Interview\nAcme,Analyst,,2026-03-12\nBeta,Dev,Wishlist,\n", today=TODAY
    )
    acme, beta = plan.rows
    assert (acme.stage, acme.applied_on) == ("interviewing", date(2026, 3, 12))
    assert "dated 2026-03-12, its first date in the file" in plan.warnings[0]
    with pytest.raises(BadInput, match="no date applied for Acme"):
        importing.plan_import(b"Company,Role,Date Applied,Interview\nAcme,Analyst,,Yes\n", today=TODAY)
    # An undated saved job's follow-up is never compared with a stand-in date applied.
    saved = importing.plan_import(b"Company,Role,Status,Follow Up\nAcme,Dev,Wishlist,2026-03-10\n", today=TODAY)
    assert saved.rows[0].stage == "saved" and saved.rows[0].follow_up_on == date(2026, 3, 10)


def test_saved_and_sent_rows_of_one_job_in_one_file_come_in_once():
    for data in (
        b"Company,Role,Date Applied,Status\nAcme,Dev,2026-03-05,Applied\nAcme,Dev,,Wishlist\n",
        b"Company,Role,Date Applied,Status\nAcme,Dev,,Wishlist\nAcme,Dev,2026-03-05,Applied\n",
    ):
        plan = importing.plan_import(data, today=TODAY)
        assert [(row.company, row.stage) for row in plan.rows] == [("Acme", "applied")]
        assert plan.repeated_rows == 1


@pytest.mark.parametrize("marker", ["Ditto", "SAME", "Same as above"])
def test_continuation_words_in_any_case(marker):
    plan = importing.plan_import(
        f"Company,Role,Date Applied\nAcme,Clerk,2026-03-01\n{marker},Driver,2026-03-02\n".encode(), today=TODAY
    )
    assert [row.company for row in plan.rows] == ["Acme", "Acme"]


def test_a_utf8_file_with_one_stray_byte_is_refused_not_garbled():
    data = "Company,Role,Date Applied\nCafé Müller,Cook,2026-03-01\n".encode() + b"Caf\xe9 Rouge,Waiter,2026-03-02\n"
    with pytest.raises(BadInput, match="CSV UTF-8"):
        importing.plan_import(data, today=TODAY)


def test_teal_salary_ranges_and_map_targets():
    plan = importing.plan_import((FIXTURES / "teal.csv").read_bytes(), today=TODAY)
    assert plan.rows[0].salary == "30000–35000"
    assert importing.parse_map_option("Pay from=salary_min") == ("Pay from", "salary_min")


def test_a_saved_job_sent_later_is_moved_along_not_doubled(peerjob, db_path):
    """LinkedIn's Saved Jobs.csv first, then Job Applications.csv with the same job: one application, now sent."""
    peerjob.ok("import", FIXTURES / "linkedin-saved.csv")
    path = db_path.parent / "applications.csv"
    path.write_text(
        "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name\n"
        '"3/22/26, 9:00 AM",,,Hope Trust,Peer Support Worker,https://www.linkedin.com/jobs/view/9,CV.pdf\n'
    )
    before = file_bytes(db_path)
    preview = peerjob.json("import", path, "--dry-run")
    assert (preview["new"], preview["saved_jobs_sent"]) == (0, 1) and file_bytes(db_path) == before
    result = peerjob.ok("import", path)
    assert "1 saved job you had marked as sent" in result.stderr
    hope = [row for row in peerjob.json("list") if row["company"] == "Hope Trust"]
    assert [(row["stage"], row["applied_on"]) for row in hope] == [("applied", "2026-03-22")]
    history = peerjob.json("show", str(hope[0]["id"]))["history"]
    assert [(h["from_stage"], h["to_stage"]) for h in history] == [(None, "saved"), ("saved", "applied")]
    assert "Nothing new" in peerjob.ok("import", path).stderr
