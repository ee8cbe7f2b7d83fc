"""The nouns family: reports named by a noun ('his claim that ...')."""

from __future__ import annotations

import pytest

from tests.unit.suggest.fixtures import cues, nlp, proposals  # noqa: F401


@pytest.mark.parametrize(("text", "expected"), [
    ("Despite complaints that he is a quixotic crusader, the senator won again.",
     [("quote.noun", "he is a quixotic crusader", None)]),
    ("Economists doubted her assertion that the economy was growing.",
     [("quote.noun", "the economy was growing", "her")]),
    ("Parents welcomed the governor's announcement that schools would reopen in May.",
     [("quote.noun", "schools would reopen in May", "the governor")]),
])
def test_noun_cues(nlp, cues, text, expected):  # noqa: F811
    assert proposals(nlp, cues, "nouns", text) == expected


def test_a_relative_that_is_no_content(nlp, cues):  # noqa: F811
    assert proposals(nlp, cues, "nouns", "The claim that he made was false.") == []
