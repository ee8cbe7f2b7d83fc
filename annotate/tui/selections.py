"""One-key selections around the cursor: the sentence, the quoted stretch, the clause after
the cue. Pure functions of the text and its tokens (no Textual), so each is tested alone.

They answer "which span would an annotator most likely mark here": a direct quote is the
stretch between quotation marks (without the marks and the comma before the attribution),
an indirect one the clause after the cue verb ("said that …", "according to X, …") up to
the end of the sentence. Every result is snapped to spaCy's tokens, like any selection.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from annotate.tui.tokens import TextTokens

OPENING = "\"“«„"
CLOSING = "\"”»“"
# What a span never starts or ends with: space, quote marks, the comma before "he said".
_LEAD = " \t\r\n,;:-–—\"“”«»„"
_TRAIL = " \t\r\n,;:-–—\"“”«»„"
_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
              "speak": ("spoke", "spoken"), "tweet": ("tweeted",)}
_WORD = re.compile(r"[\w’'-]+")


def strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace, quote marks, commas and dashes."""
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


@lru_cache(maxsize=8)
def speech_forms(verbs: frozenset[str]) -> frozenset[str]:
    """The forms a speech verb takes in news: says, said, saying, denied, admitted …"""
    out: set[str] = set()
    for verb in verbs:
        v = verb.lower()
        out.update((v, f"{v}s", f"{v}es", *_IRREGULAR.get(v, ())))
        if v.endswith("e"):
            out.update((f"{v}d", f"{v[:-1]}ing"))
        elif v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
            out.update((f"{v[:-1]}ied", f"{v[:-1]}ies", f"{v}ing"))
        else:
            out.update((f"{v}ed", f"{v}ing"))
            if len(v) > 2 and v[-1] not in "aeiouwxy" and v[-2] in "aeiou" and \
                    v[-3] not in "aeiou":
                out.update((f"{v}{v[-1]}ed", f"{v}{v[-1]}ing"))
    return frozenset(out)


def _snap(tokens: TextTokens, start: int, end: int) -> tuple[int, int] | None:
    start, end = strip(tokens.text, start, end)
    return None if end <= start else tokens.snap(start, end)


def sentence(tokens: TextTokens, offset: int) -> tuple[int, int] | None:
    """The sentence around `offset` (spaCy's sentencizer, within its paragraph)."""
    found = tokens.sentence_at(offset)
    return None if found is None else _snap(tokens, *found)


def _quote_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of the quotation marks of a paragraph, paired left to right."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for i in range(start, end):
        ch = text[i]
        if opened is None and ch in OPENING:
            opened = i
        elif opened is not None and ch in CLOSING and (ch != "“" or text[opened] == "„"):
            pairs.append((opened, i))
            opened = None
    return pairs


def quoted(tokens: TextTokens, offset: int) -> tuple[int, int] | None:
    """The stretch between the quotation marks around `offset`, else the next one after it
    in the paragraph; without the marks and a comma before the closing mark."""
    para = tokens.paragraph_at(offset)
    if para is None:
        return None
    pairs = _quote_pairs(tokens.text, para.start, para.end)
    around = [p for p in pairs if p[0] <= offset <= p[1]]
    after = [p for p in pairs if p[0] > offset]
    chosen = around[0] if around else (after[0] if after else None)
    if chosen is None:
        return None
    return _snap(tokens, chosen[0] + 1, chosen[1])


def _cues(text: str, start: int, end: int, verbs: frozenset[str],
          phrases: Iterable[str]) -> list[tuple[int, int, bool]]:
    """(start, end, is_according_to) of every cue in [start, end)."""
    found = [(m.start(), m.end(), False) for m in _WORD.finditer(text, start, end)
             if m.group().lower() in verbs]
    low = text[start:end].lower()
    for phrase in phrases:
        p = phrase.lower()
        at = low.find(p)
        while at >= 0:
            found.append((start + at, start + at + len(p), True))
            at = low.find(p, at + 1)
    return sorted(found)


def clause_after_cue(tokens: TextTokens, offset: int, speech_verbs: Iterable[str],
                     according_to: Iterable[str] = ()) -> tuple[int, int] | None:
    """The content after the cue of the sentence around `offset`: "He said [that X]." and
    "According to him, [X]." The cue is the last one before the cursor, else the first."""
    bounds = tokens.sentence_at(offset)
    if bounds is None:
        return None
    text = tokens.text
    s_start, s_end = bounds
    cues = _cues(text, s_start, s_end, speech_forms(frozenset(speech_verbs)), according_to)
    if not cues:
        return None
    before = [c for c in cues if c[0] <= offset]
    cue_start, cue_end, according = before[-1] if before else cues[0]
    if according:
        # "According to X, Y." marks Y; "Y, according to X." marks Y, before the cue.
        comma = text.find(",", cue_end, s_end)
        if comma < 0:
            return _before(tokens, s_start, cue_start)
        return _snap(tokens, comma + 1, s_end)
    start = cue_end
    lead = re.match(r"[\s,:]*(?:that\b)?", text[start:s_end])
    if lead is not None:
        start += lead.end()
    if s_end - start < 3:
        return _before(tokens, s_start, cue_start)  # "X, he said."
    return _snap(tokens, start, s_end)


def _before(tokens: TextTokens, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """The content before a trailing attribution: up to the last comma before the cue."""
    comma = tokens.text.rfind(",", s_start, cue_start)
    return _snap(tokens, s_start, comma if comma > s_start else cue_start)
