"""Patterns from the second blind evaluation, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.suggest.fixtures import cues, nlp, quotes, run  # noqa: F401

MAR = dt.date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    # coordinated reports: two quotes
    ("Orion Mining said copper output dropped 6% in the quarter, and it cautioned that "
     "smelter repairs would also weigh on results.",
     [("copper output dropped 6% in the quarter", "Orion Mining", "Orion Mining"),
      ("smelter repairs would also weigh on results.", "it", None)]),
    ("The mayor confirmed that the bridge would reopen in spring but said tolls were likely "
     "to rise.",
     [("the bridge would reopen in spring", "The mayor", None),
      ("tolls were likely to rise.", "The mayor", None)]),
    # words between the cue and "that"
    ("The regulator's chief, Paula Grant, told lawmakers at a hearing in Ottawa that the "
     "rules would be tightened.",
     [("the rules would be tightened.", "The regulator's chief, Paula Grant", "Paula Grant")]),
    ("The agency said in its annual review, published on Monday, that staffing levels had "
     "fallen sharply.",
     [("staffing levels had fallen sharply.", "The agency", None)]),
    # a short quoted phrase inside indirect speech
    ('Captain Ellie Shaw said her side had been "bullied" in the opening half of the game.',
     [('her side had been "bullied" in the opening half of the game.', "Captain Ellie Shaw",
       "Ellie Shaw")]),
    ('The opposition leader alleged that the government was "ignoring" the court ruling and '
     "said her party would appeal.",
     [('the government was "ignoring" the court ruling', "The opposition leader", None),
      ("her party would appeal.", "The opposition leader", None)]),
    ('The health minister conceded that "we moved too late" to hire more staff.',
     [('we moved too late" to hire more staff.', "The health minister", None)]),
    # a title line with a colon
    ("Okafor: Nigeria will not devalue the naira again\n\nThe minister spoke in Abuja.",
     [("Nigeria will not devalue the naira again", "Okafor", "Okafor")]),
    # a title-case dateline is no speaker; a participle title belongs to the speaker
    ("Lagos, Mar 3 (AFP): Fuel queues returned to the city, the union's general secretary "
     "said.",
     [("Fuel queues returned to the city", "the union's general secretary", None)]),
    ('"Demand is picking up in the north," regional director Priya Menon said on a call.',
     [("Demand is picking up in the north", "regional director Priya Menon", "Priya Menon")]),
])
def test_blind2_quotes(nlp, cues, text, expected):  # noqa: F811
    assert quotes(run(nlp, cues, text)) == expected


def test_scare_quote_after_call_for_is_no_label(nlp, cues):  # noqa: F811
    found = quotes(run(nlp, cues, 'The treaty calls for a "lasting truce" between the sides.'))
    assert all(q[0] != "lasting truce" for q in found)


def _dates(nlp, cues, text, published=MAR):  # noqa: F811
    s = run(nlp, cues, text, published)
    return [(x.text, x.value) for x in s.spans if x.label == "date"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The council met on Tuesday evening to approve the budget.", MAR,
     [("Tuesday evening", "2024-03-12")]),
    ("Prices had risen over the past month, said Ana Ruiz, 58, a shopkeeper.", MAR, []),
    ("The firm plans to open two plants in FY27 and expects Q2 sales to rise.", MAR,
     [("FY27", "FY2027"), ("Q2", "2024-Q2")]),
    ("Output fell in the March quarter, the bureau said.", MAR,
     [("the March quarter", "2024-Q1")]),
    ('"Last spring we had no orders," he said.', dt.date(2024, 4, 10),
     [("Last spring", "2023-SP")]),
    ("The bank said on Thursday it would cut rates.", MAR, [("Thursday", "2024-03-14")]),
    ("Rates are unlikely to fall before mid-2025, the governor said.", MAR,
     [("mid-2025", "2025")]),
    ("Adults in their 40s and 50s were surveyed, and many said the day had been long.", MAR,
     []),
    ("The Hawks led until the second half, when the visitors scored twice.", MAR, []),
    ("Sales will recover in the second half of the year, the company said.", MAR,
     [("the second half of the year", "2024-H2")]),
])
def test_blind2_dates(nlp, cues, text, published, expected):  # noqa: F811
    assert _dates(nlp, cues, text, published) == expected


def test_fiscal_quarter_keeps_its_prefix():
    from annotate.suggest.date_values import resolve_date
    assert resolve_date("second quarter of fiscal 2024", MAR)[0] == "FY2024-Q2"
    assert resolve_date("the December quarter", dt.date(2023, 2, 3))[0] == "2022-Q4"
