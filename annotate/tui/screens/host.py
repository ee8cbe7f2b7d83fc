"""What the document screen's key objects see of it: the shared part of their hosts.

Each key object (`Navigation`, `Deciding`, `Editing`, ...) names what it uses of the screen
in a `typing.Protocol` of its own, so the coupling is explicit and checked by mypy where the
object is made. Most of them need the same few members; these layers say them once, and
each object's host adds only what is its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable

    from annotate.schema import Schema
    from annotate.tui.app import AnnotateApp
    from annotate.tui.items import Item, Key
    from annotate.tui.model import Delta, DocModel


class KeyHost(Protocol):
    """Every key object: the document, the start of a key, the message line."""

    @property
    def doc(self) -> DocModel: ...
    def begin_key(self) -> bool: ...
    def say(self, message: str, severity: str = ...) -> None: ...


class ActionHost(KeyHost, Protocol):
    """A key object that writes: the store's actions, the item under the cursor, repaint."""

    @property
    def annotate_app(self) -> AnnotateApp: ...
    @property
    def item(self) -> Item | None: ...
    def paint(self, delta: Delta | None = None) -> None: ...
    def commit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any: ...


class SpanHost(ActionHost, Protocol):
    """A key object that changes spans: the schema, the caret, a change and where the
    cursor goes after it."""

    @property
    def schema(self) -> Schema: ...
    @property
    def caret(self) -> int: ...
    def change(self, item: Item, **changes: object) -> int | None: ...
    def after_change(self, at: int, *, keep: Key | None = None) -> None: ...


def span_for_key(host: ActionHost, verb: str) -> Item | None:
    """The item a span key acts on (its key begun), or None, said so, when the cursor is on
    nothing ("Nothing to edit here: ...") or the document changed in another window."""
    if not host.begin_key():
        return None
    item = host.item
    if item is None:
        host.say(f"Nothing to {verb} here: move to a span first.", "warning")
    return item
