"""The document screen's moving keys: j / k, tab, the quote keys, scrolling.

`Navigation` is an object the screen owns, with no state of its own: the cursor (the
current span and the caret) is the screen's, since painting, the decisions and the review
screen all read it, and a move goes through the screen's `go_to`. It reaches the screen
only through `NavigationHost`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from annotate.tui.screens.host import KeyHost

if TYPE_CHECKING:
    from annotate.schema import Schema
    from annotate.tui.items import Item
    from annotate.tui.model import Delta
    from annotate.tui.widgets.article import ArticleView


class NavigationHost(KeyHost, Protocol):
    """What `Navigation` uses of the document screen, besides a `KeyHost`'s."""

    @property
    def schema(self) -> Schema: ...
    @property
    def item(self) -> Item | None: ...
    @property
    def caret(self) -> int: ...
    @property
    def article(self) -> ArticleView: ...
    def go_to(self, item: Item | None, delta: Delta | None = None) -> None: ...


class Navigation:
    """Moves of the cursor between spans, open suggestions and quotes; scrolls of the text.

    A move also works when the document changed in another window (`begin_key` is False):
    it decides nothing, and it goes through the model that now holds the new state.
    """

    def __init__(self, host: NavigationHost) -> None:
        self.host = host

    def move(self, step: int) -> None:
        host = self.host
        host.begin_key()
        host.go_to(host.doc.items.step(host.item, host.caret, step))

    def move_open(self, step: int) -> None:
        host = self.host
        host.begin_key()
        item = host.item
        target = host.doc.step_open(item, (item.start + (1 if step > 0 else 0)) if item
                                    else host.caret, step)
        if target is None:
            host.say("No open suggestions left in this document.", "warning")
            return
        host.go_to(target)

    def move_quote(self, step: int) -> None:
        host = self.host
        host.begin_key()
        doc = host.doc
        quote = doc.quote_for(host.item)
        at = quote.start + (1 if step > 0 else 0) if quote else host.caret
        target = doc.quotes.step(quote, at, step)
        if target is None:
            host.say(f"No {host.schema.quote_label} in this document.", "warning")
            return
        host.go_to(target)

    def scroll(self, step: int) -> None:
        article = self.host.article
        article.scroll_to(y=article.scroll_offset.y + step * 3, animate=False, immediate=True)

    def scroll_page(self, step: int) -> None:
        article = self.host.article
        height = max(1, article.size.height - 2)
        article.scroll_to(y=article.scroll_offset.y + step * height, animate=False,
                          immediate=True)
