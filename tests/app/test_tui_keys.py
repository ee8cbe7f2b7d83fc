"""Pilot tests: press each binding and check the database, not only the screen."""

from __future__ import annotations

import pytest

from annotate.errors import StoreError
from annotate.store import Store
from annotate.tui.items import Item
from annotate.tui.screens.document import DocumentScreen
from annotate.tui.screens.queue import PAGE_SIZE
from tests.app.helpers import SIZE, count, doc_screen, make_app, message, press, type_fast

pytestmark = pytest.mark.anyio


async def open_first(pilot) -> None:  # type: ignore[no-untyped-def]
    await press(pilot, "enter")


async def goto_label(app, pilot, label: str) -> None:  # type: ignore[no-untyped-def]
    screen = doc_screen(app)
    for _ in range(len(screen.doc.items)):
        if screen.item is not None and screen.item.label == label:
            return
        await press(pilot, "j")
    raise AssertionError(f"no {label}")


async def test_open_puts_cursor_on_first_suggestion_and_a_accepts(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)
        first = demo.one("SELECT id FROM suggestions WHERE document_id = 1 ORDER BY start")
        assert screen.current == ("suggestion", first["id"])
        assert count(demo, "SELECT COUNT(*) FROM document_status") == 0  # opening writes nothing
        await press(pilot, "a")
        span = demo.one("SELECT * FROM spans")
        assert span["suggestion_id"] == first["id"] and span["origin"] == "suggested"
        assert demo.scalar("SELECT decision FROM decisions") == "accepted"
        # the cursor moved on to the next open suggestion
        assert screen.current is not None and screen.current[0] == "suggestion"
        assert screen.current[1] != first["id"]


async def test_reject_suggestion_then_delete_accepted_span(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await press(pilot, "x")
        assert demo.scalar("SELECT decision FROM decisions") == "rejected"
        await press(pilot, "a", "k")
        screen = doc_screen(app)
        assert screen.item is not None and not screen.item.is_suggestion
        await press(pilot, "x")
        assert count(demo, "SELECT COUNT(*) FROM spans") == 0
        assert count(demo, "SELECT COUNT(*) FROM decisions WHERE decision = 'rejected'") == 2


async def test_navigation_next_item_next_open_next_quote(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)
        seen = []
        for key in ["j", "j", "j"]:
            seen.append(screen.item.start if screen.item else -1)
            await press(pilot, key)
        seen.append(screen.item.start if screen.item else -1)
        assert seen == sorted(seen) and len(set(seen)) == 4
        await press(pilot, "k", "k")
        assert screen.item is not None and screen.item.start == seen[1]
        await press(pilot, "right_curly_bracket")
        assert screen.item is not None and screen.item.label == "QUOTE"
        first_quote = screen.item
        await press(pilot, "a")  # accept it: tab now skips the accepted spans
        await press(pilot, "tab")
        assert screen.item is not None and screen.item.is_suggestion
        await press(pilot, "left_curly_bracket")
        assert screen.item is not None and screen.item.label == "QUOTE"
        assert screen.item.start == first_quote.start and not screen.item.is_suggestion


async def test_stance_keys_quote_and_document_then_undo_redo_say_what(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await goto_label(app, pilot, "QUOTE")
        await press(pilot, "1")
        quote = demo.one("SELECT * FROM spans WHERE label = 'QUOTE'")
        assert quote["stance"] == "favor"
        # accepting the quote brought its suggested speaker and the link along
        assert count(demo, "SELECT COUNT(*) FROM relations") == 1
        await press(pilot, "2")
        assert demo.scalar("SELECT stance FROM spans WHERE label = 'QUOTE'") == "against"
        await press(pilot, "at")  # "@" is shift+2 on a US keyboard: the document's stance
        assert demo.scalar("SELECT stance FROM document_status") == "against"
        await press(pilot, "u")
        assert demo.scalar("SELECT stance FROM document_status") is None
        assert message(app).startswith("Undid: document stance")
        await press(pilot, "u")
        assert demo.scalar("SELECT stance FROM spans WHERE label = 'QUOTE'") == "favor"
        assert message(app).startswith("Undid: stance of QUOTE")
        await press(pilot, "ctrl+r")
        assert demo.scalar("SELECT stance FROM spans WHERE label = 'QUOTE'") == "against"
        assert message(app).startswith("Redid: stance of QUOTE")
        # Setting the stance of a suggestion accepted it in the same step: two undos from
        # here leave nothing, not a quote without its stance.
        await press(pilot, "u", "u")
        assert count(demo, "SELECT COUNT(*) FROM spans") == 0
        assert count(demo, "SELECT COUNT(*) FROM decisions") == 0
        assert "accept QUOTE" in message(app)


async def test_accept_all_takes_the_rest_in_one_step_and_one_undo(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)
        opened = len(app.annotations.open_suggestions(1))
        await press(pilot, "x")  # the first one is wrong: rejected before the rest
        await press(pilot, "A")
        assert app.annotations.open_suggestions(1) == []
        decisions = dict(demo.all("SELECT decision, COUNT(*) FROM decisions GROUP BY 1"))
        assert decisions.get("rejected", 0) >= 1
        assert sum(decisions.values()) == opened
        assert message(app).startswith(f"Accepted {decisions['accepted']} suggestions")
        quotes = count(demo, "SELECT COUNT(*) FROM spans WHERE label = 'QUOTE'")
        assert count(demo, "SELECT COUNT(*) FROM relations") == quotes  # speakers came along
        assert screen.doc.open_count == 0
        await press(pilot, "A")
        assert message(app) == "No open suggestions in this document."
        await press(pilot, "u")
        assert message(app).startswith(f"Undid: accept all: {decisions['accepted']} suggestions")
        assert count(demo, "SELECT COUNT(*) FROM decisions WHERE decision = 'accepted'") == 0
        assert screen.doc.open_count == len(app.annotations.open_suggestions(1)) == \
            opened - decisions["rejected"]


async def test_jump_labels_put_the_cursor_on_the_span_typed(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)
        start = screen.current
        await press(pilot, "g")
        assert screen.mode == "jump"
        targets = dict(screen.jumping.visible_targets())
        assert targets and start not in targets.values()
        # the labels are drawn over the text, in the article's own lines
        drawn = screen.jumping.letters()
        assert sorted(drawn.values()) == sorted(targets)
        label, key = max(targets.items(), key=lambda t: screen.doc.by_key[t[1]].start)
        await press(pilot, *label)
        assert screen.mode is None and screen.current == key
        assert screen.jumping.letters() == {}
        await press(pilot, "a")  # the keys work again, on the span jumped to
        assert demo.scalar("SELECT suggestion_id FROM spans") == key[1]
        await press(pilot, "g", "escape")
        assert screen.mode is None
        await press(pilot, "g", "Z")
        assert screen.mode is None and message(app) == "No span is labelled “Z”."
        # a burst, as a terminal delivers it: the label typed right after g reaches it
        await press(pilot, "g")
        targets = dict(screen.jumping.visible_targets())
        await press(pilot, "escape")
        label, key = next(iter(targets.items()))
        type_fast(app, "g", *label)
        await pilot.pause()
        assert screen.mode is None and screen.current == key
        assert count(demo, "SELECT COUNT(*) FROM spans") >= 1


async def test_the_article_follows_the_cursor_and_pages_on_a_long_text(store: Store) -> None:
    from annotate.store import suggestions as sugg_store
    from annotate.suggest.types import DocSuggestions, SpanSuggestion
    from tests.conftest import add_doc

    para = '"We will hold the line," the mayor said on Monday.'
    text = "\n\n".join(f"{para} Item {i}." for i in range(120))
    doc = add_doc(store, text)
    starts = [i for i in range(len(text)) if text.startswith("We will", i)]
    spans = [SpanSuggestion(n, "QUOTE", a, a + 18, text[a:a + 18], "q", 0.9)
             for n, a in enumerate(starts)]
    sugg_store.save(store, sugg_store.ModelRun("m", "1", "1"), [(doc, DocSuggestions(spans))])
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        screen = doc_screen(app)
        article = screen.article
        assert article.line_count > 2 * article.size.height
        await press(pilot, *["right_curly_bracket"] * 40)
        item = screen.item
        assert item is not None and item.start == starts[40]
        top = article.scroll_offset.y
        assert top > 0 and top <= article.line_for(item.start) < top + article.size.height
        await press(pilot, "pagedown")
        assert article.scroll_offset.y == top + article.size.height - 2
        await press(pilot, "up")
        assert article.scroll_offset.y == top + article.size.height - 5
        await press(pilot, "j")  # a move brings the cursor back into view
        line = article.line_for(screen.item.start) if screen.item else -1
        assert article.scroll_offset.y <= line < article.scroll_offset.y + article.size.height


async def test_undo_puts_the_cursor_where_it_changed_and_the_panel_agrees(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)
        first = screen.item
        assert first is not None
        await press(pilot, "a", "a", "a", "j", "j")
        await press(pilot, "u", "u", "u")
        # the cursor is on the suggestion the last undo reopened, not on nothing
        assert screen.item == first
        panel = screen.side.plain
        assert first.text in panel and "No span here" not in panel
        assert screen.doc.open_count == len(app.annotations.open_suggestions(1))


async def test_undo_survives_a_restart(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await press(pilot, "a", "a")
    assert count(demo, "SELECT COUNT(*) FROM spans") == 2
    again = make_app(demo)
    async with again.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await press(pilot, "u", "u")
    assert count(demo, "SELECT COUNT(*) FROM spans") == 0


async def test_edit_boundaries_snap_to_tokens(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        item = doc_screen(app).item
        assert item is not None and item.text == "November 30"
        await press(pilot, "e", "right", "shift+right", "enter")
        assert demo.scalar("SELECT text FROM spans") == "30,"
        assert demo.scalar("SELECT origin FROM spans") == "edited"
        await press(pilot, "e", "shift+left", "escape")
        assert demo.scalar("SELECT text FROM spans") == "30,"


async def first_quote(app, pilot) -> tuple[DocumentScreen, Item]:  # type: ignore[no-untyped-def]
    """The first document open, the cursor on its first QUOTE."""
    await open_first(pilot)
    await goto_label(app, pilot, "QUOTE")
    screen = doc_screen(app)
    assert screen.item is not None
    return screen, screen.item


async def test_edit_moves_a_side_a_phrase_at_a_time(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        screen, item = await first_quote(app, pilot)
        text = screen.doc.text
        await press(pilot, "e", "left_square_bracket", "enter")  # the end a phrase back
        row = demo.one('SELECT start, "end", text, origin FROM spans')
        assert row["start"] == item.start and row["end"] < item.end
        assert row["origin"] == "edited" and item.text.startswith(row["text"])
        assert text[row["end"]] in ",;:—(”\"" and text[row["end"] - 1].isalnum()
        await press(pilot, "e", "right_parenthesis", "enter")  # the start a phrase on
        start = demo.scalar("SELECT start FROM spans")
        # after a mark, or opening the next sentence
        assert start > item.start and text[start - 1] == " " and text[start - 2] in ",;:—).?!"
        await press(pilot, "u")  # one undoable step each
        assert demo.scalar("SELECT start FROM spans") == item.start


async def test_boundary_keys_in_normal_mode_keep_each_move_at_once(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        screen, item = await first_quote(app, pilot)
        text = screen.doc.text
        await press(pilot, "less_than_sign")  # the end a phrase back, kept: no e, no enter
        assert screen.mode is None
        row = demo.one('SELECT id, start, "end", origin, suggestion_id FROM spans '
                       "WHERE label = 'QUOTE'")
        assert row["suggestion_id"] == item.id and row["origin"] == "edited"
        assert row["start"] == item.start and row["end"] < item.end
        assert text[row["end"]] in ",;:—(”\"" and text[row["end"] - 1].isalnum()
        assert screen.current == ("span", row["id"])  # the cursor stays on it
        assert message(app) == "Accepted the QUOTE with its end moved (u undoes)."
        await press(pilot, "shift+right", "right")  # the end a token on, the start a token on
        moved = demo.one('SELECT start, "end" FROM spans WHERE id = ?', (row["id"],))
        assert moved["end"] > row["end"] and moved["start"] > item.start
        # one undoable step a key, back to the open suggestion
        await press(pilot, "u")
        assert demo.scalar("SELECT start FROM spans WHERE id = ?", (row["id"],)) == item.start
        await press(pilot, "u", "u")
        assert count(demo, "SELECT COUNT(*) FROM spans WHERE label = 'QUOTE'") == 0
        assert screen.doc.open_count == len(app.annotations.open_suggestions(screen.doc.id))


async def test_a_boundary_key_that_cannot_move_writes_nothing(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)
        assert screen.item is not None and screen.item.text == "November 30"
        await press(pilot, "shift+left")  # "November": kept, a span of the annotator's
        assert demo.scalar("SELECT text FROM spans") == "November"
        events = count(demo, "SELECT COUNT(*) FROM events")
        await press(pilot, "shift+left")  # the end cannot pass the start
        assert message(app) == "The end cannot move further that way."
        assert count(demo, "SELECT COUNT(*) FROM events") == events
        assert demo.scalar("SELECT text FROM spans") == "November"


async def test_edit_makes_the_span_its_sentence_in_one_key(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        screen, item = await first_quote(app, pilot)
        sentence = screen.doc.tokens.sentence_at(item.start)
        assert sentence is not None
        await press(pilot, "e", "full_stop", "enter")
        row = demo.one('SELECT start, "end", text FROM spans')
        assert (row["start"], row["end"]) != (item.start, item.end)
        # the sentence, as new-span mode's `.` selects it (its opening mark left out)
        assert row["end"] == sentence[1] and row["start"] == sentence[0] + 1
        assert screen.doc.text[sentence[0]] == '"' and row["text"].startswith("This is")


async def test_keys_typed_fast_after_a_picker_opens_reach_it(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)
        type_fast(app, "l", "c", "j")  # relabel as CUE, then move on: a burst
        await pilot.pause()
        await pilot.pause()
        assert demo.scalar("SELECT label FROM spans") == "CUE"
        assert app.screen is screen and screen.item is not None
        assert screen.item.key != ("span", demo.scalar("SELECT id FROM spans"))
        type_fast(app, "n", "full_stop", "q")  # the sentence as a QUOTE, in one burst
        await pilot.pause()
        await pilot.pause()
        assert demo.scalar("SELECT COUNT(*) FROM spans WHERE label = 'QUOTE'") == 1


async def test_done_warns_then_marks_and_moves_on(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await press(pilot, "d")
        assert demo.scalar("SELECT status FROM document_status WHERE document_id = 1") != "done"
        assert "still open" in message(app)
        await press(pilot, "d")
        assert demo.scalar("SELECT status FROM document_status WHERE document_id = 1") == "done"
        assert doc_screen(app).doc.id == 2
        await press(pilot, "space")
        assert demo.scalar("SELECT status FROM document_status WHERE document_id = 2") == \
            "skipped"
        assert doc_screen(app).doc.id == 3


async def test_next_previous_document_search_lands_on_the_match_help_quit(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)
        await press(pilot, "right_square_bracket")
        assert screen.doc.id == 2
        await press(pilot, "left_square_bracket")
        assert screen.doc.id == 1
        await press(pilot, "slash", *"bucharest", "enter")
        hit = screen.search.hit
        assert hit is not None and screen.doc.text[hit[0]:hit[1]] == "Bucharest"
        assert screen.caret == hit[0] and not screen.search_visible
        await press(pilot, "n")  # a new span starts at the match
        assert screen.new is not None and screen.new.caret == hit[0]
        await press(pilot, "escape", "question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        await press(pilot, "escape", "q")
        assert type(app.screen).__name__ == "QueueScreen"
        await press(pilot, "q")
    assert app.return_code == 0


async def test_queue_filter_counts_and_keyset_pages(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await press(pilot, "a", "q")
        table = app.screen.query_one("#queue")
        row = table.row("1")  # type: ignore[attr-defined]
        assert "in progress" in row and "1" in row
        await press(pilot, "f")  # todo
        assert table.row_count == 2


async def test_queue_pages_by_key_and_the_cursor_runs_on(store: Store) -> None:
    from annotate.store.documents import insert_document

    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        queue = app.screen
        page = queue.page_size  # type: ignore[attr-defined]
        assert 20 < page <= PAGE_SIZE  # as many rows as fit
        with store.write() as conn:
            for n in range(page * 2 + 5):
                insert_document(conn, hash=f"h{n}", text=f"Text {n}.", title=f"Doc {n}")
        queue.refresh_rows()  # type: ignore[attr-defined]
        table = queue.query_one("#queue")
        assert table.row_count == page  # type: ignore[attr-defined]
        await press(pilot, "right_square_bracket", "right_square_bracket")
        assert table.row_count == 5  # type: ignore[attr-defined]
        assert "page 3/3" in queue.header_text()  # type: ignore[attr-defined]
        await press(pilot, "right_square_bracket")
        assert "last page" in message(app)
        await press(pilot, "left_square_bracket")
        assert table.row_count == page  # type: ignore[attr-defined]
        assert table.row_at(0)[0] == str(page + 1)  # type: ignore[attr-defined]
        await press(pilot, "end", "down")  # past the last row: the next page
        assert table.row_at(0)[0] == str(2 * page + 1)  # type: ignore[attr-defined]
        assert table.cursor_key == str(2 * page + 1)  # type: ignore[attr-defined]


async def test_keymap_remaps_by_id(demo: Store) -> None:
    app = make_app(demo, keymap={"doc.accept": "y"})
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await press(pilot, "a")
        assert count(demo, "SELECT COUNT(*) FROM spans") == 0
        await press(pilot, "y")
        assert count(demo, "SELECT COUNT(*) FROM spans") == 1
        assert " y  Accept" in doc_screen(app).keybar.shown


async def test_two_annotators_see_only_their_own(demo: Store) -> None:
    alice = make_app(demo, "alice")
    async with alice.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await press(pilot, "a")
    bob = make_app(demo, "bob")
    async with bob.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(bob)
        assert all(i.is_suggestion for i in screen.doc.items)
        first = demo.scalar("SELECT id FROM suggestions WHERE document_id = 1 ORDER BY start")
        assert screen.current == ("suggestion", first)


async def test_time_is_recorded(demo: Store) -> None:
    app = make_app(demo, flush_every=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.pause(0.2)
        await press(pilot, "q")
    assert demo.scalar("SELECT seconds FROM document_time WHERE document_id = 1") >= 0.1


async def test_a_failed_write_says_so_and_shows_nothing_as_saved(demo: Store,
                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)
        before = (screen.current, screen.doc.open_count)

        def full(*args: object) -> int:
            raise StoreError("test.db: database or disk is full; nothing was saved")

        monkeypatch.setattr(app.annotations, "accept", full)
        await press(pilot, "a")
        assert "disk is full" in message(app) and screen.message.sticky
        assert (screen.current, screen.doc.open_count) == before
        await press(pilot, "j")
        assert "disk is full" in message(app)  # a fault stays until a write succeeds
        monkeypatch.undo()
        await press(pilot, "k", "a")
        assert message(app) == "" and count(demo, "SELECT COUNT(*) FROM spans") == 1


async def test_click_selects_a_span_and_a_drag_marks_one(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)
        article = screen.article
        at = screen.doc.text.index("the NATO leader")
        line = article.line_for(at)
        column = at - article.line_range(line)[0]
        await pilot.click("#article", offset=(column + 3 + 1, line))  # +1: the left padding
        await pilot.pause()
        assert screen.item is not None and screen.item.label == "SPEAKER"
        start = screen.doc.text.index("Bucharest")
        line = article.line_for(start)
        column = start - article.line_range(line)[0] + 1
        await pilot.mouse_down("#article", offset=(column, line))
        await pilot.hover("#article", offset=(column + 5, line))
        await pilot.mouse_up("#article", offset=(column + 5, line))
        await pilot.pause()
        assert type(app.screen).__name__ == "LabelPicker"
        await press(pilot, "p")
        assert demo.scalar("SELECT text FROM spans WHERE label = 'SPEAKER'") == "Bucharest"
