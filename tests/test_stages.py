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
    ("to_stage", "given", "expected"),
    [
        ("screening", {}, {}),
        ("interviewing", {"interview_on": D1}, {"interview_on": D1}),
        ("offer", {}, {"interview_on": None}),  # moving past interviews clears the planned one
        ("rejected", {}, {"follow_up_on": None, "interview_on": None}),  # nothing left to follow up
        ("rejected", {"follow_up_on": D2}, {"follow_up_on": D2, "interview_on": None}),  # the person's own date wins
        ("applied", {"clear_follow_up": True}, {"follow_up_on": None, "interview_on": None}),
        ("accepted", {"start_on": D2}, {"follow_up_on": None, "start_on": D2, "interview_on": None}),
        ("withdrawn", {}, {"follow_up_on": None, "interview_on": None}),
    ],
)
def test_what_a_stage_move_changes_besides_the_stage(to_stage, given, expected):
    assert changes_on_move(to_stage, **given) == expected
