"""The queue's table: one page of rows, drawn with the line API from cached row strips.

Textual's `DataTable` spent ~100 ms filling a page of a hundred rows; a page here is as many
rows as the screen shows, each row rendered to a strip once (and once more when the cursor
is on it), so turning a page of a million-document queue costs a few milliseconds. The
cursor moving past the first or last row asks the screen for the page before or after
(`Edge`), so paging feels like scrolling.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

Cell = str | Text
HEADER = Style(bold=True, reverse=True)
CURSOR = Style(reverse=True, bold=True)
ZEBRA = Style(bgcolor="grey11")


@dataclass(frozen=True)
class TableColumn:
    key: str
    label: str
    width: int


class DocTable(Widget, can_focus=True):
    """Rows of cells under a header; a cursor row; enter is the screen's (queue.open)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("pagedown", "cursor(1000)", "Page down", show=False),
        Binding("pageup", "cursor(-1000)", "Page up", show=False),
        Binding("home", "home", "First", show=False),
        Binding("end", "end", "Last", show=False),
    ]
    DEFAULT_CSS = "DocTable { height: 1fr; }"

    class Edge(Message):
        """The cursor went past the first (step < 0) or last (step > 0) row."""

        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    class Chosen(Message):
        """A row was clicked while it was the cursor row (a second click opens it)."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns: list[TableColumn] = []
        self.rows: list[tuple[str, dict[str, Cell]]] = []
        self.cursor = 0
        self.top = 0  # the first row shown (a list longer than the screen scrolls)
        self._cache: dict[Hashable, Strip] = {}

    # -- content ------------------------------------------------------------------------------

    @property
    def page_rows(self) -> int:
        """How many rows fit under the header."""
        return max(1, self.size.height - 1) if self.size.height else 40

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def column_labels(self) -> list[str]:
        return [c.label for c in self.columns]

    @property
    def cursor_key(self) -> str | None:
        return self.rows[self.cursor][0] if self.rows else None

    def row(self, key: str) -> list[str]:
        """The cells of a row as plain text, in column order."""
        cells = next(c for k, c in self.rows if k == key)
        return [str(cells.get(c.key, "")) for c in self.columns]

    def row_at(self, index: int) -> list[str]:
        return self.row(self.rows[index][0])

    def set_columns(self, columns: list[TableColumn]) -> None:
        if columns != self.columns:
            self.columns = columns
            self._cache.clear()
            self.refresh()

    def set_rows(self, rows: list[tuple[str, dict[str, Cell]]], cursor: int = 0) -> None:
        self.rows = rows
        self.cursor = max(0, min(cursor, len(rows) - 1))
        self._follow()
        self.refresh()

    def move_cursor(self, row: int) -> None:
        old, top = self.cursor, self.top
        self.cursor = max(0, min(row, len(self.rows) - 1))
        self._follow()
        if self.top != top:
            self.refresh()
        elif old != self.cursor:
            width = self.size.width
            self.refresh(Region(0, old - top + 1, width, 1),
                         Region(0, self.cursor - top + 1, width, 1))

    def _follow(self) -> None:
        """Keep the cursor row on screen."""
        shown = self.page_rows
        if self.cursor < self.top:
            self.top = self.cursor
        elif self.cursor >= self.top + shown:
            self.top = self.cursor - shown + 1
        self.top = max(0, min(self.top, max(0, len(self.rows) - shown)))

    # -- keys and mouse -----------------------------------------------------------------------

    def action_cursor(self, step: int) -> None:
        target = self.cursor + step
        if target < 0 and self.cursor == 0:
            self.post_message(self.Edge(-1))
        elif target >= len(self.rows) and self.cursor == len(self.rows) - 1:
            self.post_message(self.Edge(1))
        else:
            self.move_cursor(target)

    def action_home(self) -> None:
        self.move_cursor(0)

    def action_end(self) -> None:
        self.move_cursor(len(self.rows) - 1)

    def on_click(self, event: events.Click) -> None:
        index = event.y - 1 + self.top
        if 0 <= index < len(self.rows):
            if index == self.cursor:
                self.post_message(self.Chosen(self.rows[index][0]))
            else:
                self.move_cursor(index)

    # -- drawing ------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y == 0:
            return self._strip(("header", width), [Text(c.label) for c in self.columns],
                               HEADER, width)
        index = y - 1 + self.top
        if index >= len(self.rows):
            return Strip.blank(width)
        key, cells = self.rows[index]
        texts = [cells.get(c.key, "") for c in self.columns]
        style = CURSOR if index == self.cursor else (ZEBRA if index % 2 else Style())
        cache_key = (key, tuple(str(t) for t in texts), style, width)
        return self._strip(cache_key, texts, style, width)

    def _strip(self, key: Hashable, cells: list[Cell], style: Style, width: int) -> Strip:
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        line = Text(no_wrap=True, end="")
        for column, cell in zip(self.columns, cells, strict=False):
            text = cell.copy() if isinstance(cell, Text) else Text(str(cell))
            text.truncate(column.width, overflow="ellipsis", pad=True)
            line.append(" ")
            line.append_text(text)
            line.append(" ")
        line.truncate(width, pad=True)
        segments = list(Segment.apply_style(line.render(self.app.console), post_style=style))
        strip = Strip(segments, width)
        if len(self._cache) > 4000:
            self._cache.clear()
        self._cache[key] = strip
        return strip
