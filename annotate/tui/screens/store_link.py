"""The document screen's link to the store: act only on the state the annotator sees.

Before each action the screen asks the store whether another connection committed
(`Store.external_change`). If that changed this document, the screen shows the new state and
does not act on what the annotator saw before. An action runs in the store first (one
committed transaction, one event); only then does the model apply the new events
(`DocModel.sync`), so a refused or failed write (stale, invalid, disk full) never shows as
saved. A fault stays in the message line until a write succeeds. `StoreLink` holds that
logic; it reaches the screen only through `StoreLinkHost`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from annotate.errors import AnnotateError, StoreError
from annotate.tui.model import Delta
from annotate.tui.screens.host import ActionHost
from annotate.tui.screens.outcome import FAILED

if TYPE_CHECKING:
    from annotate.tui.items import Key
    from annotate.tui.model import DocModel
    from annotate.tui.widgets.message import MessageLine


class StoreLinkHost(ActionHost, Protocol):
    """What `StoreLink` uses of the document screen, besides an `ActionHost`'s."""

    current: Key | None

    @property
    def model(self) -> DocModel | None: ...
    @property
    def is_mounted(self) -> bool: ...
    @property
    def message(self) -> MessageLine: ...
    def paint_header(self) -> None: ...
    def refresh_progress(self) -> None: ...
    def writes_went_through(self) -> None: ...
    def say(self, message: str, severity: str = ..., *, title: str | None = ...,
            sticky: bool = ...) -> None: ...


class StoreLink:
    """Follow other windows, run store actions, apply their events."""

    def __init__(self, host: StoreLinkHost) -> None:
        self.host = host
        self.last_delta = Delta()  # what the last committed action changed

    def catch_up(self) -> bool:
        """Follow commits of other windows; False when they changed this document."""
        host = self.host
        try:
            changed = host.annotate_app.store.external_change()
        except StoreError as exc:
            self.fault(str(exc))
            return False
        if not changed or host.model is None:
            return True
        delta = self.sync()
        host.refresh_progress()
        if delta:
            host.say("This document changed in another window: here is what it holds now; "
                     "press the key again to act on it.", "warning")
            host.paint()
            return False
        host.paint_header()
        return True

    def sync(self) -> Delta:
        """Apply what other windows (or a refused action) changed; the cursor stays near."""
        host = self.host
        item = host.item
        delta = host.doc.sync()
        if delta.status:
            host.refresh_progress()
        if item is not None and host.doc.get(item.key) is None:
            landing = host.doc.first_open(item.start) or host.doc.nearest(item.start)
            host.current = None if landing is None else landing.key
        host.paint(delta)
        return delta

    def commit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a store action, then apply its event; FAILED (and a message) if refused."""
        host = self.host
        result, refused = self.attempt(fn, *args, **kwargs)
        if refused is not None and not (host.is_mounted and host.message.sticky):
            host.say(refused, "error", title="Not saved")
        return result

    def attempt(self, fn: Callable[..., Any], *args: Any,
                **kwargs: Any) -> tuple[Any, str | None]:
        """Run a store action; (result, None) once committed and applied, else (FAILED, why).

        Nothing is applied to the model unless the store committed.
        """
        host = self.host
        if not self.catch_up():
            return FAILED, "the document changed in another window; look again"
        try:
            result = fn(*args, **kwargs)
        except StoreError as exc:
            self.fault(str(exc))
            return FAILED, str(exc)
        except AnnotateError as exc:
            self.sync()
            return FAILED, str(exc)
        host.writes_went_through()
        self.last_delta = host.doc.sync()
        if self.last_delta.status:
            host.refresh_progress()
        return result, None

    def fault(self, message: str) -> None:
        """The database cannot be written: say so until a write succeeds; nothing changes."""
        self.host.say(message, "error", title="Not saved", sticky=True)
