"""The article with its spans highlighted, drawn line by line (Textual's line API).

A 20,000-word article is about 2,000 screen lines and may carry 30,000 marks. The text is
wrapped once per width; each mark has a key (a span, a suggestion, the cursor) and is
filed under the lines it covers, so changing one mark touches only its lines: their cached
strips are dropped and only those of them on screen are refreshed. Nothing on a key press
walks every mark or every line.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from itertools import pairwise

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from annotate.tui.styles import Mark
from annotate.tui.widgets.wrap import line_of, wrap

MarkKey = Hashable
_THUMB = Strip([Segment(" ", Style(bgcolor="grey50"))], 1)
_TRACK = Strip([Segment(" ", Style(bgcolor="grey19"))], 1)
_TRACK_BLANK = Strip([Segment(" ")], 1)
# Control characters would reach the terminal raw: each shows as one space instead.
_VISIBLE = {c: " " for c in [*range(32), 127]}


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """Scrollable, highlighted article; the screen sets and removes marks by key.

    `inherit_bindings=False`: the screen owns every key (arrows move the cursor in new-span
    mode), so the scroll view's own arrow bindings must not take them first.
    """

    class Clicked(Message):
        """The text at `offset` was clicked."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    class Dragged(Message):
        """The mouse is dragging from `anchor` to `offset` (`done` when released)."""

        def __init__(self, anchor: int, offset: int, done: bool) -> None:
            super().__init__()
            self.anchor, self.offset, self.done = anchor, offset, done

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = ""
        self._marks: dict[MarkKey, Mark] = {}
        self._lines: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._on_line: list[set[MarkKey]] = []
        self._cache: dict[int, Strip] = {}
        self._cache_base: Style | None = None
        self._width = 0
        self._focus_range: tuple[int, int] | None = None
        self._press: int | None = None
        self._dragging = False
        self._base: Style | None = None
        self._styles: dict[tuple[Style, tuple[Style, ...]], Style] = {}
        self._letters: dict[int, str] = {}  # text offset -> letters drawn over the text
        self._letters_on: dict[int, list[tuple[int, str]]] = {}  # by line

    @property
    def allow_vertical_scroll(self) -> bool:
        """Scrolling is allowed whenever the text is longer than the view.

        The view has no scroll bar widget (`overflow-y: hidden` in the style: it draws its
        own thumb, in the same frame as the text), and Textual allows a scroll only where a
        bar shows; without this no move of the cursor, page key or wheel would scroll.
        """
        return not self.disabled and self.max_scroll_y > 0

    # -- content ------------------------------------------------------------------------------

    def set_text(self, text: str, marks: Mapping[MarkKey, Mark] | None = None) -> None:
        """A new article (and all its marks at once)."""
        self._text = text
        self._marks = dict(marks or {})
        self._width = 0
        self._focus_range = None
        self._layout()

    def update_marks(self, changes: Mapping[MarkKey, Mark | None]) -> None:
        """Set (a mark) or remove (None) marks by key; redraw only the lines they touch."""
        dirty: set[int] = set()
        for key, mark in changes.items():
            old = self._marks.get(key)
            if old == mark:
                continue
            if old is not None:
                for index in self._line_span(old):
                    self._on_line[index].discard(key)
                    dirty.add(index)
                del self._marks[key]
            if mark is not None:
                self._marks[key] = mark
                for index in self._line_span(mark):
                    self._on_line[index].add(key)
                    dirty.add(index)
        self._redraw(dirty)

    def overprint(self, letters: Mapping[int, str]) -> None:
        """Letters drawn over the text from an offset on (jump labels), one for one, so
        nothing moves; `{}` takes them away. Only the lines they are on are redrawn."""
        if letters == self._letters:
            return
        dirty = set(self._letters_on)
        self._letters = dict(letters)
        self._letters_on = {}
        if self._lines:
            for offset, word in sorted(self._letters.items()):
                self._letters_on.setdefault(line_of(self._starts, offset), []).append(
                    (offset, word))
        dirty |= set(self._letters_on)
        self._redraw(dirty)

    def mark(self, key: MarkKey) -> Mark | None:
        return self._marks.get(key)

    def _line_span(self, mark: Mark) -> range:
        if not self._lines:
            return range(0)
        first = line_of(self._starts, mark[0])
        last = line_of(self._starts, max(mark[0], mark[1] - 1))
        return range(first, last + 1)

    def _redraw(self, lines: set[int]) -> None:
        for index in lines:
            self._cache.pop(index, None)
        top, height = self.scroll_offset.y, self.size.height
        rows = sorted(index - top for index in lines if top <= index < top + height)
        if rows:
            width = self.size.width
            self.refresh(*(Region(0, y, width, 1) for y in rows))

    def show(self, start: int, end: int) -> None:
        """Scroll so the range is visible (remembered until the layout is known)."""
        self._focus_range = (start, end)
        self._scroll_to_focus()

    def line_for(self, offset: int) -> int:
        return line_of(self._starts, offset)

    def line_range(self, index: int) -> tuple[int, int]:
        return self._lines[max(0, min(index, len(self._lines) - 1))]

    @property
    def line_count(self) -> int:
        return len(self._lines)

    @property
    def top_offset(self) -> int:
        """The text offset of the first line on screen."""
        return self.line_range(self.scroll_offset.y)[0] if self._lines else 0

    # -- layout -------------------------------------------------------------------------------

    def _content_width(self) -> int:
        # one column for a cursor at the end of a line, one for the scroll thumb
        return max(self.scrollable_content_region.width - 2, 20)

    def _layout(self) -> None:
        width = self._content_width()
        if width == self._width and self._lines:
            return
        self._width = width
        self._lines = wrap(self._text, width)
        self._starts = [s for s, _ in self._lines]
        self._cache.clear()
        self._on_line = [set() for _ in self._lines]
        for key, mark in self._marks.items():
            for index in self._line_span(mark):
                self._on_line[index].add(key)
        letters, self._letters = self._letters, {}
        self._letters_on = {}
        self.overprint(letters)
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._base = None
        self._layout()
        self._scroll_to_focus()

    def _scroll_to_focus(self) -> None:
        if self._focus_range is None or not self._lines or not self.size.height:
            return
        start, end = self._focus_range
        first = self.line_for(start)
        last = self.line_for(max(start, end - 1))
        top, height = self.scroll_offset.y, self.size.height
        if top <= first and last < top + height:
            return  # already on screen: no scroll, no full repaint
        # Off screen: put it a third of the way down, so the next few moves need no scroll
        # (a scroll redraws every line on screen).
        room = height - (last - first + 1)
        target = first - min(height // 3, max(0, room)) if room > 0 else first
        self.scroll_to(y=max(0, target), animate=False, immediate=True)

    # -- drawing ------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = y + scroll_y
        width = self.size.width
        if self._base is None:  # `rich_style` walks the CSS: once, not once a line
            self._base = self.rich_style
        base = self._base
        thumb = self._thumb(y)
        if index >= len(self._lines):
            return Strip.join([Strip.blank(width - 1, base), thumb])
        if base != self._cache_base:  # the cache is valid for one base style (theme)
            self._cache.clear()
            self._cache_base = base
        strip = self._cache.get(index)
        if strip is None:
            strip = self._render_row(index, base)
            self._cache[index] = strip
        return Strip.join([strip.crop_extend(scroll_x, scroll_x + width - 1, base), thumb])

    def _thumb(self, y: int) -> Strip:
        """The scroll position in the last column, drawn with the line (Textual's scroll bar
        repaints in a later frame, so every scroll would cost a second frame)."""
        height, total = self.size.height, len(self._lines)
        if total <= height or height <= 0:
            return _TRACK_BLANK
        size = max(1, round(height * height / total))
        top = min(height - size, round(self.scroll_offset.y * height / total))
        return _THUMB if top <= y < top + size else _TRACK

    def _render_row(self, index: int, base: Style) -> Strip:
        """One screen line as segments, styles combined per stretch between mark edges.

        Built directly (not through `Text.render`, several times slower): the line is cut at
        every mark boundary and each piece gets the base style plus the styles of the marks
        covering it, in drawing order. Control characters show as spaces, one for one, so a
        text can never send escape sequences and offsets stay exact.
        """
        start, end = self._lines[index]
        line = self._text[start:end].translate(_VISIBLE)
        for offset, word in self._letters_on.get(index, ()):
            at = offset - start
            word = word[: max(0, len(line) - at)]
            line = line[:at] + word + line[at + len(word):]
        keys = self._on_line[index]
        if not keys:
            return Strip([Segment(line, base)] if line else [])
        marks = sorted((self._marks[k] for k in keys), key=lambda m: (m[3], m[0] - m[1], m[0]))
        length = end - start
        cuts = {0, length}
        spans: list[tuple[int, int, Style]] = []
        cursor: Style | None = None
        for mark_start, mark_end, style, _ in marks:
            a, b = max(mark_start, start) - start, min(mark_end, end) - start
            if b > a:
                spans.append((a, b, style))
                cuts.add(a)
                cuts.add(b)
            elif mark_start == end and mark_end == end + 1:
                cursor = style  # a cursor on the line break
        edges = sorted(cuts)
        segments = []
        for a, b in pairwise(edges):
            covering = tuple(style for sa, sb, style in spans if sa <= a and b <= sb)
            segments.append(Segment(line[a:b], self._combined(base, covering)))
        if cursor is not None:
            segments.append(Segment(" ", self._combined(base, (cursor,))))
        return Strip(segments)

    def _combined(self, base: Style, styles: tuple[Style, ...]) -> Style:
        key = (base, styles)
        style = self._styles.get(key)
        if style is None:
            style = self._styles[key] = Style.chain(base, *styles)
        return style

    # -- mouse --------------------------------------------------------------------------------

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self.scroll_to(y=self.scroll_offset.y + 3, animate=False, immediate=True)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.scroll_to(y=self.scroll_offset.y - 3, animate=False, immediate=True)

    def _offset_at(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        if offset is None or not self._lines:
            return None
        index = min(offset.y + self.scroll_offset.y, len(self._lines) - 1)
        start, end = self._lines[max(0, index)]
        return min(start + offset.x + self.scroll_offset.x, end)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        if event.button != 1:
            return
        self._press = self._offset_at(event)
        self._dragging = False
        if self._press is not None:
            self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._press is None or not event.button:
            return
        at = self._offset_at(event)
        if at is not None and (self._dragging or at != self._press):
            self._dragging = True
            self.post_message(self.Dragged(self._press, at, False))

    def on_mouse_up(self, event: events.MouseUp) -> None:
        press, dragging = self._press, self._dragging
        self._press, self._dragging = None, False
        self.release_mouse()
        if press is None:
            return
        at = self._offset_at(event)
        if dragging and at is not None and at != press:
            self.post_message(self.Dragged(press, at, True))
        else:
            self.post_message(self.Clicked(press))
