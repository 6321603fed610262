"""The recovery toolkit through the front door: strengths, prep, disclosure, resources, boundaries."""

import json
import stat

import pytest
from markdown_it import MarkdownIt

from peerjob.cli.editor import drop_template_comments
from peerjob.domain.toolkit import (
    DISCLOSURE_NOTE,
    PrepStrength,
    compose_story,
    order_strengths,
    parse_plan,
    parse_resource_kind,
    resource_win,
    story_from_editor,
    story_from_text,
    story_guide,
    story_template,
)
from peerjob.errors import BadInput
from peerjob.render.prep import escape_line

TODAY = "2026-11-22"  # a Sunday; the week runs 2026-11-16 to 2026-11-22


@pytest.fixture
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", TODAY)


def add_win(peerjob, text, kind, won_on, application_id=None):
    """A win, logged with `peerjob win`."""
    app = ["--app", str(application_id)] if application_id else []
    peerjob.ok("win", text, "--kind", kind, "--date", won_on, *app)


@pytest.fixture
def two_jobs(peerjob, pinned):
    peerjob.ok("log", "ACME", "Support Specialist", "--date", "2026-11-16")
    peerjob.ok("log", "Globex", "Barista", "--date", "2026-11-17")


# --- pure logic ---


@pytest.mark.parametrize(
    "text, plan",
    [
        ("after-offer", "after-offer"),
        ("After offer", "after-offer"),
        ("not_planned", "not-planned"),
        ("  DISCLOSED ", "disclosed"),
        ("on application", "on-application"),
        ("undecided", "undecided"),
    ],
)
def test_parse_plan(text, plan):
    assert parse_plan(text) == plan


@pytest.mark.parametrize("text", ["hired", "", "later", "after"])
def test_unknown_plan_lists_the_valid_ones(text):
    with pytest.raises(BadInput, match="not-planned, undecided, after-offer, at-interview, on-application, disclosed"):
        parse_plan(text)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("peer-group", "peer-group"),
        ("Peer group", "peer-group"),
        ("vocational rehabilitation", "vocational-rehab"),
        ("voc-rehab", "vocational-rehab"),
        ("employment", "employment-program"),
        ("legal", "legal"),
    ],
)
def test_parse_resource_kind(text, kind):
    assert parse_resource_kind(text) == kind


@pytest.mark.parametrize(
    "name, kind, step, expected",
    [
        ("Night class", "training", None, ("Made use of Night class", "training")),
        ("Job club", "peer-group", "Go on Thursday", ("Took a next step with Job club", "networking")),
        ("Legal aid", "legal", "Ask about records", ("Took a next step with Legal aid", "other")),
        ("Voc rehab", "vocational-rehab", None, ("Made use of Voc rehab", "other")),
    ],
)
def test_resource_win(name, kind, step, expected):
    assert resource_win(name, kind, step) == expected


@pytest.mark.parametrize(
    "text, from_editor, given",
    [
        ("", None, None),
        ("Situation: \nAction: \nResult: \n", None, "Situation:\nAction:\nResult:"),
        (
            "#1 priority\nSituation: a hard year\nAction: \nResult: a job\n",
            "#1 priority\nSituation: a hard year\nResult: a job",
            "#1 priority\nSituation: a hard year\nAction:\nResult: a job",
        ),
        ("\n\nplain words  \n\n", "plain words", "plain words"),
        ("line one\r\n\r\nline two", "line one\n\nline two", "line one\n\nline two"),
    ],
)
def test_story_text(text, from_editor, given):
    assert story_from_editor(text) == from_editor
    assert story_from_text(text) == given


def test_story_template_round_trips():
    for current in (None, "Situation: x\nResult: y", "#1 priority: the team\n# my own note"):
        template = story_template("empathy", current)
        assert story_from_editor(drop_template_comments(template, story_guide("empathy"))) == current


@pytest.mark.parametrize(
    "written, kept",
    [
        ("# guide\n#1 priority: sleep\n# guide\n", "#1 priority: sleep\n"),
        ("# guide  \r\n# my own\r\nwords", "# my own\nwords"),  # trailing spaces and CRLF: still the guide
        ("#guide\n # guide\nplain", "#guide\n # guide\nplain"),
    ],  # changed guide lines are the person's
)
def test_only_the_templates_own_comment_lines_are_dropped(written, kept):
    assert drop_template_comments(written, "# guide\nbody: \n") == kept


@pytest.mark.parametrize(
    "parts, story",
    [
        ({}, None),
        ({"Situation": "  ", "Action": ""}, None),
        ({"Situation": "new team", "Result": "  we  shipped "}, "Situation: new team\nResult: we shipped"),
    ],
)
def test_compose_story(parts, story):
    assert compose_story(parts) == story


@pytest.mark.parametrize(
    "text, escaped",
    [
        ("# heading", "\\# heading"),
        ("> quote", "\\> quote"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("1. first", "1\\. first"),
        ("12) twelve", "12\\) twelve"),
        ("===", "\\==="),
        ("*x*", "\\*x\\*"),
        ("plain 1. text", "plain 1. text"),
    ],
)
def test_escape_line(text, escaped):
    assert escape_line(text) == escaped


def test_linked_strengths_come_first():
    strengths = [
        PrepStrength(1, "empathy", None, False),
        PrepStrength(2, "resilience", None, True),
        PrepStrength(3, "Accountability", None, False),
        PrepStrength(4, "honesty", None, True),
    ]
    assert [s.name for s in order_strengths(strengths)] == ["honesty", "resilience", "Accountability", "empathy"]


# --- strengths ---


def test_strengths_with_stories_read_back_as_json(peerjob, two_jobs):
    peerjob.ok("strength", "add", "resilience", "--story", "Situation: a hard year\nAction: kept at it", "--app", "1")
    peerjob.ok(
        "strength", "add", "empathy", "--story", "-", input="Situation: a colleague struggled\nResult: they stayed\n"
    )
    peerjob.ok("strength", "add", "honesty", "--story", "-", input="I said what I could do.\n")
    peerjob.ok("strength", "add", "communication")  # no story: fine
    peerjob.ok("strength", "link", "2", "2")
    assert peerjob.json("strength", "list") == [
        {
            "id": 1,
            "name": "resilience",
            "story": "Situation: a hard year\nAction: kept at it",
            "applications": [{"id": 1, "company": "ACME", "role": "Support Specialist"}],
        },
        {
            "id": 2,
            "name": "empathy",
            "story": "Situation: a colleague struggled\nResult: they stayed",
            "applications": [{"id": 2, "company": "Globex", "role": "Barista"}],
        },
        {"id": 3, "name": "honesty", "story": "I said what I could do.", "applications": []},
        {"id": 4, "name": "communication", "story": None, "applications": []},
    ]
    shown = peerjob.ok("strength", "list").stdout
    assert "a hard year" in shown and "ACME (1)" in shown


def test_strength_edit_link_unlink_and_delete(peerjob, two_jobs, monkeypatch):
    peerjob.ok("strength", "add", "resilience", "--story", "old")
    peerjob.ok("strength", "edit", "1", "--name", "perseverance")
    peerjob.ok("strength", "edit", "1", "--story", "new story")
    assert peerjob.json("strength", "list")[0] == {
        "id": 1,
        "name": "perseverance",
        "story": "new story",
        "applications": [],
    }
    peerjob.ok("strength", "edit", "1", "--story", "-", input="piped story\n")
    assert peerjob.json("strength", "list")[0]["story"] == "piped story"
    peerjob.ok("strength", "edit", "1", "--story", "")  # empty text clears it
    assert peerjob.json("strength", "list")[0]["story"] is None
    peerjob.ok("strength", "link", "1", "2")
    peerjob.ok("strength", "link", "1", "1")
    assert [a["id"] for a in peerjob.json("strength", "list")[0]["applications"]] == [1, 2]
    peerjob.ok("strength", "link", "1", "2", "--unlink")
    assert [a["id"] for a in peerjob.json("strength", "list")[0]["applications"]] == [1]
    monkeypatch.setattr("peerjob.cli.context.interactive", lambda: True)
    assert peerjob("strength", "delete", "1", input="n\n").exit_code == 1  # asked, and kept
    peerjob.ok("strength", "remove", "1", input="y\n")  # the older name of delete
    assert peerjob.json("strength", "list") == []


def test_empty_strength_list_suggests_names_without_forcing(peerjob, pinned):
    result = peerjob.ok("strength", "list")
    assert "resilience, perseverance, empathy" in result.stderr and result.stdout == ""


def test_deleting_an_application_keeps_the_strength(peerjob, two_jobs):
    peerjob.ok("strength", "add", "empathy", "--app", "1", "--app", "2")
    peerjob.ok("delete", "1", "--yes")
    assert [a["id"] for a in peerjob.json("strength", "list")[0]["applications"]] == [2]


# --- disclosure ---


def test_the_rights_note_comes_with_a_plan_not_with_a_note_change(peerjob, two_jobs):
    rights = "your choice"
    assert rights in peerjob.ok("disclose", "1", "--plan", "after-offer", "--note", "Only if asked").stderr
    cleared = peerjob.ok("disclose", "1", "--note", "").stderr
    assert rights not in cleared and "Cleared the note" in cleared and "after-offer" in cleared
    assert peerjob.json("disclose", "1")["note"] is None
    noted = peerjob.ok("disclose", "1", "--note", "Maybe at the second interview").stderr
    assert rights not in noted and "Saved the note" in noted
    assert rights in peerjob.ok("disclose", "1").stderr  # shown: the note comes with it
    assert rights in peerjob.ok("disclose", "1", "--plan", "undecided").stderr


def test_disclosure_plan_shown_locally(peerjob, two_jobs):
    result = peerjob.ok("disclose", "1", "--plan", "after offer", "--note", "Only if they ask about the gap")
    assert "after-offer" in result.stderr and "your choice" in result.stderr
    assert peerjob.json("disclose", "1") == {
        "plan": "after-offer",
        "description": "You may bring it up after an offer, if at all.",
        "note": "Only if they ask about the gap",
    }
    peerjob.ok("disclose", "1", "--plan", "undecided")  # the note stays
    shown = peerjob.ok("show", "1").stdout
    assert "undecided" in shown and "Only if they ask about the gap" in shown
    assert "peer worker or vocational rehabilitation counsellor" in " ".join(shown.split())
    assert peerjob.json("show", "1")["disclosure"]["plan"] == "undecided"
    assert peerjob.json("show", "2")["disclosure"] is None
    assert "Disclosure" not in peerjob.ok("show", "2").stdout
    peerjob.ok("disclose", "1", "--note", "")
    assert peerjob.json("disclose", "1")["note"] is None
    peerjob.ok("disclose", "1", "--clear")
    assert peerjob.json("disclose", "1") is None


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_disclosure_and_stories_never_exported_unless_named(peerjob, two_jobs, fmt):
    peerjob.ok("disclose", "1", "--plan", "at-interview", "--note", "PLAN-NOTE-MARKER")
    peerjob.ok("strength", "add", "resilience", "--story", "STORY-MARKER", "--app", "1")
    peerjob.ok("boundary", "add", "BOUNDARY-MARKER")
    peerjob.ok("resource", "add", "Job club", "--contact", "CONTACT-MARKER")
    for include in ([], ["--include", "journal,notes,reframes,contacts"], ["--anonymize"]):
        text = peerjob.ok("export", "--format", fmt, *include).stdout
        for marker in ("PLAN-NOTE-MARKER", "at-interview", "STORY-MARKER", "BOUNDARY-MARKER", "CONTACT-MARKER"):
            assert marker not in text, (marker, include)
    text = peerjob.ok("export", "--format", fmt, "--include", "disclosure").stdout
    assert "PLAN-NOTE-MARKER" in text and "at-interview" in text and "STORY-MARKER" not in text
    text = peerjob.ok("export", "--format", fmt, "--include", "strengths").stdout
    assert "STORY-MARKER" in text and "PLAN-NOTE-MARKER" not in text


# --- interview prep ---


@pytest.fixture
def prepared(peerjob, two_jobs):
    peerjob.ok("stage", "1", "interviewing", "--date", "2026-11-19")
    peerjob.ok("strength", "add", "resilience", "--story", "Situation: ACME-STORY", "--app", "1")
    peerjob.ok("strength", "add", "empathy", "--story", "Situation: GLOBEX-STORY", "--app", "2")
    peerjob.ok("strength", "add", "Accountability")
    peerjob.ok("disclose", "1", "--plan", "after-offer", "--note", "ACME-PLAN")
    peerjob.ok("disclose", "2", "--plan", "disclosed", "--note", "GLOBEX-PLAN")
    add_win(peerjob, "Mock interview for ACME with Sam", "mock-interview", "2026-11-18", 1)
    add_win(peerjob, "Mock interview for GLOBEX with Jo", "mock-interview", "2026-11-18", 2)
    add_win(peerjob, "Practised STAR answers", "interview-prep", "2026-11-17")
    add_win(peerjob, "Food bank shift", "volunteering", "2026-11-15")
    add_win(peerjob, "Mentored a newcomer at GLOBEX-MENTOR", "mentoring", "2026-11-16", 2)
    add_win(peerjob, "Rewrote my resume", "resume", "2026-11-16", 1)


OTHER_APPLICATION = ("Globex", "Barista", "GLOBEX", "disclosed")


def test_prep_shows_this_application_and_no_other(peerjob, prepared):
    sheet = peerjob.ok("prep", "1").stdout
    for expected in (
        "ACME",
        "Support Specialist",
        "from applied to interviewing",  # in a pipe, the plain layout says moves in words
        "ACME-STORY",
        "GLOBEX-STORY",
        "after-offer",
        "ACME-PLAN",
        "Mock interview for ACME with Sam",
        "Practised STAR answers",
        "Food bank shift",
        "Questions to ask",
    ):
        assert expected in sheet, expected
    for absent in (*OTHER_APPLICATION, "GLOBEX-PLAN", "resume"):
        assert absent not in sheet.replace("GLOBEX-STORY", ""), absent
    # Linked strengths first, then the others by name.
    assert sheet.index("resilience") < sheet.index("Accountability") < sheet.index("empathy")
    assert "your choice" in sheet


def test_prep_for_the_other_application_mirrors_it(peerjob, prepared):
    sheet = peerjob.ok("prep", "2").stdout
    assert "Mock interview for GLOBEX with Jo" in sheet and "GLOBEX-PLAN" in sheet and "GLOBEX-MENTOR" in sheet
    assert "ACME" not in sheet.replace("ACME-STORY", "") and "after-offer" not in sheet
    assert sheet.index("empathy") < sheet.index("Accountability") < sheet.index("resilience")


def test_prep_markdown_file_is_private_and_not_replaced_without_force(peerjob, prepared, tmp_path, assert_rejected):
    target = tmp_path / "acme.md"
    result = peerjob.ok("prep", "1", "--output", str(target))
    assert result.stdout == "" and str(target) in result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    markdown = target.read_text()
    assert "# Interview prep: ACME, Support Specialist" in markdown
    assert "ACME-PLAN" in markdown and "Mock interview for ACME with Sam" in markdown
    assert "GLOBEX-PLAN" not in markdown and "Mock interview for GLOBEX" not in markdown
    html = MarkdownIt("commonmark").render(markdown)
    assert html.count("<h1>") == 1 and "<h2>Your strengths</h2>" in html
    before = target.read_bytes()
    assert_rejected("prep", "1", "--output", str(target), says="--force")
    assert target.read_bytes() == before
    peerjob.ok("prep", "1", "--output", str(target), "--force", "--no-disclosure")
    assert "ACME-PLAN" not in target.read_text() and "after-offer" not in target.read_text()


def test_prep_markdown_shows_hostile_text_literally(peerjob, pinned, tmp_path):
    peerjob.ok("log", "*Acme* <script>", "[x](http://e.com)", "--date", "2026-11-16")
    story = "# Not a heading\n> not a quote\n1. not a list\n- not an item\n`code` & <b>bold</b>\n===\n---"
    peerjob.ok("strength", "add", "_under_ <i>", "--story", story, "--app", "1")
    peerjob.ok("disclose", "1", "--plan", "undecided", "--note", "**loud** [link](http://e.com)")
    add_win(peerjob, "<img src=x> mock", "mock-interview", "2026-11-18", 1)
    target = tmp_path / "prep.md"
    peerjob.ok("prep", "1", "-o", str(target))
    html = MarkdownIt("commonmark").render(target.read_text())
    for tag in ("<em>", "<script", "<a ", "<code>", "<b>", "<i>", "<img", "<blockquote>", "<ol>", "<hr"):
        assert tag not in html, tag
    assert html.count("<h1>") == 1 and "Not a heading</h" not in html
    assert "# Not a heading" in html and "*Acme*" in html


def test_prep_without_strengths_or_practice_says_what_to_do(peerjob, two_jobs):
    sheet = peerjob.ok("prep", "2").stdout
    assert "peerjob strength add resilience --app 2" in sheet and "No practice logged" in sheet


def test_prep_lists_only_the_most_recent_general_practice(peerjob, two_jobs):
    for day in range(1, 15):
        add_win(peerjob, f"Practice round {day}", "mock-interview", f"2026-11-{day:02d}")
    sheet = peerjob.ok("prep", "1").stdout
    assert "Practice round 14" in sheet and "Practice round 5" in sheet and "Practice round 4\n" not in sheet
    assert "and 4 earlier" in sheet


# --- resources ---


def test_resources_next_steps_appear_in_due_until_done(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-18")
    peerjob.ok(
        "resource",
        "add",
        "Job club",
        "--kind",
        "peer-group",
        "--contact",
        "Dana 555-0101",
        "--next-step",
        "Go to the Thursday meeting",
        "--next",
        "2026-11-26",
    )
    peerjob.ok(
        "resource", "add", "Night class", "--kind", "training", "--url", "https://example.org", "--next", "2026-11-20"
    )
    peerjob.ok("resource", "add", "Legal aid", "--kind", "legal")
    monkeypatch.setenv("PEERJOB_TODAY", TODAY)  # two days after Night class's step: overdue
    assert peerjob.json("resource", "list") == [
        {
            "id": 2,
            "name": "Night class",
            "kind": "training",
            "contact": None,
            "url": "https://example.org",
            "next_step": None,
            "next_on": "2026-11-20",
            "done_on": None,
        },
        {
            "id": 1,
            "name": "Job club",
            "kind": "peer-group",
            "contact": "Dana 555-0101",
            "url": None,
            "next_step": "Go to the Thursday meeting",
            "next_on": "2026-11-26",
            "done_on": None,
        },
        {
            "id": 3,
            "name": "Legal aid",
            "kind": "legal",
            "contact": None,
            "url": None,
            "next_step": None,
            "next_on": None,
            "done_on": None,
        },
    ]
    due = peerjob.json("due")
    assert [(d["kind"], d["title"], d["overdue"]) for d in due] == [("resource", "Next step with Night class", True)]
    due = peerjob.json("due", "--days", "7")
    assert [(d["title"], d["private_detail"], d["due_on"], d["refs"]) for d in due] == [
        ("Next step with Night class", "", "2026-11-20", {"resource": 2}),
        ("Next step with Job club", "Go to the Thursday meeting", "2026-11-26", {"resource": 1}),
    ]
    review = peerjob.json("review")
    assert [item["title"] for item in review["due_next_week"]] == ["Next step with Job club"]
    peerjob.ok("resource", "done", "1")
    assert [d["title"] for d in peerjob.json("due", "--days", "7")] == ["Next step with Night class"]
    assert [r["id"] for r in peerjob.json("resource", "list")] == [2, 3]
    assert {r["id"]: r["done_on"] for r in peerjob.json("resource", "list", "--all")}[1] == TODAY
    # A new next step reopens it.
    result = peerjob.ok("resource", "edit", "1", "--next-step", "Bring my CV", "--next", "2026-12-03")
    assert "open again" in result.stderr
    assert [(d["title"], d["private_detail"]) for d in peerjob.json("due", "--days", "14")][-1] == (
        "Next step with Job club",
        "Bring my CV",
    )


MARKER = "Ask Dana about the zq-marker-7731 record"


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_a_resource_next_step_stays_out_of_exports_calendar_and_wins(peerjob, pinned, fmt):
    peerjob.ok("log", "ACME", "Support Specialist", "--date", "2026-11-16")
    peerjob.ok("resource", "add", "Legal aid", "--kind", "legal", "--next-step", MARKER, "--next", "2026-11-25")
    # On this computer, `due` shows the words.
    assert MARKER in peerjob.ok("due", "--days", "7").stdout
    due = [d for d in peerjob.json("due", "--days", "7") if d["kind"] == "resource"]
    assert [(d["title"], d["detail"], d["private_detail"]) for d in due] == [
        ("Next step with Legal aid", "legal", MARKER)
    ]
    # Shared things carry only the resource's name and kind.
    for span in (["--week", "this"], ["--since", "2026-11-01"]):
        exported = peerjob.ok("export", "--format", fmt, *span).stdout
        assert "Legal aid" in exported, span
        assert "zq-marker" not in exported, span
    calendar = peerjob.ok("calendar").stdout
    assert "Next step with Legal aid" in calendar and "zq-marker" not in calendar
    assert "zq-marker" not in json.dumps(peerjob.json("review"))
    # Done and counted as a win: the win's text names the resource only.
    peerjob.ok("resource", "done", "1", "--win")
    assert [w["text"] for w in peerjob.json("review")["win_items"]] == ["Took a next step with Legal aid"]
    for span in (["--week", "this"], ["--since", "2026-11-01"]):
        assert "zq-marker" not in peerjob.ok("export", "--format", fmt, *span).stdout
    assert MARKER in peerjob.ok("resource", "list", "--all").stdout


def test_resource_edit_changes_and_clears(peerjob, pinned):
    peerjob.ok("resource", "add", "Job club", "--contact", "Dana", "--next", "friday")
    peerjob.ok(
        "resource",
        "edit",
        "1",
        "--name",
        "Job Club North",
        "--kind",
        "employment program",
        "--contact",
        "",
        "--no-next",
        "--url",
        "https://example.org",
    )
    assert peerjob.json("resource", "list") == [
        {
            "id": 1,
            "name": "Job Club North",
            "kind": "employment-program",
            "contact": None,
            "url": "https://example.org",
            "next_step": None,
            "next_on": None,
            "done_on": None,
        }
    ]


def test_using_a_resource_counts_as_a_win(peerjob, pinned):
    peerjob.ok("resource", "add", "Night class", "--kind", "training", "--next-step", "First session")
    peerjob.ok("resource", "add", "Job club", "--kind", "peer-group")
    result = peerjob.ok("resource", "done", "1", "--win", "--date", "yesterday")
    assert len([line for line in result.stderr.splitlines() if line.strip()]) == 1
    peerjob.ok("resource", "done", "2", "--win")
    review = peerjob.json("review")
    assert [(w["kind"], w["text"], w["date"]) for w in review["win_items"]] == [
        ("training", "Took a next step with Night class", "2026-11-21"),
        ("networking", "Made use of Job club", TODAY),
    ]
    assert review["wins"] == 2
    assert peerjob.json("resource", "list", "--all")[0]["done_on"] == "2026-11-21"


def test_empty_resource_list_says_how_to_start(peerjob, pinned):
    assert "peerjob resource add" in peerjob.ok("resource", "list").stderr


# --- boundaries ---


def test_boundaries_add_list_edit_delete(peerjob, pinned):
    peerjob.ok("boundary", "add", "Leave by 6 on weekdays")
    peerjob.ok("boundary", "add", "  Keep my   Thursday group ")
    assert peerjob.json("boundary", "list") == [
        {"id": 1, "text": "Leave by 6 on weekdays"},
        {"id": 2, "text": "Keep my Thursday group"},
    ]
    assert "Keep my Thursday group" in peerjob.ok("boundary", "list").stdout
    peerjob.ok("boundary", "edit", "2", "--text", "Keep my Thursday group, always")
    assert peerjob.json("boundary", "show", "2")["text"] == "Keep my Thursday group, always"
    peerjob.ok("boundary", "remove", "1", "--yes")  # the older name of delete
    assert peerjob.json("boundary", "list") == [{"id": 2, "text": "Keep my Thursday group, always"}]


def test_accepted_offer_points_to_boundaries(peerjob, two_jobs):
    result = peerjob.ok("stage", "1", "accepted")
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "ACME" in lines[0] and "peerjob boundary add" in lines[-1]
    peerjob.ok("boundary", "add", "Leave by 6")
    peerjob.ok("boundary", "add", "No email on weekends")
    result = peerjob.ok("stage", "2", "accepted")
    assert "2 boundaries" in result.stderr and "peerjob boundary list" in result.stderr
    # Other moves say nothing about boundaries.
    peerjob.ok("log", "Initech", "Clerk")
    assert "boundar" not in peerjob.ok("stage", "3", "offer").stderr


def test_review_shows_boundaries_in_the_weeks_after_a_start_date(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "ACME", "Support Specialist", "--date", "2026-11-02")
    peerjob.ok("boundary", "add", "Leave by 6")
    assert peerjob.json("review")["boundaries"] == []
    peerjob.ok("stage", "1", "accepted", "--date", "2026-11-20", "--start-date", "2026-12-01")
    assert peerjob.json("review")["boundaries"] == []  # accepted, not started yet
    for today, expected in (("2026-12-01", ["Leave by 6"]), ("2027-01-26", ["Leave by 6"]), ("2027-02-01", [])):
        monkeypatch.setenv("PEERJOB_TODAY", today)
        assert peerjob.json("review")["boundaries"] == expected, today
    monkeypatch.setenv("PEERJOB_TODAY", "2026-12-08")
    assert "Leave by 6" in peerjob.ok("review", "--no-plan").stdout
    exported = json.loads(peerjob.ok("export", "--format", "json").stdout)
    assert "boundaries" not in exported
    exported = json.loads(peerjob.ok("export", "--format", "json", "--include", "boundaries").stdout)
    assert exported["boundaries"] == ["Leave by 6"]


def test_review_shows_boundaries_after_acceptance_without_a_start_date(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "ACME", "Support Specialist", "--date", "2026-11-02")
    peerjob.ok("stage", "1", "accepted", "--date", "2026-11-18")
    peerjob.ok("boundary", "add", "Lunch away from the desk")
    assert peerjob.json("review")["boundaries"] == ["Lunch away from the desk"]
    monkeypatch.setenv("PEERJOB_TODAY", "2027-01-20")
    assert peerjob.json("review")["boundaries"] == []


# --- bad input: one line, the file unchanged ---


@pytest.mark.parametrize(
    "args, says",
    [
        (["strength", "add", "  "], "can't be empty"),
        (["strength", "add", "resilience"], "already have 'resilience'"),
        (["strength", "add", "Resilience"], "already have"),
        (["strength", "add", "empathy", "--app", "9"], "no application with ID 9"),
        (["strength", "edit", "7", "--story", "x"], "no strength with ID 7"),
        (["strength", "edit", "1", "--name", ""], "can't be empty"),
        (["strength", "edit", "1"], "Nothing to change"),
        (["strength", "remove", "5", "--yes"], "no strength with ID 5"),
        (["strength", "link", "1", "9"], "no application with ID 9"),
        (["strength", "link", "8", "1"], "no strength with ID 8"),
        (["strength", "link", "1", "1", "--unlink"], "isn't linked"),
        (["disclose", "1", "--plan", "hired"], "Choose one of: not-planned, undecided, after-offer"),
        (["disclose", "9", "--plan", "undecided"], "no application with ID 9"),
        (["disclose", "9"], "no application with ID 9"),
        (["disclose", "1", "--note", "x"], "Choose a plan first"),
        (["disclose", "1", "--clear"], "no plan to clear"),
        (["disclose", "1", "--clear", "--plan", "undecided"], "--clear on its own"),
        (["prep", "9"], "no application with ID 9"),
        (["prep", "1", "--output", ""], "needs a file name"),
        (["resource", "add", ""], "can't be empty"),
        (["resource", "add", "Club", "--kind", "magic"], "Choose one of: employment-program"),
        (["resource", "add", "Club", "--next", "someday"], "Couldn't read"),
        (["resource", "edit", "1", "--name", "X"], "no resource with ID 1"),
        (["resource", "done", "4"], "no resource with ID 4"),
        (["boundary", "add", " "], "can't be empty"),
        (["boundary", "remove", "3"], "no boundary with ID 3"),
    ],
)
def test_refused_with_one_line_and_nothing_changed(peerjob, pinned, assert_rejected, args, says):
    peerjob.ok("log", "ACME", "Support Specialist")
    peerjob.ok("strength", "add", "resilience", "--story", "kept going")
    assert_rejected(*args, says=says)


def test_strength_names_match_ignoring_case_in_any_alphabet(peerjob, pinned, assert_rejected):
    peerjob.ok("strength", "add", "Écoute")
    peerjob.ok("strength", "add", "Ärlighet")
    assert_rejected("strength", "add", "écoute", says="already have 'écoute' (ID 1)")
    assert_rejected("strength", "add", "ÄRLIGHET", says="(ID 2)")
    assert_rejected("strength", "edit", "2", "--name", "éCOUTE", says="already have a strength called")
    peerjob.ok("strength", "edit", "1", "--name", "écoute")  # its own name, in other case: fine
    assert [s["name"] for s in peerjob.json("strength", "list")] == ["écoute", "Ärlighet"]


def test_linking_twice_is_refused(peerjob, pinned, assert_rejected):
    peerjob.ok("log", "ACME", "Support Specialist")
    peerjob.ok("strength", "add", "resilience", "--app", "1")
    assert_rejected("strength", "link", "1", "1", says="already linked")


def test_refused_resource_changes(peerjob, pinned, assert_rejected):
    peerjob.ok("resource", "add", "Job club", "--next", "friday")
    assert_rejected("resource", "edit", "1", says="Nothing to change")
    assert_rejected("resource", "edit", "1", "--kind", "magic", says="Unknown kind")
    assert_rejected("resource", "edit", "1", "--name", "", says="can't be empty")
    assert_rejected("resource", "edit", "1", "--next", "friday", "--no-next", says="either")
    peerjob.ok("resource", "done", "1")
    assert_rejected("resource", "done", "1", "--win", says="was marked done")


def test_a_next_step_already_past_shows_as_overdue(peerjob, pinned, assert_rejected):
    # Recording a step that was meant for yesterday is honest, and `due` should show it.
    peerjob.ok("resource", "add", "Club", "--next-step", "Call them", "--next", "yesterday")
    (item,) = [i for i in peerjob.json("due") if i["kind"] == "resource"]
    assert (item["due_on"], item["overdue"]) == ("2026-11-21", True)
    peerjob.ok("resource", "edit", "1", "--next", "friday")
    assert peerjob.json("resource", "list")[0]["next_on"] == "2026-11-27"
    assert_rejected("resource", "edit", "1", "--next", "someday", says="Couldn't read")


def test_refused_before_the_file_exists_creates_nothing(assert_rejected, db_path):
    assert_rejected("disclose", "1", "--plan", "sometime", says="Unknown plan")
    assert_rejected("resource", "add", "Club", "--kind", "magic", says="Unknown kind")
    assert_rejected("strength", "add", "", says="can't be empty")
    assert_rejected("boundary", "add", "", says="can't be empty")
    assert not db_path.exists()


def test_the_disclosure_note_stays_neutral():
    assert "choice" in DISCLOSURE_NOTE and "rights" in DISCLOSURE_NOTE
    assert "must" not in DISCLOSURE_NOTE and "should" not in DISCLOSURE_NOTE


def test_review_shows_volunteering_and_mentoring_as_experience(peerjob, pinned):
    add_win(peerjob, "Food bank shift", "volunteering", "2026-11-18")
    add_win(peerjob, "Mentored a newcomer", "mentoring", "2026-11-19")
    add_win(peerjob, "Rewrote my resume", "resume", "2026-11-20")
    shown = peerjob.ok("review", "--no-plan").stdout
    assert "volunteering (experience)" in shown and "mentoring (experience)" in shown
    assert "resume (experience)" not in shown


def test_resource_done_without_win_needs_no_settings(peerjob, settings_path):
    peerjob.ok("resource", "add", "Job club", "--kind", "peer-group")
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text('week_starts_on = "tuesday"\n')
    peerjob.ok("resource", "done", "1")  # a broken settings file does not stop a plain "done"


def test_strength_rename_checks_the_name_again_in_the_write(peerjob, db_path):
    from peerjob.actions.toolkit import edit_strength
    from peerjob.errors import BadInput
    from peerjob.store.db import open_for_writing, transaction

    peerjob.ok("strength", "add", "resilience", "--story", "Kept going")
    peerjob.ok("strength", "add", "empathy", "--story", "Listened")
    conn = open_for_writing(db_path)
    try:
        with pytest.raises(BadInput, match="already have a strength called 'Empathy'"), transaction(conn, write=True):
            edit_strength(conn, 1, {"name": "Empathy"})
    finally:
        conn.close()


def test_a_prep_sheet_to_share_leaves_private_details_off(peerjob, monkeypatch, tmp_path):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10", "--salary", "SECRET-SALARY", "--location", "Leeds")
    peerjob.ok("contact", "add", "1", "Dana", "--email", "SECRET-EMAIL@example.org")
    peerjob.ok("interview", "add", "1", "2026-11-18 10:00", "--where", "SECRET-PLACE", "--kind", "video")
    peerjob.ok("interview", "debrief", "1", "--how", "SECRET-DEBRIEF")
    peerjob.ok("disclose", "1", "--plan", "after-offer", "--note", "SECRET-PLAN")
    full = peerjob.ok("prep", "1").stdout
    assert all(marker in full for marker in ("SECRET-SALARY", "SECRET-EMAIL", "SECRET-PLACE", "SECRET-DEBRIEF"))
    target = tmp_path / "to share #1.md"
    peerjob.ok("prep", "1", "--no-private", "-o", str(target))
    shared = target.read_text()
    assert "SECRET" not in shared
    assert "Dana" in shared and "Leeds" in shared and "Round 1, 2026-11-18 10:00: video" in shared
