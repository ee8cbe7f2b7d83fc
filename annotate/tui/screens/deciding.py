"""The document screen's decision keys: accept, reject, stance, undo, redo.

`Deciding` is an object the screen owns, with no state of its own: each key is one store
action through the screen's `commit` (so it acts on what is on disk, or says why not), and
the cursor then goes where the annotator's next decision is (`after_change`) or, after undo
and redo, where the event log changed (`DocModel.landing`). It reaches the screen only
through `DecidingHost`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from annotate.tui.describe import describe
from annotate.tui.screens.host import SpanHost
from annotate.tui.screens.outcome import FAILED

if TYPE_CHECKING:
    from collections.abc import Callable

    from annotate.tui.items import Item
    from annotate.tui.model import Delta


class DecidingHost(SpanHost, Protocol):
    """What `Deciding` uses of the document screen, besides a `SpanHost`'s."""

    @property
    def last_delta(self) -> Delta: ...
    def go_to(self, item: Item | None, delta: Delta | None = None) -> None: ...


class Deciding:
    """a / A / x / the stance keys / u / ctrl+r on the current span or document."""

    def __init__(self, host: DecidingHost) -> None:
        self.host = host

    def accept(self) -> None:
        host = self.host
        if not host.begin_key():
            return
        item = host.item
        if item is None or not item.is_suggestion:
            host.say("Nothing to accept here: tab goes to the next open suggestion.",
                     "warning")
            return
        if host.commit(host.annotate_app.annotations.accept, item.id) is not FAILED:
            host.after_change(item.start)

    def accept_all(self) -> None:
        """A: every open suggestion of the document accepted, one undoable step; for when
        the annotator has read it all and fixed or rejected what was wrong."""
        host = self.host
        if not host.begin_key():
            return
        if not host.doc.open:
            host.say("No open suggestions in this document.", "warning")
            return
        done = host.commit(host.annotate_app.annotations.accept_all, host.doc.id)
        if done is FAILED:
            return
        left = len(done.left_open)
        noun = "suggestion" if done.decided == 1 else "suggestions"
        message = f"Accepted {done.decided} {noun} (u takes them all back)"
        if left:
            message += (f"; {left} left open: speakers whose quote went another way, or "
                        "suggestions over spans of your own")
        host.say(message, "warning" if left else "information")
        host.after_change(host.caret)

    def reject(self) -> None:
        host = self.host
        if not host.begin_key():
            return
        item = host.item
        if item is None:
            return
        ann = host.annotate_app.annotations
        fn = ann.reject if item.is_suggestion else ann.delete_span
        if host.commit(fn, item.id) is not FAILED:
            host.after_change(item.start)

    def quote_stance(self, value: str) -> None:
        host = self.host
        if not host.begin_key():
            return
        quote = host.doc.quote_for(host.item)
        if quote is None:
            host.say("Stance keys set the current quote's stance: move to a "
                     f"{host.schema.quote_label}.", "warning")
            return
        host.change(quote, stance=value)

    def doc_stance(self, value: str) -> None:
        host = self.host
        if not host.begin_key():
            return
        ann = host.annotate_app.annotations
        if host.commit(ann.set_document_stance, host.doc.id, value) is not FAILED:
            host.say(f"Document stance: {value}")
            host.paint(host.last_delta)

    def undo(self) -> Any:
        """u: the annotator's last event in this document taken back; the event (None when
        nothing was undone), so the review screen can follow a take it undid."""
        return self._history_step(self.host.annotate_app.annotations.undo, "Undid", "undo")

    def redo(self) -> Any:
        """ctrl+r: the last undone event done again; the event, as `undo`."""
        return self._history_step(self.host.annotate_app.annotations.redo, "Redid", "redo")

    def _history_step(self, fn: Callable[[int], Any], done: str, name: str) -> Any:
        """Undo / redo through the store's event log; the cursor goes where it changed."""
        host = self.host
        if not host.begin_key():
            return None
        event = host.commit(fn, host.doc.id)
        if event is FAILED:
            return None
        if event is None:
            host.say(f"Nothing to {name} in this document.", "warning")
            return None
        doc = host.doc
        landing = doc.landing(host.last_delta, host.caret, host.item)
        host.say(f"{done}: {describe(event, doc.suggestions, doc.get)}")
        host.go_to(landing, host.last_delta)
        return event
