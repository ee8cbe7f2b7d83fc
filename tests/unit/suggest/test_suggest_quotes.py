"""QUOTE / SPEAKER / CUE suggestions on short texts, one per pattern, and on the seeds."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.suggest.quotes.marks import find_pairs
from tests.unit.suggest.fixtures import SEEDS, cues, nlp, quotes, run  # noqa: F401

CASES = [
    ('"We will win," the coach said.', [("We will win", "the coach", None)]),
    ("“A plan is ready,” he said, “and it starts today.”",
     [("A plan is ready", "he", None), ("and it starts today.", "he", None)]),
    ('Mayor Karen Bass spoke.\n"We cut homelessness.\nIt is not done," Bass said.',
     [("We cut homelessness.\nIt is not done", "Bass", "Karen Bass")]),
    ("Jens Stoltenberg said that\n\n“the most urgent task is to help Ukraine.”",
     [("the most urgent task is to help Ukraine.", "Jens Stoltenberg", "Jens Stoltenberg")]),
    ("The minister stated that the reform would pass.",
     [("the reform would pass.", "The minister", None)]),
    ("According to Anna Berg, prices will fall next year.",
     [("prices will fall next year.", "Anna Berg", "Anna Berg")]),
    ("Prices will fall next year, according to the central bank.",
     [("Prices will fall next year", "the central bank", None)]),
    ("Jens Stoltenberg spoke in Brussels.\nWe support Ukraine. We will help it - Stoltenberg "
     "stressed.", [("We support Ukraine. We will help it", "Stoltenberg", "Jens Stoltenberg")]),
    ("Jens Stoltenberg spoke.\nWe need more weapons, - emphasized Stoltenberg.",
     [("We need more weapons", "Stoltenberg", "Jens Stoltenberg")]),
    ("Jens Stoltenberg spoke.\nWe are not a party to the conflict, the head of the Alliance "
     "emphasized.", [("We are not a party to the conflict", "the head of the Alliance",
                      "Jens Stoltenberg")]),
    ("Ukraine's entry into NATO should wait — NATO Secretary General\nJens Stoltenberg spoke.",
     [("Ukraine's entry into NATO should wait", "NATO Secretary General", "Jens Stoltenberg")]),
    ("On Monday, President Volodymyr Zelensky called on allies to send more air defence.",
     [("allies to send more air defence.", "President Volodymyr Zelensky",
       "Volodymyr Zelensky")]),
    ("Jens Stoltenberg arrived. He noted that the allies agreed.",
     [("the allies agreed.", "He", "Jens Stoltenberg")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quote_patterns(nlp, cues, text, expected):  # noqa: F811
    assert quotes(run(nlp, cues, text)) == expected


def test_spans_are_exact_and_cues_marked(nlp, cues):  # noqa: F811
    text = '"We will win," the coach said.'
    s = run(nlp, cues, text)
    for span in s.spans:
        assert span.text == text[span.start:span.end] == span.text.strip()
        assert 0 <= span.score <= 1 and span.rule
    assert [x.text for x in s.spans if x.label == "cue"] == ["said"]
    assert s.relations and s.relations[0].label == "attribution"


def test_no_quote_in_plain_text(nlp, cues):  # noqa: F811
    text = "The merger was first proposed in 2019. The companies employ 40,000 people."
    assert quotes(run(nlp, cues, text)) == []


def test_journalistic_we_is_not_a_speaker(nlp, cues):  # noqa: F811
    assert quotes(run(nlp, cues, "We will remind that the talks failed in May.")) == []


def _seed(stem: str) -> str:
    return next(SEEDS.glob(f"{stem}_*.txt")).read_text(encoding="utf-8")


def test_seed_004_dash_paragraph(nlp, cues):  # noqa: F811
    found = quotes(run(nlp, cues, _seed("004")))
    dash = [q for q in found if q[0].startswith("We all agree that Ukraine")]
    assert dash and dash[0][0].endswith("work in this direction")
    assert dash[0][1:] == ("Stoltenberg", "Jens Stoltenberg")
    assert all(q[2] == "Jens Stoltenberg" for q in found)


def test_seed_000_and_001(nlp, cues):  # noqa: F811
    found = quotes(run(nlp, cues, _seed("000"), dt.date(2022, 11, 30)))
    multi = [q for q in found if q[0].startswith("We need to develop")]
    assert multi and multi[0][0].endswith("get closer to membership")
    assert multi[0][1:] == ("Stoltenberg", "Jens Stoltenberg")
    assert ("Ukraine's entry into NATO should be discussed after victory over russia",
            "NATO Secretary General", "Jens Stoltenberg") in found
    found = quotes(run(nlp, cues, _seed("001"), dt.date(2022, 11, 30)))
    long = [q for q in found if q[0].startswith("the most immediate and urgent task")]
    assert long and long[0][0].endswith("as we speak.") and long[0][1] == "Stoltenberg"


MARKS = st.sampled_from([*list('"“”«»„'), "\n", "\n\n", " ", ", ", ". "])
WORDS = st.sampled_from(["he said", "We", "win", "NATO", "said that", "according to X,",
                         "- Stoltenberg stressed.", "a", "Ukraine", "the head"])
TEXTS = st.lists(st.one_of(MARKS, WORDS, st.text(max_size=5)), max_size=40).map("".join)


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_pairs_never_fail(text):
    for p in find_pairs(text):
        assert 0 <= p.start < p.end <= len(text)
        assert 0 <= p.open_pos < p.start


@given(TEXTS)
@settings(max_examples=40, deadline=None)
def test_suggest_never_fails_on_odd_marks(nlp, cues, text):  # noqa: F811
    s = run(nlp, cues, text, dt.date(2024, 1, 1))
    keys = {x.key for x in s.spans}
    for x in s.spans:
        assert 0 <= x.start < x.end <= len(text)
        assert x.text == text[x.start:x.end]
    for r in s.relations:
        assert r.head in keys and r.child in keys
