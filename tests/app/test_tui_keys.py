"""Pilot tests: press each binding and check the database, not only the screen."""

from __future__ import annotations

import pytest

from annotate.errors import AnnotateError
from annotate.store import Store
from tests.app.helpers import SIZE, count, doc_screen, fill, make_app

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def demo(store: Store) -> Store:
    return fill(store)


async def open_first(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("enter")
    await pilot.pause()


async def test_open_puts_cursor_on_first_suggestion_and_a_accepts(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)
        first = demo.one("SELECT id FROM suggestions WHERE document_id = 1 ORDER BY start")
        assert screen.current == ("suggestion", first["id"])
        await pilot.press("a")
        await pilot.pause()
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
        await pilot.press("x")
        await pilot.pause()
        assert demo.scalar("SELECT decision FROM decisions") == "rejected"
        await pilot.press("a", "k")
        await pilot.pause()
        screen = doc_screen(app)
        assert screen.item is not None and not screen.item.is_suggestion
        await pilot.press("x")
        await pilot.pause()
        assert count(demo, "SELECT COUNT(*) FROM spans") == 0
        assert count(demo, "SELECT COUNT(*) FROM decisions WHERE decision = 'rejected'") == 2


async def test_navigation_in_text_order(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)
        seen = []
        for key in ["tab", "j", "tab"]:
            seen.append(screen.item.start if screen.item else -1)
            await pilot.press(key)
            await pilot.pause()
        seen.append(screen.item.start if screen.item else -1)
        assert seen == sorted(seen) and len(set(seen)) == 4
        await pilot.press("k", "shift+tab")
        await pilot.pause()
        assert screen.item is not None and screen.item.start == seen[1]


async def goto_label(app, pilot, label: str) -> None:  # type: ignore[no-untyped-def]
    screen = doc_screen(app)
    for _ in range(len(screen.doc.items)):
        if screen.item is not None and screen.item.label == label:
            return
        await pilot.press("tab")
        await pilot.pause()
    raise AssertionError(f"no {label}")


async def test_stance_keys_quote_and_document_then_undo_redo(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await goto_label(app, pilot, "QUOTE")
        await pilot.press("1")
        await pilot.pause()
        quote = demo.one("SELECT * FROM spans WHERE label = 'QUOTE'")
        assert quote["stance"] == "favor"
        # accepting the quote brought its suggested speaker and the link along
        assert count(demo, "SELECT COUNT(*) FROM relations") == 1
        await pilot.press("2")
        await pilot.pause()
        assert demo.scalar("SELECT stance FROM spans WHERE label = 'QUOTE'") == "against"
        await pilot.press("at")  # "@" is shift+2 on a US keyboard: the document's stance
        await pilot.pause()
        assert demo.scalar("SELECT stance FROM document_status") == "against"
        await pilot.press("u")
        await pilot.pause()
        assert demo.scalar("SELECT stance FROM document_status") is None
        await pilot.press("u")
        await pilot.pause()
        assert demo.scalar("SELECT stance FROM spans WHERE label = 'QUOTE'") == "favor"
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert demo.scalar("SELECT stance FROM spans WHERE label = 'QUOTE'") == "against"
        # Setting the stance of a suggestion accepted it in the same step: two undos from
        # here leave nothing, not a quote without its stance.
        await pilot.press("u", "u")
        await pilot.pause()
        assert count(demo, "SELECT COUNT(*) FROM spans") == 0
        assert count(demo, "SELECT COUNT(*) FROM decisions") == 0


async def test_undo_survives_a_restart(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("a", "a")
        await pilot.pause()
    assert count(demo, "SELECT COUNT(*) FROM spans") == 2
    again = make_app(demo)
    async with again.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("u", "u")
        await pilot.pause()
    assert count(demo, "SELECT COUNT(*) FROM spans") == 0


async def test_edit_boundaries_snap_to_tokens(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        item = doc_screen(app).item
        assert item is not None and item.text == "November 30"
        await pilot.press("e", "right", "shift+right", "enter")
        await pilot.pause()
        assert demo.scalar("SELECT text FROM spans") == "30,"
        assert demo.scalar("SELECT origin FROM spans") == "edited"
        await pilot.press("e", "shift+left", "escape")
        await pilot.pause()
        assert demo.scalar("SELECT text FROM spans") == "30,"


async def test_relabel(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("l", "c")  # CUE
        await pilot.pause()
        assert demo.scalar("SELECT label FROM spans") == "CUE"


async def test_new_span_by_keyboard(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        # cursor starts at "November 30"; w moves by token (punctuation too, as in vim)
        await pilot.press("n", "w", "w", "w", "w", "v", "w", "w", "left", "v")
        await pilot.pause()
        await pilot.press("q")  # QUOTE in the label picker, not quit
        await pilot.pause()
        span = demo.one("SELECT * FROM spans")
        assert span["origin"] == "manual" and span["label"] == "QUOTE"
        assert span["text"] == "Secretary General"
        assert doc_screen(app).mode is None


async def test_speaker_picker_links_nearest(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await goto_label(app, pilot, "QUOTE")
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("down", "enter")  # the second nearest speaker
        await pilot.pause()
        rel = demo.one("SELECT r.*, s.text FROM relations r JOIN spans s ON s.id = r.child_id")
        assert rel is not None and rel["label"] == "ATTRIBUTED_TO"
        assert rel["text"] != "the NATO leader"
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("end", "enter")  # "no speaker"
        await pilot.pause()
        assert count(demo, "SELECT COUNT(*) FROM relations") == 0


async def test_done_warns_then_marks_and_moves_on(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("d")
        await pilot.pause()
        assert demo.scalar("SELECT status FROM document_status WHERE document_id = 1") != "done"
        await pilot.press("d")
        await pilot.pause()
        assert demo.scalar("SELECT status FROM document_status WHERE document_id = 1") == "done"
        assert doc_screen(app).doc.id == 2
        await pilot.press("space")
        await pilot.pause()
        assert demo.scalar("SELECT status FROM document_status WHERE document_id = 2") == \
            "skipped"
        assert doc_screen(app).doc.id == 3


async def test_next_previous_document_search_help_quit(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.doc.id == 2
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert screen.doc.id == 1
        await pilot.press("slash", *"bucharest", "enter")
        await pilot.pause()
        hit = screen.search_hit
        assert hit is not None and screen.doc.text[hit[0]:hit[1]] == "Bucharest"
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape", "q")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_queue_filter_and_counts(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("a", "q")
        await pilot.pause()
        table = app.screen.query_one("#queue")
        row = table.get_row("1")
        assert str(row[1]) == "in progress" and row[5] == "1"
        await pilot.press("f")  # todo
        await pilot.pause()
        assert table.row_count == 2


async def test_keymap_remaps_by_id(demo: Store) -> None:
    app = make_app(demo, keymap={"doc.accept": "y"})
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("a")
        await pilot.pause()
        assert count(demo, "SELECT COUNT(*) FROM spans") == 0
        await pilot.press("y")
        await pilot.pause()
        assert count(demo, "SELECT COUNT(*) FROM spans") == 1


async def test_two_annotators_see_only_their_own(demo: Store) -> None:
    alice = make_app(demo, "alice")
    async with alice.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("a")
        await pilot.pause()
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
        await pilot.press("q")
        await pilot.pause()
    assert demo.scalar("SELECT seconds FROM document_time WHERE document_id = 1") >= 0.1


async def test_store_error_becomes_a_notification(demo: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app = make_app(demo)
    shown: list[tuple[str, str]] = []
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)

        def boom(*args: object) -> int:
            raise AnnotateError("database is read-only")

        monkeypatch.setattr(app.annotations, "accept", boom)
        monkeypatch.setattr(screen, "notify",
                            lambda message, **kw: shown.append((message, kw.get("severity"))))
        await pilot.press("a")
        await pilot.pause()
    assert ("database is read-only", "error") in shown
    assert count(demo, "SELECT COUNT(*) FROM spans") == 0


async def test_click_selects_a_span(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = doc_screen(app)
        article = screen.query_one("#article")
        line = article.line_for(screen.doc.text.index("the NATO leader"))
        column = screen.doc.text.index("the NATO leader") - article.line_range(line)[0]
        await pilot.click("#article", offset=(column + 3, line))
        await pilot.pause()
        assert screen.item is not None and screen.item.label == "SPEAKER"
