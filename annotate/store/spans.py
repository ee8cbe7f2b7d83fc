"""The rows of an annotator's layer as plain data: a stored span, and a span to import."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

STATUSES = ("todo", "in_progress", "done", "skipped")


@dataclass(frozen=True)
class Span:
    """An annotator's span as the UI and exports see it."""

    id: int
    document_id: int
    label: str
    start: int
    end: int
    text: str
    value: str | None
    canonical: str | None
    stance: str | None
    origin: str
    suggestion_id: int | None

    @classmethod
    def from_row(cls, row: sqlite3.Row | dict[str, Any]) -> Span:
        return cls(
            row["id"], row["document_id"], row["label"], row["start"], row["end"], row["text"],
            row["value"], row["canonical"], row["stance"], row["origin"], row["suggestion_id"],
        )

    @property
    def key(self) -> tuple[Any, ...]:
        """What the span is, without where it is stored: for comparing layers."""
        return (self.label, self.start, self.end, self.value, self.canonical, self.stance)


@dataclass(frozen=True)
class NewSpan:
    """A span to import: where it is and its attributes."""

    label: str
    start: int
    end: int
    value: str | None = None
    canonical: str | None = None
    stance: str | None = None

    @property
    def key(self) -> tuple[Any, ...]:
        """What the span is: compared with a stored `Span.key` to tell an import apart."""
        return (self.label, self.start, self.end, self.value, self.canonical, self.stance)
