"""Pairing quotation marks (pure text): every style, across paragraphs, never failing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.suggest.quotes.marks import find_pairs


def contents(text: str) -> list[str]:
    return [text[p.start:p.end] for p in find_pairs(text)]


def test_typographic_straight_and_guillemet_marks():
    assert contents('“We won,” he said. "It was close." «Yes.»') == [
        "We won", "It was close.", "Yes."]


def test_two_apostrophes_and_tex_marks_pair_like_quotation_marks():
    text = "''We won,'' he said. ``It was close.'' The team's coach smiled."
    assert contents(text) == ["We won", "It was close."]
    first = find_pairs(text)[0]
    assert text[first.open_pos:first.outer_end] == "''We won,''"


def test_a_quote_reopened_in_the_next_paragraph_is_one_quote():
    text = '"We lost the first game.\n\n"We will win the next one," she said.'
    assert contents(text) == ['We lost the first game.\n\n"We will win the next one']


def test_an_unclosed_quote_ends_with_its_paragraph():
    text = '"We will never give up\n\nThe council met on Monday. "Fine," he said.'
    assert contents(text) == ["We will never give up", "Fine"]


MARKS = st.sampled_from([*list('"“”«»„'), "''", "``", "'", "\n", "\n\n", " ", ", ", ". "])
WORDS = st.sampled_from(["he said", "We", "win", "NATO", "said that", "according to X,",
                         "- Stoltenberg stressed.", "a", "Ukraine", "the head"])
TEXTS = st.lists(st.one_of(MARKS, WORDS, st.text(max_size=5)), max_size=40).map("".join)


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_pairs_never_fail_and_stay_in_bounds(text):
    for p in find_pairs(text):
        assert 0 <= p.open_pos < p.start < p.end <= len(text)
        assert p.close_pos is None or p.end <= p.close_pos < p.outer_end <= len(text)
