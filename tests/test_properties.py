"""Properties that hand-picked cases miss: dates, the CSV import, the weekly figures.

Hypothesis draws the cases. The number of examples comes from the profile
chosen in conftest.py ("ci": fewer, so the suite stays inside its budget;
"deep": many, for a hunt). A failing example is printed and kept in
.hypothesis/, so it is tried first next time.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import date, timedelta

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from peerjob.dates import DateError, parse_date, parse_past_date
from peerjob.errors import PeerjobError

# Fixtures that only set environment variables are safe to share between examples.
SHARED_FIXTURES = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])

TODAYS = st.dates(min_value=date(2000, 1, 3), max_value=date(2090, 12, 28))
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


# --- dates -----------------------------------------------------------------------------


@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)),
    today=TODAYS,
    separator=st.sampled_from("-/."),
)
def test_every_iso_date_reads_back_as_itself(day, today, separator):
    written = f"{day.year:04d}{separator}{day.month:02d}{separator}{day.day:02d}"
    assert parse_date(written, today=today) == day


@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)),
    today=TODAYS,
    style=st.sampled_from(["D Month YYYY", "Month D, YYYY", "D Mon YYYY"]),
)
def test_every_date_with_its_month_named_reads_back_as_itself(day, today, style):
    month = MONTH_NAMES[day.month - 1]
    written = {
        "D Month YYYY": f"{day.day} {month} {day.year}",
        "Month D, YYYY": f"{month.title()} {day.day}, {day.year}",
        "D Mon YYYY": f"{day.day} {month[:3]} {day.year}",
    }[style]
    assert parse_date(written, today=today) == day


@given(today=TODAYS, back=st.integers(min_value=0, max_value=6))
def test_a_weekday_name_is_the_most_recent_such_day(today, back):
    day = today - timedelta(days=back)
    assert parse_date(WEEKDAY_NAMES[day.weekday()], today=today) == day
    assert parse_date(WEEKDAY_NAMES[day.weekday()][:3], today=today) == day


@given(today=TODAYS, days=st.integers(min_value=0, max_value=3000))
def test_n_days_ago_and_in_n_days_are_exact(today, days):
    assume(today - timedelta(days=days) >= date.min + timedelta(days=1))
    assert parse_date(f"{days} days ago", today=today) == today - timedelta(days=days)
    assert parse_date(f"in {days} days", today=today) == today + timedelta(days=days)


@given(text=st.text(max_size=40), today=TODAYS)
def test_any_text_is_a_date_or_peerjobs_own_error(text, today):
    try:
        result = parse_date(text, today=today)
    except PeerjobError as error:
        # The message may quote the text as typed; the command line shows its control characters escaped.
        assert error.message and isinstance(error, DateError)
    else:
        assert isinstance(result, date)


@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=30), today=TODAYS)
def test_a_past_date_is_never_after_today(text, today):
    try:
        result = parse_past_date(text, today=today)
    except PeerjobError:
        return
    assert result <= today


# --- the CSV import ---------------------------------------------------------------------

CELL = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


def csv_bytes(rows: list[list[str]], quoting: int) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=quoting, lineterminator="\n")
    writer.writerow(["Company", "Role", "Date Applied", "Status", "Notes"])
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


ROWS = st.lists(
    st.tuples(
        CELL,
        CELL,
        st.one_of(st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 11, 20)).map(str), CELL),
        st.sampled_from(["", "Applied", "Rejected", "Interview", "Offer", "weird status"]),
        CELL,
    ).map(list),
    min_size=1,
    max_size=6,
)


@SHARED_FIXTURES
@given(rows=ROWS, quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]))
def test_an_import_takes_all_its_rows_or_none_and_never_twice(peerjob, tmp_path, monkeypatch, rows, quoting):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    folder = tmp_path / uuid.uuid4().hex
    db = folder / "peerjob.db"
    peerjob.ok("--db", str(db), "log", "Already", "There", "--date", "2026-11-01")
    before = db.read_bytes()
    source = folder / "in.csv"
    source.write_bytes(csv_bytes(rows, quoting))
    result = peerjob("--db", str(db), "import", str(source))
    assert "Traceback" not in result.stderr
    if result.exit_code != 0:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and result.exit_code in (1, 2), result.stderr
        assert db.read_bytes() == before, "a refused import changed the data file"
        return
    listed = peerjob.json("--db", str(db), "list")
    # A row with neither a company nor a role is a template's unused row: left out, and said.
    wanted = [row for row in rows if any(cell.strip() for cell in row[:2])]
    assert len(listed) - 1 <= len(wanted)  # the same row twice in one file comes in once
    assert len(listed) > 1 or not wanted
    again = peerjob("--db", str(db), "import", str(source))
    assert again.exit_code == 0, again.stderr
    assert len(peerjob.json("--db", str(db), "list")) == len(listed), "a second import added rows"


@SHARED_FIXTURES
@given(cells=st.lists(st.text(alphabet='ab,"\n\r;\t ', max_size=8), min_size=1, max_size=12))
def test_broken_quoting_is_refused_with_a_row_number_or_imported(peerjob, tmp_path, cells):
    folder = tmp_path / uuid.uuid4().hex
    db = folder / "peerjob.db"
    source = tmp_path / f"{folder.name}.csv"
    source.write_text("Company,Role,Date Applied\n" + ",".join(cells) + "\n", encoding="utf-8")
    result = peerjob("--db", str(db), "import", str(source))
    assert "Traceback" not in result.stderr
    if result.exit_code != 0:
        assert len(result.stderr.strip().splitlines()) == 1
        assert not db.exists() or db.stat().st_size == 0 or peerjob.json("--db", str(db), "list") == []


# --- the weekly figures ---------------------------------------------------------------

APPLIED = st.lists(st.dates(min_value=date(2026, 10, 26), max_value=date(2026, 11, 22)), max_size=12)


def week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


@SHARED_FIXTURES
@given(applied=APPLIED, wins=APPLIED, later=st.integers(min_value=0, max_value=400))
def test_a_past_weeks_review_is_the_same_whenever_it_is_read(peerjob, tmp_path, monkeypatch, applied, wins, later):
    db = tmp_path / uuid.uuid4().hex / "peerjob.db"
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    for number, day in enumerate(applied):
        peerjob.ok("--db", str(db), "log", f"Company {number}", "Role", "--date", day.isoformat(), "--no-follow-up")
    for number, day in enumerate(wins):
        peerjob.ok("--db", str(db), "win", f"Win {number}", "--date", day.isoformat())
    week = "2026-11-09"  # a week that is over by 2026-11-22
    first = peerjob.json("--db", str(db), "review", "--week", week)
    monkeypatch.setenv("PEERJOB_TODAY", (date(2026, 11, 22) + timedelta(days=later)).isoformat())
    second = peerjob.json("--db", str(db), "review", "--week", week)
    assert second == first
    # A week's totals are the sum of its days.
    start = date(2026, 11, 9)
    days = [start + timedelta(days=offset) for offset in range(7)]
    assert first["applications_logged"] == sum(applied.count(day) for day in days)
    assert first["wins"] == sum(wins.count(day) for day in days)
    assert first["applications_logged"] == sum(
        len(peerjob.json("--db", str(db), "list", "--since", day.isoformat(), "--until", day.isoformat()))
        for day in days
    )


@SHARED_FIXTURES
@given(text=st.text(max_size=20).filter(lambda text: not text.isprintable()))
def test_typed_control_characters_never_reach_the_terminal_raw(peerjob, text):
    result = peerjob("log", "ACME", "Support", "--date", text)
    if result.exit_code == 0:
        return
    assert len(result.stderr.splitlines()) == 1, repr(result.stderr)
    assert result.stderr.rstrip("\n").isprintable(), repr(result.stderr)


def test_profile_in_use_is_named():
    """The suite says which profile ran, so a fast CI run is never mistaken for a deep one."""
    assert settings.default.max_examples > 0
    json.dumps({"max_examples": settings.default.max_examples})
