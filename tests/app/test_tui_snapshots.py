"""Snapshot tests of the screens (pytest-textual-snapshot); update with --snapshot-update.

Deterministic by construction: fixed terminal size, the sample corpus with the regex
suggestions (no model), a fixed annotator name, and no time shown on any screen.
"""

from __future__ import annotations

from typing import Any

from annotate.store import Store
from tests.app.helpers import make_app

SIZE = (140, 40)


def test_queue_screen(demo: Store, snap_compare: Any) -> None:
    assert snap_compare(make_app(demo, "snapshot"), terminal_size=SIZE)


def test_document_screen(demo: Store, snap_compare: Any) -> None:
    assert snap_compare(make_app(demo, "snapshot"), press=["enter", "a", "tab"],
                        terminal_size=SIZE)


def test_document_edit_mode(demo: Store, snap_compare: Any) -> None:
    assert snap_compare(make_app(demo, "snapshot"), press=["enter", "e", "shift+right"],
                        terminal_size=SIZE)


def test_help_screen(demo: Store, snap_compare: Any) -> None:
    assert snap_compare(make_app(demo, "snapshot"), press=["enter", "question_mark"],
                        terminal_size=SIZE)


def test_document_jump_labels(demo: Store, snap_compare: Any) -> None:
    """g: every span on screen carries its label, drawn over its first letters."""
    assert snap_compare(make_app(demo, "snapshot"), press=["enter", "g"], terminal_size=SIZE)
