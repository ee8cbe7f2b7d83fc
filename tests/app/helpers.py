"""Shared by the TUI tests: a demo database and small helpers to drive the document screen."""

from __future__ import annotations

from typing import Any

from annotate.importer import import_paths
from annotate.store import Store
from annotate.tui.app import AnnotateApp, create_app
from annotate.tui.demo import SAMPLE, add_simple_suggestions
from annotate.tui.screens.document import DocumentScreen

SIZE = (140, 40)


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
