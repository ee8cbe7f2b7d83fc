"""New spans in a few keys and every attribute from the keyboard, each one undoable step."""

from __future__ import annotations

import pytest

from annotate.store import Store
from annotate.tui.people import Person
from tests.app.helpers import SIZE, count, doc_screen, make_app, message, press

pytestmark = pytest.mark.anyio


async def to(app, pilot, label: str, text: str | None = None) -> None:  # type: ignore[no-untyped-def]
    screen = doc_screen(app)
    for _ in range(len(screen.doc.items) + 1):
        item = screen.item
        if item is not None and item.label == label and (text is None or text in item.text):
            return
        await press(pilot, "j")
    raise AssertionError(f"no {label} {text!r}")


async def test_new_span_by_keyboard_words_and_lines(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        screen = doc_screen(app)
        # the caret starts at "November 30"; w moves by token (punctuation too, as in vim)
        await press(pilot, "n", "w", "w", "w", "w", "v", "w", "w", "left", "v")
        assert type(app.screen).__name__ == "LabelPicker"
        await press(pilot, "q")  # QUOTE in the label picker, not quit
        span = demo.one("SELECT * FROM spans")
        assert span["origin"] == "manual" and span["label"] == "QUOTE"
        assert span["text"] == "Secretary General"
        assert screen.mode is None
        await press(pilot, "n")
        caret = screen.new.caret if screen.new else -1
        line = screen.article.line_for(caret)
        await press(pilot, "down")  # ↓ moves the caret a line, it does not scroll
        assert screen.new is not None and screen.article.line_for(screen.new.caret) == line + 1
        await press(pilot, "up")
        assert screen.article.line_for(screen.new.caret) == line
        await press(pilot, "escape")
        assert screen.mode is None and screen.new is None


async def test_one_key_selections_sentence_quoted_clause(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        text = doc_screen(app).doc.text
        await press(pilot, "slash", *"exactly what", "enter", "n", "quotation_mark", "q")
        quoted = demo.scalar("SELECT text FROM spans WHERE label = 'QUOTE'")
        assert quoted.startswith("This is exactly what we are doing.")
        assert quoted.endswith("person of Ukraine") and '"' not in quoted
        await press(pilot, "slash", *"allies should", "enter", "n", "c", "q")
        clause = demo.one("SELECT * FROM spans WHERE text LIKE 'for Ukraine to win%'")
        assert clause is not None and clause["text"].endswith("support for Ukraine.")
        await press(pilot, "slash", *"press conference", "enter", "n", "full_stop", "t")
        sentence = demo.scalar("SELECT text FROM spans WHERE label = 'DATE'")
        assert sentence == text[text.index("On November 30"):text.index("Bucharest.") + 10]
        await press(pilot, "u")
        assert "new span DATE" in message(app)


async def test_speaker_picker_groups_people_filters_and_new_speaker(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        await to(app, pilot, "QUOTE", "This is exactly")
        await press(pilot, "a")  # with its speaker, "the NATO leader"
        await to(app, pilot, "QUOTE", "significant")
        await press(pilot, "s")
        picker = app.screen
        assert type(picker).__name__ == "SpeakerPicker"
        shown = [e.value for e in picker.shown]  # type: ignore[attr-defined]
        assert shown[0] == "new" and shown[-1] == "none"
        names = [v.name for v in shown[1:-1] if isinstance(v, Person)]
        assert len(names) == len(set(n.casefold() for n in names))  # one line a person
        assert {"the NATO leader", "North Macedonia"} <= set(names)
        await press(pilot, *"nato l")
        filtered = picker.shown  # type: ignore[attr-defined]
        assert [e.value.name for e in filtered if hasattr(e.value, "name")] == [
            "the NATO leader"]
        await press(pilot, "enter")
        speaker = demo.one("SELECT s.text, s.origin FROM relations r JOIN spans q "
                           "ON q.id = r.head_id JOIN spans s ON s.id = r.child_id "
                           "WHERE q.text LIKE 'significant%'")
        assert speaker is not None and speaker["text"] == "the NATO leader"
        # "new speaker" is at the top: up, enter, then mark the mention
        await press(pilot, "s", "up", "enter")
        screen = doc_screen(app)
        assert screen.mode == "new" and screen.new is not None and screen.new.speaker_for
        await press(pilot, "slash", *"presidents of nine", "enter", "v", "w", "w", "v")
        rel = demo.one("SELECT s.text FROM relations r JOIN spans q ON q.id = r.head_id "
                       "JOIN spans s ON s.id = r.child_id WHERE q.text LIKE 'significant%'")
        assert rel is not None and rel["text"] == "presidents of nine"
        assert screen.mode is None


async def test_date_value_typed_validated_with_default(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        await to(app, pilot, "DATE", "November 30")
        await press(pilot, "v")
        prompt = app.screen
        assert type(prompt).__name__ == "TextPrompt" and prompt.typed() == "2022-11-30"  # type: ignore[attr-defined]
        await press(pilot, *["backspace"] * 10, *"2022-13-01", "enter")
        assert app.screen is prompt and "2022-13-01" in prompt.error  # type: ignore[attr-defined]
        assert count(demo, "SELECT COUNT(*) FROM spans") == 0
        await press(pilot, *["backspace"] * 10, *"2022-Q4", "enter")
        assert demo.scalar("SELECT value FROM spans") == "2022-Q4"
        assert count(demo, "SELECT COUNT(*) FROM events WHERE action = 'accept'") == 1
        await press(pilot, "u")  # one step: accepted with its value
        assert count(demo, "SELECT COUNT(*) FROM spans") == 0


async def test_speaker_canonical_name_choose_or_type(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        await to(app, pilot, "SPEAKER", "the NATO leader")
        await press(pilot, "c")
        prompt = app.screen
        assert type(prompt).__name__ == "TextPrompt"
        assert prompt.typed() == "the NATO leader"  # type: ignore[attr-defined]
        await press(pilot, *["backspace"] * 20, *"Jens Stoltenberg", "enter")  # typed
        assert demo.scalar("SELECT canonical FROM spans WHERE text = 'the NATO leader'") == \
            "Jens Stoltenberg"
        # on another mention, the person is offered: choose it instead of typing it out
        await to(app, pilot, "SPEAKER", "North Macedonia")
        await press(pilot, "c", *["backspace"] * 20, *"jens")
        await press(pilot, "down", "enter")
        assert demo.scalar("SELECT canonical FROM spans WHERE text = 'North Macedonia'") == \
            "Jens Stoltenberg"
        await press(pilot, "u")
        assert demo.scalar("SELECT COUNT(*) FROM spans WHERE text = 'North Macedonia'") == 0


async def test_publication_date_edits_and_date_suggestions_follow(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        screen = doc_screen(app)
        await press(pilot, "p", *["backspace"] * 10, *"30/11/2022", "enter")
        assert "YYYY-MM-DD" in app.screen.error  # type: ignore[attr-defined]
        await press(pilot, *["backspace"] * 10, *"2023-11-30", "enter")
        assert screen.doc.document.published == "2023-11-30"
        value = demo.scalar("SELECT value FROM suggestions WHERE text = 'November 30'")
        assert value == "2023-11-30"
        assert screen.item is not None and screen.item.value == "2023-11-30"
        assert "2023-11-30" in screen.side.plain
        await press(pilot, "u")
        assert demo.scalar("SELECT published FROM documents WHERE id = 1") == "2022-11-30"
        assert screen.doc.document.published == "2022-11-30"


async def test_next_place_walks_what_no_quote_covers(store: Store) -> None:
    from tests.conftest import add_doc

    text = ('The council met. "We will not stop the plan," Ana Ruiz said.\n\n'
            'Prices rose. The mayor said the vote would wait.')
    add_doc(store, text)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        screen = doc_screen(app)
        await press(pilot, "n", "right_square_bracket", "quotation_mark", "q")
        assert store.scalar("SELECT text FROM spans") == "We will not stop the plan"
        # the quote covers its quotation and its cue's sentence: the next place is the mayor
        await press(pilot, "n", "right_square_bracket")
        assert screen.new is not None and text[screen.new.caret:].startswith("said the vote")
        await press(pilot, "c", "q")
        assert store.scalar("SELECT text FROM spans WHERE start > 60") == "the vote would wait."
        await press(pilot, "n")
        caret = screen.new.caret if screen.new else -1
        for key in ("right_square_bracket", "left_square_bracket"):  # nothing left either way
            await press(pilot, key)
            assert screen.new is not None and screen.new.caret == caret
            assert "No quote place left" in message(app)
