"""Every phrase peerjob can say is checked against the words VOICE.md rules out."""

import re

import pytest

from peerjob.messages import CATALOGUE, choose

RULED_OUT = [
    r"\bfail(ed|ure|ing)?\b", r"\blost\b", r"\bwasted?\b", r"streak", r"\baddicts?\b", r"\babusers?\b",
    r"\bclean\b", r"\bdirty\b", r"\bverdict\b", "✗", "❌", r"!!",
]


@pytest.mark.parametrize("moment", sorted(CATALOGUE))
def test_catalogue_avoids_ruled_out_words(moment):
    for phrase in CATALOGUE[moment]:
        for pattern in RULED_OUT:
            assert not re.search(pattern, phrase, re.IGNORECASE), f"{moment}: {phrase!r} matches {pattern}"
        assert phrase.count("!") <= 1


def test_choice_is_deterministic_and_varied():
    first = [choose("applied", key, number=key, week=1) for key in range(20)]
    again = [choose("applied", key, number=key, week=1) for key in range(20)]
    assert first == again
    templates = {choose("applied", key, number=0, week=0) for key in range(20)}
    assert len(templates) > 1
