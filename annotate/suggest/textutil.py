"""Per-document indexes shared by the rules: paragraphs, sentences, char->token lookup.

Everything here is built in one linear pass (numpy arrays from ``Doc.to_array`` and one
regex scan for line breaks), so the rules can jump from a character offset to a token
with a binary search instead of re-scanning the document; that keeps suggesting cheap
next to the spaCy pipeline itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import numpy as np
from spacy.attrs import IDX, LEMMA, POS
from spacy.strings import hash_string  # type: ignore[attr-defined]  # missing from strings.pyi
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc

_LINE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace and
# an upper-case letter or an opening quote; single capitals ("U.S.") and common
# abbreviations do not end a sentence.
_SENT_END = re.compile(
    r"(?<![A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bSen)"
    r"(?<!\bRep)(?<!\bGov)(?<!\bNo)(?<!\bvs)[.!?]+[\"”’»]?(?=\s+[\"“«„A-Z])"
    # abbreviated months before a day ("Sept. 30", "Feb. 12") and "No. 2" do not end one
    r"|(?<![A-Z])(?<!\bJan)(?<!\bFeb)(?<!\bAug)(?<!\bSept)(?<!\bSep)(?<!\bOct)"
    r"(?<!\bNov)(?<!\bDec)(?<!\bNo)[.!?]+[\"”’»]?(?=\s+[0-9])"
)
_TRAIL = " \t\r\n,;:-–—\"“”«»„'’"
_LEAD = " \t\r\n,;:-–—\"“”«»„"


_DATELINE = re.compile(
    r"(?:date\s+)?\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+"
    # "LONDON (Reuters) - ", "STOCKHOLM, June 29 (Reuters) - ", "PARIS, Sept. 3 -- "
    r"|[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    r"(?:\([^)\n]{1,40}\))?\s*[-—–]{1,2}\s+"
    # a title-case city needs its date: "Bengaluru, Sep 5 (ANI): ", "Lagos, May 2 - "
    r"|[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul"
    r"|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}\s*(?:\([^)\n]{1,40}\))?\s*[-—–:]{1,2}\s+"
)


def skip_dateline(text: str, start: int, end: int) -> int:
    """Start of a paragraph's text after a dateline ("LONDON (Reuters) - ",
    "date 2022-11-30 "), which is never part of a quote."""
    m = _DATELINE.match(text, start, end)
    return m.end() if m else start


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace, quote marks, commas and dashes."""
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
              "speak": ("spoke",)}


@lru_cache(maxsize=8)
def _speech_forms(speech_verbs: frozenset[str]) -> frozenset[str]:
    """Past and third-person forms of the speech verbs ('said', 'says', 'reported')."""
    out: set[str] = set()
    for v in speech_verbs:
        stem = v[:-1] if v.endswith("e") else v
        out.update((f"{v}s", f"{stem}ed", *_IRREGULAR.get(v, ())))
    return frozenset(out)


class DocIndex:
    """Lookup tables over one parsed document."""

    def __init__(self, doc: Doc, speech_verbs: frozenset[str]) -> None:
        self.doc = doc
        self.text: str = doc.text
        arr = doc.to_array([LEMMA, POS, IDX]) if len(doc) else np.zeros((0, 3), "uint64")
        self.tok_start = arr[:, 2].astype(np.int64)
        hashes = np.array([hash_string(v) for v in speech_verbs], dtype=np.uint64)
        mask = np.isin(arr[:, 0], hashes) & (arr[:, 1] == VERB)
        # a speech verb the tagger took for an auxiliary ('Asked whether ..., its chairman,
        # X, said ...' parsed as a passive; its lemma is then the form itself)
        forms = _speech_forms(speech_verbs)
        for i in np.nonzero(arr[:, 1] == AUX)[0].tolist():
            if doc[i].lower_ in forms:
                mask[i] = True
        #: token indices of speech-verb candidates, in text order
        self.verb_candidates: list[int] = np.nonzero(mask)[0].tolist()
        self.verb_set: frozenset[int] = frozenset(self.verb_candidates)
        spans = [(m.start(), m.end()) for m in _LINE.finditer(self.text)]
        self.paragraphs: list[tuple[int, int]] = [
            s for s in (strip_ws(self.text, a, b) for a, b in spans) if s[0] < s[1]
        ]
        self._para_starts = [p[0] for p in self.paragraphs]
        self.covered = bytearray(len(self.text) + 1)
        self.used_tokens: set[int] = set()

    # -- lookups ---------------------------------------------------------------------
    def token_at(self, char: int) -> int:
        """Index of the token containing (or starting before) ``char``."""
        i = int(np.searchsorted(self.tok_start, char, side="right")) - 1
        return max(0, min(i, len(self.doc) - 1))

    def para_of(self, char: int) -> int:
        """Index of the paragraph containing ``char`` (or the one before it)."""
        return max(0, bisect_right(self._para_starts, char) - 1)

    def para_bounds(self, char: int) -> tuple[int, int]:
        if not self.paragraphs:
            return 0, len(self.text)
        return self.paragraphs[self.para_of(char)]

    def sentence_end(self, char: int) -> int:
        """End of the sentence containing ``char``, never past its paragraph."""
        _, pend = self.para_bounds(char)
        m = _SENT_END.search(self.text, char, pend)
        return m.end() if m else pend

    def sentence_start(self, char: int) -> int:
        """Start of the sentence containing ``char``, never before its paragraph."""
        pstart, _ = self.para_bounds(char)
        start = pstart
        for m in _SENT_END.finditer(self.text, pstart, min(len(self.text), char + 1)):
            if m.end() <= char:
                start = m.end()
        while start < char and self.text[start].isspace():
            start += 1
        return start

    def speaker_floor(self, char: int) -> int:
        """First char a speaker mention for a cue at ``char`` may start at: the start of
        its sentence, past a dateline ("OSLO, May 2 (Reuters) - ") that is never one."""
        start = self.sentence_start(char)
        pstart, pend = self.para_bounds(char)
        if start == pstart:
            start = skip_dateline(self.text, pstart, pend)
        return min(start, char)

    # -- coverage ----------------------------------------------------------------------
    def cover(self, start: int, end: int) -> None:
        self.covered[start:end] = b"\x01" * (end - start)

    def is_covered(self, start: int, end: int) -> bool:
        return 1 in self.covered[start:end]


def strip_ws(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace only."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
