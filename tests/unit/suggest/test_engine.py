"""suggest_doc as a whole: roles, explanations, details, consistent keys, odd input."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.suggest import roles
from tests.unit.suggest.fixtures import cues, nlp, run  # noqa: F401

TEXT = ('"We will win," the coach said on Tuesday. According to Anna Berg, prices will fall '
        "next year.")


def test_spans_are_labelled_by_role_and_exact(nlp, cues):  # noqa: F811
    s = run(nlp, cues, TEXT, dt.date(2024, 1, 10))
    assert {x.label for x in s.spans} == {roles.QUOTE, roles.SPEAKER, roles.CUE, roles.DATE}
    for span in s.spans:
        assert span.text == TEXT[span.start:span.end] == span.text.strip()
        assert 0 < span.score <= 1 and span.rule and span.explanation
    assert {r.label for r in s.relations} == {roles.ATTRIBUTION}


def test_explanations_name_the_cue_and_speaker(nlp, cues):  # noqa: F811
    s = run(nlp, cues, TEXT, dt.date(2024, 1, 10))
    quote = next(x for x in s.spans if x.label == roles.QUOTE)
    assert quote.explanation == ("direct quote in quotation marks, attributed by 'said' to "
                                 "the coach")
    date = next(x for x in s.spans if x.text == "Tuesday")
    assert "past" in date.explanation and "2024-01-09" in date.explanation


def test_dates_keep_what_re_resolving_needs(nlp, cues):  # noqa: F811
    s = run(nlp, cues, "Profit rose in the second quarter from a year earlier.",
            dt.date(2023, 11, 15))
    details = [dict(x.details) for x in s.spans if x.label == roles.DATE]
    assert details == [{"tense": "past"},
                       {"tense": "past", "refers_to": ["the second quarter", "past"]}]
    json.dumps(details)  # JSON-able


def test_empty_and_blank_texts(nlp, cues):  # noqa: F811
    for text in ("", " ", "\n\n\t", "\x00\x01"):
        s = run(nlp, cues, text, dt.date(2024, 1, 1))
        assert s.spans == [] and s.relations == []


PIECES = [*list('"“”«»„\'’` \n\t.,:;-—()0123456789aAzZ'), "he said", "said that",
          "according to X,", "asked whether", "his claim that", "on Tuesday", "Jan. 14",
          "\x0b", "\u2028", "\x00", "''", "``", "Mr. Lee", "— NATO chief"]
ODD = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@given(ODD)
@settings(max_examples=60, deadline=None)
def test_never_fails_and_stays_consistent(nlp, cues, text):  # noqa: F811
    s = run(nlp, cues, text, dt.date(2024, 1, 1))
    keys = {x.key for x in s.spans}
    assert len(keys) == len(s.spans)
    for x in s.spans:
        assert 0 <= x.start < x.end <= len(text) and x.text == text[x.start:x.end]
    for r in s.relations:
        assert r.head in keys and r.child in keys
