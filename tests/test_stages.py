"""The stage sets: defined once, and the SQL built from them."""

import sqlite3

import pytest

from peerjob.domain.stages import ACTIVE_STAGES, CLOSED_BY_EMPLOYER, FINISHED_STAGES, STAGES, stage_in


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
