"""Patterns from the third blind evaluation, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.suggest.fixtures import cues, nlp, quotes, run  # noqa: F401

MAR = dt.date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    # a trailing attribution followed by more material
    ("Exports of farm machinery fell 6.2% in June, the Trade Ministry reported on Monday, "
     "the fifth straight monthly drop.",
     [("Exports of farm machinery fell 6.2% in June", "the Trade Ministry", None)]),
    ("Lisbon will raise its fuel tax by 3% next spring, the state broadcaster reported "
     "yesterday, citing a finance official.",
     [("Lisbon will raise its fuel tax by 3% next spring", "the state broadcaster", None)]),
    # long appositions and asides between the verb and its content
    ("Helen Marquez, the newly appointed chief economist of the Central Bank of Chile, said "
     "on Thursday that inflation would ease by the autumn.",
     [("inflation would ease by the autumn.", "Helen Marquez", "Helen Marquez")]),
    ("Brightwater Ltd. said in a short statement after trading closed Monday that it "
     "would cut 300 jobs.",
     [("it would cut 300 jobs.", "Brightwater Ltd.", None)]),
    ("The retailer said orders in January, the slowest month of the season, were up 4%.",
     [("orders in January, the slowest month of the season, were up 4%.", "The retailer",
       None)]),
    ("The brewer said exports, which had slumped for most of the past three years, "
     "recovered in the autumn.",
     [("exports, which had slumped for most of the past three years, recovered in the "
       "autumn.", "The brewer", None)]),
    # "Asked whether ..., its chairman, X, said ..." after the document start
    ("The offer expires next week. Asked whether Halvorsen Corp. would match the bid, its "
     "chief executive, Ingrid Dahl, said the directors would discuss it on Friday.",
     # (the small model tags this name ORG, so it gets no canonical person name)
     [("the directors would discuss it on Friday.", "its chief executive, Ingrid Dahl",
       None)]),
    # an apposition ending in a state abbreviation before the verb
    ('"The river has never been this low in May," Carl Jensen, a barge operator near '
     'Cape Girardeau, Mo., told the Associated Press.',
     [("The river has never been this low in May",
       "Carl Jensen, a barge operator near Cape Girardeau, Mo.", "Carl Jensen")]),
])
def test_blind3_quotes(nlp, cues, text, expected):  # noqa: F811
    assert quotes(run(nlp, cues, text)) == expected


def test_object_before_verb_is_not_content(nlp, cues):  # noqa: F811
    """A real object keeps the tail rule from firing ('..., the firm reported a loss.')."""
    found = quotes(run(nlp, cues, "Costs climbed all year, and the firm reported a loss."))
    assert found == []


def _dates(nlp, cues, text, published=MAR):  # noqa: F811
    s = run(nlp, cues, text, published)
    return [(x.text, x.value) for x in s.spans if x.label == "date"]


@pytest.mark.parametrize(("text", "expected"), [
    # future weekdays in a clause looking ahead
    ("Bond traders waited for the jobs report, due Friday.", [("Friday", "2024-03-15")]),
    ("The sale could be approved as early as Monday, one banker said.",
     [("Monday", "2024-03-18")]),
    # halves and fiscal quarters in business copy
    ("The chain expects margins to widen in the second half as freight costs ease.",
     [("the second half", "2024-H2")]),
    ("Norbeck Inc. posted a 9% rise in fiscal first-quarter revenue.",
     [("fiscal first-quarter", "FY2024-Q1")]),
    # "between A and B": two dates
    ("The fund bought the stock between Jan. 8 and Feb. 20 for investment purposes.",
     [("Jan. 8", "2024-01-08"), ("Feb. 20", "2024-02-20")]),
    # not dates
    ("Revenue in the first week of its fiscal year was flat.", []),
    ("The group's fiscal year ends in September.", [("September", "2024-09")]),
])
def test_blind3_dates(nlp, cues, text, expected):  # noqa: F811
    assert _dates(nlp, cues, text) == expected


def test_second_half_in_sports_copy_is_no_date(nlp, cues):  # noqa: F811
    assert _dates(nlp, cues, "Rovers scored twice in the second half to win the match.") == []
