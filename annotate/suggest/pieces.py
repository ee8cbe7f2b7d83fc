"""Long articles in pieces: split at paragraph boundaries, suggestions mapped back.

spaCy refuses a text longer than ``nlp.max_length`` and needs about a gigabyte per 100,000
words for the parse; one huge article must neither fail a whole run nor exhaust memory.
So a text longer than :data:`PIECE_CHARS` (or the model's limit, if lower) is parsed piece
by piece, each piece ending at a paragraph break where there is one (else a line break,
a sentence end, a space, or, for a run of 100,000 characters without any, anywhere), and the
pieces' suggestions are shifted back to the article's offsets. Attributions rarely cross a
paragraph, so little is lost; canonical names are resolved per piece.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from annotate.suggest.types import DocSuggestions, RelationSuggestion

PIECE_CHARS = 100_000
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"”’»]?\s"),
           re.compile(r"\s"))


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text``, each piece at most ``limit`` chars."""
    limit = max(1, limit)
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        end = _break_before(text, start, start + limit)
        out.append((start, text[start:end]))
        start = end
    out.append((start, text[start:]))
    return out


def _break_before(text: str, start: int, stop: int) -> int:
    """The last good break in (start + half the window, stop], else ``stop``."""
    floor = start + (stop - start) // 2
    for pattern in _BREAKS:
        last = None
        for m in pattern.finditer(text, floor, stop):
            last = m.end()
        if last is not None and last > start:
            return last
    return stop


def merge(pieces: Iterable[tuple[int, DocSuggestions]]) -> DocSuggestions:
    """One document's suggestions from its pieces' (offset, suggestions), keys renumbered."""
    out = DocSuggestions()
    for offset, part in pieces:
        base = len(out.spans)
        for s in part.spans:
            out.spans.append(replace(s, key=s.key + base, start=s.start + offset,
                                     end=s.end + offset))
        out.relations.extend(RelationSuggestion(r.label, r.head + base, r.child + base,
                                                r.rule, r.score) for r in part.relations)
        out.cue_speakers.extend(
            replace(c, cue_start=c.cue_start + offset, cue_end=c.cue_end + offset,
                    sent_start=c.sent_start + offset, sent_end=c.sent_end + offset,
                    start=c.start + offset, end=c.end + offset) for c in part.cue_speakers)
    return out
