"""Wire-copy (WSJ / Reuters / AP) attribution patterns and TimeML date values.

Texts here are made up for the tests and differ from bench/gold, so they check the rules
in general rather than the benchmark passages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.suggest.date_values import resolve_date
from tests.unit.suggest.fixtures import cues, nlp, quotes, run  # noqa: F401

OCT = dt.date(1989, 10, 25)  # a Wednesday

CASES = [
    # attribution in the middle of the content: two spans, one speaker
    ("The bond market, one strategist said, has already priced in two rate cuts.",
     [("The bond market", "one strategist", None),
      ("has already priced in two rate cuts.", "one strategist", None)]),
    ("Unemployment, economists warn, could rise sharply this winter.",
     [("Unemployment", "economists", None), ("could rise sharply this winter.", "economists",
                                             None)]),
    ("Margins were stable, it said, and inventories are lean.",
     [("Margins were stable", "it", None), ("and inventories are lean.", "it", None)]),
    # an introductory phrase before a middle attribution is not content
    ("Amid the turmoil, the minister said, the government would act.",
     [("the government would act.", "the minister", None)]),
    # inverted attribution with an apposition, then more content
    ("Earnings will improve next year, said Karen Holt, an analyst at UBS, because costs are "
     "falling.", [("Earnings will improve next year", "Karen Holt", "Karen Holt"),
                  ("because costs are falling.", "Karen Holt", "Karen Holt")]),
    # the listener of "told" is not content
    ("Chief executive Tom Reyes told shareholders the merger would close by June.",
     [("the merger would close by June.", "Chief executive Tom Reyes", "Tom Reyes")]),
    # a labelling verb with a one-word partial quote, then a coordinated indirect quote
    ('The senator called the proposal "reckless" and said she would vote against it.',
     [("reckless", "The senator", None), ("she would vote against it.", "The senator", None)]),
    # a partial quote inside indirect content belongs to that content
    ('Mr. Green said the company remains "on track" for its targets but added that delays '
     'were possible.', [('the company remains "on track" for its targets', "Mr. Green", None),
                        ("delays were possible.", "Mr. Green", None)]),
    # a comma attribution after an earlier attributed sentence takes only its own sentence
    ("The retailer said Friday that sales fell sharply in the period. Margins were stable, a "
     "spokesman said.", [("sales fell sharply in the period.", "The retailer", None),
                         ("Margins were stable", "a spokesman", None)]),
    # a complete quote does not take the next sentence's verb, which has its own content
    ('"We are not worried," said Ann Lee, a trader. "It is a normal correction." Other '
     "dealers said the selling would continue.",
     [("We are not worried", "Ann Lee", "Ann Lee"),
      ("It is a normal correction.", "Ann Lee", "Ann Lee"),
      ("the selling would continue.", "Other dealers", None)]),
    # core speech verbs the schema may not list; refusals report nothing
    ("The agency contends that the rules are illegal.",
     [("the rules are illegal.", "The agency", None)]),
    ("He declined to say whether the company would cut jobs.", []),
    # "that" opening a relative clause is not the complementiser
    ("The bank said the loans that went bad were made in Texas.",
     [("the loans that went bad were made in Texas.", "The bank", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_wire_patterns(nlp, cues, text, expected):  # noqa: F811
    assert quotes(run(nlp, cues, text)) == expected


@pytest.mark.parametrize(("text", "tense", "value"), [
    ("the third quarter", "past", "1989-Q3"),
    ("the fourth quarter", "future", "1989-Q4"),
    ("the first quarter of next year", "future", "1990-Q1"),
    ("the second quarter of 1988", "past", "1988-Q2"),
    ("fiscal 1990", "future", "FY1990"),
    ("this spring", "past", "1989-SP"),
    ("spring", "future", "1990-SP"),
    ("last winter", "past", "1988-WI"),
    ("Sept. 30", "past", "1989-09-30"),
    ("next week", "future", "1989-W44"),
])
def test_timeml_values(text, tense, value):
    assert resolve_date(text, OCT, tense)[0] == value


def test_bare_quarter_reads_tense():
    jan = dt.date(1990, 1, 20)
    assert resolve_date("the fourth quarter", jan, "past")[0] == "1989-Q4"
    assert resolve_date("the fourth quarter", jan, "future")[0] == "1990-Q4"


def test_abbreviated_month_dates_and_no_sets(nlp, cues):  # noqa: F811
    s = run(nlp, cues, "A hearing is set for Feb. 12. Prices rose every month. It sold "
                       "seven-year notes.", dt.date(1990, 1, 10))
    assert [(x.text, x.value) for x in s.spans if x.label == "date"] == [
        ("Feb. 12", "1990-02-12")]


def test_abbreviated_month_does_not_end_a_sentence(nlp, cues):  # noqa: F811
    s = run(nlp, cues, "The company said net income for the period ended Sept. 30 rose 18%.")
    assert quotes(s) == [("net income for the period ended Sept. 30 rose 18%.", "The company",
                          None)]
