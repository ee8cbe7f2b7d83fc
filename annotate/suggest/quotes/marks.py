"""Pairing quotation marks into direct-quote spans, robust to odd or unpaired marks.

Pure text, no spaCy: one left-to-right pass over the marks, so it is linear and can be
property-tested on random strings. News text mixes straight and typographic marks, runs
quotes over several paragraphs (either re-opening each paragraph or not), and sometimes
leaves a mark unpaired; none of that may make a document fail, and an unclosed quote is
kept to the end of its own paragraph rather than swallowing the rest of the text. Some
copy (the New York Times' archive among it) writes quotation marks as two apostrophes
(''like this'') or as TeX's ``this''; those pair like straight marks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from annotate.suggest.rulebook import quote_words

_MARKS = re.compile(r"''|``|[\"“”«»„]")
#: two-character marks and the one-character mark they behave as
_AS = {"''": '"', "``": "“"}
_OPENERS = frozenset("“«„")
_CLOSERS = frozenset("”»")


@dataclass(frozen=True)
class QuotePair:
    """Offsets of one direct quote: the marks and the content between them."""

    open_pos: int
    close_pos: int | None  # None when the quote was never closed
    start: int  # content start (after the opening mark, whitespace stripped)
    end: int  # content end (before the closing mark, whitespace and comma stripped)
    close_end: int | None = None  # the character after the closing mark

    @property
    def outer_end(self) -> int:
        """End of the quote with its marks."""
        return self.close_end if self.close_end is not None else self.end


def _looks_open(text: str, pos: int, width: int = 1) -> bool:
    nxt = text[pos + width] if pos + width < len(text) else " "
    prev = text[pos - 1] if pos > 0 else " "
    return not nxt.isspace() and (prev.isspace() or prev in "([{—–-:,;\"“”«»„'")


def _looks_close(text: str, pos: int) -> bool:
    prev = text[pos - 1] if pos > 0 else " "
    return not prev.isspace()


def _paragraph_bounds(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the paragraphs; a run of line breaks (a blank line between
    paragraphs) is one break, so "next paragraph" means the next one with text."""
    starts, ends = [0], []
    for m in re.finditer(r"\n\s*", text):
        ends.append(m.start())
        starts.append(m.end())
    ends.append(len(text))
    return starts, ends


def find_pairs(text: str) -> list[QuotePair]:
    """All direct quotes in ``text`` in order; never raises, spans are always in bounds."""
    pstarts, pends = _paragraph_bounds(text)
    max_skip = quote_words().max_paragraph_skip

    def para(pos: int) -> int:
        return bisect_right(pstarts, pos) - 1

    out: list[QuotePair] = []

    def emit(open_pos: int, close_pos: int | None, end: int) -> None:
        start = open_pos + open_width
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
        if start < end:
            close_end = None if close_pos is None else close_pos + width
            out.append(QuotePair(open_pos, close_pos, start, end, close_end))

    open_pos: int | None = None
    open_ch = ""
    open_para = -1
    open_width = 1
    marks = [(m.start(), m.group()) for m in _MARKS.finditer(text)]
    i = 0
    while i < len(marks):
        pos, raw = marks[i]
        ch, width = _AS.get(raw, raw), len(raw)
        p = para(pos)
        if open_pos is None:
            if ch in _OPENERS or (ch == '"' and _looks_open(text, pos, width)):
                open_pos, open_ch, open_para, open_width = pos, ch, p, width
            i += 1
            continue
        if p != open_para:
            at_para_start = not text[pstarts[p]:pos].strip()
            if p == open_para + 1 and at_para_start and (
                ch in _OPENERS or (ch == '"' and _looks_open(text, pos, width))
            ):
                open_para = p  # the quote re-opens in the next paragraph: continue it
                i += 1
                continue
            if p - open_para <= max_skip and (ch in _CLOSERS or _looks_close(text, pos)):
                emit(open_pos, pos, pos)
                open_pos = None
                i += 1
                continue
            # never closed: keep it to the end of its last paragraph, re-read this mark
            emit(open_pos, None, pends[open_para])
            open_pos = None
            continue
        closes = (
            ch in _CLOSERS
            or ch == '"'
            or (ch == "“" and (open_ch == "„" or _looks_close(text, pos)))
        )
        if closes:
            emit(open_pos, pos, pos)
            open_pos = None
        else:  # a second opener: the first one was stray
            open_pos, open_ch, open_width = pos, ch, width
        i += 1
    if open_pos is not None:
        emit(open_pos, None, pends[open_para])
    return out
