"""DATE values from the span text alone (no spaCy): resolve_date, revalue and what they
read from other dates (holidays, weekends, "that day", "a year earlier")."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.suggest.date_refs import from_reference, holiday, refers_back, weekend
from annotate.suggest.date_values import resolve_date, revalue

WED = dt.date(2022, 11, 30)  # a Wednesday
OCT = dt.date(1989, 10, 25)  # a Wednesday


@pytest.mark.parametrize(("text", "tense", "value"), [
    ("November 30", "past", "2022-11-30"),
    ("today", "past", "2022-11-30"),
    ("yesterday", "past", "2022-11-29"),
    ("last year", "past", "2021"),
    ("June last year", "past", "2021-06"),
    ("last May", "past", "2022-05"),
    ("four years ago", "past", "2018"),
    ("Tuesday", "past", "2022-11-29"),
    ("Tuesday", "future", "2022-12-06"),
    ("Wednesday", "past", "2022-11-30"),
    ("next Tuesday", "past", "2022-12-06"),
    ("December", "past", "2021-12"),
    ("December", "future", "2022-12"),
    ("29-30 November", "past", "2022-11-29"),
    ("September 30, 2021", "past", "2021-09-30"),
    ("two thousand and twenty", "past", "2020"),
    ("nineteen ninety-one", "past", "1991"),
    ("the 1990s", "past", "199"),
    ("the 21st century", "past", "20"),
    ("2022-11-30", "past", "2022-11-30"),
    ("last month", "past", "2022-10"),
])
def test_values(text, tense, value):
    assert resolve_date(text, WED, tense)[0] == value


def test_weeks_are_valued_by_their_month():
    """TimeML newswire, as judged, values "last week" by its month (its Thursday's)."""
    assert resolve_date("this week", WED, "past")[0] == "2022-11"
    assert resolve_date("next week", WED, "future")[0] == "2022-12"
    assert resolve_date("last week", dt.date(2023, 3, 2), "past")[0] == "2023-02"


def test_a_day_without_a_year_is_the_nearest_when_the_tense_points_far():
    # "the Jan. 14 deadline", said on Jan. 15 in a future clause: the day before
    assert resolve_date("Jan. 14", dt.date(2000, 1, 15), "future")[0] == "2000-01-14"
    assert resolve_date("Oct. 23", dt.date(1999, 5, 6), "past")[0] == "1998-10-23"
    # a bare month goes with the tense
    assert resolve_date("January", dt.date(1998, 10, 25), "past")[0] == "1998-01"


@pytest.mark.parametrize(("text", "tense", "value"), [
    ("the third quarter", "past", "1989-Q3"),
    ("the fourth quarter", "future", "1989-Q4"),
    ("the first quarter of next year", "future", "1990-Q1"),
    ("fiscal 1990", "future", "1990"),  # ISO has no fiscal years
    ("FY1989", "past", "1989"),
    ("this spring", "past", "1989-SP"),
    ("last winter", "past", "1988-WI"),
    ("the second half of next year", "future", "1990-H2"),
    ("the April-June quarter", "past", "1989-Q2"),
    ("year-end", "future", "1989"),
])
def test_periods(text, tense, value):
    assert resolve_date(text, OCT, tense)[0] == value


def test_no_anchor_only_dates_with_a_year():
    assert resolve_date("November 30", None)[0] is None
    assert resolve_date("today", None)[0] is None
    assert resolve_date("November 30, 2021", None)[0] == "2021-11-30"


def test_holidays_and_weekends():
    assert holiday("thanksgiving day", dt.date(2000, 1, 7), "past") == ("1999-11-25",
                                                                       "date.holiday")
    assert holiday("christmas", dt.date(2000, 1, 7), "future")[0] == "2000-12-25"  # type: ignore[index]
    assert holiday("election day", dt.date(1998, 10, 26), "future")[0] == "1998-11-03"  # type: ignore[index]
    assert holiday("the summit", WED, "past") is None
    assert weekend("the weekend", dt.date(2000, 4, 24), "past")[0] == "2000-04-22"  # type: ignore[index]
    assert weekend("the weekend", WED, "future")[0] == "2022-12-03"  # type: ignore[index]


@pytest.mark.parametrize(("text", "ref", "value"), [
    ("a year earlier", "2024-Q3", "2023-Q3"),
    ("later that year", "1998-06", "1998"),
    ("the following year", "1998-06", "1999"),
    ("Earlier that day", "1999-10-23", "1999-10-23"),
    ("the next day", "1999-10-23", "1999-10-24"),
    ("a year ago", "1999-10-23", None),  # beside a day: a year back, not that day
])
def test_dates_read_from_the_date_before(text, ref, value):
    assert refers_back(text)
    assert from_reference(text, ref) == value


def test_revalue_follows_a_corrected_publication_date():
    details = {"tense": "past"}
    assert revalue("Tuesday", WED, details) == "2022-11-29"
    assert revalue("Tuesday", dt.date(2022, 12, 7), details) == "2022-12-06"
    compared = {"tense": "past", "refers_to": ["the third quarter", "past"]}
    assert revalue("a year earlier", OCT, compared) == "1988-Q3"
    assert revalue("a year earlier", dt.date(1990, 10, 25), compared) == "1989-Q3"
