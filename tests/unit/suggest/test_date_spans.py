"""Which spans are DATEs (points and periods) and the tense their value is read with."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.suggest.dates import is_duration
from tests.unit.suggest.fixtures import cues, dates, nlp  # noqa: F401

NOV = dt.date(2023, 11, 15)  # a Wednesday
APR = dt.date(2023, 4, 6)  # a Thursday
MAR = dt.date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize(("text", "published", "expected"), [
    # spans leave out prepositions and hedges; durations are no dates
    ("On November 30, the minister said the talks failed. Aid was blocked for 6 months.",
     NOV, [("November 30", "2023-11-30")]),
    ("A ruling could come as early as next month, lawyers said.", NOV,
     [("next month", "2023-12")]),
    ("Shops open for at least a year reported higher sales.", NOV, []),
    ("Emissions had fallen steadily over the past decade, the agency said.", NOV, []),
    ("The defender will sit out the rest of the season after surgery.", NOV, []),
    ("Storms hit the north-west and parts of the south-east overnight.", NOV, []),
    ("It was the wettest day on record.", NOV, []),
    ("The chancellor will present her spring budget in parliament.", NOV, []),
    ("Adults in their 40s and 50s were surveyed.", MAR, []),
    ("Rovers scored twice in the second half to win the match.", MAR, []),
    # periods and dates the model misses
    ("The central bank said it could raise rates again this autumn.", NOV,
     [("this autumn", "2023-FA")]),
    ("The rover is due to land on Mars later this year.", NOV, [("later this year", "2023")]),
    ("A hearing is set for Feb. 12. Prices rose every month.", dt.date(1990, 1, 10),
     [("Feb. 12", "1990-02-12")]),
    ("Bengaluru, Sep 5 (ANI): The minister spoke on Tuesday.", dt.date(2023, 9, 5),
     [("Sep 5", "2023-09-05"), ("Tuesday", "2023-09-05")]),
    ("He was found on Thanksgiving Day clinging to a tube.", dt.date(2000, 1, 7),
     [("Thanksgiving Day", "1999-11-25")]),
    # ranges are two dates
    ("He was convicted twice from 1991 to 1997.", MAR, [("1991", "1991"), ("1997", "1997")]),
    ("The summit on April 24 and 25 will go ahead.", dt.date(1999, 2, 10),
     [("April 24", "1999-04-24"), ("25", "1999-04-25")]),
    ("The fund bought the stock between Jan. 8 and Feb. 20.", MAR,
     [("Jan. 8", "2024-01-08"), ("Feb. 20", "2024-02-20")]),
    # a period ended on a day is in that day's year
    ("The firm reported a loss for its fiscal fourth quarter ended June 30.",
     dt.date(1989, 9, 14), [("fiscal fourth quarter", "1989-Q4"), ("June 30", "1989-06-30")]),
    # "a year earlier" takes the precision of the period it is compared with
    ("Profit rose 8% in the second quarter from a year earlier.", NOV,
     [("the second quarter", "2023-Q2"), ("a year earlier", "2022-Q2")]),
    ("Munero fled in June 1998 and returned to Cuba later that year.", dt.date(2000, 1, 28),
     [("June 1998", "1998-06"), ("later that year", "1998")]),
])
def test_date_spans(nlp, cues, text, published, expected):  # noqa: F811
    assert dates(nlp, cues, text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the clause's tense decides a weekday's week
    ("The minister said on Tuesday that aid would come.", NOV, [("Tuesday", "2023-11-14")]),
    ("The minister will travel to Kyiv on Friday.", NOV, [("Friday", "2023-11-17")]),
    # a fronted date belongs to the clause after it
    ("We will remind that on November 21, the President called on allies to act.", NOV,
     [("November 21", "2023-11-21")]),
    # participles and gerunds take the tense of the clause they hang on
    ("Roads stayed closed as crews cleared debris left after heavy snow on Monday.", NOV,
     [("Monday", "2023-11-13")]),
    ("A report published on Tuesday showed that rents rose.", NOV, [("Tuesday", "2023-11-14")]),
    # plans, deadlines and what is due look ahead
    ("The governor said he expected a recovery by March.", NOV, [("March", "2024-03")]),
    ("Protesters planned a large demonstration on Saturday.", NOV,
     [("Saturday", "2023-11-18")]),
    ("Officials postponed until Tuesday any action on the case.", NOV,
     [("Tuesday", "2023-11-21")]),
    ("Bond traders waited for the jobs report, due Friday.", MAR, [("Friday", "2024-03-15")]),
    ("The dividend is payable Dec. 7 to holders of record.", NOV, [("Dec. 7", "2023-12-07")]),
    # the act a date modifies bare is dated by it, even a promise
    ("The leader promised Tuesday that taxes would fall.", NOV, [("Tuesday", "2023-11-14")]),
    # an infinitive of intent looks ahead; another takes its verb's tense
    ("The two sides agreed to meet again in the autumn.", APR, [("the autumn", "2023-FA")]),
    ("The board voted on Monday to close the school in June.", MAR,
     [("Monday", "2024-03-11"), ("June", "2024-06")]),
])
def test_tense(nlp, cues, text, published, expected):  # noqa: F811
    assert dates(nlp, cues, text, published) == expected


@pytest.mark.parametrize("text", ["6 months", "a long time", "the past two years", "years",
                                  "three days", "65 years old"])
def test_durations(text):
    assert is_duration(text)


@pytest.mark.parametrize("text", ["four years ago", "last year", "November", "2022"])
def test_not_durations(text):
    assert not is_duration(text)
