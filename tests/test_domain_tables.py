"""Small pure rules, each checked with a table of cases."""

from __future__ import annotations

import zlib
from datetime import date

import pytest

from peerjob.domain.export import Anonymiser, parse_include, shareable
from peerjob.domain.reach_out import isolation_line
from peerjob.domain.reframe import has_content
from peerjob.errors import BadInput

AS_OF = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("partner", "last", "days", "says"),
    [
        (None, None, 7, None),  # nobody to reach out to: say nothing
        ("Sam", date(2026, 11, 13), 7, None),  # exactly 7 days: not yet
        ("Sam", date(2026, 11, 12), 7, "Sam"),  # 8 days: one quiet line naming them
        ("Sam", None, 7, "Sam"),  # never checked in: said plainly
        ("Jo", date(2026, 11, 18), 1, "Jo"),  # isolation_days 1: two days is longer
        ("Jo", None, 0, None),  # isolation_days 0: the line is off
        ("Jo", None, 7, "connected"),  # a meeting or a call to a peer this week: no line
    ],
)
def test_the_isolation_line_appears_only_after_the_set_days(partner, last, days, says):
    connected = says == "connected"
    line = isolation_line(partner, last, AS_OF, days, connected=connected)
    if connected:
        says = None
    if says is None:
        assert line is None
    else:
        assert line is not None and says in line


def test_never_checked_in_is_worded_apart_from_a_long_gap():
    never = isolation_line("Sam", None, AS_OF, 7)
    gap = isolation_line("Sam", date(2026, 10, 1), AS_OF, 7)
    assert never != gap


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({}, False),
        ({"what_happened": ""}, False),
        ({"what_happened": None, "first_thought": ""}, False),
        ({"balanced_thought": "One no is one opening"}, True),
        ({"unrelated": "text"}, False),
    ],
)
def test_a_reframe_has_content_only_with_an_answer(answers, expected):
    assert has_content(answers) is expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (None, set()),
        (["journal"], {"journal"}),
        (["Journal, notes", " ,"], {"journal", "notes"}),
        (["companies"], {"companies"}),
    ],
)
def test_include_names_are_read_in_any_case_and_commas(values, expected):
    assert parse_include(values) == expected


def test_an_unknown_include_name_is_refused_with_the_known_ones():
    with pytest.raises(BadInput) as refused:
        parse_include(["diary"])
    assert "journal" in refused.value.message


@pytest.mark.parametrize(
    ("count", "last_alias"),
    [(1, "Company A"), (26, "Company Z"), (27, "Company AA"), (28, "Company AB"), (703, "Company AAA")],
)
def test_anonymous_names_run_a_to_z_then_aa(count, last_alias):
    alias = Anonymiser()
    names = [alias(f"Employer {number}") for number in range(count)]
    assert names[-1] == last_alias
    assert len(set(names)) == count  # never two companies under one name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, None),
        ("", ""),
        ("Thanks to acme corp for the call", "Thanks to Company A for the call"),
        ("ACMEX is another firm", "ACMEX is another firm"),  # whole words only
    ],
)
def test_scrub_replaces_known_names_as_whole_words_in_any_case(text, expected):
    alias = Anonymiser(["ACME Corp"])
    alias("ACME Corp")
    assert alias.scrub(text) == expected


def test_scrub_with_no_known_names_changes_nothing():
    assert Anonymiser().scrub("ACME called") == "ACME called"


def review_data() -> dict:
    return {
        "headline": "A week at ACME",
        "isolation_nudge": "Sam might like to hear from you.",
        "mood_average": 3.5,
        "energy_average": 3.0,
        "mood_by_day": [],
        "top_practices": [],
        "boundaries": ["Leave ACME by 6"],
        "stage_changes": [{"company": "ACME", "next_step": "call ACME", "next_step_on": "2026-11-25", "reframe": {}}],
        "due_next_week": [
            {"kind": "follow-up", "title": "Follow up with ACME"},
            {"kind": "reframe-step", "title": "x"},
        ],
        "win_items": [{"text": "Mock interview for ACME"}],
        "milestones": [{"title": "First interview (ACME)"}],
    }


def test_a_shared_summary_leaves_private_things_out_by_default():
    data = shareable(review_data(), include=set(), anonymise=False, extras={})
    for key in ("isolation_nudge", "mood_average", "energy_average", "mood_by_day", "top_practices", "boundaries"):
        assert key not in data
    assert data["stage_changes"] == [{"company": "ACME"}]
    assert [item["kind"] for item in data["due_next_week"]] == ["follow-up"]
    assert (data["private"], data["included"]) == (False, [])


def test_anonymising_reaches_every_place_a_company_is_named():
    data = shareable(
        review_data(),
        include={"boundaries", "notes"},
        anonymise=True,
        extras={"_companies": ["ACME"], "notes": [{"company": "ACME", "note": "ACME asked for references"}]},
    )
    text = repr(data)
    assert "ACME" not in text and "Company A" in text
    assert data["notes"] == [{"company": "Company A", "note": "Company A asked for references"}]


@pytest.mark.parametrize(
    ("applied_on", "has_follow_up", "until", "kind", "due_on"),
    [
        (date(2026, 11, 1), False, date(2026, 11, 10), None, None),  # 9 days: nothing yet
        (date(2026, 11, 1), False, date(2026, 11, 15), "no-reply", date(2026, 11, 15)),  # 14 days: a nudge
        (date(2026, 11, 1), True, date(2026, 11, 15), None, None),  # its own follow-up date decides
        (date(2026, 10, 1), True, date(2026, 11, 15), "no-response", date(2026, 10, 31)),  # 30 days: a suggestion
        (date(2026, 10, 1), False, date(2026, 11, 15), "no-response", date(2026, 10, 31)),
    ],
)
def test_when_peerjob_suggests_a_follow_up_or_no_response(applied_on, has_follow_up, until, kind, due_on):
    from peerjob.domain.due import quiet_application

    item = quiet_application(
        7,
        "ACME",
        "Support",
        applied_on=applied_on,
        has_follow_up=has_follow_up,
        today=until,
        until=until,
        nudge_days=14,
        silence_days=30,
    )
    if kind is None:
        assert item is None
    else:
        assert item is not None and (item.kind, item.due_on, item.suggestion) == (kind, due_on, True)
        assert "ACME" in item.title and "failed" not in item.detail


def test_calendar_events_keep_one_uid_per_thing_and_never_carry_private_words():
    from peerjob.domain.calendar import events_from
    from peerjob.domain.due import DueItem

    today = date(2026, 11, 20)
    items = [
        DueItem(
            kind="follow-up", due_on=date(2026, 11, 21), title="Follow up with ACME", detail="Support", application_id=4
        ),
        DueItem(
            kind="check-in",
            due_on=date(2026, 11, 22),
            title="Check in with Sam",
            detail="mentor",
            refs={"partner_id": 2, "checkin_id": 9},
        ),
        DueItem(
            kind="resource",
            due_on=date(2026, 11, 23),
            title="Next step with Job club",
            detail="peer-group",
            private_detail="Call Dana",
            refs={"resource": 3},
        ),
        DueItem(
            kind="reframe-step",
            due_on=date(2026, 11, 24),
            title="Your next step after ACME",
            detail="private words",
            application_id=4,
            refs={"reframe": 7},
        ),
        DueItem(
            kind="interview", due_on=date(2026, 11, 25), title="Interview with Globex", detail="prep", application_id=5
        ),
        DueItem(kind="other", due_on=date(2026, 11, 26), title="Something new"),
        DueItem(kind="no-reply", due_on=date(2026, 11, 21), title="No reply yet", application_id=6, suggestion=True),
        DueItem(kind="follow-up", due_on=date(2026, 11, 19), title="Yesterday's", application_id=8),
        DueItem(kind="follow-up", due_on=date(2026, 11, 28), title="Follow up with ACME again", application_id=4),
    ]
    events = events_from(items, today=today)
    assert [(event.uid, event.description) for event in events] == [
        ("follow-up-4@peerjob", "Support"),  # the soonest of the two for application 4
        ("check-in-2@peerjob", "mentor"),  # one planned check-in per partner
        ("resource-3@peerjob", "peer-group"),  # the step's own words stay out
        ("reframe-step-7@peerjob", ""),  # a reframe's words are private
        ("interview-round-5@peerjob", ""),  # rounds have their own namespace (0005)
        ("other-" + format(zlib.crc32(b"Something new"), "08x") + "@peerjob", ""),
    ]
