"""A panel of text blocks drawn with the line API, each block rendered once and cached.

`Static.update` re-wraps and re-styles its whole content on every change, and the side
panel changes on almost every key: the list of quotes around the cursor alone cost ~10 ms
a key that way. Here a panel is a list of Rich `Text` blocks; a block is rendered to strips
once per (content, width) and reused, and only the screen rows whose strips changed are
refreshed. Moving the quote window by one quote re-renders nothing but the new quote.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

CACHE_SIZE = 512


Block = Text | tuple[Text, int]  # a text, or a text cropped / padded to a number of rows


def text_key(text: Text) -> Hashable:
    """What a block looks like: its characters and its styled spans."""
    return (text.plain, tuple(text.spans), text.style)


class BlockView(Widget):
    """Shows `set_blocks([...])`: blocks of text one under the other, cropped to the height."""

    DEFAULT_CSS = "BlockView { height: 1fr; }"

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._blocks: list[Block] = []
        self._rows: list[Strip] = []
        self._cache: OrderedDict[tuple[Hashable, int, Style], list[Strip]] = OrderedDict()
        self._base: Style | None = None

    def set_blocks(self, blocks: list[Block]) -> None:
        self._blocks = blocks
        self._rebuild()

    def set_text(self, text: Text) -> None:
        self.set_blocks([text])

    @property
    def plain(self) -> str:
        return "\n".join((b if isinstance(b, Text) else b[0]).plain for b in self._blocks)

    @property
    def base(self) -> Style:
        """The widget's own style (background), looked up once: `rich_style` walks the CSS."""
        if self._base is None:
            self._base = self.rich_style
        return self._base

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self._base = None
        self._rebuild(full=True)

    def _render_block(self, text: Text, width: int, base: Style) -> list[Strip]:
        key = (text_key(text), width, base)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        console = self.app.console
        options = console.options.update_width(width)
        lines = console.render_lines(text, options, pad=True)
        strips = [Strip(list(Segment.apply_style(line, style=base)), width) for line in lines]
        self._cache[key] = strips
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return strips

    def _rebuild(self, full: bool = False) -> None:
        width, height = self.size.width, self.size.height
        if not width or not self.is_mounted:
            return
        base = self.base
        rows: list[Strip] = []
        for block in self._blocks:
            if len(rows) >= height:
                break
            if isinstance(block, Text):
                rows.extend(self._render_block(block, width, base))
            else:
                text, size = block
                strips = self._render_block(text, width, base)[:size]
                rows.extend(strips)
                rows.extend([self._blank(width, base)] * (size - len(strips)))
        rows = rows[:height]
        old = self._rows
        self._rows = rows
        if full:
            self.refresh()
            return
        changed = [y for y in range(max(len(rows), len(old)))
                   if y >= len(rows) or y >= len(old) or rows[y] is not old[y]]
        if changed:
            self.refresh(*(Region(0, y, width, 1) for y in changed))

    def on_mount(self) -> None:
        self._rebuild(full=True)

    def _blank(self, width: int, base: Style) -> Strip:
        key = (("blank",), width, base)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = [Strip.blank(width, base)]
        return cached[0]

    def render_line(self, y: int) -> Strip:
        if y < len(self._rows):
            return self._rows[y]
        return self._blank(self.size.width, self.base)
