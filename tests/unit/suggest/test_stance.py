"""Stance from the schema's cue phrases: low scores, 'unclear' when nothing fires."""

from __future__ import annotations

from annotate.suggest.cues import compile_cues
from annotate.suggest.stance import MAX_SCORE, stance_of
from tests.unit.suggest.fixtures import cues, nlp, run  # noqa: F401


def test_values(cues):  # noqa: F811
    c = compile_cues(cues)
    favor = stance_of("We all agree that Ukraine will become a member of NATO.", c)
    assert favor.value == "favor" and favor.rule == "stance.cue.favor:will become a member"
    against = stance_of("Membership is not on the table at all.", c)
    assert against.value == "against" and "not on the table" in against.rule
    assert stance_of("It will be considered by the ambassadors.", c).value == "neutral"
    unclear = stance_of("The weather was fine.", c)
    assert unclear.value == "unclear" and unclear.rule == "stance.none"
    for s in (favor, against, unclear):
        assert 0 <= s.score <= MAX_SCORE <= 0.5


def test_longest_cue_wins(cues):  # noqa: F811
    # "should be discussed after" (against) contains "discussed" (neutral)
    c = compile_cues(cues)
    assert stance_of("Entry should be discussed after victory.", c).value == "against"


def test_quote_and_document_stance(nlp, cues):  # noqa: F811
    s = run(nlp, cues, '"The door to NATO membership is open," the minister said.')
    quote = next(x for x in s.spans if x.label == "quote")
    assert quote.stance == "favor"
    assert s.doc_stance is not None and s.doc_stance.value == "favor"
    assert s.doc_stance.score <= 0.5


def test_empty_cues():
    c = compile_cues({})
    assert stance_of("anything", c).value == "unclear"
