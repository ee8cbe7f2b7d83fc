"""DATE values and span boundaries, each with an explicit anchor date."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.suggest.date_values import resolve_date
from annotate.suggest.dates import is_duration
from tests.unit.suggest.fixtures import cues, nlp, run  # noqa: F401

WED = dt.date(2022, 11, 30)  # a Wednesday


@pytest.mark.parametrize(("text", "tense", "value"), [
    ("November 30", "past", "2022-11-30"),
    ("today", "past", "2022-11-30"),
    ("yesterday", "past", "2022-11-29"),
    ("last year", "past", "2021"),
    ("this year", "past", "2022"),
    ("June last year", "past", "2021-06"),
    ("last May", "past", "2022-05"),
    ("this September", "past", "2022-09"),
    ("four years ago", "past", "2018"),
    ("Tuesday", "past", "2022-11-29"),
    ("Tuesday", "future", "2022-12-06"),
    ("Wednesday", "past", "2022-11-30"),
    ("next Tuesday", "past", "2022-12-06"),
    ("December", "past", "2021-12"),
    ("December", "future", "2022-12"),
    ("March", "future", "2023-03"),
    ("29-30 November", "past", "2022-11-29"),
    ("Nov. 3", "past", "2022-11-03"),
    ("September 30, 2021", "past", "2021-09-30"),
    ("March 2020", "past", "2020-03"),
    ("2019", "past", "2019"),
    ("two thousand and twenty", "past", "2020"),
    ("nineteen ninety-one", "past", "1991"),
    ("the 1990s", "past", "199"),
    ("the '90s", "past", "199"),
    ("the 21st century", "past", "20"),
    ("2022-11-30", "past", "2022-11-30"),
    ("last month", "past", "2022-10"),
    ("this week", "past", "2022-W48"),
])
def test_resolve(text, tense, value):
    assert resolve_date(text, WED, tense)[0] == value


def test_no_anchor_without_year():
    assert resolve_date("November 30", None)[0] is None
    assert resolve_date("today", None)[0] is None
    assert resolve_date("November 30, 2021", None)[0] == "2021-11-30"


@pytest.mark.parametrize("text", ["6 months", "a long time", "the past two years", "years",
                                  "three days", "65 years old"])
def test_durations(text):
    assert is_duration(text)


@pytest.mark.parametrize("text", ["four years ago", "last year", "November", "2022"])
def test_not_durations(text):
    assert not is_duration(text)


def _dates(nlp, cues, text, published):  # noqa: F811
    s = run(nlp, cues, text, published)
    return [(x.text, x.value) for x in s.spans if x.label == "date"]


def test_spans_leave_out_prepositions(nlp, cues):  # noqa: F811
    text = "On November 30, the minister said the talks failed. Aid was blocked for 6 months."
    assert _dates(nlp, cues, text, WED) == [("November 30", "2022-11-30")]


def test_weekday_reads_tense(nlp, cues):  # noqa: F811
    said = _dates(nlp, cues, "The minister said on Tuesday that aid would come.", WED)
    assert said == [("Tuesday", "2022-11-29")]
    will = _dates(nlp, cues, "The minister will travel to Kyiv on Friday.", WED)
    assert will == [("Friday", "2022-12-02")]


def test_fronted_date_takes_tense_of_its_clause(nlp, cues):  # noqa: F811
    text = "We will remind that on November 21, the President called on allies to act."
    assert _dates(nlp, cues, text, WED) == [("November 21", "2022-11-21")]


def test_range_and_iso(nlp, cues):  # noqa: F811
    found = _dates(nlp, cues, "date 2022-11-30 At this meeting, which was held in Bucharest "
                   "29-30 November, NATO countries made additional contributions.", WED)
    assert ("2022-11-30", "2022-11-30") in found
    assert ("29-30 November", "2022-11-29") in found
