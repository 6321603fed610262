"""Partners, check-ins, the isolation line, planned check-ins in `due`, and `peerjob support`."""

import sqlite3

import pytest

TODAY = "2026-11-22"


@pytest.fixture
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", TODAY)


@pytest.fixture
def partners(peerjob, pinned):
    peerjob.ok("partner", "add", "Sam", "--role", "mentor", "--contact", "555-0100", "--note", "Tuesdays")
    peerjob.ok("partner", "add", "Riley", "--role", "peer worker")
    peerjob.ok("partner", "add", "Jo")  # accountability by default


def test_partners_are_added_listed_and_edited(peerjob, partners):
    listed = peerjob.json("partner", "list")
    assert [(p["id"], p["name"], p["role"], p["contact"], p["note"], p["removed"]) for p in listed] == [
        (3, "Jo", "accountability", None, None, False),
        (2, "Riley", "peer-worker", None, None, False),
        (1, "Sam", "mentor", "555-0100", "Tuesdays", False),
    ]
    peerjob.ok("partner", "edit", "riley", "--contact", "riley@example.org", "--role", "peer-group")
    peerjob.ok("partner", "edit", "1", "--note", "", "--name", "Sam K")
    by_id = {p["id"]: p for p in peerjob.json("partner", "list")}
    assert (by_id[2]["contact"], by_id[2]["role"]) == ("riley@example.org", "peer-group")
    assert (by_id[1]["name"], by_id[1]["note"]) == ("Sam K", None)
    assert "riley@example.org" in peerjob.ok("partner", "list").stdout


def test_checkins_are_stored_and_celebrated(peerjob, partners):
    result = peerjob.ok(
        "checkin",
        "sam",
        "--date",
        "2026-11-20",
        "--channel",
        "in person",
        "--shared",
        "Nervous about Thursday",
        "--agreed",
        "Two applications",
        "--next",
        "2026-11-27",
    )
    assert "Sam" in result.stderr and "(ID 1)" in result.stderr
    peerjob.ok("checkin", "2", "--channel", "text")
    rows = peerjob.json("checkins")
    assert rows[0] == {
        "id": 1,
        "partner_id": 1,
        "partner": "Sam",
        "role": "mentor",
        "removed": False,
        "date": "2026-11-20",
        "channel": "in-person",
        "shared": "Nervous about Thursday",
        "agreed": "Two applications",
        "next_on": "2026-11-27",
    }
    assert (rows[1]["partner"], rows[1]["date"], rows[1]["channel"], rows[1]["next_on"]) == (
        "Riley",
        TODAY,
        "text",
        None,
    )
    assert [r["partner"] for r in peerjob.json("checkins", "--partner", "RILEY")] == ["Riley"]
    assert [r["id"] for r in peerjob.json("checkins", "--since", "2026-11-21")] == [2]
    listed = {p["name"]: p for p in peerjob.json("partner", "list")}
    assert (listed["Sam"]["checkins"], listed["Sam"]["last_checkin"]) == (1, "2026-11-20")


def test_a_checkin_can_complete_the_weeks_goals(peerjob, partners):
    peerjob.ok("goals", "set", "--checkins", "1")
    result = peerjob.ok("checkin", "Sam")
    assert "every goal" in result.stderr.lower()


def test_removed_partners_keep_their_checkins_but_get_no_new_ones(peerjob, partners, assert_rejected):
    peerjob.ok("checkin", "Sam", "--date", "2026-11-18", "--next", "2026-11-25")
    result = peerjob.ok("partner", "remove", "Sam")
    assert "on the record" in result.stderr
    assert [p["name"] for p in peerjob.json("partner", "list")] == ["Jo", "Riley"]
    everyone = peerjob.json("partner", "list", "--all")
    assert [(p["name"], p["removed"]) for p in everyone][-1] == ("Sam", True)
    (row,) = peerjob.json("checkins")
    assert (row["partner"], row["removed"]) == ("Sam", True)
    assert "Sam (removed)" in peerjob.ok("checkins").stdout
    assert [r["id"] for r in peerjob.json("checkins", "--partner", "sam")] == [1]  # still findable here
    assert_rejected("checkin", "Sam", says="was removed from your partners")
    assert_rejected("checkin", "1", says="was removed from your partners")
    assert_rejected("partner", "remove", "Sam", says="was removed")
    # Their plan is no longer due, and they are not the one suggested.
    assert [i["title"] for i in peerjob.json("due", "--days", "30")] == []


def test_same_names_are_refused_with_their_ids(peerjob, partners, assert_rejected):
    result = peerjob.ok("partner", "add", "sam", "--role", "peer-group")
    assert "another partner called sam (ID 1)" in result.stderr
    assert_rejected("checkin", "Sam", says="More than one partner is called 'Sam' (IDs 1, 4)")
    assert_rejected("partner", "edit", "SAM", "--contact", "x", says="IDs 1, 4")
    peerjob.ok("checkin", "4")
    assert peerjob.json("checkins")[0]["partner_id"] == 4


@pytest.mark.parametrize(
    "args, says",
    [
        (["partner", "add", "Kim", "--role", "boss"], "isn't a role peerjob knows"),
        (["partner", "add", "  "], "The name can't be empty"),
        (["partner", "edit", "Sam"], "Nothing to change"),
        (["partner", "edit", "Sam", "--name", " "], "can't be empty"),
        (["partner", "edit", "Nobody", "--contact", "x"], "no partner called 'Nobody'"),
        (["partner", "remove", "9"], "no partner with ID 9"),
        (["checkin", "Nobody"], "no partner called 'Nobody'"),
        (["checkin", "Sam", "--channel", "fax"], "isn't a channel"),
        (["checkin", "Sam", "--date", "tomorrow"], "in the future"),
        (["checkin", "Sam", "--next", "yesterday"], "should come after this one"),
        (["checkin", "Sam", "--date", "2026-11-20", "--next", "2026-11-20"], "should come after"),
        (["checkin", "Sam", "--next", "someday"], "Couldn't read"),
        (["checkins", "--partner", "Nobody"], "no partner called"),
    ],
)
def test_bad_input_is_refused_and_the_file_unchanged(partners, assert_rejected, args, says):
    assert_rejected(*args, says=says)


def test_commands_about_partners_create_no_file_before_there_are_any(assert_rejected, db_path):
    assert_rejected("checkin", "Sam", says="No partners yet")
    assert_rejected("partner", "remove", "Sam", says="No partners yet")
    assert not db_path.exists()


def test_due_lists_planned_checkins_until_a_later_one_happens(peerjob, partners):
    peerjob.ok("checkin", "Sam", "--date", "2026-11-10", "--next", "2026-11-17")
    peerjob.ok("checkin", "Riley", "--date", "2026-11-20", "--next", "2026-11-26")
    peerjob.ok("checkin", "Jo", "--date", "2026-11-12", "--next", "2026-11-19")
    peerjob.ok("checkin", "Jo", "--date", "2026-11-18")  # met before the plan: nothing due for Jo
    items = peerjob.json("due")
    assert [(i["kind"], i["title"], i["due_on"], i["overdue"]) for i in items] == [
        ("check-in", "Check in with Sam", "2026-11-17", True)
    ]
    assert items[0]["refs"] == {"partner_id": 1, "checkin_id": 1}
    soon = peerjob.json("due", "--days", "7")
    assert [(i["title"], i["due_on"]) for i in soon] == [
        ("Check in with Sam", "2026-11-17"),
        ("Check in with Riley", "2026-11-26"),
    ]
    assert "Check in with Sam" in peerjob.ok("due").stdout
    # The review's "next week" shows the plan too.
    review = peerjob.json("review")
    assert [(d["kind"], d["title"]) for d in review["due_next_week"]] == [("check-in", "Check in with Riley")]


def nudge_lines(stderr):
    return [line for line in stderr.splitlines() if "reach out" in line.lower() or "might like to hear" in line]


@pytest.mark.parametrize(
    "last_checkin, setting, expected",
    [
        ("2026-11-15", None, False),  # 7 days ago: not older than 7
        ("2026-11-14", None, True),  # 8 days ago
        ("2026-11-19", "3", False),  # 3 days, setting 3
        ("2026-11-18", "3", True),  # 4 days, setting 3
        (None, None, True),  # partners, never a check-in
    ],
)
def test_isolation_line_appears_exactly_when_the_last_checkin_is_older_than_the_setting(
    peerjob, pinned, last_checkin, setting, expected
):
    peerjob.ok("partner", "add", "Sam")
    if setting:
        peerjob.ok("config", "isolation_days", setting)
    if last_checkin:
        peerjob.ok("checkin", "Sam", "--date", last_checkin)
    logged = peerjob.ok("log", "ACME", "Support")
    lines = nudge_lines(logged.stderr)
    assert len(lines) == (1 if expected else 0), logged.stderr
    if expected:
        assert "Sam" in lines[0]
        assert logged.stderr.splitlines()[-1] == lines[0]  # after the celebration
    review = peerjob.json("review")
    assert (review["isolation_nudge"] is not None) == expected
    if expected:
        assert review["isolation_nudge"] == lines[0]


def test_isolation_line_names_the_partner_heard_from_least_and_never_a_removed_one(peerjob, pinned):
    peerjob.ok("log", "Before", "Partners")
    peerjob.ok("partner", "add", "Sam")
    peerjob.ok("partner", "add", "Riley")
    peerjob.ok("checkin", "Sam", "--date", "2026-11-01")
    peerjob.ok("checkin", "Riley", "--date", "2026-11-05")
    assert "Sam" in peerjob.json("review")["isolation_nudge"]
    peerjob.ok("partner", "remove", "Sam")
    assert "Riley" in peerjob.json("review")["isolation_nudge"]
    peerjob.ok("partner", "remove", "Riley")
    assert peerjob.json("review")["isolation_nudge"] is None  # nobody to suggest: no line


def test_isolation_line_kindly(peerjob, pinned, monkeypatch):
    """Once a day with `log`; never after a meeting or a call to a peer this week; a mentee named last; 0 is off."""
    peerjob.ok("partner", "add", "Jordan", "--role", "mentee")  # never heard from, but a mentee
    peerjob.ok("partner", "add", "Sam", "--role", "mentor")
    peerjob.ok("checkin", "Sam", "--date", "2026-11-01")
    first = nudge_lines(peerjob.ok("log", "ACME", "Support").stderr)
    assert len(first) == 1 and "Sam" in first[0] and "Jordan" not in first[0]
    assert nudge_lines(peerjob.ok("log", "Globex", "Barista").stderr) == []  # said once today already
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-23")
    assert len(nudge_lines(peerjob.ok("log", "Initech", "Clerk").stderr)) == 1  # a new day: once more
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("journal", "Went to my Tuesday meeting", "--practice", "meeting", "--date", "2026-11-17")
    assert peerjob.json("review")["isolation_nudge"] is None  # with people this week: no nudge
    peerjob.ok("journal", "delete", "1", "--yes")
    assert peerjob.json("review")["isolation_nudge"] is not None
    peerjob.ok("config", "isolation_days", "0")
    assert peerjob.json("review")["isolation_nudge"] is None


def test_no_partners_no_isolation_line(peerjob, pinned):
    assert nudge_lines(peerjob.ok("log", "ACME", "Support").stderr) == []
    assert peerjob.json("review")["isolation_nudge"] is None


HELP_TEXT = ("988", "call or text", "1-800-662-4357", "SAMHSA", "findahelpline.com", "local emergency number")


def test_support_works_before_any_data_and_creates_nothing(peerjob, db_path, settings_path):
    first = peerjob.ok("support")  # no country yet: the line that works everywhere, and how to add yours
    assert "findahelpline.com" in first.stdout and "peerjob config set country CODE" in first.stdout
    assert "988" not in first.stdout
    result = peerjob.ok("support", "--country", "US")
    for needle in HELP_TEXT:
        assert needle in result.stdout
    assert "peerjob partner add" in result.stdout
    assert not db_path.exists() and not db_path.parent.exists()
    assert not settings_path.exists()  # --country is for this run only
    data = peerjob.json("support", "--country", "us")
    assert data["country"] == "US"
    assert [h["contact"] for h in data["helplines"]] == ["988", "1-800-662-4357", "findahelpline.com"]
    assert data["partners"] == []


# What a person in each place sees first (numbers checked against the pages named in domain/helplines.py).
COUNTRIES = [
    ("US", ["988", "1-800-662-4357"]),
    ("CA", ["988", "1-855-242-3310"]),
    ("GB", ["116 123", "text 85258"]),
    ("GB-SCT", ["111", "0800 83 85 87", "116 123", "text 85258"]),
    ("IE", ["116 123", "1800 111 888", "1800 459 459"]),
    ("AU", ["13 11 14", "1800 250 015", "1300 22 4636"]),
    ("NZ", ["1737", "0800 787 797"]),
    ("DE", []),
]


@pytest.mark.parametrize("code, contacts", COUNTRIES)
def test_support_shows_the_lines_for_each_country(peerjob, db_path, code, contacts):
    peerjob.ok("config", "set", "country", code.lower())
    data = peerjob.json("support")
    assert data["country"] == code
    assert [h["contact"] for h in data["helplines"]] == [*contacts, "findahelpline.com"]
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(b"not a database at all")  # a broken file changes nothing about help
    assert [h["contact"] for h in peerjob.json("support")["helplines"]] == [*contacts, "findahelpline.com"]


@pytest.mark.parametrize(
    "typed, code",
    [("uk", "GB"), ("Scotland", "GB-SCT"), ("usa", "US"), ("New Zealand", "NZ"), ("fr", "FR"), ("none", "none")],
)
def test_countries_as_people_type_them(peerjob, typed, code):
    assert peerjob.ok("config", "set", "country", typed).stderr.strip() == f"Saved: country = {code}"


def test_a_country_that_is_not_one_is_refused(assert_rejected):
    assert_rejected("config", "set", "country", "Narnia 2", says="not a country code")
    assert_rejected("support", "--country", "xyz", says="not a country code")


def test_support_helps_even_with_a_broken_settings_file(peerjob, settings_path):
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text("country = [oops\n")
    result = peerjob.ok("support")
    assert "findahelpline.com" in result.stdout


def test_support_lists_active_partners_with_their_contacts(peerjob, partners, db_path):
    peerjob.ok("partner", "remove", "Jo")
    before = db_path.read_bytes()
    result = peerjob.ok("support")
    assert "Sam (mentor): 555-0100" in result.stdout
    assert "Riley (peer-worker): no contact saved yet" in result.stdout
    assert "Jo" not in result.stdout
    assert db_path.read_bytes() == before
    assert [p["name"] for p in peerjob.json("support")["partners"]] == ["Riley", "Sam"]


@pytest.mark.parametrize("content", [b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 200, b""])
def test_support_still_helps_when_the_data_file_is_broken(peerjob, db_path, content):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(content)
    result = peerjob.ok("support", "--country", "US")
    for needle in HELP_TEXT:
        assert needle in result.stdout
    assert "Traceback" not in result.stderr
    assert db_path.read_bytes() == content


def test_support_reads_a_locked_file(peerjob, partners, db_path):
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN IMMEDIATE")  # another command is writing
    try:
        assert "Sam (mentor): 555-0100" in peerjob.ok("support").stdout
    finally:
        holder.rollback()
        holder.close()


def test_review_says_when_the_last_checkin_was(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("partner", "add", "Sam")
    peerjob.ok("checkin", "Sam", "--date", "2026-11-13")
    assert "the last one 9 days ago" in peerjob.ok("review", "--no-plan").stdout
    assert "the last one on 2026-11-13" in peerjob.ok("review", "--week", "last").stdout


def test_support_asks_the_country_once_on_a_terminal_after_the_lines(terminal_env, settings_path):
    from test_terminal import run_in_terminal

    code, output = run_in_terminal(["support"], "scotland\r", terminal_env, after="Which country are you in?")
    assert code == 0, output
    assert output.index("findahelpline.com") < output.index("Which country")  # help first, the question after
    assert "0800 83 85 87" in output and "Saved: lines for Scotland" in output
    assert 'country = "GB-SCT"' in settings_path.read_text()
    code, output = run_in_terminal(["support"], "", terminal_env)
    assert code == 0 and "Which country" not in output and "Breathing Space" in output
