"""The questions family: reported questions and who asked them."""

from __future__ import annotations

import pytest

from tests.unit.suggest.fixtures import cues, nlp, proposals  # noqa: F401


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr. Rubin asked the students if they were always so serious.",
     [("quote.question", "if they were always so serious", "Mr. Rubin")]),
    ("Asked which county was his favorite, he demurred.",
     [("quote.question", "which county was his favorite", None)]),
    # a fronted 'Asked' the tagger read as a past tense ends with its clause too
    ("Asked what traits he would like the nominee to have, Adelson said, “They have got to "
     "be able to win.”", [("quote.question", "what traits he would like the nominee to have",
                          None)]),
    ("The senator was asked why the vote had been delayed again.",
     [("quote.question", "why the vote had been delayed again", None)]),
    ("She was asked by a reporter whether the plan would survive the winter.",
     [("quote.question", "whether the plan would survive the winter", "a reporter")]),
    # asked in an adverbial clause: the question ends with that clause
    ("But when voters were asked who would bring change to the capital, the mayor beat her "
     "by ten points.", [("quote.question", "who would bring change to the capital", None)]),
    # any question ends before another clause after a comma, not before a relative
    # clause inside it or a second question
    ("The reporter asked whether the mayor backed the plan, but her office refused to "
     "answer.", [("quote.question", "whether the mayor backed the plan", "The reporter")]),
    ("Asked whether the bridge, which opened in May, was safe, the engineer said it was.",
     [("quote.question", "whether the bridge, which opened in May, was safe", None)]),
    ("Pollsters asked voters whether the council should raise taxes, or whether it should "
     "cut services instead.",
     [("quote.question", "whether the council should raise taxes, or whether it should cut "
       "services instead", "Pollsters")]),
    ("Critics questioned whether the money would ever be repaid.",
     [("quote.question", "whether the money would ever be repaid", "Critics")]),
])
def test_questions(nlp, cues, text, expected):  # noqa: F811
    assert proposals(nlp, cues, "questions", text) == expected


def test_asked_for_money_is_no_question(nlp, cues):  # noqa: F811
    assert proposals(nlp, cues, "questions", "The city asked for money when the storm hit.") == []
