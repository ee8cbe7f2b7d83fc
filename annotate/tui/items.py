"""What the cursor can sit on (a span or an open suggestion) and an index of them in text order.

`ItemIndex` keeps items sorted by (start, -end, kind, id) with a parallel list of sort keys,
so adding or removing one item is a binary search and a list insert (microseconds even with
30,000 items), and "the item at or after offset x" is a bisect: a key press never walks
the whole document.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NamedTuple

SUGGESTION, SPAN = "suggestion", "span"
Key = tuple[str, int]


class Item(NamedTuple):
    """A span or an open suggestion, as one thing the cursor can sit on.

    The fields up to `explanation` follow `tui_reads.SUGGESTION_COLUMNS`, so a suggestion
    row becomes an item without a lookup per column (an article has thousands); a named
    tuple, because building thousands of frozen dataclasses is what opening an article
    spent most of its time on.
    """

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
    explanation: str | None = None
    origin: str | None = None

    @property
    def key(self) -> Key:
        return (self.kind, self.id)

    @property
    def is_suggestion(self) -> bool:
        return self.kind == SUGGESTION

    @property
    def order(self) -> tuple[int, int, str, int]:
        return (self.start, -self.end, self.kind, self.id)

    @property
    def name(self) -> str:
        """How a speaker mention is named: its canonical name, else its text."""
        return " ".join((self.canonical or self.text).split())

    @classmethod
    def from_suggestion(cls, row: Mapping[str, Any] | sqlite3.Row) -> Item:
        return cls(SUGGESTION, row["id"], row["label"], row["start"], row["end"], row["text"],
                   row["value"], row["canonical"], row["stance"], row["rule"], row["model"],
                   row["score"], explanation=_get(row, "explanation"))

    @classmethod
    def from_span(cls, row: Mapping[str, Any] | sqlite3.Row) -> Item:
        return cls(SPAN, row["id"], row["label"], row["start"], row["end"], row["text"],
                   row["value"], row["canonical"], row["stance"], origin=row["origin"])


def _get(row: Mapping[str, Any] | sqlite3.Row, name: str) -> Any:
    try:
        return row[name]
    except (KeyError, IndexError):
        return None


class ItemIndex:
    """Items in text order; add, remove and find by offset in O(log n)."""

    def __init__(self, items: list[Item] | None = None, *, ordered: bool = False) -> None:
        """`ordered`: the items are already in text order (a subset of another index)."""
        ordered_items = list(items or []) if ordered else sorted(items or [],
                                                                 key=lambda i: i.order)
        self._items = ordered_items
        self._orders = [i.order for i in ordered_items]
        self._starts = [i.start for i in ordered_items]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Item]:
        return iter(self._items)

    def __getitem__(self, index: int) -> Item:
        return self._items[index]

    def add(self, item: Item) -> None:
        order = item.order
        at = bisect.bisect_left(self._orders, order)
        if at < len(self._orders) and self._orders[at] == order:
            self._items[at] = item
            return
        self._orders.insert(at, order)
        self._starts.insert(at, item.start)
        self._items.insert(at, item)

    def remove(self, item: Item) -> bool:
        at = self.position(item)
        if at is None:
            return False
        del self._orders[at], self._starts[at], self._items[at]
        return True

    def position(self, item: Item) -> int | None:
        order = item.order
        at = bisect.bisect_left(self._orders, order)
        if at < len(self._orders) and self._orders[at] == order:
            return at
        return None

    def first_at(self, offset: int) -> int:
        """Position of the first item starting at or after `offset`."""
        return bisect.bisect_left(self._starts, offset)

    def starting_before(self, offset: int) -> int:
        """Number of items starting before `offset` (so items[:n] start before it)."""
        return bisect.bisect_left(self._starts, offset)

    def nearest(self, offset: int) -> Item | None:
        """The item at or after `offset`, else the last one."""
        at = self.first_at(offset)
        if at < len(self._items):
            return self._items[at]
        return self._items[-1] if self._items else None

    def step(self, item: Item | None, offset: int, step: int) -> Item | None:
        """The item after (step > 0) or before `item` (wrapping); from `offset` if absent."""
        if not self._items:
            return None
        at = None if item is None else self.position(item)
        if at is None:
            at = self.first_at(offset)
            if step > 0:
                return self._items[at % len(self._items)]
            return self._items[(at - 1) % len(self._items)]
        return self._items[(at + step) % len(self._items)]

    def find(self, start: int, pred: Callable[[Item], bool]) -> Item | None:
        """The first item from `start` on for which `pred` holds."""
        for item in self._items[self.first_at(start):]:
            if pred(item):
                return item
        return None

    def between(self, start: int, end: int) -> list[Item]:
        """Items starting in [start, end)."""
        return self._items[self.first_at(start):self.first_at(end)]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether an item overlaps [start, end) (starts in it, or covers its start)."""
        return bool(self.between(start, end)) or \
            any(True for _ in self.covering(start, start + 1))

    def covering(self, start: int, end: int, limit: int = 200) -> Iterator[Item]:
        """Items with item.start <= start and end <= item.end, innermost (latest start) first.

        Looks back at most `limit` items: spans nest a few deep, never hundreds.
        """
        at = bisect.bisect_right(self._starts, start)
        for index in range(at - 1, max(-1, at - 1 - limit), -1):
            item = self._items[index]
            if item.end >= end:
                yield item
