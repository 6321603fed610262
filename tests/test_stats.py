"""The funnel, against figures counted by hand; and the pure figures, by table."""

from datetime import date

import pytest

from peerjob.domain.stats import AppPath, funnel, percent


@pytest.fixture
def history(peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    log = [
        ("A", "board", "2026-10-01"),
        ("B", "board", "2026-10-02"),
        ("C", "referral", "2026-10-03"),
        ("D", "board", "2026-10-05"),
        ("E", None, "2026-10-06"),
        ("F", "referral", "2026-11-01"),
    ]
    for company, source, day in log:
        peerjob.ok("log", company, "Role", "--date", day, *(["--source", source] if source else []))
    peerjob.ok("stage", "1", "screening", "--date", "2026-10-05")  # reply after 4 days
    peerjob.ok("stage", "1", "interviewing", "--date", "2026-10-12")
    peerjob.ok("stage", "1", "rejected", "--date", "2026-10-20", "--no-reframe")
    peerjob.ok("stage", "2", "rejected", "--date", "2026-10-12", "--no-reframe")  # reply after 10 days
    peerjob.ok("stage", "3", "screening", "--date", "2026-10-05")  # reply after 2 days
    peerjob.ok("stage", "3", "interviewing", "--date", "2026-10-09")
    peerjob.ok("stage", "3", "offer", "--date", "2026-10-19")
    peerjob.ok("stage", "4", "no-response", "--date", "2026-11-05", "--no-reframe")  # silence is not a reply
    peerjob.ok("log", "G", "Role", "--date", "2026-11-02")
    peerjob.ok("stage", "7", "saved", "--date", "2026-11-02")  # not sent yet: not in the shares


def test_stats_match_a_hand_count(peerjob, history):
    figures = peerjob.json("stats")
    assert figures["applications"] == 6 and figures["saved"] == 1
    assert {k: v for k, v in figures["by_stage"].items() if v} == {
        "applied": 2,
        "rejected": 2,
        "offer": 1,
        "no-response": 1,
        "saved": 1,
    }
    assert (figures["reached_screening"], figures["reached_interview"]) == (2, 2)
    assert figures["screening_share"] == 0.333 and figures["interview_share"] == 0.333
    assert figures["replies"] == 3 and figures["median_days_to_reply"] == 4.0  # waits 4, 10, 2
    sources = {row["source"]: row for row in figures["by_source"]}
    assert (sources["board"]["applications"], sources["board"]["reached_screening"]) == (3, 1)
    assert (sources["referral"]["applications"], sources["referral"]["reached_interview"]) == (2, 1)
    assert sources["(not recorded)"]["applications"] == 1
    assert [row["source"] for row in figures["by_source"]] == ["board", "referral", "(not recorded)"]


def test_stats_include_the_middle_of_the_search(peerjob, history):
    peerjob.ok("interview", "add", "1", "2026-10-14 10:00")
    peerjob.ok("interview", "add", "3", "2026-10-10")
    peerjob.ok("interview", "add", "3", "2026-10-15 09:00")
    peerjob.ok("interview", "add", "3", "2026-10-17")
    peerjob.ok("followup", "5", "--date", "2026-10-20")
    peerjob.ok("followup", "5", "--date", "2026-11-03")
    peerjob.ok("followup", "6", "--date", "2026-11-10")
    figures = peerjob.json("stats")
    # By hand: C reached an offer (1 of 6 sent); 4 rounds over A and C (2 each); 3 follow-ups.
    assert (figures["reached_offer"], figures["offer_share"]) == (1, 0.167)
    assert (figures["rounds"], figures["with_rounds"], figures["rounds_per_interviewed"]) == (4, 2, 2.0)
    assert figures["follow_ups"] == 3
    shown = peerjob.ok("stats").stdout
    assert "Reached an offer: 1 (17%)." in shown
    assert "Interview rounds: 4, across 2 applications (2 each on average)." in shown
    assert "Follow-ups sent: 3, each one a step you took." in shown


def test_stats_since_counts_applications_sent_in_the_span(peerjob, history):
    figures = peerjob.json("stats", "--since", "2026-10-04")
    assert figures["applications"] == 3 and figures["reached_screening"] == 0
    assert figures["median_days_to_reply"] is None


def test_stats_on_a_terminal_read_as_information(peerjob, history):
    shown = peerjob.ok("stats").stdout
    assert "Reached a screening: 2 (33%)" in shown and "4 days (median)" in shown
    # The figures end with a line that puts them in proportion (the same line every run for this data).
    assert shown.rstrip().splitlines()[-1] == (
        "Low numbers are common in any job search; they show where the effort went, and every bit of it counts."
    )


def test_stats_with_nothing_yet(peerjob):
    assert peerjob.json("stats")["median_days_to_reply"] is None
    assert "No applications yet" in peerjob.ok("stats").stdout


def path(stage, reached=(), source=None, applied="2026-10-01", reply=None):
    return AppPath(
        stage=stage,
        source=source,
        applied_on=date.fromisoformat(applied),
        stages_reached=frozenset({"applied", stage, *reached}),
        first_reply_on=date.fromisoformat(reply) if reply else None,
    )


@pytest.mark.parametrize(
    "paths, expected",
    [
        ([], (0, None, None, None)),
        ([path("saved")], (0, None, None, None)),
        ([path("applied"), path("screening", reply="2026-10-03")], (2, 0.5, 0.0, 2.0)),
        (
            [path("rejected", reply="2026-10-11"), path("rejected", ["interviewing"], reply="2026-10-05")],
            (2, 0.5, 0.5, 7.0),
        ),
        (
            [
                path("accepted", ["screening", "interviewing", "offer"], reply="2026-10-02"),
                path("applied"),
                path("no-response"),
            ],
            (3, 0.333, 0.333, 1.0),
        ),
    ],
)
def test_funnel_figures(paths, expected):
    figures = funnel(paths)
    assert (
        figures.applications,
        figures.screening_share,
        figures.interview_share,
        figures.median_days_to_reply,
    ) == expected


@pytest.mark.parametrize("value, shown", [(None, "-"), (0.0, "0%"), (0.333, "33%"), (1.0, "100%")])
def test_percent(value, shown):
    assert percent(value) == shown
