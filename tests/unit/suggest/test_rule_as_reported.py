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


@pytest.mark.parametrize(("text", "content"), [
    ("The agency is reportedly weighing a large fine against the bank.",
     "weighing a large fine against the bank"),
    ("Both funds have reportedly sold their stakes in the mill and left.",
     "sold their stakes in the mill and left"),
    # not the clause on the circumstances after it
    ("The thieves have reportedly emptied dozens of lockers, leaving guests angry.",
     "emptied dozens of lockers"),
])
def test_reportedly_marks_its_predicate_as_reported(nlp, cues, text, content):  # noqa: F811
    # PolNeAR marks the predicate as a quote, most often with no source named
    assert quotes(run(nlp, cues, text)) == [(content, None, None)]


def test_reportedly_before_a_speech_verb_leaves_the_report_to_it(nlp, cues):  # noqa: F811
    text = "The mayor reportedly told aides that she would resign."
    assert proposals(nlp, cues, "as_reported", text) == []
    assert quotes(run(nlp, cues, text)) == [("she would resign", "The mayor", None)]
