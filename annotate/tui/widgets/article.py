"""The article with its spans highlighted, drawn line by line (Textual's line API).

A 20,000-word article is about 2,000 screen lines; building one Rich `Text` for it and
letting Textual wrap it on every key press is what made long articles slow. Here the text
is wrapped once per width, marks are distributed to lines once per change, and only the
lines on screen are rendered, each cached until a mark on it changes.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from annotate.tui.styles import Mark
from annotate.tui.widgets.wrap import line_of, wrap


class ArticleView(ScrollView, can_focus=True):
    """Scrollable, highlighted article; the screen passes marks, the view draws them."""

    class Clicked(Message):
        """The text at `offset` was clicked."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = ""
        self._marks: list[Mark] = []
        self._lines: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._line_marks: list[list[Mark]] = []
        self._cache: dict[int, Strip] = {}
        self._cache_base: Style | None = None
        self._width = 0
        self._focus_range: tuple[int, int] | None = None

    # -- content ------------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        self._text = text
        self._width = 0
        self._layout()

    def set_marks(self, marks: list[Mark]) -> None:
        """Replace the highlights; only lines whose marks changed are drawn again."""
        self._marks = marks
        old = self._line_marks
        self._distribute()
        changed = [i for i, m in enumerate(self._line_marks) if i >= len(old) or old[i] != m]
        for index in changed:
            self._cache.pop(index, None)
        top, height = self.scroll_offset.y, self.size.height
        visible = [index - top for index in changed if top <= index < top + height]
        if visible:
            # Repaint only the screen rows whose highlights changed.
            self.refresh(*(Region(0, y, self.size.width, 1) for y in visible))

    def show(self, start: int, end: int) -> None:
        """Scroll so the range is visible (remembered until the layout is known)."""
        self._focus_range = (start, end)
        self._scroll_to_focus()

    def line_for(self, offset: int) -> int:
        return line_of(self._starts, offset)

    def line_range(self, index: int) -> tuple[int, int]:
        return self._lines[max(0, min(index, len(self._lines) - 1))]

    # -- layout -------------------------------------------------------------------------------

    def _content_width(self) -> int:
        return max(self.scrollable_content_region.width - 1, 20)

    def _layout(self) -> None:
        width = self._content_width()
        if width == self._width and self._lines:
            return
        self._width = width
        self._lines = wrap(self._text, width)
        self._starts = [s for s, _ in self._lines]
        self._cache.clear()
        self._distribute()
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def _distribute(self) -> None:
        per_line: list[list[Mark]] = [[] for _ in self._lines]
        for mark in self._marks:
            start, end, _ = mark
            first = line_of(self._starts, start)
            last = line_of(self._starts, max(start, end - 1))
            for index in range(first, last + 1):
                per_line[index].append(mark)
        self._line_marks = per_line

    def on_resize(self, event: events.Resize) -> None:
        self._layout()
        self._scroll_to_focus()

    def _scroll_to_focus(self) -> None:
        if self._focus_range is None or not self._lines or not self.size.height:
            return
        start, end = self._focus_range
        first = self.line_for(start)
        last = self.line_for(max(start, end - 1))
        height = min(last - first + 1, self.size.height)
        self.scroll_to_region(
            Region(0, first, 1, height), animate=False, spacing=None, x_axis=False,
            immediate=True,
        )

    # -- drawing ------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = y + scroll_y
        width = self.size.width
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        if base != self._cache_base:  # the cache is valid for one base style (theme)
            self._cache.clear()
            self._cache_base = base
        strip = self._cache.get(index)
        if strip is None:
            strip = self._render_row(index, base)
            self._cache[index] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, base)

    def _render_row(self, index: int, base: Style) -> Strip:
        start, end = self._lines[index]
        text = Text(self._text[start:end], style=base, no_wrap=True, end="")
        for mark_start, mark_end, style in self._line_marks[index]:
            a, b = max(mark_start, start) - start, min(mark_end, end) - start
            if b > a:
                text.stylize(style, a, b)
            elif mark_start == mark_end == end:
                text.append(" ", style)  # a cursor at the end of a line
        # Text.render leaves an unmarked line without its base style (the console would add
        # it), so put the widget's background under every segment here.
        return Strip(list(Segment.apply_style(text.render(self.app.console), style=base)))

    # -- mouse --------------------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self._lines:
            return
        index = offset.y + self.scroll_offset.y
        if index >= len(self._lines):
            return
        start, end = self._lines[index]
        self.post_message(self.Clicked(min(start + offset.x + self.scroll_offset.x, end)))


