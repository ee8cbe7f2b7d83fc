"""SQLite storage: plain Python, no UI. `Store` opens a database; modules hold the queries."""

from annotate.store.annotations import Annotations, Span
from annotate.store.connection import Store
from annotate.store.documents import Document
from annotate.store.views import QueueItem

__all__ = ["Annotations", "Document", "QueueItem", "Span", "Store"]
