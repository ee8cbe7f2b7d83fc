"""The footer: the keys that work right now, most important first, as many as fit.

One line drawn from cached strips instead of Textual's `Footer` (a widget per key): it never
needs a layout, and at 80 columns it drops the least important keys instead of the ones at
the end of the binding list (undo and done must stay visible).
"""

from __future__ import annotations

from rich.text import Text
from textual import events

from annotate.tui.widgets.blocks import BlockView

Entry = tuple[str, str]  # (key as shown, what it does)


class KeyBar(BlockView):
    """Shows `entries` in order until the line is full."""

    DEFAULT_CSS = "KeyBar { height: 1; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entries: list[Entry] = []

    def show(self, entries: list[Entry]) -> None:
        if entries != self._entries:
            self._entries = list(entries)
            self._paint()

    def on_resize(self, event: events.Resize) -> None:
        self._paint()
        super().on_resize(event)

    def _paint(self) -> None:
        width = self.size.width or 80
        text = Text(no_wrap=True, overflow="crop")
        used = 0
        for key, what in self._entries:
            cell = len(key) + len(what) + 3
            if used + cell > width:
                break
            text.append(f" {key} ", style="bold reverse")
            text.append(f" {what}")
            used += cell
            if used < width:
                text.append(" ")
                used += 1
        self.set_text(text)

    @property
    def shown(self) -> str:
        return self.plain
