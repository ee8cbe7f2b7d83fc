"""Shared by the TUI tests: a demo database and small helpers to drive the screens."""

from __future__ import annotations

from typing import Any

from textual import events

from annotate.importer import import_paths
from annotate.store import Store
from annotate.tui.app import AnnotateApp, create_app
from annotate.tui.demo import SAMPLE, add_simple_suggestions
from annotate.tui.screens.document import DocumentScreen

SIZE = (140, 40)
CHARS = {"enter": "\r", "escape": "\x1b", "tab": "\t", "space": " ", "full_stop": ".",
         "quotation_mark": '"', "slash": "/", "right_curly_bracket": "}",
         "left_curly_bracket": "{", "right_parenthesis": ")", "left_parenthesis": "(",
         "question_mark": "?"}


def fill(store: Store) -> Store:
    """corpora/sample with the deterministic regex suggestions."""
    report = import_paths(store, [SAMPLE])
    assert report.ok, report.errors
    add_simple_suggestions(store)
    return store


def make_app(store: Store, annotator: str = "alice", **kwargs: Any) -> AnnotateApp:
    kwargs.setdefault("keymap", {})
    return create_app(store, annotator, **kwargs)


def doc_screen(app: AnnotateApp) -> DocumentScreen:
    screen = app.screen
    assert isinstance(screen, DocumentScreen), type(screen).__name__
    return screen


def count(store: Store, sql: str, *params: Any) -> int:
    return int(store.scalar(sql, params) or 0)


async def press(pilot: Any, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


def type_fast(app: AnnotateApp, *keys: str) -> None:
    """Post keys back to back, as a terminal delivers a burst: nothing waits in between
    (Pilot's `press` waits for the app to settle after each key, which hides races)."""
    for key in keys:
        char = CHARS.get(key, key if len(key) == 1 else None)
        app.post_message(events.Key(key, char))


def message(app: AnnotateApp) -> str:
    line = getattr(app.screen, "message", None)
    return "" if line is None else str(line.message)
