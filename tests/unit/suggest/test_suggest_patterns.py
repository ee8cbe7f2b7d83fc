"""General attribution and date patterns found missing by a blind evaluation.

Every sentence here is made up for the tests (none is taken from bench/gold), so they
check the rules, not the benchmark passages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.suggest.date_values import resolve_date
from tests.unit.suggest.fixtures import cues, nlp, quotes, run  # noqa: F401

NOV = dt.date(2023, 11, 15)  # a Wednesday
APR = dt.date(2023, 4, 6)  # a Thursday

QUOTE_CASES = [
    # A. a partial direct quote inside indirect content: the whole content is the quote
    ('The auditors said the firm "failed to disclose" that its reserves were shrinking fast.',
     [('the firm "failed to disclose" that its reserves were shrinking fast.', "The auditors",
       None)]),
    ('State media quoted Foreign Minister Lena Ortiz as saying Ankara was "ready to talk" but '
     "would reject any ultimatum.",
     [('Ankara was "ready to talk" but would reject any ultimatum.',
       "Foreign Minister Lena Ortiz", "Lena Ortiz")]),
    ('The governor told reporters on Monday that a rate hike "remains possible" this spring.',
     [('a rate hike "remains possible" this spring.', "The governor", None)]),
    ('His attorney, Mark Dunne, said his client "will plead not guilty."',
     [('his client "will plead not guilty.', "His attorney, Mark Dunne", "Mark Dunne")]),
    # B. a quote re-opened in the next paragraph (no closing mark before the break)
    ('"I let the team down. We had the chance to close it out, and we blew it.\n\n'
     '"We need to regroup. We will," she said.',
     [("I let the team down. We had the chance to close it out, and we blew it.\n\n"
       '"We need to regroup. We will', "she", None)]),
    # C. relative clause, participle, colon, long or mid-sentence according-to, inverted
    ("Several farmers who said the new pesticide had poisoned their wells filed suit.",
     [("the new pesticide had poisoned their wells", "Several farmers", None)]),
    ("The minister said exports fell in October, adding that he expected a rebound by April.",
     [("exports fell in October", "The minister", None),
      ("he expected a rebound by April.", "The minister", None)]),
    ('The mayor told journalists: "Certainly not."',
     [("Certainly not.", "The mayor", None)]),
    ("Retail sales rose 2% in the third quarter, according to preliminary estimates published "
     "late on Tuesday by the national statistics office in Wellington.",
     [("Retail sales rose 2% in the third quarter",
       "preliminary estimates published late on Tuesday by the national statistics office in "
       "Wellington", None)]),
    ("The government plans to raise the pension age, a source close to the finance minister "
     "told the Times. Pensions are a sensitive issue.",
     [("The government plans to raise the pension age",
       "a source close to the finance minister", None)]),
    ('"We sold more units than ever," said Maria Lopez, the chief executive.\n\n'
     "She said rising freight costs squeezed profit.",
     [("We sold more units than ever", "Maria Lopez", "Maria Lopez"),
      ("rising freight costs squeezed profit.", "She", "Maria Lopez")]),
    ("German households, according to a poll by the Allensbach Institute, expect prices to "
     "keep rising.",
     [("German households", "a poll by the Allensbach Institute", None),
      ("expect prices to keep rising.", "a poll by the Allensbach Institute", None)]),
    # D. circumstance after the cue and refusals are not content
    ("Four bridges collapsed in the storm, officials said on Sunday, as crews searched the "
     "river banks.",
     [("Four bridges collapsed in the storm", "officials", None)]),
    ("He wouldn't say which plants would close.", []),
    ("She did not say when the talks would resume.", []),
    ("The ministry refused to comment on the report.", []),
    ("A company official, who asked not to be named, said the sale was complete.",
     [("the sale was complete.", "A company official", None)]),
    # E. a dateline is never the speaker; a subject with a relative clause is
    ("OSLO, March 3 (Reuters) - Norway's central bank raised its key rate on Thursday and "
     "said it would keep it on hold through the summer.",
     [("it would keep it on hold through the summer.", "Norway's central bank", None)]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_CASES)
def test_quote_patterns(nlp, cues, text, expected):  # noqa: F811
    assert quotes(run(nlp, cues, text)) == expected


def test_subject_with_relative_clause_is_the_speaker(nlp, cues):  # noqa: F811
    text = ('Coach Dana Ruiz spoke first. "We played well," Ruiz said.\n\n'
            'Striker Tom Okafor, who scored twice, said the team "never gave up."')
    found = quotes(run(nlp, cues, text))
    assert found[0] == ("We played well", "Ruiz", "Dana Ruiz")
    content, speaker, canonical = found[1]
    assert (content, speaker) == ('the team "never gave up.', "Striker Tom Okafor")
    assert canonical is not None and canonical.endswith("Tom Okafor")  # not the coach


def _dates(nlp, cues, text, published):  # noqa: F811
    s = run(nlp, cues, text, published)
    return [(x.text, x.value) for x in s.spans if x.label == "date"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # F. durations, hedges, compass words, superlatives and named things are no DATEs
    ("Shops open for at least a year reported higher sales.", NOV, []),
    ("Emissions had fallen steadily over the past decade, the agency said.", NOV, []),
    ("The defender will sit out the rest of the season after surgery.", NOV, []),
    ("A ruling could come as early as next month, lawyers said.", NOV,
     [("next month", "2023-12")]),
    ("Storms hit the north-west and parts of the south-east overnight.", NOV, []),
    ("It was the wettest day on record.", NOV, []),
    ("The chancellor will present her spring budget in parliament.", NOV, []),
    # G. periods the model misses
    ("The central bank said it could raise rates again this autumn.", NOV,
     [("this autumn", "2023-FA")]),
    ("The two sides agreed to meet again in the autumn.", APR, [("the autumn", "2023-FA")]),
    ("Production is expected to recover in the second half of the year.", NOV,
     [("the second half of the year", "2023-H2")]),
    ("The rover is due to land on Mars later this year.", NOV, [("later this year", "2023")]),
    ("The plan will be published in this month's policy review.", NOV,
     [("this month", "2023-11")]),
    ("The retailer reported a loss for the quarter ended March 31.", NOV,
     [("March 31", "2023-03-31")]),
    # H. values read with the clause: past participles, gerunds, expectations
    ("The chipmaker on Monday forecast weak sales.", NOV, [("Monday", "2023-11-13")]),
    ("Roads stayed closed as crews cleared debris left after heavy snowfall on Monday.", NOV,
     [("Monday", "2023-11-13")]),
    ("Exports fell 2% in February after climbing 1.1% in January, the ministry said.", APR,
     [("February", "2023-02"), ("January", "2023-01")]),
    ("A report published on Tuesday showed that rents rose.", NOV,
     [("Tuesday", "2023-11-14")]),
    ("The governor said he expected a recovery by March.", NOV, [("March", "2024-03")]),
    ("The company expects higher revenue in the July-September quarter.", APR,
     [("the July-September quarter", "2023-Q3")]),
    ("Thirty years ago today, the treaty was signed.", NOV,
     [("Thirty years ago today", "1993-11-15")]),
    ("Profit rose 8% in the second quarter from a year earlier.", NOV,
     [("the second quarter", "2023-Q2"), ("a year earlier", "2022-Q2")]),
])
def test_date_patterns(nlp, cues, text, published, expected):  # noqa: F811
    assert _dates(nlp, cues, text, published) == expected


@pytest.mark.parametrize(("text", "anchor", "tense", "value"), [
    ("the end of the summer", dt.date(2023, 7, 20), "future", "2023-SU"),
    ("the summer", dt.date(2023, 9, 20), "future", "2024-SU"),
    ("the winter", dt.date(2024, 1, 20), "future", "2023-WI"),
    ("the first half of 2021", NOV, "past", "2021-H1"),
    ("the second half of next year", NOV, "future", "2024-H2"),
    ("the April-June quarter", NOV, "past", "2023-Q2"),
    ("the October-December quarter", APR, "past", "2022-Q4"),
    ("a year earlier", NOV, "past", "2022"),
    ("Twenty years ago today", NOV, "past", "2003-11-15"),
])
def test_resolve_periods(text, anchor, tense, value):
    assert resolve_date(text, anchor, tense)[0] == value


def test_call_on_with_a_fronted_date_is_not_a_tail(nlp, cues):  # noqa: F811
    """'..., X called on Y to Z' reports Z; the words before the comma are not its content."""
    text = ("As we reported, on March 3, the mayor of the city, Anna Berg, called on residents "
            "to save water during the drought.")
    found = run(nlp, cues, text)
    assert [s.text for s in found.spans if s.label == "quote"] == [
        "residents to save water during the drought."]
