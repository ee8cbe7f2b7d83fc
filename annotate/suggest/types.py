"""Plain data the suggesters produce and the store writes.

Kept free of spaCy and SQLite so both sides can be tested alone: a suggester returns
`DocSuggestions`, `annotate.store` persists them with the model name, version and rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SpanSuggestion:
    """A suggested span; `key` is local to the document and only links relations."""

    key: int
    label: str
    start: int
    end: int
    text: str
    rule: str
    score: float
    value: str | None = None  # DATE: ISO value at its own precision, or None
    canonical: str | None = None  # SPEAKER: canonical name of the person
    stance: str | None = None  # QUOTE: stance value toward the schema's target
    explanation: str = ""  # why, in words, for the annotator (the app's side panel)
    # JSON-able facts behind the suggestion; a DATE keeps the "tense" its value was resolved
    # with, so the value can be re-resolved against a corrected publication date without spaCy.
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RelationSuggestion:
    """A suggested relation between two suggested spans (QUOTE -> SPEAKER)."""

    label: str
    head: int  # SpanSuggestion.key of the QUOTE
    child: int  # SpanSuggestion.key of the SPEAKER
    rule: str
    score: float


@dataclass(frozen=True)
class StanceSuggestion:
    """A suggested stance of the whole document."""

    value: str
    rule: str
    score: float


@dataclass(frozen=True)
class CueSpeaker:
    """Who a speech cue attributes to, suggested or not (`annotate.suggest.cue_speakers`):
    the speaker a QUOTE the annotator marks near the cue gets. Character offsets: the cue,
    its sentence and the speaker mention."""

    cue_start: int
    cue_end: int
    sent_start: int
    sent_end: int
    start: int
    end: int
    text: str
    canonical: str | None
    rule: str  # the mention's rule (speaker.subject, ...)
    speech: bool = True  # a speech cue; else another verb, asked only when no speech cue is


@dataclass
class DocSuggestions:
    """Everything suggested for one document."""

    spans: list[SpanSuggestion] = field(default_factory=list)
    relations: list[RelationSuggestion] = field(default_factory=list)
    doc_stance: StanceSuggestion | None = None
    cue_speakers: list[CueSpeaker] = field(default_factory=list)
