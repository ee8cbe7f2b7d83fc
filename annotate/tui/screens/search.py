"""The document screen's `/`: find text in the article and put the cursor on it.

`Search` is an object the screen owns. It holds what is the search's own (the hit the
article marks, the last query, which enter on an empty line repeats) and reaches the screen
only through `SearchHost`: the search line and the article are the screen's widgets, and
where the cursor lands (the new span's caret in new-span mode, else the screen's caret and
the span under it) is the screen's to decide (`land`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from annotate.tui.screens.host import KeyHost

if TYPE_CHECKING:
    from textual.widget import Widget
    from textual.widgets import Input

    from annotate.tui.model import Delta
    from annotate.tui.widgets.article import ArticleView


class SearchHost(KeyHost, Protocol):
    """What `Search` uses of the document screen, besides a `KeyHost`'s."""

    @property
    def is_mounted(self) -> bool: ...
    @property
    def search_line(self) -> Input: ...
    @property
    def article(self) -> ArticleView: ...
    @property
    def text_caret(self) -> int: ...
    def paint(self, delta: Delta | None = None) -> None: ...
    def paint_keys(self) -> None: ...
    def set_focus(self, widget: Widget | None) -> None: ...
    def refresh_bindings(self) -> None: ...
    def land(self, offset: int) -> None: ...


class Search:
    """`/` opens the search line; enter goes to the next match after the cursor (wrapping),
    an empty line repeats the last query, escape closes it."""

    def __init__(self, host: SearchHost) -> None:
        self.host = host
        self.hit: tuple[int, int] | None = None  # marked in the article until the cursor moves
        self.last_query = ""

    @property
    def visible(self) -> bool:
        return self.host.is_mounted and bool(self.host.search_line.display)

    def forget(self) -> None:
        """The cursor moved elsewhere: the hit is no longer marked."""
        self.hit = None

    def open(self) -> None:
        host = self.host
        host.begin_key()
        line = host.search_line
        line.value = ""
        line.display = True
        host.set_focus(line)  # now, so the next key typed is already in the line
        host.refresh_bindings()
        host.paint_keys()

    def close(self) -> None:
        host = self.host
        host.search_line.display = False
        host.set_focus(host.article)
        host.refresh_bindings()
        host.paint_keys()

    def submitted(self, value: str) -> None:
        """enter in the search line: the next match of `value` (or of the last query)."""
        host = self.host
        query = value.strip() or self.last_query
        self.close()
        if not query:
            return
        self.last_query = query
        text, needle = host.doc.text.casefold(), query.casefold()
        caret = host.text_caret
        after = caret + 1 if self.hit is not None or text.startswith(needle, caret) else caret
        found = text.find(needle, after)
        if found < 0:
            found = text.find(needle)
        if found < 0:
            host.say(f"“{query}” is not in this document.", "warning")
            return
        self.hit = (found, found + len(needle))
        host.land(found)
        host.paint()
