"""Keep Python's garbage collector out of the key path.

A full collection walks every tracked object: with a 20,000-word article, its marks and
spaCy loaded that is a few hundred thousand objects and up to ~270 ms, at a random key;
even the youngest generation took ~2 ms a collection here. Almost all of what a key press
allocates is freed by reference counting anyway; the collector is only for cycles. So the
automatic collector is off while the app runs; when nothing was typed for a second, what
is garbage is collected and what survived is frozen (`gc.freeze()`: never scanned again,
still freed by reference counting), which keeps every later collection small. Should keys
come without a pause for long, the youngest generation is collected once it gets large,
so memory stays bounded.
"""

from __future__ import annotations

import gc
import time

IDLE_AFTER = 1.0          # seconds without a key before the idle collection runs
YOUNG_LIMIT = 200_000     # young objects that force a (young) collection even while typing


class GcPolicy:
    def __init__(self) -> None:
        self.last_key = time.monotonic()
        self.dirty = True
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        gc.disable()
        self.settle()

    def stop(self) -> None:
        gc.unfreeze()
        if self._was_enabled:
            gc.enable()

    def settle(self) -> None:
        """Collect what is garbage now and freeze the rest."""
        gc.collect()
        gc.freeze()
        self.dirty = False

    def key(self) -> None:
        self.last_key = time.monotonic()
        self.dirty = True

    def idle(self) -> bool:
        """Called by a timer: settle after a pause; bound memory while typing. True if ran."""
        if self.dirty and time.monotonic() - self.last_key >= IDLE_AFTER:
            self.settle()
            return True
        if gc.get_count()[0] > YOUNG_LIMIT:
            gc.collect(0)
            return True
        return False
