"""Reading spreadsheets: headers, statuses, dates, delimiters (pure logic, table-driven)."""

from datetime import date

import pytest

from peerjob.domain import importing
from peerjob.errors import BadInput

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    "header, field",
    [
        ("Company", "company"),
        ("EMPLOYER", "company"),
        ("Organization", "company"),
        ("Organisation", "company"),
        ("Company Name", "company"),
        ("Role", "role"),
        ("Position", "role"),
        ("Title", "role"),
        ("Job Title", "role"),
        ("job_title", "role"),
        ("Date Applied", "applied_on"),
        ("Applied", "applied_on"),
        ("Date", "applied_on"),
        ("Date Applied (YYYY-MM-DD)", "applied_on"),
        ("applied_on", "applied_on"),
        ("Application Date", "applied_on"),
        ("Status", "stage"),
        ("Stage", "stage"),
        ("Application Status", "stage"),
        ("URL", "url"),
        ("Link", "url"),
        ("Job URL", "url"),
        ("Job Link", "url"),
        ("Notes", "note"),
        ("Comments", "note"),
        ("Source", "source"),
        ("Found via", "source"),
        ("Follow up", "follow_up_on"),
        ("Follow-up", "follow_up_on"),
        ("Follow-up?", "follow_up_on"),
        ("follow_up_on", "follow_up_on"),
        ("Follow Up Date", "follow_up_on"),
        ("Last Updated", "stage_on"),
        ("Status Date", "stage_on"),
        ("\ufeffCompany", "company"),
        ("  Job Title:  ", "role"),
    ],
)
def test_headers_are_recognised_case_insensitively(header, field):
    assert importing.recognise_header(header)[0] == field


@pytest.mark.parametrize("header", ["Contact person", "", "Company size", "Excitement"])
def test_other_headers_are_left_unused(header):
    assert importing.recognise_header(header) is None


def test_the_more_specific_header_wins_and_the_other_is_reported():
    columns, unused = importing.match_columns(["Date", "Company", "Title", "Job Title", "Date Applied", "Excitement"])
    assert columns == {"applied_on": 4, "company": 1, "role": 3}
    assert unused == ["Date", "Title", "Excitement"]


def test_map_overrides_and_ignores_columns():
    header = ["Firm name", "Gig", "Date Applied", "Date", "Job Link"]
    mappings = [
        importing.parse_map_option(text)
        for text in ("firm name=company", "Gig=role", "Date Applied=ignore", "Date=applied")
    ]
    columns, unused = importing.match_columns(header, mappings)
    assert columns == {"company": 0, "role": 1, "applied_on": 3, "url": 4}
    assert unused == ["Date Applied"]


@pytest.mark.parametrize(
    "text, says",
    [
        ("Job Link", "COLUMN=FIELD"),
        ("=url", "COLUMN=FIELD"),
        ("Job Link=colour", "not a field peerjob knows"),
    ],
)
def test_bad_map_options(text, says):
    with pytest.raises(BadInput, match=says):
        importing.parse_map_option(text)


@pytest.mark.parametrize(
    "status, stage",
    [
        ("", "applied"),
        (None, "applied"),
        ("Applied", "applied"),
        ("submitted", "applied"),
        ("Under review", "applied"),
        ("Interview scheduled", "interviewing"),
        ("2nd interview", "interviewing"),
        ("Interviewing", "interviewing"),
        ("Final round", "interviewing"),
        ("Phone screen", "screening"),
        ("Screening", "screening"),
        ("Rejected", "rejected"),
        ("Declined", "rejected"),
        ("rejected after interview", "rejected"),
        ("Not selected", "rejected"),
        ("Ghosted", "no-response"),
        ("No response", "no-response"),
        ("no_response", "no-response"),
        ("NO-RESPONSE", "no-response"),
        ("Never heard back", "no-response"),
        ("Wishlist", "saved"),
        ("Bookmarked", "saved"),
        ("Saved", "saved"),
        ("Not applied yet", "saved"),
        ("Offer", "offer"),
        ("Offer received!", "offer"),
        ("Offer accepted", "accepted"),
        ("Hired", "accepted"),
        ("Offer declined", "withdrawn"),
        ("Withdrew", "withdrawn"),
        ("Not interested", "withdrawn"),
    ],
)
def test_statuses_map_to_stages(status, stage):
    assert importing.map_status(status) == stage


@pytest.mark.parametrize("status", ["Phone call with Sam", "Maybe", "???", "Spoke to Kim"])
def test_unknown_statuses_are_none(status):
    assert importing.map_status(status) is None


def test_status_option_adds_a_mapping():
    text, stage = importing.parse_status_option("Spoke to Kim=screening")
    assert importing.map_status("spoke to KIM", {text: stage}) == "screening"
    with pytest.raises(BadInput, match="Unknown stage"):
        importing.parse_status_option("Spoke to Kim=hired")


@pytest.mark.parametrize(
    "text, order, expected",
    [
        ("2026-03-04", None, date(2026, 3, 4)),
        ("2026/3/4", None, date(2026, 3, 4)),
        ("2026-03-04T10:15:00Z", None, date(2026, 3, 4)),
        ("2026-03-04 10:15", None, date(2026, 3, 4)),
        ("25/03/2026", None, date(2026, 3, 25)),
        ("03/25/2026", None, date(2026, 3, 25)),
        ("03/04/2026", "dmy", date(2026, 4, 3)),
        ("03/04/2026", "mdy", date(2026, 3, 4)),
        ("4.3.26", "dmy", date(2026, 3, 4)),
        ("04-03-2026", "mdy", date(2026, 4, 3)),
        ("05/05/2026", None, date(2026, 5, 5)),
        ("3/4/2026 10:15 AM", "mdy", date(2026, 3, 4)),
        ("4 Mar 2026", None, date(2026, 3, 4)),
        ("Mar 4, 2026", None, date(2026, 3, 4)),
        ("March 4 2026", None, date(2026, 3, 4)),
        ("04-Mar-2026", None, date(2026, 3, 4)),
        ("46085", None, date(2026, 3, 4)),
        ("1/2/99", "mdy", date(1999, 1, 2)),
        ("20260304", None, date(2026, 3, 4)),
        ("04-Mar-26", None, date(2026, 3, 4)),
        ("Wednesday, March 4, 2026", None, date(2026, 3, 4)),
        ("4th March 2026", None, date(2026, 3, 4)),
        ("4 Mar", None, date(2026, 3, 4)),
    ],
)
def test_spreadsheet_dates(text, order, expected):
    assert importing.read_date(text, order, TODAY) == expected


@pytest.mark.parametrize(
    "text, order, says",
    [
        ("03/04/2026", None, "could be 2026-03-04 or 2026-04-03"),
        ("31/02/2026", None, "not a real date"),
        ("13/25/2026", None, "not a real date"),
        ("02/30/2026", "mdy", "not a real date"),
        ("2026-02-30", None, "not a real date"),
        ("soon", None, "couldn't read"),
        ("5", None, "couldn't read"),
        ("March 2026", None, "has no day of the month"),
        ("20261304", None, "not a real date"),
    ],
)
def test_dates_that_are_refused(text, order, says):
    with pytest.raises(BadInput, match=says):
        importing.read_date(text, order, TODAY)


@pytest.mark.parametrize(
    "values, order",
    [
        (["03/04/2026", "25/03/2026"], "dmy"),
        (["03/04/2026", "03/25/2026"], "mdy"),
        (["03/04/2026", "2026-12-25", "4 Mar 2026"], None),
        (["", "junk"], None),
    ],
)
def test_the_whole_file_settles_the_order(values, order):
    assert importing.decide_date_order(enumerate(values, start=2)) == order


def test_a_file_with_both_orders_is_refused():
    with pytest.raises(BadInput, match="row 3: '04/13/2026' is month first, but row 2 has '13/04/2026'"):
        importing.decide_date_order([(2, "13/04/2026"), (3, "04/13/2026")])


@pytest.mark.parametrize(
    "data, delimiter, encoding",
    [
        (b"Company,Role,Date\nA,B,2026-01-01\n", ",", "UTF-8"),
        (b"\xef\xbb\xbfCompany;Role;Date\nA;B,C;2026-01-01\n", ";", "UTF-8 with BOM"),
        (b"Company\tRole\tDate\nA\tB\t2026-01-01\n", "\t", "UTF-8"),
        (b"Company|Role|Date\nA|B|2026-01-01\n", "|", "UTF-8"),
        (b"sep=;\r\nCompany;Role;Date\r\nA;B;2026-01-01\r\n", ";", "UTF-8"),
        ("Company\tRole\tDate\nCafé\tB\t2026-01-01\n".encode("utf-16"), "\t", "UTF-16"),
    ],
)
def test_delimiters_and_encodings_are_sniffed(data, delimiter, encoding):
    header, rows, found, name = importing.read_table(data)
    assert (header, found, name) == (["Company", "Role", "Date"], delimiter, encoding)
    assert len(rows) == 1 and rows[0][0] == 2


def test_blank_rows_are_skipped_and_row_numbers_stay_as_in_the_sheet():
    plan = importing.plan_import(b"Company,Role,Date\n\nA,B,2026-01-01\n,,\nC,D,2026-01-02\n", today=TODAY)
    assert [row.row for row in plan.rows] == [3, 5]


def test_quoted_values_keep_delimiters_and_newlines():
    data = b'Company,Role,Date Applied,Notes\n"Acme, Inc","Analyst, junior",2026-01-01,"line one\nline two"\nB,C,2026-01-02,\n'
    plan = importing.plan_import(data, today=TODAY)
    assert (plan.rows[0].company, plan.rows[0].role, plan.rows[0].note) == (
        "Acme, Inc",
        "Analyst, junior",
        "line one\nline two",
    )
    assert plan.rows[1].row == 3


@pytest.mark.parametrize(
    "data, says",
    [
        (b"", "empty"),
        (b"Name,Job\nA,B\n", "No column for the company"),
        (b"Company,Role,Date\nA,B,2026-01-01\n,C,2026-01-02\n", "row 3: no company"),
        (b"Company,Role,Date\nA,,2026-01-01\n", "row 2: no role"),
        (b"Company,Role,Date\nA,B,\n", "row 2: no date applied"),
        (
            b"Company,Role,Date\nA,B,2026-01-01\nC,D,yesturday\n",
            "row 3: date applied: couldn't read the date 'yesturday'",
        ),
        (b"Company,Role,Date\nA,B,2026-12-01\n", "row 2: the date applied (2026-12-01) is in the future"),
        (b"Company,Role,Date\nA,B,03/04/2026\n", "row 2: date applied: '03/04/2026' could be"),
        (b"Company,Role,Date\nAcme, Inc,B,2026-01-01\n", "row 2: 4 values but the header has 3 columns"),
        (b"Company,Role,Date,Follow up\nA,B,2026-01-05,2026-01-01\n", "row 2: the follow-up date 2026-01-01 is before"),
        (b"Company,Role,Date,Status Date\nA,B,2026-01-05,2026-01-01\n", "row 2: the status date 2026-01-01 is before"),
        (b"Company,Role,Date\n" + bytes(range(128, 256)) * 4, "not UTF-8"),
    ],
)
def test_bad_files_name_the_row_and_the_reason(data, says):
    with pytest.raises(BadInput, match=says.replace("(", r"\(").replace(")", r"\)")):
        importing.plan_import(data, today=TODAY)


def test_unknown_statuses_are_counted_and_read_as_applied():
    plan = importing.plan_import(
        b"Company,Role,Date,Status\nA,B,2026-01-01,Spoke to Kim\nC,D,2026-01-02,Spoke to Kim\nE,F,2026-01-03,Offer\n",
        today=TODAY,
    )
    assert plan.unmapped_statuses == {"Spoke to Kim": 2}
    assert [row.stage for row in plan.rows] == ["applied", "applied", "offer"]


def test_jobs_not_sent_yet_come_in_as_saved_without_a_date():
    plan = importing.plan_import(
        b"Company,Role,Date Applied,Status\nA,B,,Wishlist\nC,D,2026-01-02,Wishlist\nE,F,,bookmarked\nG,H,,\n",
        today=TODAY,
    )
    assert [(row.company, row.stage, row.undated) for row in plan.rows] == [
        ("A", "saved", True),
        ("C", "saved", False),
        ("E", "saved", True),
        ("G", "saved", True),  # no status and no date, in a file with a status column
    ]
    assert plan.rows[0].applied_on == TODAY and plan.saved_rows == 4
    with pytest.raises(BadInput, match="row 2: no date applied for A"):
        importing.plan_import(b"Company,Role,Date Applied,Status\nA,B,,Applied\n", today=TODAY)
    with pytest.raises(BadInput, match="row 2: no date applied for A"):
        importing.plan_import(b"Company,Role,Date Applied\nA,B,\n", today=TODAY)  # no status column to say
    plain_list = importing.plan_import(b"Company,Role\nA,B\n", today=TODAY)  # nothing says it was sent
    assert [(row.company, row.stage) for row in plain_list.rows] == [("A", "saved")]


def test_a_row_repeated_in_the_file_is_kept_once():
    plan = importing.plan_import(
        b"Company,Role,Date\nACME,Support,2026-01-01\nacme , support,2026-01-01\n", today=TODAY
    )
    assert len(plan.rows) == 1 and plan.repeated_rows == 1


@pytest.mark.parametrize(
    "stage, stage_on, history",
    [
        ("applied", None, [(None, "applied", "2026-01-01")]),
        ("interviewing", None, [(None, "applied", "2026-01-01"), ("applied", "interviewing", "2026-01-01")]),
        ("rejected", date(2026, 1, 9), [(None, "applied", "2026-01-01"), ("applied", "rejected", "2026-01-09")]),
        ("saved", None, [(None, "saved", "2026-01-01")]),
    ],
)
def test_history_of_an_imported_application(stage, stage_on, history):
    row = importing.ImportRow(row=2, company="A", role="B", applied_on=date(2026, 1, 1), stage=stage, stage_on=stage_on)
    assert [(a, b, on.isoformat()) for a, b, on in importing.history_for(row)] == history
