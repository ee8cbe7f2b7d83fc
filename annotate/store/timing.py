"""Time spent on a document: measured while a document is open, flushed every few seconds.

Time is not an action (nobody undoes it), so it goes to `document_time` outside the event
log, and opening a document writes nothing until the timer flushes.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotate.store.annotations import Annotations


class Timer:
    """Measures time spent on a document, flushing to the store at most every few seconds."""

    def __init__(self, annotations: Annotations, document_id: int, flush_every: float = 5.0):
        self.annotations = annotations
        self.document_id = document_id
        self.flush_every = flush_every
        self._since = time.monotonic()

    def tick(self, force: bool = False) -> None:
        elapsed = time.monotonic() - self._since
        if force or elapsed >= self.flush_every:
            self.annotations.add_time(self.document_id, elapsed)
            self._since = time.monotonic()
