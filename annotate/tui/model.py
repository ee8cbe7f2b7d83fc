"""What the document screen shows, as plain data: no Textual here, so it is testable alone.

`DocModel` reads one document for one annotator once, then keeps itself current from the
event log: every action the store commits is an event whose `changes` are full row images
(before / after), and `sync()` applies the events it has not seen yet. A key press costs one
indexed query for the new events, never a re-read of every span and suggestion, and what
the model holds is exactly what is in the database (also when another window wrote). When
something that is not an annotator row changed (a re-run of the suggesters, the
publication date), the document's revision moved and the model reloads.

Each update returns a `Delta` (items removed and added, links, status and flags changed) so
the screen repaints only what changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotate.store import events
from annotate.store.annotations import Annotations, Span
from annotate.store.documents import Document, get_document, revision
from annotate.store.suggestions import suggested_doc_stance, suggested_relations
from annotate.store.tui_reads import document_suggestions, last_event_id
from annotate.tui import people
from annotate.tui.items import SPAN, SUGGESTION, Item, ItemIndex, Key
from annotate.tui.people import Mention, Person
from annotate.tui.places import PLACE_PARAGRAPHS, QuotePlaces
from annotate.tui.tokens import TextTokens

NO_STATUS: dict[str, Any] = {"status": "todo", "stance": None}
Place = tuple[str, int, int]  # (label, start, end)


@dataclass
class Delta:
    """What one or more events changed."""

    removed: list[Item] = field(default_factory=list)
    added: list[Item] = field(default_factory=list)
    links: set[int] = field(default_factory=set)    # quote span ids whose speaker changed
    status: bool = False
    flags: bool = False
    flagged_spans: list[int] = field(default_factory=list)  # spans whose flags changed
    reloaded: bool = False
    events: list[events.Event] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.removed or self.added or self.links or self.status or self.flags
                    or self.reloaded)

    @property
    def first_added(self) -> Item | None:
        return self.added[0] if self.added else None


@dataclass(frozen=True)
class Flag:
    """An annotator's flag as the screen shows it: on the document (span_id None) or a span."""

    id: int
    kind: str
    comment: str
    span_id: int | None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Flag:
        return cls(int(row["id"]), str(row["kind"]), str(row["comment"] or ""),
                   None if row["span_id"] is None else int(row["span_id"]))


@dataclass(frozen=True)
class QuoteInfo:
    """A quote as the side panel lists it."""

    item: Item
    speaker: str | None
    dates: list[Item]


def span_item(span: Span) -> Item:
    return Item(SPAN, span.id, span.label, span.start, span.end, span.text, span.value,
                span.canonical, span.stance, origin=span.origin)


class DocModel:
    """One document seen by one annotator, kept current by `sync()`."""

    def __init__(self, annotations: Annotations, document_id: int, *,
                 suggestions: bool = True) -> None:
        self.annotations = annotations
        self.store = annotations.store
        self.schema = self.store.schema
        self.with_suggestions = suggestions
        self.document_id = document_id
        self.quote_label = self.schema.quote_label
        self.speaker_label = self.schema.speaker_label
        self.date_label = self.schema.date_label
        self.load()

    # -- loading ------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the document and this annotator's work on it (at open, and on a revision)."""
        document = get_document(self.store, self.document_id)
        if document is None:
            raise LookupError(f"document {self.document_id} does not exist")
        ann, doc = self.annotations, self.document_id
        self.last_event = last_event_id(self.store, ann.annotator_id, doc)
        self.revision = revision(self.store, doc)
        self.document: Document = document
        if getattr(self, "text", None) != document.text:
            self.text = document.text
            self.tokens = TextTokens(self.text)
            self.places = QuotePlaces(self.tokens, self.schema.cues)
        spans = [span_item(s) for s in ann.spans(doc)]
        self.suggestions: dict[int, Item] = {}
        self.decisions: dict[int, str] = {}
        if self.with_suggestions:
            self.suggestions = {r[0]: Item(SUGGESTION, *r)
                                for r in document_suggestions(self.store, doc)}
            self.decisions = ann.decisions(doc)
        # A suggestion is open while undecided and while the annotator has no span of its
        # label at its place (as `Annotations.open_suggestions` says).
        self._at_place: dict[Place, list[int]] = {}
        for sug in self.suggestions.values():
            self._at_place.setdefault(_place(sug), []).append(sug.id)
        self._spans_at: dict[Place, int] = {}
        for span in spans:
            self._spans_at[_place(span)] = self._spans_at.get(_place(span), 0) + 1
        opened = [s for s in self.suggestions.values() if self._is_open(s)]
        self.items = ItemIndex(spans + opened)
        self.open = ItemIndex([i for i in self.items if i.is_suggestion], ordered=True)
        self.quotes = ItemIndex([i for i in self.items if i.label == self.quote_label],
                                ordered=True)
        self.speakers = ItemIndex([i for i in self.items if i.label == self.speaker_label],
                                  ordered=True)
        self.by_key: dict[Key, Item] = {i.key: i for i in self.items}
        self.links: dict[int, int] = ann.speakers(doc)
        self.suggested_links = suggested_relations(self.store, doc) if self.suggestions else {}
        self.suggested_quotes: dict[int, list[int]] = {}
        for quote_id, speaker_id in self.suggested_links.items():
            self.suggested_quotes.setdefault(speaker_id, []).append(quote_id)
        self.status: dict[str, Any] = dict(ann.status(doc))
        self.flags: dict[int, Flag] = {f["id"]: Flag.from_row(f) for f in ann.flags(doc)}
        self.suggested_stance = suggested_doc_stance(self.store, doc)

    @property
    def id(self) -> int:
        return self.document_id

    @property
    def open_count(self) -> int:
        return len(self.open)

    # -- keeping current ----------------------------------------------------------------------

    def sync(self) -> Delta:
        """Apply the events committed since the last sync (this window's or another's);
        reload when the document's revision moved (suggestions re-run, publication date)."""
        if revision(self.store, self.document_id) != self.revision:
            delta = self.reload()
            return delta
        delta = Delta()
        new = self.annotations.events_since(self.document_id, self.last_event)
        for event in new:
            for change in event.changes:
                self._apply(change["table"], change["before"], change["after"], delta)
            self.last_event = event.id
        delta.events = new
        return delta

    def reload(self) -> Delta:
        """Read everything again (the document's revision changed)."""
        old = list(self.items)
        self.load()
        return Delta(removed=old, added=list(self.items), status=True, reloaded=True)

    def _mine(self, row: dict[str, Any] | None) -> bool:
        return row is not None and row.get("document_id", self.document_id) == self.document_id \
            and row.get("annotator_id", self.annotations.annotator_id) == \
            self.annotations.annotator_id

    def _apply(self, table: str, before: dict[str, Any] | None, after: dict[str, Any] | None,
               delta: Delta) -> None:
        if table == "spans":
            if self._mine(before):
                assert before is not None
                self._remove(self.by_key.get((SPAN, before["id"])), delta)
                self._count_place(_place_of(before), -1, delta)
            if self._mine(after):
                assert after is not None
                self._add(Item.from_span(after), delta)
                self._count_place(_place_of(after), 1, delta)
        elif table == "decisions":
            row = after or before
            if row is None or not self._mine(row):
                return
            sug = self.suggestions.get(row["suggestion_id"])
            if sug is None:
                return
            if after is None:
                self.decisions.pop(sug.id, None)
            else:
                self.decisions[sug.id] = after["decision"]
            self._refresh_place(_place(sug), delta)
        elif table == "relations":
            for row, on in ((before, False), (after, True)):
                if row is None or not self._mine(row) or \
                        row["label"] != self.schema.attribution:
                    continue
                head = row["head_id"]
                if on:
                    self.links[head] = row["child_id"]
                elif self.links.get(head) == row["child_id"]:
                    del self.links[head]
                delta.links.add(head)
        elif table == "document_status" and (self._mine(after) or self._mine(before)):
            self.status = dict(after) if after is not None else dict(NO_STATUS)
            delta.status = True
        elif table == "flags":
            # Deleting a span deletes its flags in the same event, so they go with it.
            for row, on in ((before, False), (after, True)):
                if row is None or not self._mine(row):
                    continue
                if on:
                    self.flags[row["id"]] = Flag.from_row(row)
                else:
                    self.flags.pop(row["id"], None)
                delta.flags = True
                if row["span_id"] is not None:
                    delta.flagged_spans.append(int(row["span_id"]))

    def _is_open(self, sug: Item) -> bool:
        return sug.id not in self.decisions and not self._spans_at.get(_place(sug))

    def _count_place(self, place: Place, step: int, delta: Delta) -> None:
        self._spans_at[place] = self._spans_at.get(place, 0) + step
        if place in self._at_place:
            self._refresh_place(place, delta)

    def _refresh_place(self, place: Place, delta: Delta) -> None:
        for sug_id in self._at_place.get(place, ()):
            sug = self.suggestions[sug_id]
            shown = self.by_key.get(sug.key) == sug
            if self._is_open(sug) and not shown:
                self._add(sug, delta)
            elif shown and not self._is_open(sug):
                self._remove(sug, delta)

    def _add(self, item: Item, delta: Delta) -> None:
        old = self.by_key.get(item.key)
        if old is not None:
            self._remove(old, delta)
        self.by_key[item.key] = item
        self.items.add(item)
        if item.is_suggestion:
            self.open.add(item)
        if item.label == self.quote_label:
            self.quotes.add(item)
        if item.label == self.speaker_label:
            self.speakers.add(item)
        delta.added.append(item)

    def _remove(self, item: Item | None, delta: Delta) -> None:
        if item is None or self.by_key.get(item.key) != item:
            return
        del self.by_key[item.key]
        self.items.remove(item)
        self.open.remove(item)
        self.quotes.remove(item)
        self.speakers.remove(item)
        delta.removed.append(item)

    # -- flags --------------------------------------------------------------------------------

    def flags_on(self, item: Item | None) -> list[Flag]:
        """The flags on the annotator's span `item` (none on a suggestion), oldest first."""
        if item is None or item.is_suggestion:
            return []
        return [f for f in self.flags.values() if f.span_id == item.id]

    @property
    def document_flags(self) -> list[Flag]:
        """The flags on the document itself (not on one of its spans), oldest first."""
        return [f for f in self.flags.values() if f.span_id is None]

    # -- navigation ---------------------------------------------------------------------------

    def get(self, key: Key | None) -> Item | None:
        return None if key is None else self.by_key.get(key)

    def first_open(self, at: int = 0) -> Item | None:
        """The first open suggestion starting at or after offset `at` that is a decision of
        its own (see `waits_for_quote`); None when there is none after `at`."""
        for index in range(self.open.first_at(at), len(self.open)):
            item = self.open[index]
            if not self.waits_for_quote(item):
                return item
        return None

    def step_open(self, item: Item | None, offset: int, step: int) -> Item | None:
        """The next (step > 0) or previous open suggestion from `item` (else from `offset`),
        wrapping, skipping the ones that wait for their quote: what tab and shift+tab go to."""
        here = item if item is not None and item.is_suggestion else None
        target = self.open.step(here, offset, step)
        for _ in range(len(self.open)):
            if target is None or not self.waits_for_quote(target):
                return target
            target = self.open.step(target, target.start, step)
        return None

    def waits_for_quote(self, item: Item) -> bool:
        """A suggested SPEAKER linked to a QUOTE suggestion still open is decided with it
        (accepting the quote accepts its speaker, rejecting it rejects the speaker it
        leaves alone), so the cursor does not stop on it first: with the speaker before
        the quote ("Smith said: ..."), that stop cost a key for every such quote. It stays
        reachable by j / k, the mouse and the quote's `s`."""
        if not item.is_suggestion or item.label != self.speaker_label:
            return False
        return any((SUGGESTION, quote) in self.by_key
                   for quote in self.suggested_quotes.get(item.id, ()))

    def nearest(self, offset: int) -> Item | None:
        return self.items.nearest(offset)

    def at_offset(self, offset: int) -> Item | None:
        """The shortest item covering a character offset (the mouse click target)."""
        covering = [i for i in self.items.covering(offset, offset + 1)]
        return min(covering, key=lambda i: i.end - i.start) if covering else None

    def landing(self, delta: Delta, fallback: int, current: Item | None = None) -> Item | None:
        """Where the cursor goes after undo / redo: what the event put back, else the span
        whose flag it changed, else (a flag on the document) `current`, else nearby."""
        for item in delta.added:
            if self.by_key.get(item.key) == item:
                return item
        for span_id in delta.flagged_spans:
            flagged = self.by_key.get((SPAN, span_id))
            if flagged is not None:
                return flagged
        if delta.flags and not delta.removed and current is not None:
            return current
        at = min((i.start for i in delta.removed), default=fallback)
        return self.first_open(at) or self.nearest(at)

    # -- quotes, speakers, dates --------------------------------------------------------------

    def quote_for(self, item: Item | None) -> Item | None:
        """The item itself if it is a quote, else the quote around it (spans first)."""
        if item is None or item.label == self.quote_label:
            return item
        around = list(self.quotes.covering(item.start, item.end))
        spans = [q for q in around if not q.is_suggestion]
        return next(iter(spans or around), None)

    def speaker_of(self, quote: Item) -> Item | None:
        """The quote's speaker: for a span its linked one; for a suggestion the speaker
        accepting it links (as `decisions.accept` picks it): the suggested one while open,
        else the annotator's span of that mention, at its place first (the second part
        of '"A," she said. "B."' after the first was accepted), none once rejected."""
        if quote.is_suggestion:
            child = self.suggested_links.get(quote.id)
            if child is None:
                return None
            open_one = self.by_key.get((SUGGESTION, child))
            sug = self.suggestions.get(child)
            if open_one is not None or sug is None or self.decisions.get(child) == "rejected":
                return open_one
            mine = [s for s in self.speakers.between(max(0, sug.start - 200), sug.end)
                    if not s.is_suggestion and s.start < sug.end and s.end > sug.start]
            mine.sort(key=lambda s: ((s.start, s.end) != (sug.start, sug.end), s.start))
            return mine[0] if mine else None
        child = self.links.get(quote.id)
        return None if child is None else self.by_key.get((SPAN, child))

    def persons(self, quote: Item) -> list[Person]:
        """The document's speakers grouped by name, nearest to the quote first."""
        return people.persons(self.speakers, quote)

    def mentions(self, quote: Item) -> list[Mention]:
        """Likely speakers of `quote` nobody marked yet (`people.mentions`)."""
        return people.mentions(self.tokens, self.speakers, self.schema.cues, quote)

    def speaker_choices(self, quote: Item) -> list[Person | Mention]:
        """What the speaker picker lists under "new speaker" (`people.speaker_choices`)."""
        return people.speaker_choices(self.persons(quote), self.mentions(quote))

    def next_place(self, caret: int, step: int, paragraphs: int = PLACE_PARAGRAPHS) -> int:
        """Where `]` (step 1) or `[` (-1) takes the caret in new-span mode: the next quote
        place no QUOTE, span or open suggestion, overlaps yet (`QuotePlaces.step`)."""
        return self.places.step(caret, step, self.quotes.overlaps, paragraphs)

    def paragraph_bounds(self, start: int, end: int) -> tuple[int, int]:
        """From the start of the paragraph holding `start` to the end of the one holding
        `end - 1` (paragraphs: runs of text between line breaks)."""
        return self.tokens.paragraph_span(start, max(start, end - 1))

    def quote_info(self, quote: Item) -> QuoteInfo:
        """The quote with its speaker's name and the DATEs of its paragraph(s)."""
        first, last = self.paragraph_bounds(quote.start, quote.end)
        speaker = self.speaker_of(quote)
        dates = [i for i in self.items.between(first, last) if i.label == self.date_label]
        return QuoteInfo(quote, None if speaker is None else speaker.name, dates)

    def quote_window(self, current: Item | None, size: int) -> tuple[int, list[Item]]:
        """(index of the first shown, the quotes shown): the page of `size` quotes holding the
        current one. Pages, not a window centred on the cursor: moving within a page changes
        two lines of the list (the ▶ marker), not all of them."""
        here = self.quote_for(current)
        index = self.quotes.position(here) if here is not None else None
        if index is None:
            index = self.quotes.first_at(current.start) if current is not None else 0
        first = max(0, min(index, len(self.quotes) - 1)) // size * size
        return first, [self.quotes[i] for i in range(first, min(first + size, len(self.quotes)))]



def _place(item: Item) -> Place:
    return (item.label, item.start, item.end)


def _place_of(row: dict[str, Any]) -> Place:
    return (row["label"], row["start"], row["end"])
