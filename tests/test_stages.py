"""The stage sets: defined once, and the SQL built from them."""

import sqlite3
from datetime import date

import pytest

from peerjob.domain.stages import ACTIVE_STAGES, CLOSED_BY_EMPLOYER, FINISHED_STAGES, STAGES, changes_on_move, stage_in


def test_every_stage_is_active_or_finished_never_both():
    assert set(ACTIVE_STAGES) | FINISHED_STAGES == set(STAGES)
    assert not set(ACTIVE_STAGES) & FINISHED_STAGES
    assert CLOSED_BY_EMPLOYER <= FINISHED_STAGES


@pytest.mark.parametrize(
    ("stages", "negate", "expected"),
    [
        (FINISHED_STAGES, False, ["accepted", "rejected", "withdrawn", "no-response"]),
        (FINISHED_STAGES, True, list(ACTIVE_STAGES)),
        (frozenset({"screening"}), False, ["screening"]),
    ],
)
def test_stage_in_selects_exactly_the_set(stages, negate, expected):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE application (stage TEXT)")
    conn.executemany("INSERT INTO application VALUES (?)", [(stage,) for stage in STAGES])
    condition, params = stage_in("stage", stages, negate=negate)
    found = [row[0] for row in conn.execute(f"SELECT stage FROM application WHERE {condition} ORDER BY rowid", params)]
    assert found == expected


D1, D2 = date(2026, 12, 1), date(2026, 12, 8)


@pytest.mark.parametrize(
    ("from_stage", "to_stage", "given", "expected"),
    [
        ("saved", "applied", {}, {}),  # sent: the follow-up it gets is log's business
        ("applied", "screening", {}, {"follow_up_on": None}),  # a reply: no follow-up pending any more
        ("applied", "interviewing", {"follow_up_on": D1}, {"follow_up_on": D1}),  # unless the person sets one
        ("screening", "interviewing", {}, {}),
        ("interviewing", "offer", {}, {}),
        ("applied", "rejected", {}, {"follow_up_on": None}),  # nothing left to follow up
        ("screening", "rejected", {"follow_up_on": D2}, {"follow_up_on": D2}),  # the person's own date wins
        ("screening", "applied", {"clear_follow_up": True}, {"follow_up_on": None}),
        ("offer", "accepted", {"start_on": D2}, {"follow_up_on": None, "start_on": D2}),
        ("applied", "withdrawn", {}, {"follow_up_on": None}),
        ("interviewing", "no-response", {}, {"follow_up_on": None}),
    ],
)
def test_what_a_stage_move_changes_besides_the_stage(from_stage, to_stage, given, expected):
    assert changes_on_move(to_stage, from_stage=from_stage, **given) == expected
