"""The pure self-care logic: levels, tags, averages, weekly figures, practice comparisons."""

from datetime import date

import pytest

from peerjob.domain.selfcare import (
    CHANNELS,
    PARTNER_ROLES,
    Day,
    average,
    close_practice,
    parse_choice,
    parse_practices,
    parse_scale,
    practice_comparisons,
    scale_sparkline,
    weekly_figures,
)
from peerjob.errors import BadInput


@pytest.mark.parametrize(
    "value, expected",
    [(None, None), ("1", 1), ("5", 5), (" 3 ", 3), (4, 4)],
)
def test_scale_accepts_whole_numbers_one_to_five(value, expected):
    assert parse_scale(value, "Mood") == expected


@pytest.mark.parametrize("value", ["0", "6", "high", "", "3.5", "-1", "1e1", "٣"])
def test_scale_refuses_anything_else(value):
    with pytest.raises(BadInput, match=r"Mood is a whole number from 1 .* For example: --mood 3"):
        parse_scale(value, "Mood")


@pytest.mark.parametrize(
    "values, expected",
    [
        (None, []),
        (["walk"], ["walk"]),
        (["Walk", "walk"], ["walk"]),
        (["Call a peer"], ["call-a-peer"]),
        (["call_a_peer,  meeting "], ["call-a-peer", "meeting"]),
        (["sleep", "exercise,walk"], ["exercise", "sleep", "walk"]),
    ],
)
def test_practices_are_normalised_tags(values, expected):
    assert parse_practices(values) == expected


@pytest.mark.parametrize("values", [[""], ["walk,"], [" "], ["x" * 41]])
def test_practices_refuse_empty_or_long_tags(values):
    with pytest.raises(BadInput):
        parse_practices(values)


@pytest.mark.parametrize(
    "tag, known, expected",
    [
        ("walkk", set(), "walk"),  # close to a suggestion
        ("walk", set(), None),  # a suggestion itself
        ("yoga", set(), None),  # new, and like nothing known
        ("yogaa", {"yoga"}, "yoga"),  # close to one already used
        ("yoga", {"yoga"}, None),
    ],
)
def test_close_practice(tag, known, expected):
    assert close_practice(tag, known) == expected


@pytest.mark.parametrize(
    "value, choices, expected",
    [
        ("mentor", PARTNER_ROLES, "mentor"),
        ("Peer Worker", PARTNER_ROLES, "peer-worker"),
        ("peer_group", PARTNER_ROLES, "peer-group"),
        ("in person", CHANNELS, "in-person"),
        ("VIDEO", CHANNELS, "video"),
    ],
)
def test_choices_forgive_case_and_spaces(value, choices, expected):
    assert parse_choice(value, choices, "role", "--role") == expected


def test_unknown_choice_lists_the_known_ones():
    with pytest.raises(BadInput, match="Use one of call, text, video, in-person, group"):
        parse_choice("fax", CHANNELS, "channel", "--channel")


@pytest.mark.parametrize(
    "total, count, expected",
    [
        (0, 0, None),
        (9, 4, 2.3),  # 2.25: halves go up, as by hand (Python's round() would say 2.2)
        (15, 4, 3.8),  # 3.75
        (7, 3, 2.3),
        (73, 20, 3.7),  # 3.65 exactly
        (10, 2, 5.0),
    ],
)
def test_average_rounds_halves_up(total, count, expected):
    assert average(total, count) == expected


def day(iso, moods=(), energies=(), practices=()):
    return Day(
        day=date.fromisoformat(iso),
        entries=max(len(moods), len(energies), 1),
        mood_sum=sum(moods),
        mood_count=len(moods),
        energy_sum=sum(energies),
        energy_count=len(energies),
        practices=frozenset(practices),
    )


def test_weekly_figures_average_over_entries_and_count_days():
    days = [
        day("2026-11-02", [4], [3]),
        day("2026-11-03", [5]),
        day("2026-11-04", [2], [2]),
        day("2026-11-10", [4, 2]),
        day("2026-11-12", [1], [1]),
        day("2026-11-30", [5]),  # after the span: left out
    ]
    weeks = weekly_figures(days, date(2026, 11, 2), 3)
    assert [(w["week_start"].isoformat(), w["days"], w["entries"], w["mood"], w["energy"]) for w in weeks] == [
        ("2026-11-02", 3, 3, 3.7, 2.5),  # (4+5+2)/3 = 3.67
        ("2026-11-09", 2, 3, 2.3, 1.0),  # (4+2+1)/3 = 2.33
        ("2026-11-16", 0, 0, None, None),
    ]
    assert weeks[0]["week_end"] == date(2026, 11, 8)


COMPARISON_CASES = [
    # (days, expected [(practice, days_with, days_without, mood_with, mood_without)])
    (
        [
            day("2026-11-01", [4], practices=["walk"]),
            day("2026-11-02", [5], practices=["walk"]),
            day("2026-11-03", [3], practices=["walk", "meeting"]),
            day("2026-11-04", [2]),
            day("2026-11-05", [3]),
            day("2026-11-06", [1]),
            day("2026-11-07", [3], practices=["meeting"]),
        ],
        [("walk", 3, 4, 4.0, 2.3)],  # meeting: only 2 days with it
    ),
    (
        # Exactly 3 with and 3 without: enough.
        [
            day(f"2026-11-0{n}", [mood], practices=["walk"] if n <= 3 else [])
            for n, mood in zip(range(1, 7), (4, 4, 5, 2, 3, 3), strict=True)
        ],
        [("walk", 3, 3, 4.3, 2.7)],
    ),
    (
        # 3 with but only 2 without: not enough to say anything.
        [day(f"2026-11-0{n}", [4], practices=["walk"] if n <= 3 else []) for n in range(1, 6)],
        [],
    ),
    (
        # Days without a mood don't count on either side; a day's mood is the average of its entries.
        [
            day("2026-11-01", [5, 2], practices=["walk"]),
            day("2026-11-02", [4], practices=["walk"]),
            day("2026-11-03", [3], practices=["walk"]),
            day("2026-11-04", [], [3], practices=["walk"]),
            day("2026-11-05", [1]),
            day("2026-11-06", [2]),
            day("2026-11-07", [], [4]),
            day("2026-11-08", [2]),
        ],
        [("walk", 3, 3, 3.5, 1.7)],  # (3.5 + 4 + 3) / 3 = 3.5; (1 + 2 + 2) / 3 = 1.67
    ),
    (
        # Several practices: the one with the larger gap first.
        [
            day("2026-11-01", [5], practices=["walk"]),
            day("2026-11-02", [5], practices=["walk"]),
            day("2026-11-03", [4], practices=["walk"]),
            day("2026-11-04", [2], practices=["therapy"]),
            day("2026-11-05", [2], practices=["therapy"]),
            day("2026-11-06", [3], practices=["therapy"]),
        ],
        [("walk", 3, 3, 4.7, 2.3), ("therapy", 3, 3, 2.3, 4.7)],
    ),
]


@pytest.mark.parametrize("days, expected", COMPARISON_CASES)
def test_practice_comparisons_need_three_days_each_side(days, expected):
    found = practice_comparisons(days)
    assert [
        (c["practice"], c["days_with"], c["days_without"], c["mood_with"], c["mood_without"]) for c in found
    ] == expected


def test_comparison_sentences_describe_patterns_not_causes():
    days = COMPARISON_CASES[0][0]
    (walk,) = practice_comparisons(days)
    assert walk["sentence"] == "On days you walked, your mood averaged 4.0 (3 days); on other days, 2.3 (4 days)."
    custom = [day(f"2026-11-0{n}", [4 if n < 4 else 2], practices=["gardening"] if n < 4 else []) for n in range(1, 7)]
    assert practice_comparisons(custom)[0]["sentence"].startswith("On days you noted gardening, your mood averaged 4.0")
    for word in ("because", "causes", "makes", "improves", "helps"):
        assert word not in walk["sentence"]


@pytest.mark.parametrize(
    "values, low, high, expected",
    [
        ([1, 5, None, 3], 1, 5, "▁█·▅"),  # 3 sits half way: (3-1)/4*7 = 3.5 -> 4
        ([2.3, 3.5], 1, 5, "▃▅"),
        ([None, None], 1, 5, "··"),
        ([7, 1, None], 0, 7, "█▂·"),
    ],
)
def test_scale_sparkline(values, low, high, expected):
    assert scale_sparkline(values, low=low, high=high) == expected
