"""Nested attributions: one QUOTE per level, each with its own speaker (PARC style)."""

from __future__ import annotations

import pytest

from tests.unit.suggest.fixtures import cues, nlp, quotes, run  # noqa: F401


@pytest.mark.parametrize(("text", "expected"), [
    # indirect content that reports a partial direct quote of someone else
    ('The senator said a senior Pentagon aide had assured him that the base "will stay '
     'open for years."',
     [('a senior Pentagon aide had assured him that the base "will stay open for years.',
       "The senator"),
      ('the base "will stay open for years.', "a senior Pentagon aide")]),
    # a single-quoted quote inside a direct quote, attributed inside it
    ("\"We called the ministry and an official told us 'the permits are already "
     "signed,'\" the farmer said.",
     [("We called the ministry and an official told us 'the permits are already signed",
       "the farmer"),
      ("the permits are already signed", "an official")]),
])
def test_nested_levels(nlp, cues, text, expected):  # noqa: F811
    assert [(q, s) for q, s, _ in quotes(run(nlp, cues, text))] == expected


def test_scare_quote_in_indirect_content_stays_one_quote(nlp, cues):  # noqa: F811
    """A quoted phrase with no attribution of its own is no new level."""
    found = quotes(run(nlp, cues, 'The minister said the reform was "long overdue" and '
                                  "would pass this year."))
    assert len(found) == 1 and found[0][1] == "The minister"


def test_single_quotes_without_inner_verb_add_nothing(nlp, cues):  # noqa: F811
    text = "\"The so-called 'rescue plan' will cost taxpayers billions,\" the analyst said."
    found = quotes(run(nlp, cues, text))
    assert [(q, s) for q, s, _ in found] == [
        ("The so-called 'rescue plan' will cost taxpayers billions", "the analyst")]


def test_same_speaker_inside_own_quote_is_not_nested(nlp, cues):  # noqa: F811
    """'"..., I told them 'no way,'" she said' — short inner quotes are not suggested."""
    text = "\"When they called again, I told them 'no way,'\" she said."
    found = quotes(run(nlp, cues, text))
    assert len(found) == 1 and found[0][1] == "she"
