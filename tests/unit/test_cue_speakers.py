"""The speaker a QUOTE marked by hand gets from the parse's cue speakers, kept, undone and
taken back with it (`annotate.store.cue_speakers`, `Annotations.add_span`)."""

from __future__ import annotations

from typing import Any

import pytest

from annotate.store import Annotations, Store
from annotate.store import suggestions as sugg_store
from annotate.store.cue_speakers import choose
from annotate.suggest.types import CueSpeaker, DocSuggestions
from annotate.tui.describe import describe
from annotate.tui.items import Item
from tests.conftest import RUN, add_doc

TEXT = "Lee said the plan would work. Kim blamed the rain. The vote is on Friday, Ng added."


def _cue(cue: str, speaker: str, speech: bool = True, sentence: int | None = None
         ) -> CueSpeaker:
    at = TEXT.index(cue)
    first = TEXT.rfind(". ", 0, at)
    s_start = 0 if first < 0 else first + 2
    s_end = TEXT.index(".", at) + 1
    sp = TEXT.index(speaker, s_start)
    return CueSpeaker(at, at + len(cue), s_start, s_end, sp, sp + len(speaker), speaker,
                      speaker, "speaker.subject", speech)


CUES = [_cue("said", "Lee"), _cue("blamed", "Kim", speech=False), _cue("added", "Ng")]


def _row(c: CueSpeaker) -> dict[str, Any]:
    return vars(c)


def _span(text: str) -> tuple[int, int]:
    at = TEXT.index(text)
    return at, at + len(text)


def _chosen(rows: list[dict[str, Any]], quote: str) -> str | None:
    row = choose(rows, *_span(quote))
    return None if row is None else str(row["text"])


def test_the_nearest_cue_of_the_sentence_outside_the_quote() -> None:
    rows = [_row(c) for c in CUES]
    assert _chosen(rows, "the plan would work") == "Lee"
    assert _chosen(rows, "The vote is on Friday") == "Ng"
    assert _chosen(rows, "the rain") == "Kim"
    # a cue inside the quote is its own words ...
    assert choose(rows, *_span("said the plan would work")) is None
    assert choose(rows, *_span("Kim blamed the rain")) is None  # (not a speech cue)


def test_a_quote_that_opens_with_its_attribution_gets_its_speaker() -> None:
    """... unless the quote opens with the speaker of a speech cue in it: the sentence
    selected whole ('Lee said the plan would work.')."""
    rows = [_row(c) for c in CUES]
    assert _chosen(rows, "Lee said the plan would work") == "Lee"
    assert _chosen(rows, "Lee said the plan") == "Lee"
    # not 'I' or 'we': inside quoted words they are the quoted speaker
    first_person = dict(_row(CUES[0]), text="We")
    assert choose([first_person], *_span("Lee said the plan would work")) is None
    # a cue outside the quote comes first (made-up row: the cue "work" after the quote)
    outside = _row(_cue("work", "would"))
    assert _chosen([*rows, outside], "Lee said the plan") == "would"


def test_a_speech_cue_comes_before_any_other_verb() -> None:
    other = _cue("would", "Lee", speech=False)  # nearer, not a speech cue
    rows = [_row(other), _row(CUES[0])]
    chosen = choose(rows, *_span("the plan would work"))
    assert chosen is not None and chosen["cue_start"] == CUES[0].cue_start


@pytest.fixture
def doc(store: Store) -> int:
    doc_id = add_doc(store, TEXT)
    sugg_store.save(store, RUN, [(doc_id, DocSuggestions(cue_speakers=CUES))])
    return doc_id


def _speakers(store: Store, ann: Annotations) -> list[tuple[str, str | None, str]]:
    return [(r["text"], r["canonical"], r["origin"]) for r in store.all(
        "SELECT text, canonical, origin FROM spans WHERE annotator_id = ? AND label = "
        "'SPEAKER' ORDER BY start", (ann.annotator_id,))]


def _linked(store: Store, quote: int) -> list[str]:
    return [r[0] for r in store.all("SELECT s.text FROM relations r JOIN spans s ON "
                                    "s.id = r.child_id WHERE r.head_id = ?", (quote,))]


def test_marking_a_quote_links_the_cue_speaker_in_one_undoable_event(store: Store,
                                                                     doc: int) -> None:
    ann = Annotations(store, "alice")
    quote = ann.add_span(doc, "QUOTE", *_span("the plan would work"))
    assert _linked(store, quote) == ["Lee"]
    assert _speakers(store, ann) == [("Lee", "Lee", "suggested")]
    ann.undo(doc)
    assert store.scalar("SELECT COUNT(*) FROM spans") == 0
    assert store.scalar("SELECT COUNT(*) FROM relations") == 0
    ann.redo(doc)
    assert _linked(store, quote) == ["Lee"]
    # another annotator's quote gets its own speaker span, never alice's
    bob = Annotations(store, "bob")
    theirs = bob.add_span(doc, "QUOTE", *_span("the plan would work"))
    assert _speakers(store, bob) == [("Lee", "Lee", "suggested")]
    assert _linked(store, theirs) == ["Lee"]


def test_a_sentence_marked_whole_links_the_speaker_inside_it(store: Store, doc: int) -> None:
    ann = Annotations(store, "alice")
    quote = ann.add_span(doc, "QUOTE", *_span("Lee said the plan would work."))
    assert _linked(store, quote) == ["Lee"]
    assert _speakers(store, ann) == [("Lee", "Lee", "suggested")]


def test_the_annotators_own_speaker_is_linked_as_it_is(store: Store, doc: int) -> None:
    ann = Annotations(store, "alice")
    mine = ann.add_span(doc, "SPEAKER", 0, 3)
    ann.update_span(mine, canonical="Dana Lee")
    quote = ann.add_span(doc, "QUOTE", *_span("the plan would work"))
    assert _linked(store, quote) == ["Lee"]
    assert _speakers(store, ann) == [("Lee", "Dana Lee", "manual")]
    # deleting the quote leaves the speaker the annotator marked
    ann.delete_span(quote)
    assert _speakers(store, ann) == [("Lee", "Dana Lee", "manual")]


def test_a_speaker_nobody_marked_goes_when_no_quote_names_it(store: Store, doc: int) -> None:
    ann = Annotations(store, "alice")
    quote = ann.add_span(doc, "QUOTE", *_span("the plan would work"))
    kim = ann.add_span(doc, "SPEAKER", *_span("Kim"))
    ann.set_speaker(quote, kim)  # the parse was wrong: the linked one goes
    assert _speakers(store, ann) == [("Kim", None, "manual")]
    ann.undo(doc)
    assert _linked(store, quote) == ["Lee"]
    ann.set_speaker(quote, None)
    assert _speakers(store, ann) == [("Kim", None, "manual")]
    ann.undo(doc)
    ann.delete_span(quote)
    assert _speakers(store, ann) == [("Kim", None, "manual")]
    ann.undo(doc)
    assert _linked(store, quote) == ["Lee"]
    assert store.all("PRAGMA foreign_key_check") == []


def test_a_speaker_two_quotes_name_stays_while_one_does(store: Store, doc: int) -> None:
    ann = Annotations(store, "alice")
    first = ann.add_span(doc, "QUOTE", *_span("the plan"))
    second = ann.add_span(doc, "QUOTE", *_span("would work"))
    assert _linked(store, first) == _linked(store, second) == ["Lee"]
    assert len(_speakers(store, ann)) == 1  # the second reuses the first's span
    ann.delete_span(first)
    assert _linked(store, second) == ["Lee"]


def test_no_cue_speaker_no_link(store: Store) -> None:
    doc_id = add_doc(store, TEXT)  # never pre-annotated
    ann = Annotations(store, "alice")
    quote = ann.add_span(doc_id, "QUOTE", *_span("the plan would work"))
    assert _linked(store, quote) == []


def test_a_rerun_replaces_a_documents_cue_speakers(store: Store, doc: int) -> None:
    sugg_store.save(store, RUN, [(doc, DocSuggestions(cue_speakers=CUES[:1]))])
    assert store.scalar("SELECT COUNT(*) FROM cue_speakers") == 1
    sugg_store.save(store, RUN, [(doc, DocSuggestions())])
    assert store.scalar("SELECT COUNT(*) FROM cue_speakers") == 0


def test_undo_names_the_speaker_chosen_not_the_one_the_parse_had(store: Store,
                                                                 doc: int) -> None:
    ann = Annotations(store, "alice")
    quote = ann.add_span(doc, "QUOTE", *_span("the plan would work"))
    ann.add_speaker(quote, *_span("Kim"))  # the picker's "new speaker": Lee's span goes
    event = ann.undo(doc)
    assert event is not None and describe(event) == "speaker of SPEAKER “Kim”"


def test_undo_of_a_speaker_chosen_among_the_spans_names_its_quote(store: Store,
                                                                  doc: int) -> None:
    """Choosing a SPEAKER already there writes only the link (and takes the parse's span
    back): the line names the quote, not nothing."""
    ann = Annotations(store, "alice")
    kim = ann.add_span(doc, "SPEAKER", *_span("Kim"))
    quote = ann.add_span(doc, "QUOTE", *_span("the plan would work"))
    ann.set_speaker(quote, kim)
    event = ann.undo(doc)
    assert event is not None and describe(event) == "speaker of"
    quote_item = Item("span", quote, "QUOTE", *_span("the plan would work"),
                      "the plan would work")
    found = {("span", quote): quote_item}
    assert describe(event, None, found.get) == "speaker of QUOTE “the plan would work”"

