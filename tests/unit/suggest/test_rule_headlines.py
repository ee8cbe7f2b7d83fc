"""The headlines family: title lines with a dash or a colon and no speech verb."""

from __future__ import annotations

import pytest

from tests.unit.suggest.fixtures import cues, nlp, proposals, quotes, run  # noqa: F401


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine's entry into NATO should wait — NATO Secretary General\nJens Stoltenberg spoke.",
     [("Ukraine's entry into NATO should wait", "NATO Secretary General", "Jens Stoltenberg")]),
    ("Okafor: Nigeria will not devalue the naira again\n\nThe minister spoke in Abuja.",
     [("Nigeria will not devalue the naira again", "Okafor", "Okafor")]),
])
def test_headlines(nlp, cues, text, expected):  # noqa: F811
    assert quotes(run(nlp, cues, text)) == expected


@pytest.mark.parametrize("text", [
    "MARKET WATCH: Stocks fall for a third day in a row\n\nTraders were nervous.",
    "The Week Ahead: What to expect from the budget talks\n\nTalks resume on Monday.",
])
def test_rubrics_are_no_speakers(nlp, cues, text):  # noqa: F811
    assert proposals(nlp, cues, "headlines", text) == []
