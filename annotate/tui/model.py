"""What the document screen shows, as plain data: no Textual here, so it is testable alone.

`DocModel` reads one document's spans and open suggestions for one annotator after every
action and merges them into `items` in text order, the order tab / j / k walk. Everything
the screen needs to answer "what is under the cursor" (the quote around it, its speaker,
the dates of its paragraph, speaker candidates nearest first) is computed here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from annotate.store.annotations import Annotations
from annotate.store.documents import Document, get_document
from annotate.store.suggestions import suggested_doc_stance, suggested_relations

_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
SUGGESTION, SPAN = "suggestion", "span"


@dataclass(frozen=True)
class Item:
    """A span or an open suggestion, as one thing the cursor can sit on."""

    kind: str
    id: int
    label: str
    start: int
    end: int
    text: str
    value: str | None = None
    canonical: str | None = None
    stance: str | None = None
    rule: str | None = None
    model: str | None = None
    score: float | None = None
    origin: str | None = None

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.id)

    @property
    def is_suggestion(self) -> bool:
        return self.kind == SUGGESTION

    @classmethod
    def from_suggestion(cls, row: Any) -> Item:
        return cls(SUGGESTION, row["id"], row["label"], row["start"], row["end"], row["text"],
                   row["value"], row["canonical"], row["stance"], row["rule"], row["model"],
                   row["score"])


@dataclass(frozen=True)
class QuoteInfo:
    """A quote as the side panel lists it."""

    item: Item
    speaker: str | None
    dates: list[Item]


class DocModel:
    """One document seen by one annotator; `reload()` after each committed action."""

    def __init__(self, annotations: Annotations, document_id: int) -> None:
        self.annotations = annotations
        self.store = annotations.store
        document = get_document(self.store, document_id)
        if document is None:
            raise LookupError(f"document {document_id} does not exist")
        self.document: Document = document
        self.text = document.text
        self._tokens: tuple[list[int], list[int]] | None = None
        self._paragraphs = [0] + [m.end() for m in re.finditer(r"\n+", self.text)]
        self.items: list[Item] = []
        self.by_key: dict[tuple[str, int], Item] = {}
        self.reload()

    @property
    def id(self) -> int:
        return self.document.id

    def reload(self) -> None:
        doc = self.document.id
        spans = [
            Item(SPAN, s.id, s.label, s.start, s.end, s.text, s.value, s.canonical, s.stance,
                 origin=s.origin)
            for s in self.annotations.spans(doc)
        ]
        suggestions = [Item.from_suggestion(r) for r in self.annotations.open_suggestions(doc)]
        self.items = sorted(spans + suggestions, key=lambda i: (i.start, -i.end, i.kind, i.id))
        self.by_key = {i.key: i for i in self.items}
        self.starts = [i.start for i in self.items]
        self.links = self.annotations.speakers(doc)
        self.suggested_links = suggested_relations(self.store, doc) if suggestions else {}
        self.status: dict[str, Any] = self.annotations.status(doc)
        self.suggested_stance = suggested_doc_stance(self.store, doc)

    # -- navigation ---------------------------------------------------------------------------

    def index_of(self, key: tuple[str, int] | None) -> int | None:
        if key is None or key not in self.by_key:
            return None
        item = self.by_key[key]
        index = bisect.bisect_left(self.starts, item.start)
        return self.items.index(item, index)

    def first_open(self, at: int = 0) -> Item | None:
        """The first open suggestion starting at or after offset `at`."""
        return next((i for i in self.items if i.is_suggestion and i.start >= at), None)

    def nearest(self, offset: int) -> Item | None:
        """The item at or after `offset`, else the last one: where the cursor lands."""
        index = bisect.bisect_left(self.starts, offset)
        if index < len(self.items):
            return self.items[index]
        return self.items[-1] if self.items else None

    def at_offset(self, offset: int) -> Item | None:
        """The shortest item covering a character offset (the mouse click target)."""
        covering = [i for i in self.items if i.start <= offset < i.end]
        return min(covering, key=lambda i: i.end - i.start) if covering else None

    @property
    def open_count(self) -> int:
        return sum(1 for i in self.items if i.is_suggestion)

    # -- quotes, speakers, dates --------------------------------------------------------------

    def quote_for(self, item: Item | None) -> Item | None:
        """The item itself if it is a QUOTE, else the quote around it."""
        if item is None or item.label == "QUOTE":
            return item
        around = [q for q in self.items
                  if q.label == "QUOTE" and q.start <= item.start and item.end <= q.end]
        spans = [q for q in around if not q.is_suggestion]
        return next(iter(spans or around), None)

    def speaker_of(self, quote: Item) -> Item | None:
        if quote.is_suggestion:
            child = self.suggested_links.get(quote.id)
            return None if child is None else self.by_key.get((SUGGESTION, child))
        child = self.links.get(quote.id)
        return None if child is None else self.by_key.get((SPAN, child))

    def speaker_choices(self, quote: Item) -> list[Item]:
        """SPEAKER spans and suggestions of the document, nearest to the quote first."""
        def distance(s: Item) -> int:
            if s.end <= quote.start:
                return quote.start - s.end
            return max(0, s.start - quote.end)

        speakers = [i for i in self.items if i.label == "SPEAKER"]
        return sorted(speakers, key=lambda s: (distance(s), s.is_suggestion, s.start))

    def paragraph_bounds(self, start: int, end: int) -> tuple[int, int]:
        first = self._paragraphs[bisect.bisect_right(self._paragraphs, start) - 1]
        after = bisect.bisect_right(self._paragraphs, max(start, end - 1))
        last = self._paragraphs[after] if after < len(self._paragraphs) else len(self.text)
        return first, last

    def quote_items(self) -> list[Item]:
        return [i for i in self.items if i.label == "QUOTE"]

    def quote_info(self, quote: Item) -> QuoteInfo:
        """The quote with its speaker's name and the DATEs of its paragraph(s)."""
        first, last = self.paragraph_bounds(quote.start, quote.end)
        speaker = self.speaker_of(quote)
        name = None if speaker is None else (speaker.canonical or speaker.text)
        dates: list[Item] = []
        for item in self.items[bisect.bisect_left(self.starts, first):]:
            if item.start >= last:
                break
            if item.label == "DATE":
                dates.append(item)
        return QuoteInfo(quote, name, dates)

    # -- token snapping -----------------------------------------------------------------------

    @property
    def tokens(self) -> tuple[list[int], list[int]]:
        """Token start and end offsets, computed once per document for boundary snapping."""
        if self._tokens is None:
            found = [(m.start(), m.end()) for m in _TOKEN.finditer(self.text)]
            self._tokens = ([s for s, _ in found], [e for _, e in found])
        return self._tokens

    def step_start(self, offset: int, step: int) -> int:
        """The token start `step` tokens before/after `offset` (clamped)."""
        starts = self.tokens[0]
        if not starts:
            return offset
        index = bisect.bisect_left(starts, offset) if step > 0 else \
            bisect.bisect_left(starts, offset) - 1
        if step > 0 and index < len(starts) and starts[index] == offset:
            index += 1
        return starts[max(0, min(index, len(starts) - 1))]

    def step_end(self, offset: int, step: int) -> int:
        """The token end after (step > 0) or before (step < 0) `offset` (clamped)."""
        ends = self.tokens[1]
        if not ends:
            return offset
        if step > 0:
            index = bisect.bisect_right(ends, offset)
        else:
            index = bisect.bisect_left(ends, offset) - 1
        return ends[max(0, min(index, len(ends) - 1))]

    def snap(self, start: int, end: int) -> tuple[int, int]:
        """Widen a character range to whole tokens, so selections never cut a word."""
        starts, ends = self.tokens
        if not starts:
            return start, end
        i = bisect.bisect_right(starts, start) - 1
        if i < 0 or ends[i] <= start:
            i += 1
        j = bisect.bisect_left(ends, end)
        if j >= len(ends) or starts[j] >= end:
            j -= 1
        i, j = min(i, len(starts) - 1), max(j, 0)
        if j < i:
            return start, end
        return starts[i], ends[j]
