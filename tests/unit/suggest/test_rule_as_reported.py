"""The as_reported family: 'As X reported, ...' and 'As reported by X, ...'."""

from __future__ import annotations

import pytest

from tests.unit.suggest.fixtures import cues, nlp, proposals, quotes, run  # noqa: F401


@pytest.mark.parametrize(("text", "expected"), [
    ("As reported by the local paper, investigators found over 200 letters in the basement.",
     [("investigators found over 200 letters in the basement", "the local paper", None)]),
    ("Given that, as The Times reported on Saturday, he has already become an adviser to "
     "the mayor.", [("he has already become an adviser to the mayor", "The Times", None)]),
    ("As the agency has previously noted in its report, the dam needs urgent repairs.",
     [("the dam needs urgent repairs", "the agency", None)]),
])
def test_as_reported(nlp, cues, text, expected):  # noqa: F811
    assert quotes(run(nlp, cues, text)) == expected


@pytest.mark.parametrize("text", [
    # a promise kept, not a source
    "She did it in May, just as she said she would, and the market did nothing.",
    # the clause must attribute a clause, not a phrase
    "As the paper reported on Monday, a big loss.",
])
def test_no_source(nlp, cues, text):  # noqa: F811
    assert proposals(nlp, cues, "as_reported", text) == []


def test_a_direct_quote_keeps_its_own_as_clause(nlp, cues):  # noqa: F811
    # 'As I said, ...' inside the quotation marks is the speaker's, and the direct quote wins
    text = '"As I said at the debate, the process must run its course," the senator said.'
    assert quotes(run(nlp, cues, text)) == [
        ("As I said at the debate, the process must run its course", "the senator", None)]


def test_the_family_alone(nlp, cues):  # noqa: F811
    assert proposals(nlp, cues, "as_reported",
                     "As reported by the paper, the mill will close.") == [
        ("quote.as_reported", "the mill will close", "the paper")]
