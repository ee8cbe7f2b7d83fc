"""Who each cue of a sentence attributes to (`annotate.suggest.cue_speakers`)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from annotate.store.cue_speakers import choose
from tests.unit.suggest.fixtures import cues, nlp, run  # noqa: F401

TEXT = ("Mayor Ana Ortiz blamed the delays on the storm and a shortage of crews. "
        "The council said the repairs would take a month. "
        "There is no money left, which worries the residents.")


def _by_cue(pipeline: Language, cue_lists: Any, text: str) -> dict[str, Any]:
    found = run(pipeline, cue_lists, text).cue_speakers
    return {text[c.cue_start:c.cue_end]: c for c in found}


def test_every_cue_keeps_its_speaker_and_sentence(nlp: Language, cues: Any  # noqa: F811
                                                  ) -> None:
    by_cue = _by_cue(nlp, cues, TEXT)
    said = by_cue["said"]
    assert (said.text, said.speech) == ("The council", True)
    assert TEXT[said.sent_start:said.sent_end].startswith("The council said")
    blamed = by_cue["blamed"]  # not a speech cue: asked only when the sentence has none
    assert blamed.speech is False
    assert "Ana Ortiz" in blamed.text and blamed.canonical == "Ana Ortiz"


def test_a_verb_that_is_not_a_cue_needs_someone_as_its_subject(
        nlp: Language, cues: Any) -> None:  # noqa: F811
    # 'There is', 'which worries': no one said anything there
    by_cue = _by_cue(nlp, cues, TEXT)
    assert "is" not in by_cue and "worries" not in by_cue


def test_a_quote_marked_by_hand_gets_the_speaker_of_its_sentence(
        nlp: Language, cues: Any) -> None:  # noqa: F811
    rows = [vars(c) for c in run(nlp, cues, TEXT).cue_speakers]
    start = TEXT.index("the repairs")
    chosen = choose(rows, start, TEXT.index(" a month") + 8)
    assert chosen is not None and chosen["text"] == "The council"
    start = TEXT.index("the delays")
    chosen = choose(rows, start, TEXT.index(" crews") + 6)
    assert chosen is not None and "Ana Ortiz" in chosen["text"]


def test_a_marking_verb_names_its_speaker_without_a_subject(nlp: Language, cues: Any  # noqa: F811
                                                            ) -> None:
    """'X, the mayor, called on ...': the parser hangs "called" on the name (no subject),
    and "call" suggests nothing; as a marking verb it still names who spoke."""
    text = "On Monday, the mayor of Lviv, Andriy Sadovyi, called on residents to save water."
    assert "called" not in _by_cue(nlp, dict(cues, marking_verbs=[]), text)
    assert "call" in cues["marking_verbs"]  # the default schema's
    called = _by_cue(nlp, cues, text)["called"]
    assert "Andriy Sadovyi" in called.text and called.speech is False
    assert not [s for s in run(nlp, cues, text).spans if s.label == "quote"]
