"""`peerjob due` lists follow-ups that are due or overdue, and only those."""

from datetime import date, timedelta


def test_due_lists_follow_ups_up_to_today(peerjob):
    peerjob.ok("log", "Past", "Role", "--date", "10 days ago")  # follow-up 3 days ago
    peerjob.ok("log", "Today", "Role", "--date", "7 days ago")  # follow-up today
    peerjob.ok("log", "Soon", "Role")  # follow-up in 7 days
    peerjob.ok("log", "Closed", "Role", "--date", "20 days ago")
    peerjob.ok("stage", "4", "rejected", "--no-follow-up")
    items = peerjob.json("due")
    assert [(i["title"], i["overdue"]) for i in items] == [("Follow up with Past", True), ("Follow up with Today", False)]
    assert items[0]["due_on"] == (date.today() - timedelta(days=3)).isoformat()
    assert [i["title"] for i in peerjob.json("due", "--days", "7")][-1] == "Follow up with Soon"
    assert "overdue" in peerjob.ok("due").stdout


def test_nothing_due_is_said_kindly(peerjob):
    result = peerjob.ok("due")
    assert result.stdout == "" and "Nothing is due" in result.stderr
