"""Pilot tests of flags: press f / F, choose a kind, type a comment, check the database."""

from __future__ import annotations

import pytest

from annotate.errors import AnnotateError
from annotate.store import Annotations, Store
from annotate.store.flags import FLAG_KINDS as STORE_KINDS
from annotate.store.tui_reads import flagged_count
from annotate.tui.flag_kinds import FLAG_KINDS
from annotate.tui.screens.help import HelpScreen
from tests.app.helpers import SIZE, count, doc_screen, make_app, message, press

pytestmark = pytest.mark.anyio

HOSTILE = "[/b] [red]x[/red] \\[b]"


def keys_for(text: str) -> list[str]:
    """The key names Pilot presses to type `text` into an input."""
    names = {" ": "space", "[": "left_square_bracket", "]": "right_square_bracket",
             "/": "slash", "\\": "backslash", ":": "colon"}
    return [names.get(c, c) for c in text]


async def open_on_a_span(app, pilot) -> int:  # type: ignore[no-untyped-def]
    """Open document 1, accept its first suggestion and put the cursor back on that span."""
    await press(pilot, "enter", "a", "k")
    screen = doc_screen(app)
    item = screen.item
    assert item is not None and not item.is_suggestion
    return item.id


def side(app) -> str:  # type: ignore[no-untyped-def]
    return str(doc_screen(app).side.plain)


def test_the_app_names_every_kind_the_store_knows() -> None:
    assert [k.name for k in FLAG_KINDS] == list(STORE_KINDS)


async def test_flag_a_span_with_a_comment_then_remove_it_undo_redo(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        span_id = await open_on_a_span(app, pilot)
        await press(pilot, "f", "u", *keys_for("who said it"), "enter")
        row = demo.one("SELECT * FROM flags")
        assert (row["kind"], row["comment"], row["span_id"], row["document_id"]) == \
            ("unsure", "who said it", span_id, 1)
        assert "⚑ unsure: who said it" in side(app)
        assert "⚑ 1 flag" in doc_screen(app).header.plain
        assert type(app.screen).__name__ == type(doc_screen(app)).__name__
        # f again: the kind already set is not offered twice, its removal is (key 1)
        await press(pilot, "f")
        body = str(app.screen.query_one("#picker-body").render())
        assert "remove “unsure: who said it”" in body and " u " not in body
        await press(pilot, "u")  # not offered: ignored, the picker stays
        assert count(demo, "SELECT COUNT(*) FROM flags") == 1
        await press(pilot, "1")
        assert count(demo, "SELECT COUNT(*) FROM flags") == 0
        assert "unsure" not in side(app) and "flag" not in doc_screen(app).header.plain
        await press(pilot, "u")
        assert message(app).startswith("Undid: remove flag unsure “who said it” on a span")
        assert demo.scalar("SELECT span_id FROM flags") == span_id
        assert "⚑ unsure: who said it" in side(app)
        await press(pilot, "u")  # undo the flag itself
        assert count(demo, "SELECT COUNT(*) FROM flags") == 0
        assert "unsure" not in side(app)
        await press(pilot, "ctrl+r")
        assert demo.scalar("SELECT comment FROM flags") == "who said it"
        assert "⚑ unsure: who said it" in side(app)


async def test_flag_the_document_without_comment_and_escape_saves_nothing(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        await press(pilot, "F", "escape")  # the picker, cancelled
        await press(pilot, "F", "b", "escape")  # the comment prompt, cancelled
        assert count(demo, "SELECT COUNT(*) FROM flags") == 0
        assert app.screen is doc_screen(app)
        await press(pilot, "F", "d", "enter")  # enter on an empty line: no comment
        row = demo.one("SELECT * FROM flags")
        assert (row["kind"], row["comment"], row["span_id"]) == ("discuss", "", None)
        assert "⚑ needs discussion" in side(app)
        assert message(app) == "Flagged document #1: needs discussion."
        # a second kind on the same document; then both are offered for removal
        await press(pilot, "F", "u", "enter", "F")
        body = str(app.screen.query_one("#picker-body").render())
        assert "remove “needs discussion”" in body and "remove “unsure”" in body
        await press(pilot, "2")
        assert demo.scalar("SELECT kind FROM flags") == "discuss"


async def test_f_on_a_suggestion_asks_to_accept_first_and_writes_nothing(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        screen = doc_screen(app)
        assert screen.item is not None and screen.item.is_suggestion
        await press(pilot, "f")
        assert app.screen is screen and "accept this suggestion first" in message(app)
        await press(pilot, "u")  # reached the document screen: nothing to undo
        assert count(demo, "SELECT COUNT(*) FROM flags") == 0
        assert count(demo, "SELECT COUNT(*) FROM spans") == 0


async def test_a_hostile_comment_shows_verbatim(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_on_a_span(app, pilot)
        await press(pilot, "f", "b", *keys_for(HOSTILE), "enter")
        assert demo.scalar("SELECT comment FROM flags") == HOSTILE
        assert f"⚑ broken text: {HOSTILE}" in side(app)
        await press(pilot, "F", "u", *keys_for(HOSTILE), "enter")
        assert f"⚑ unsure: {HOSTILE}" in side(app)
        await press(pilot, "F")  # the removal entry quotes the comment as typed
        body = str(app.screen.query_one("#picker-body").render())
        assert f"remove “unsure: {HOSTILE}”" in body


async def test_deleting_a_flagged_span_takes_its_flag_along_and_undo_brings_both(
        demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        span_id = await open_on_a_span(app, pilot)
        await press(pilot, "f", "u", "enter")
        await press(pilot, "x")
        assert count(demo, "SELECT COUNT(*) FROM flags") == 0
        assert doc_screen(app).doc.flags == {}
        await press(pilot, "u")
        assert demo.scalar("SELECT span_id FROM flags") == span_id
        assert [f.span_id for f in doc_screen(app).doc.flags.values()] == [span_id]


async def test_a_flag_set_in_another_window_shows_up(demo: Store, other: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        Annotations(other, "alice").add_flag(1, "discuss", "ask the lead")
        Annotations(other, "bob").add_flag(1, "unsure", "bob's own")
        doc_screen(app)._watch()  # what the screen's timer does every two seconds
        await pilot.pause()
        assert "⚑ needs discussion: ask the lead" in side(app)
        assert "bob's own" not in side(app)  # another annotator's flag is theirs


async def test_a_refused_flag_keeps_the_prompt_open_with_why(demo: Store, other: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        span_id = await open_on_a_span(app, pilot)
        await press(pilot, "f", "u", *keys_for("gone"))
        Annotations(other, "alice").delete_span(span_id)  # meanwhile, elsewhere
        await press(pilot, "enter")
        assert count(demo, "SELECT COUNT(*) FROM flags") == 0
        assert type(app.screen).__name__ == "TextPrompt"
        error = str(app.screen.query_one("#picker-error").render())
        assert "another window" in error
        await press(pilot, "escape")
        assert app.screen is doc_screen(app)


async def test_queue_flag_column_and_flagged_filter_with_status_and_pages(
        store: Store) -> None:
    from annotate.store.documents import insert_document

    with store.write() as conn:
        for n in range(90):
            insert_document(conn, hash=f"h{n}", text=f"Text {n}.", title=f"Doc {n}")
    ann = Annotations(store, "alice")
    flagged = [3, 40, 41, 77, 88]
    for doc in flagged:
        ann.add_flag(doc, "unsure")
    ann.add_flag(40, "discuss", "twice")
    ann.set_status(41, "done")
    app = make_app(store)
    async with app.run_test(size=(100, 8)) as pilot:  # a page of a few rows
        await pilot.pause()
        queue = app.screen
        table = queue.query_one("#queue")
        assert "flag" in table.column_labels  # type: ignore[attr-defined]
        await press(pilot, "F")
        assert "flagged" in queue.header_text()  # type: ignore[attr-defined]
        assert f"({len(flagged)})" in queue.header_text()  # type: ignore[attr-defined]
        assert table.row_count < len(flagged)  # type: ignore[attr-defined]  # pages
        assert "⚑2" in table.row("40")  # type: ignore[attr-defined]
        assert "⚑1" in table.row("3")  # type: ignore[attr-defined]
        seen: list[str] = []
        for _ in range(5):
            seen += [table.row_at(i)[0]  # type: ignore[attr-defined]
                     for i in range(table.row_count)]  # type: ignore[attr-defined]
            await press(pilot, "right_square_bracket")
            if "last page" in message(app):
                break
        assert seen == [str(d) for d in flagged]
        await press(pilot, "f", "f", "f")  # status done, with the flagged filter still on
        assert [table.row_at(i)[0] for i in range(table.row_count)] == ["41"]  # type: ignore[attr-defined]
        assert "done · flagged" in queue.header_text()  # type: ignore[attr-defined]
        await press(pilot, "F")
        assert "flagged" not in queue.header_text()  # type: ignore[attr-defined]
        assert flagged_count(store, ann.annotator_id, "done") == 1
        assert flagged_count(store, ann.annotator_id) == len(flagged)


async def test_remapped_flag_keys_work_and_show(demo: Store) -> None:
    keymap = {"doc.flag": "y", "doc.flag_document": "Y", "queue.flagged": "ctrl+f"}
    app = make_app(demo, keymap=keymap)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "F")  # the old queue key does nothing now
        assert "flagged" not in app.screen.header_text()  # type: ignore[attr-defined]
        await press(pilot, "ctrl+f")
        assert "flagged" in app.screen.header_text()  # type: ignore[attr-defined]
        await press(pilot, "ctrl+f", "enter")
        await press(pilot, "F")
        assert app.screen is doc_screen(app)
        await press(pilot, "Y", "u", "enter")
        assert demo.scalar("SELECT kind FROM flags WHERE span_id IS NULL") == "unsure"
        await press(pilot, "a", "k", "y", "b", "enter")
        assert demo.scalar("SELECT kind FROM flags WHERE span_id IS NOT NULL") == "broken_text"
        await press(pilot, "question_mark")
        help_text = app.screen.markdown() if isinstance(app.screen, HelpScreen) else ""
        assert "| `y` | Flag | `doc.flag` |" in help_text
        assert "| `Y` | Flag doc | `doc.flag_document` |" in help_text


def test_a_remap_onto_a_taken_key_is_refused(demo: Store) -> None:
    with pytest.raises(AnnotateError, match="doc.accept and doc.flag"):
        make_app(demo, keymap={"doc.flag": "a"})


async def test_flags_show_on_an_80_by_24_terminal(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=(80, 24)) as pilot:
        keybar = app.screen.query_one("#keybar")
        assert all(f" {what}" in keybar.shown  # type: ignore[attr-defined]
                   for what in ("Filter", "Flagged", "Help", "Quit"))
        await open_on_a_span(app, pilot)
        long = "the speaker: minister or deputy? the text never says"
        await press(pilot, "f", "u", *keys_for(long), "enter")
        await press(pilot, "F", "b", *keys_for("second paragraph cut off"), "enter")
        panel = side(app)
        assert "⚑ unsure: the speaker:" in panel  # under the label line, not cropped away
        assert "⚑ broken text: second" in panel
        assert "Quotes (" in panel  # the quotes are still in view
        assert "⚑ 2 flags" in doc_screen(app).header.plain


async def test_brackets_in_a_document_follow_the_flagged_filter(store: Store) -> None:
    """Opened from the flagged queue, ] and [ go to the next flagged document, and keep
    doing so after the first step."""
    from annotate.store.documents import insert_document

    with store.write() as conn:
        for n in range(80):
            insert_document(conn, hash=f"h{n}", text=f"Text {n}.", title=f"Doc {n}")
    ann = Annotations(store, "alice")
    for doc in (3, 40, 77):
        ann.add_flag(doc, "unsure")
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "F", "enter")
        screen = doc_screen(app)
        assert screen.document_id == 3
        await press(pilot, "right_square_bracket")
        assert screen.document_id == 40
        await press(pilot, "right_square_bracket")
        assert screen.document_id == 77
        await press(pilot, "right_square_bracket")
        assert screen.document_id == 77 and "No more documents" in message(app)
        await press(pilot, "left_square_bracket")
        assert screen.document_id == 40
        await press(pilot, "q", "F", "enter", "right_square_bracket")  # the filter off again
        assert doc_screen(app).document_id == 2
