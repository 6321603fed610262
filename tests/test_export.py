"""Exports for a partner: private by default, escaped, self-contained."""

import json
import os
import re
import shutil
import sqlite3
import subprocess

import pytest
from markdown_it import MarkdownIt

FORMATS = ("markdown", "html", "json")
TODAY = "2026-11-22"

# One unique marker per private field; none may appear in a default export.
MARKERS = {
    "application.note": "MARKER-APPNOTE-41",
    "stage_change.note": "MARKER-MOVENOTE-42",
    "reframe.what_happened": "MARKER-REFRAME-43",
    "reframe.balanced_thought": "MARKER-REFRAME-44",
    "reframe.next_step": "MARKER-REFRAME-45",
    "journal_entry.text": "MARKER-JOURNAL-46",
    "partner.contact": "MARKER-CONTACT-47",
    "partner.note": "MARKER-PARTNERNOTE-48",
    "checkin.shared": "MARKER-SHARED-49",
    "checkin.agreed": "MARKER-AGREED-50",
    "disclosure.note": "MARKER-DISCLOSURE-51",
    "strength.story": "MARKER-STORY-52",
    "resource.contact": "MARKER-RESOURCE-53",
    "boundary.text": "MARKER-BOUNDARY-54",
    "interview.with_names": "MARKER-WITH-55",
    "interview.place": "MARKER-PLACE-56",
    "interview.note": "MARKER-ROUNDNOTE-57",
    "interview.how_it_went": "MARKER-DEBRIEF-58",
    "interview.learned": "MARKER-LEARNED-59",
    "interview.next_step": "MARKER-ROUNDNEXT-60",
    "follow_up.with_name": "MARKER-FUWITH-61",
    "follow_up.note": "MARKER-FUNOTE-62",
    "contact.name": "MARKER-CONTACTNAME-63",
    "contact.email": "MARKER-CONTACTEMAIL-64",
    "contact.note": "MARKER-CONTACTNOTE-65",
    "application.salary": "MARKER-SALARY-66",
    "application.resume": "MARKER-RESUME-67",
    "application.description": "MARKER-POSTING-68",
    "plan_item.text": "MARKER-PLAN-69",
    "support_line.contact": "MARKER-LINE-70",
    "support_line.note": "MARKER-LINENOTE-71",
    "story.text": "MARKER-STORYBANK-72",
    "training.note": "MARKER-TRAININGNOTE-73",
}


@pytest.fixture
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", TODAY)


@pytest.fixture
def planted(peerjob, db_path, pinned):
    """A week with private text in every private field."""
    peerjob.ok("log", "ACME", "Support Specialist", "--date", "2026-11-16", "--note", MARKERS["application.note"])
    peerjob.ok("log", "Globex", "Barista", "--date", "2026-11-17")
    peerjob.ok("stage", "1", "screening", "--date", "2026-11-18", "--note", MARKERS["stage_change.note"])
    peerjob.ok("stage", "2", "rejected", "--date", "2026-11-20", input="")
    peerjob.ok(
        "interview", "add", "1", "2026-11-19 10:00", "--with", MARKERS["interview.with_names"],
        "--where", MARKERS["interview.place"], "--note", MARKERS["interview.note"],
    )  # fmt: skip
    peerjob.ok(
        "interview", "debrief", "1", "--how", MARKERS["interview.how_it_went"],
        "--learned", MARKERS["interview.learned"], "--next", MARKERS["interview.next_step"],
    )  # fmt: skip
    peerjob.ok("interview", "add", "1", "2026-11-26 15:00")  # a round to come: in "coming up", without its details
    peerjob.ok("followup", "1", "--date", "2026-11-19", "--with", MARKERS["follow_up.with_name"],
               "--note", MARKERS["follow_up.note"])  # fmt: skip
    peerjob.ok("contact", "add", "1", MARKERS["contact.name"], "--email", MARKERS["contact.email"],
               "--note", MARKERS["contact.note"])  # fmt: skip
    peerjob.ok("edit", "1", "--salary", MARKERS["application.salary"], "--resume", MARKERS["application.resume"],
               "--description", "-", input=MARKERS["application.description"])  # fmt: skip
    now = "2026-11-20 10:00:00.000000"
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO reframe (application_id, what_happened, balanced_thought, next_step, next_step_on,"
            " private, created_at, updated_at) VALUES (2, ?, ?, ?, '2026-11-25', 1, ?, ?)",
            (
                MARKERS["reframe.what_happened"],
                MARKERS["reframe.balanced_thought"],
                MARKERS["reframe.next_step"],
                now,
                now,
            ),
        )
        conn.execute(
            "INSERT INTO journal_entry (entry_on, text, mood, energy, private, created_at)"
            " VALUES ('2026-11-19', ?, 4, 3, 1, ?)",
            (MARKERS["journal_entry.text"], now),
        )
        conn.execute(
            "INSERT INTO partner (id, name, role, contact, note, created_at) VALUES (1, 'Sam', 'mentor', ?, ?, ?)",
            (MARKERS["partner.contact"], MARKERS["partner.note"], now),
        )
        conn.execute(
            "INSERT INTO checkin (partner_id, checkin_on, channel, shared, agreed, next_on, created_at)"
            " VALUES (1, '2026-11-21', 'call', ?, ?, '2026-11-28', ?)",
            (MARKERS["checkin.shared"], MARKERS["checkin.agreed"], now),
        )
        conn.execute(
            "INSERT INTO disclosure (application_id, plan, note, updated_at) VALUES (1, 'after-offer', ?, ?)",
            (MARKERS["disclosure.note"], now),
        )
        conn.execute(
            "INSERT INTO strength (name, story, created_at, updated_at) VALUES ('resilience', ?, ?, ?)",
            (MARKERS["strength.story"], now, now),
        )
        conn.execute(
            "INSERT INTO resource (name, kind, contact, next_step, next_on, created_at)"
            " VALUES ('Job club', 'employment-program', ?, 'Call them', '2026-11-26', ?)",
            (MARKERS["resource.contact"], now),
        )
        conn.execute("INSERT INTO boundary (text, created_at) VALUES (?, ?)", (MARKERS["boundary.text"], now))
        conn.execute(
            "INSERT INTO plan_item (section, position, text, created_at) VALUES ('actions', 1, ?, ?)",
            (MARKERS["plan_item.text"], now),
        )
        conn.execute(
            "INSERT INTO training (name, status, planned_on, note, created_at, updated_at)"
            " VALUES ('First aid', 'planned', '2026-11-26', ?, ?, ?)",
            (MARKERS["training.note"], now, now),
        )
        conn.execute(
            "INSERT INTO story (title, kind, text, created_at, updated_at) VALUES ('Coming back', 'gap', ?, ?, ?)",
            (MARKERS["story.text"], now, now),
        )
        conn.execute(
            "INSERT INTO support_line (name, contact, note, created_at) VALUES ('My sponsor', ?, ?, ?)",
            (MARKERS["support_line.contact"], MARKERS["support_line.note"], now),
        )
        conn.execute(
            "INSERT INTO win (text, kind, won_on, created_at) VALUES ('Mock interview with Sam', 'mock-interview', '2026-11-19', ?)",
            (now,),
        )


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("span", [["--week", "this"], ["--since", "2026-11-01", "--until", "2026-11-22"]])
def test_default_exports_carry_no_private_text(peerjob, planted, fmt, span):
    text = peerjob.ok("export", "--format", fmt, *span).stdout
    for field, marker in MARKERS.items():
        assert marker not in text, f"{field} leaked into the default {fmt} export"
    assert "ACME" in text and "Mock interview with Sam" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_include_adds_only_what_was_named(peerjob, planted, fmt):
    text = peerjob.ok("export", "--format", fmt, "--include", "journal").stdout
    assert MARKERS["journal_entry.text"] in text
    leaked = [f for f, m in MARKERS.items() if m in text and not f.startswith("journal")]
    assert leaked == []
    text = peerjob.ok("export", "--format", fmt, "--include", "reframes,notes", "-i", "contacts").stdout
    for field in (
        "reframe.what_happened",
        "reframe.next_step",
        "application.note",
        "stage_change.note",
        "partner.contact",
        "contact.name",
        "contact.email",
    ):
        assert MARKERS[field] in text, field
    assert MARKERS["journal_entry.text"] not in text and MARKERS["partner.note"] not in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_anonymize_hides_company_names(peerjob, planted, fmt):
    text = peerjob.ok("export", "--format", fmt, "--anonymize").stdout
    assert "ACME" not in text and "Globex" not in text
    assert "Company A" in text


def test_json_export_has_the_review_figures(peerjob, planted):
    review = peerjob.json("review", "--week", "this")
    exported = json.loads(peerjob.ok("export", "--format", "json", "--week", "this").stdout)
    for key in (
        "schema",
        "week_start",
        "week_end",
        "applications_logged",
        "wins",
        "checkins",
        "journal_days",
        "goals",
        "momentum",
        "activity_by_week",
        "milestones",
    ):
        assert exported[key] == review[key], key
    assert exported["private"] is False and exported["included"] == []
    assert "mood_average" not in exported  # self-care detail is the user's unless included
    assert [m["to"] for m in exported["stage_changes"]] == ["screening", "rejected"]
    assert "next_step" not in exported["stage_changes"][1]


HOSTILE = ["*Acme*", "<script>alert(1)</script>", "[x](http://example.com)", "# Not a heading", "a_b_c `code` & co"]


def test_markdown_shows_hostile_names_literally(peerjob, pinned):
    for name in HOSTILE:
        peerjob.ok("log", name, "Role", "--date", "2026-11-16")
        peerjob.ok("stage", str(HOSTILE.index(name) + 1), "screening", "--date", "2026-11-18")
    markdown = peerjob.ok("export", "--format", "markdown").stdout
    html = MarkdownIt("commonmark").render(markdown)
    assert "<em>" not in html and "<script>" not in html and "<a " not in html and "<code>" not in html
    assert html.count("<h1>") == 1
    tokens = MarkdownIt("commonmark").parse(markdown)
    plain = " ".join(t.content for t in tokens if t.type == "inline")
    rendered_text = "".join(
        child.content for t in tokens if t.type == "inline" for child in (t.children or []) if child.type == "text"
    )
    for name in HOSTILE:
        assert name in rendered_text, name
    assert "Job search update" in plain


def test_html_escapes_user_text(peerjob, pinned):
    peerjob.ok("log", "<script>alert(1)</script>", "Role <b>", "--date", "2026-11-16")
    peerjob.ok("stage", "1", "screening", "--date", "2026-11-18")
    page = peerjob.ok("export", "--format", "html").stdout
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Role &lt;b&gt;" in page
    for outside in ("http://", "https://", "src=", "@import", "url("):
        assert outside not in page.replace('xmlns="http://www.w3.org/2000/svg"', ""), outside


def test_output_file_is_private_atomic_and_not_overwritten(peerjob, planted, tmp_path, assert_rejected):
    target = tmp_path / "update.md"
    result = peerjob.ok("export", "--output", str(target))
    assert result.stdout == "" and "nothing private" in result.stderr
    assert target.stat().st_mode & 0o777 == 0o600
    first = target.read_bytes()
    assert_rejected("export", "--format", "html", "--output", str(target), says="already exists")
    assert target.read_bytes() == first
    peerjob.ok("export", "--format", "html", "--output", str(target), "--force")
    assert target.read_bytes().startswith(b"<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".update")] == []  # no temp files left


@pytest.mark.parametrize(
    "args, says",
    [
        (["--format", "pdf"], "Unknown format"),
        (["--include", "diary"], "Unknown --include"),
        (["--week", "last", "--since", "2026-11-01"], "either --week"),
        (["--week", "next"], "hasn't happened yet"),
        (["--until", "2026-11-10"], "needs --since"),
        (["--since", "2026-11-10", "--until", "2026-11-01"], "before it starts"),
        (["--include", "companies", "--anonymize"], "contradict"),
    ],
)
def test_bad_export_options(planted, assert_rejected, args, says):
    assert_rejected("export", *args, says=says)


# --- a real browser ---------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def open_in_chromium(page, tmp_path):
    """Render a page headless; return (dom, console lines, requested URLs)."""
    netlog = tmp_path / "netlog.json"
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--enable-logging=stderr",
            "--v=0",
            f"--log-net-log={netlog}",
            "--virtual-time-budget=2000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    console = [line for line in result.stderr.splitlines() if "CONSOLE" in line]
    # The URLs the page asked for: requests keyed to the file:// page. (Chromium's
    # own background calls to its update servers carry no such key.)
    events = json.loads(netlog.read_text())["events"]
    urls = {
        params["url"]
        for event in events
        if (params := event.get("params") or {}).get("url")
        and "file://" in str(params.get("network_isolation_key", ""))
    }
    return result.stdout, console, urls


needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and os.environ.get("CI") != "true",
    reason="headless Chromium is not installed (apt-get install chromium); CI installs it",
)


@needs_chromium
def test_html_renders_in_a_browser_without_requests_or_errors(peerjob, planted, tmp_path):
    page = tmp_path / "update.html"
    peerjob.ok("export", "--format", "html", "--output", str(page))
    dom, console, urls = open_in_chromium(page, tmp_path)
    assert "Job search update" in dom and "Active in 1 of the last 12 weeks." in dom
    assert "Applications sent" in dom and "<svg" in dom
    assert console == [], console
    assert [url for url in urls if not url.startswith("file:")] == []


@needs_chromium
def test_the_browser_check_does_see_requests_and_errors(tmp_path):
    """The checker itself can fail: a page that reaches out is caught."""
    page = tmp_path / "leaky.html"
    page.write_text(
        '<html><body><img src="http://127.0.0.1:9/x.png"><script>console.error("oops")</script></body></html>'
    )
    _, console, urls = open_in_chromium(page, tmp_path)
    assert any("oops" in line for line in console)
    assert "http://127.0.0.1:9/x.png" in urls


def test_anonymize_scrubs_any_company_from_free_text_and_letters_do_not_skip(peerjob, pinned):
    peerjob.ok("log", "Omega", "Role", "--date", "2026-09-01")  # long before the week: no move in it
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-16", "--note", "Call acme back")
    peerjob.ok("log", "Globex", "Barista", "--date", "2026-11-17")
    peerjob.ok("win", "Mock interview for omega with Sam", "--kind", "mock-interview", "--date", "2026-11-18")
    peerjob.ok("stage", "3", "rejected", "--date", "2026-11-19", "--no-reframe")
    data = json.loads(peerjob.ok("export", "--format", "json", "--anonymize", "--include", "notes").stdout)
    text = json.dumps(data)
    for name in ("Omega", "omega", "ACME", "acme", "Globex"):
        assert name not in text, name
    assert data["stage_changes"][0]["company"] == "Company A"  # Globex
    assert "Call Company B back" in [note["text"] for note in data["notes"]]  # ACME, the same letter everywhere
    assert data["due_next_week"][0]["title"] == "Follow up with Company B"
    assert data["win_items"][0]["text"] == "Mock interview for Company C with Sam"  # Omega: no move in the span
    letters = sorted(set(re.findall(r"Company [A-Z]+", text)))
    assert letters == ["Company A", "Company B", "Company C"]


# --- the partner's page (issue 16, item 4 in part) -------------------------------------------------------

SECOND_PERSON = re.compile(r"\b(you|your|you're|yours)\b", re.IGNORECASE)


def _words_of(page: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]+>", " ", page))  # HTML tags are not words


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_with_a_name_the_page_speaks_of_the_person_never_to_the_reader(peerjob, pinned, fmt):
    peerjob.ok("config", "name", "Maya")
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-16")
    peerjob.ok("win", "Mock interview", "--kind", "mock-interview", "--date", "2026-11-17")
    peerjob.ok("stage", "1", "screening", "--date", "2026-11-18")
    page = _words_of(peerjob.ok("export", "--format", fmt, "--for", "Sam").stdout)
    assert "Maya's job search, 2026-11-16 to 2026-11-22" in page and "Hi Sam," in page
    assert "Maya put in 1 application and 1 win." in page
    assert "Maya's first mock interview" in page
    assert not SECOND_PERSON.search(page), SECOND_PERSON.search(page)


def test_without_a_name_the_page_is_neutral_and_an_empty_one_says_what_will_appear(peerjob, pinned):
    empty = peerjob.ok("export").stdout
    assert "Nothing here yet. Each week, the applications, wins, check-ins and self-care will show up" in empty
    assert not SECOND_PERSON.search(empty)
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-16")
    page = peerjob.ok("export").stdout
    assert page.startswith("# Job search update: 2026-11-16 to 2026-11-22")
    assert "Put in: 1 application." in page and not SECOND_PERSON.search(page)


def test_every_week_of_the_chart_is_labelled_and_explained(peerjob, pinned):
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-16")
    markdown = peerjob.ok("export").stdout
    assert "Steps each week (applications, wins, check-ins and journal days)" in markdown
    assert "2026-08-31: 0" in markdown and "2026-11-16: 1" in markdown
    html = peerjob.ok("export", "--format", "html").stdout
    labels = re.findall(r'font-size="7"[^>]*>([^<]+)<', html)
    assert labels[0] == "31 Aug" and labels[-1] == "16 Nov" and len(labels) == 12
    assert "labelled by its first day" in html


@pytest.mark.parametrize("bad", ["x" * 41, "Maya\x07"])
def test_a_name_that_is_not_a_short_name_is_refused(peerjob, assert_rejected, bad):
    assert_rejected("config", "name", bad, says="up to 40 characters")


def test_a_name_with_quotes_survives_the_settings_file(peerjob, settings_path):
    peerjob.ok("config", "name", 'Maya "M" O\'Neil')
    assert peerjob.json("config")["name"] == 'Maya "M" O\'Neil'
