"""The document screen's painting: the article's marks, the side panel, the header and the
key bar, brought up to date with the model after each key.

`Painter` is an object the screen owns. It keeps what makes a repaint cheap: the style of
each (label, kind) worked out once, the header's inputs last drawn (an unchanged header is
not redrawn), and whether the article has its text yet. What a screen shows over the spans
(`overlay`), where the view follows (`focus_range`) and the header's text stay the screen's
own: the review screen adds the disagreement's region and its own header there. It reaches
the screen through `PaintingHost`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from annotate.tui.styles import Mark, item_mark

if TYPE_CHECKING:
    from rich.text import Text

    from annotate.schema import Schema
    from annotate.tui.items import Item, Key
    from annotate.tui.model import Delta, DocModel
    from annotate.tui.screens.jumping import Jumping
    from annotate.tui.widgets.article import ArticleView
    from annotate.tui.widgets.blocks import BlockView
    from annotate.tui.widgets.keybar import KeyBar
    from annotate.tui.widgets.side_panel import SidePanel


class PaintingHost(Protocol):
    """What `Painter` uses of the document screen."""

    article: ArticleView
    side: SidePanel
    header: BlockView
    keybar: KeyBar
    jumping: Jumping
    current: Key | None
    model: DocModel | None

    @property
    def doc(self) -> DocModel: ...
    @property
    def item(self) -> Item | None: ...
    @property
    def schema(self) -> Schema: ...
    def overlay(self) -> dict[Any, Mark | None]: ...
    def focus_range(self) -> tuple[int, int] | None: ...
    def header_parts(self) -> tuple[Any, ...]: ...
    def header_text(self) -> Text: ...
    def footer_entries(self) -> list[tuple[str, str]]: ...
    def paint_all(self) -> None: ...


class Painter:
    """Repaints what changed; `start` gives the article a new document's text and marks."""

    def __init__(self, host: PaintingHost) -> None:
        self.host = host
        self.painted = False  # the article has the open document's text
        self._header_key: tuple[Any, ...] | None = None
        self._styles: dict[tuple[str, str], tuple[Any, int]] = {}

    def mark_of(self, item: Item) -> Mark:
        style = self._styles.get((item.label, item.kind))
        if style is None:
            mark = item_mark(self.host.schema, item.label, item.start, item.end,
                             item.is_suggestion)
            self._styles[(item.label, item.kind)] = (mark[2], mark[3])
            return mark
        return (item.start, item.end, *style)

    def start(self) -> None:
        """A new document: every mark at once, the view at the top."""
        host = self.host
        doc = host.doc
        marks: dict[Any, Mark] = {item.key: self.mark_of(item) for item in doc.items}
        marks.update({k: v for k, v in host.overlay().items() if v is not None})
        host.article.set_text(doc.text, marks)
        host.article.scroll_to(0, 0, animate=False, immediate=True)
        self._header_key = None
        self.painted = True

    def paint(self, delta: Delta | None = None) -> None:
        """Repaint what changed: the marks of `delta`'s items, the overlay, the panels."""
        host = self.host
        if not self.painted or host.model is None:
            return
        if host.current is not None and host.current not in host.doc.by_key:
            host.current = None
        changes: dict[Any, Mark | None] = {}
        if delta is not None:
            if delta.reloaded:
                host.paint_all()
                return
            for item in delta.removed:
                changes[item.key] = None
            for item in delta.added:
                if host.doc.by_key.get(item.key) == item:
                    changes[item.key] = self.mark_of(item)
        changes.update(host.overlay())
        host.article.update_marks(changes)
        host.article.overprint(host.jumping.letters())
        focus = host.focus_range()
        if focus is not None:
            host.article.show(*focus)
        host.side.show(host.schema, host.doc, host.item)
        self.paint_header()
        self.paint_keys()

    def paint_keys(self) -> None:
        self.host.keybar.show(self.host.footer_entries())

    def paint_header(self) -> None:
        key = self.host.header_parts()
        if key == self._header_key:
            return
        self._header_key = key
        self.host.header.set_text(self.host.header_text())
