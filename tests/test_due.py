"""`peerjob due` lists follow-ups that are due or overdue, and only those."""


def test_due_lists_follow_ups_up_to_today(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "Past", "Role", "--date", "10 days ago")  # follow-up 3 days ago
    peerjob.ok("log", "Today", "Role", "--date", "7 days ago")  # follow-up today
    peerjob.ok("log", "Soon", "Role")  # follow-up in 7 days
    peerjob.ok("log", "Closed", "Role", "--date", "20 days ago")
    peerjob.ok("stage", "4", "rejected", "--no-follow-up")
    items = peerjob.json("due")
    assert [(i["title"], i["overdue"]) for i in items] == [
        ("Follow up with Past", True),
        ("Follow up with Today", False),
    ]
    assert [i["due_on"] for i in items] == ["2026-11-19", "2026-11-22"]
    assert [i["title"] for i in peerjob.json("due", "--days", "7")][-1] == "Follow up with Soon"
    assert "overdue" in peerjob.ok("due").stdout


def test_nothing_due_is_said_kindly(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    result = peerjob.ok("due")
    assert result.stdout == "" and "Nothing is due" in result.stderr


def quiet(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "Fresh", "Role", "--date", "2026-11-12", "--no-follow-up")  # 10 days: nothing yet
    peerjob.ok("log", "Waiting", "Role", "--date", "2026-11-06", "--no-follow-up")  # 16 days: nudge
    peerjob.ok("log", "Silent", "Role", "--date", "2026-10-20", "--no-follow-up")  # 33 days: no-response?
    peerjob.ok("log", "Replied", "Role", "--date", "2026-10-01", "--no-follow-up")
    peerjob.ok("stage", "4", "screening", "--date", "2026-10-10")  # a reply: no nudge


def test_quiet_applications_get_suggestions_not_changes(peerjob, monkeypatch):
    quiet(peerjob, monkeypatch)
    items = peerjob.json("due")
    assert [(i["kind"], i["title"], i["due_on"], i["overdue"]) for i in items] == [
        ("no-response", "Still no reply from Silent", "2026-11-19", False),
        ("no-reply", "No reply yet from Waiting", "2026-11-20", False),
    ]
    assert "peerjob stage 3 no-response" in items[0]["detail"]
    assert [row["stage"] for row in peerjob.json("list")] == ["screening", "applied", "applied", "applied"]
    # In the next week, the fresh one reaches 14 days too.
    soon = peerjob.json("due", "--days", "7")
    assert ("no-reply", "No reply yet from Fresh", "2026-11-26") in [(i["kind"], i["title"], i["due_on"]) for i in soon]


def test_quiet_days_follow_the_settings_and_options(peerjob, monkeypatch):
    quiet(peerjob, monkeypatch)
    peerjob.ok("config", "follow_up_after_days", "7")
    peerjob.ok("config", "no_response_after_days", "60")
    assert [i["title"] for i in peerjob.json("due")] == [
        "No reply yet from Silent",
        "No reply yet from Waiting",
        "No reply yet from Fresh",
    ]
    titles = [i["title"] for i in peerjob.json("due", "--follow-up-after", "0", "--no-response-after", "15")]
    assert titles == ["Still no reply from Silent", "Still no reply from Waiting"]


def test_a_set_follow_up_date_stands_in_for_the_nudge(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "Planned", "Role", "--date", "2026-11-06", "--follow-up", "2026-11-25")
    assert peerjob.json("due") == []
    assert [i["kind"] for i in peerjob.json("due", "--days", "3")] == ["follow-up"]


def test_many_silent_applications_are_summarised_not_listed(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    for number in range(8):
        peerjob.ok("log", f"Old {number}", "Role", "--date", f"2026-0{number + 1}-10", "--no-follow-up")
    assert len(peerjob.json("due")) == 8
    shown = peerjob.ok("due")
    assert "Old 7" in shown.stdout and "Old 3" in shown.stdout and "Old 2" not in shown.stdout
    assert "And 3 older applications" in shown.stderr


def test_after_time_away_due_shows_five_overdue_and_folds_the_rest(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    for number in range(8):
        peerjob.ok(
            "log", f"Company {number}", "Role", "--date", f"2026-07-0{number + 1}", "--follow-up", f"2026-07-1{number}"
        )
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    result = peerjob.ok("due", "--no-response-after", "0", "--follow-up-after", "0")
    rows = result.stdout.splitlines()[1:]
    assert len(rows) == 5 and all("(overdue)" in row for row in rows)
    assert "Company 7" in result.stdout and "Company 0" not in result.stdout  # the most recent five
    assert "And 3 older plans" in result.stderr and "peerjob due --all" in result.stderr
    every = peerjob.ok("due", "--all", "--no-response-after", "0", "--follow-up-after", "0")
    assert len(every.stdout.splitlines()[1:]) == 8 and "older plans" not in every.stderr
    assert len(peerjob.json("due", "--no-response-after", "0", "--follow-up-after", "0")) == 8  # JSON has them all


def test_tidy_lets_go_of_old_plans_in_one_step_and_undo_brings_them_back(peerjob, monkeypatch, assert_rejected):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "Old", "Role", "--date", "2026-06-01", "--follow-up", "2026-06-08")
    peerjob.ok("log", "Recent", "Role", "--date", "2026-11-10", "--follow-up", "2026-11-17")
    peerjob.ok("partner", "add", "Sam")
    peerjob.ok("checkin", "Sam", "--date", "2026-06-01", "--next", "2026-06-15")
    assert "--let-go-before DATE" in assert_rejected("due", "--tidy")  # no terminal: says the one-step form
    assert_rejected("due", "--let-go-before", "2026-10-01", says="goes with --tidy")
    said = peerjob.ok("due", "--tidy", "--let-go-before", "2026-10-01").stderr
    assert "Let go of 2 old plans dated before 2026-10-01" in said
    kinds = [(i["kind"], i["title"]) for i in peerjob.json("due", "--no-response-after", "0", "--follow-up-after", "0")]
    assert kinds == [("follow-up", "Follow up with Recent")]  # the recent one stays
    peerjob.ok("undo", "--yes")
    assert len(peerjob.json("due", "--no-response-after", "0", "--follow-up-after", "0")) == 3


def test_tidy_on_a_terminal_asks_about_each_old_plan(terminal_env, peerjob, monkeypatch):
    from test_terminal import run_in_terminal

    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "Old", "Role", "--date", "2026-06-01", "--follow-up", "2026-06-08")
    peerjob.ok("log", "Older", "Role", "--date", "2026-05-01", "--follow-up", "2026-05-08")
    peerjob.ok("log", "Oldest", "Role", "--date", "2026-04-01", "--follow-up", "2026-04-08")
    peerjob.ok("log", "Done", "Role", "--date", "2026-07-01", "--follow-up", "2026-07-08")
    code, screen = run_in_terminal(["due", "--tidy"], "l\n2026-12-01\n\nd\n", terminal_env)
    assert code == 0, screen
    assert "Follow up with Oldest (was 2026-04-08)" in screen and "Tidied 3 plans" in screen
    follow_ups = {row["company"]: row["follow_up_on"] for row in peerjob.json("list")}
    assert follow_ups == {"Oldest": None, "Older": "2026-12-01", "Old": "2026-06-08", "Done": "2026-11-29"}
    assert [f["date"] for f in peerjob.json("show", "4")["follow_ups"]] == ["2026-11-22"]  # done: a follow-up sent
