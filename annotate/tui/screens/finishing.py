"""The document screen's document keys: d (done), space (skip), ] and [ (the neighbours).

`Finishing` is an object the screen owns. Its one state is its own: whether `d` has
already warned that suggestions are still open, so the second `d` marks the document done
anyway; any write in between, or another document, disarms it (`disarm`), and the warning
comes again. The review screen uses the same two presses for its open disagreements
(`confirmed`). It reaches the screen only through `FinishingHost`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from annotate.store.views import neighbour, next_unfinished
from annotate.tui.screens.host import KeyHost
from annotate.tui.screens.outcome import FAILED

if TYPE_CHECKING:
    from collections.abc import Callable

    from annotate.tui.app import AnnotateApp


class FinishingHost(KeyHost, Protocol):
    """What `Finishing` uses of the document screen, besides a `KeyHost`'s."""

    @property
    def annotate_app(self) -> AnnotateApp: ...
    @property
    def status_filter(self) -> str | None: ...
    @property
    def flagged_only(self) -> bool: ...
    def commit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any: ...
    def open(self, document_id: int, status_filter: str | None = None,
             flagged_only: bool | None = None) -> bool: ...
    def action_back(self) -> None: ...


class Finishing:
    """Mark the document done or skipped and go on to the next one, or step to a neighbour."""

    def __init__(self, host: FinishingHost) -> None:
        self.host = host
        self.armed = False  # d warned about open work: the next d goes through

    def disarm(self) -> None:
        self.armed = False

    def confirmed(self, still_open: int, warning: str) -> bool:
        """Whether d goes through: at once with nothing open, else on the second press."""
        if still_open and not self.armed:
            self.armed = True
            self.host.say(warning, "warning")
            return False
        return True

    def done(self) -> None:
        host = self.host
        if not host.begin_key():
            return
        open_count = host.doc.open_count
        if self.confirmed(open_count, f"{open_count} suggestions are still open: press d "
                                      "again to mark the document done anyway."):
            self._finish("done")

    def skip(self) -> None:
        if self.host.begin_key():
            self._finish("skipped")

    def _finish(self, status: str) -> None:
        host = self.host
        app = host.annotate_app
        ann = app.annotations
        if host.commit(ann.set_status, host.doc.id, status) is FAILED:
            return
        done = host.doc.id
        nxt = next_unfinished(app.store, ann.annotator_id, done)
        if nxt is None:
            host.action_back()
            app.say(f"#{done} marked {status}. No document left to do.")
        else:
            host.open(nxt, host.status_filter)
            host.say(f"#{done} marked {status}.")

    def other_document(self, step: int) -> None:
        host = self.host
        host.begin_key()
        app = host.annotate_app
        nxt = neighbour(app.store, app.annotations.annotator_id, host.doc.id, step,
                        host.status_filter, host.flagged_only)
        if nxt is None:
            host.say("No more documents that way.", "warning")
        else:
            host.open(int(nxt), host.status_filter)
