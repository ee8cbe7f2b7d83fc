"""The speaker picker: a speaker nobody marked is one choice, and marking one is one undo."""

from __future__ import annotations

import pytest

from annotate.store import Annotations, Store
from annotate.store import suggestions as sugg_store
from annotate.suggest.types import CueSpeaker, DocSuggestions
from annotate.tui.people import Mention
from tests.app.helpers import SIZE, count, doc_screen, make_app, message, press
from tests.conftest import RUN, TEXT, add_doc

pytestmark = pytest.mark.anyio

LINKED = ('SELECT s.text, s.label FROM relations r JOIN spans s ON s.id = r.child_id '
          "WHERE r.label = 'ATTRIBUTED_TO'")


def quote_only(store: Store) -> int:
    """A document without suggestions whose one QUOTE has no speaker yet."""
    doc = add_doc(store)
    start = TEXT.index("We")
    Annotations(store, "alice").add_span(doc, "QUOTE", start, TEXT.index(',"'))
    return doc


async def test_the_mention_next_to_the_cue_is_offered_and_marked_in_one_step(
        store: Store) -> None:
    quote_only(store)
    events = count(store, "SELECT COUNT(*) FROM events")
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        screen = doc_screen(app)
        assert screen.item is not None and screen.item.label == "QUOTE"
        await press(pilot, "s")
        picker = app.screen
        shown = [e.value for e in picker.shown]  # type: ignore[attr-defined]
        assert shown[0] == "new" and isinstance(shown[1], Mention)
        assert shown[1].text == "Stoltenberg"  # '…," Stoltenberg said'
        await press(pilot, "enter")  # the default line: the mention
        assert [tuple(r) for r in store.all(LINKED)] == [("Stoltenberg", "SPEAKER")]
        assert count(store, "SELECT COUNT(*) FROM events") == events + 1
        assert screen.mode is None and screen.item is not None and \
            screen.item.label == "QUOTE"
        await press(pilot, "s")  # marked now: offered as a person, not as a mention again
        again = [e.value for e in app.screen.shown]  # type: ignore[attr-defined]
        assert not any(isinstance(v, Mention) for v in again)
        await press(pilot, "escape", "u")  # one undo takes back the span and its link
        assert store.all(LINKED) == []
        assert count(store, "SELECT COUNT(*) FROM spans WHERE label = 'SPEAKER'") == 0


async def test_a_speaker_marked_by_hand_is_one_undo_step(store: Store) -> None:
    quote_only(store)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        await press(pilot, "s", "up", "enter")  # "new speaker": mark the mention
        screen = doc_screen(app)
        assert screen.mode == "new" and screen.new is not None
        await press(pilot, "slash", *"NATO", "enter", "enter")
        assert [tuple(r) for r in store.all(LINKED)] == [("NATO", "SPEAKER")]
        assert store.scalar("SELECT action FROM events ORDER BY id DESC LIMIT 1") == \
            "set_speaker"
        await press(pilot, "u")
        assert store.all(LINKED) == []
        assert count(store, "SELECT COUNT(*) FROM spans WHERE label = 'SPEAKER'") == 0
        assert count(store, "SELECT COUNT(*) FROM spans WHERE label = 'QUOTE'") == 1


async def test_rejecting_a_quote_with_x_clears_its_suggested_speaker(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        screen = doc_screen(app)
        for _ in range(len(screen.doc.items)):
            item = screen.item
            if item is not None and item.label == "QUOTE" and screen.doc.speaker_of(item):
                break
            await press(pilot, "j")
        quote = screen.item
        assert quote is not None
        speaker = screen.doc.speaker_of(quote)
        assert speaker is not None
        await press(pilot, "x")
        decided = {r["suggestion_id"]: r["decision"] for r in
                   demo.all("SELECT suggestion_id, decision FROM decisions")}
        assert decided == {quote.id: "rejected", speaker.id: "rejected"}
        assert screen.doc.get(speaker.key) is None  # gone from the screen too
        await press(pilot, "u")
        assert count(demo, "SELECT COUNT(*) FROM decisions") == 0
        assert screen.doc.get(speaker.key) is not None


async def test_the_subject_of_the_quotes_sentence_is_offered_when_no_cue_names_one(
        store: Store) -> None:
    text = "Maria Lopez is raising questions about the count in Ohio.\n\nThe vote went on."
    doc = add_doc(store, text)
    start = text.index("about")
    Annotations(store, "alice").add_span(doc, "QUOTE", start, text.index(" in Ohio"))
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        await press(pilot, "s")
        shown = [e.value for e in app.screen.shown]  # type: ignore[attr-defined]
        assert isinstance(shown[1], Mention) and shown[1].text == "Maria Lopez"
        await press(pilot, "enter")
        assert [tuple(r) for r in store.all(LINKED)] == [("Maria Lopez", "SPEAKER")]


async def test_a_quote_marked_by_hand_comes_with_the_speaker_the_parse_reads(
        store: Store) -> None:
    doc = add_doc(store)
    cue, speaker = TEXT.index("said"), TEXT.index("Stoltenberg")
    sugg_store.save(store, RUN, [(doc, DocSuggestions(cue_speakers=[CueSpeaker(
        cue, cue + 4, TEXT.index('"'), len(TEXT), speaker, speaker + 11, "Stoltenberg",
        "Jens Stoltenberg", "speaker.subject")]))])
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter", "n", "right_square_bracket", "quotation_mark", "q")
        screen = doc_screen(app)
        assert screen.item is not None and screen.item.label == "QUOTE"
        assert [tuple(r) for r in store.all(LINKED)] == [("Stoltenberg", "SPEAKER")]
        assert "Speaker from the cue: Jens Stoltenberg (s changes it" in message(app)
        assert "Jens Stoltenberg" in screen.side.plain  # the side panel shows it too
        await press(pilot, "u")  # one undo: the quote, its speaker and the link
        assert count(store, "SELECT COUNT(*) FROM spans") == 0
        assert store.all(LINKED) == []
