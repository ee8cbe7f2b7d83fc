"""Two windows, one truth; faults; hostile text; small screens.

The app must never act on what it showed before another window changed the document, never
show as saved what the store refused, and never read a title or a name as markup.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotate.importer import import_paths
from annotate.schema import default_schema
from annotate.store import Annotations, Store
from annotate.tui.demo import add_simple_suggestions
from tests.app.helpers import SIZE, count, doc_screen, fill, make_app, message, press

pytestmark = pytest.mark.anyio
HOSTILE = "[/b] [bold red]not markup[/] \\[x] [link=file:///etc/passwd]y[/link] [/"


async def test_another_window_is_seen_before_acting(demo: Store, other: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        screen = doc_screen(app)
        shown = screen.item
        assert shown is not None and shown.is_suggestion
        Annotations(other, "alice").reject(shown.id)  # the same annotator, elsewhere
        await press(pilot, "a")
        # not accepted on the stale screen: refreshed, and said so
        assert count(demo, "SELECT COUNT(*) FROM spans") == 0
        assert "another window" in message(app)
        assert screen.doc.get(shown.key) is None
        assert screen.doc.open_count == len(app.annotations.open_suggestions(1))
        await press(pilot, "a")  # now on what is there
        assert count(demo, "SELECT COUNT(*) FROM spans") == 1


async def test_a_stale_action_refused_by_the_store_shows_why_and_the_truth(
        demo: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    other = Store(demo.path)
    try:
        app = make_app(demo)
        async with app.run_test(size=SIZE) as pilot:
            await press(pilot, "enter")
            screen = doc_screen(app)
            shown = screen.item
            assert shown is not None
            Annotations(other, "alice").accept(shown.id)
            # the other commit lands between the check and the action
            monkeypatch.setattr(demo, "external_change", lambda: False)
            await press(pilot, "x")
            assert "already accepted" in message(app)
            assert screen.doc.get(shown.key) is None  # the refreshed screen
            assert any(i.label == shown.label and i.start == shown.start
                       and not i.is_suggestion for i in screen.doc.items)
            assert count(demo, "SELECT COUNT(*) FROM decisions WHERE decision = 'rejected'") == 0
    finally:
        other.close()


async def test_the_side_panel_follows_other_windows_without_a_key(demo: Store, other: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        screen = doc_screen(app)
        Annotations(other, "alice").set_document_stance(1, "neutral")
        await pilot.pause(2.3)  # the screen looks every 2 s
        assert "Document stance: neutral" in screen.side.plain


async def test_deleted_database_stops_writing_with_a_lasting_message(tmp_path: Path) -> None:
    path = tmp_path / "gone.db"
    store = Store(path)
    store.store_schema(default_schema())
    fill(store)
    try:
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await press(pilot, "enter")
            screen = doc_screen(app)
            before = (screen.current, screen.doc.open_count)
            for name in os.listdir(tmp_path):
                os.unlink(tmp_path / name)
            await press(pilot, "a")
            assert "deleted" in message(app) and screen.message.sticky
            assert (screen.current, screen.doc.open_count) == before
            await press(pilot, "j", "x")
            assert "deleted" in message(app)
            assert screen.doc.open_count == before[1]
    finally:
        store.close()


def _hostile_store(store: Store, tmp_path: Path) -> Store:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a.txt").write_text(f'{HOSTILE}\n"We will [b]never[/b] stop," said [red]Ann '
                                  f"Lee[/red] on November 30.\n", encoding="utf-8")
    (folder / "a.meta.json").write_text(f'{{"title": "{HOSTILE.replace(chr(92), "")}", '
                                        '"published": "2022-11-30"}', encoding="utf-8")
    report = import_paths(store, [folder])
    assert report.ok, report.errors
    add_simple_suggestions(store)
    return store


async def test_hostile_text_is_shown_never_read_as_markup(store: Store, tmp_path: Path) -> None:
    _hostile_store(store, tmp_path)
    app = make_app(store, "[bold]evil[/")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        header = app.screen.header_text()  # type: ignore[attr-defined]
        assert "[bold]evil[/" in header
        await press(pilot, "enter")
        screen = doc_screen(app)
        assert "[/b]" in screen.header.plain
        await press(pilot, "slash", *"[/b]", "enter")  # a search string with brackets
        assert screen.search.hit is not None
        await press(pilot, "slash", *"[nope]", "enter")
        assert "[nope]" in message(app)
        await press(pilot, "j")
        for _ in range(len(screen.doc.items)):
            await press(pilot, "j")
            if screen.item is not None and screen.item.label == "QUOTE":
                break
        await press(pilot, "s")
        assert type(app.screen).__name__ == "SpeakerPicker"
        await press(pilot, "escape", "question_mark", "escape", "q", "question_mark",
                    "escape")
    assert app.return_code in (0, None)


async def test_small_screen_keeps_the_keys_and_columns_that_matter(demo: Store) -> None:
    app = make_app(demo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#queue")
        labels = table.column_labels  # type: ignore[attr-defined]
        assert {"status", "title", "open"} <= set(labels)
        await press(pilot, "enter")
        keys = doc_screen(app).keybar.shown
        for what in ("Accept", "Reject", "Next", "Undo", "Done"):
            assert what in keys, keys
