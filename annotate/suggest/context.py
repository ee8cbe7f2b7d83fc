"""What every rule may read about one parsed document: a read-only index built once.

Paragraphs, sentences, char -> token lookup and the Matcher's matches, all computed in one
linear pass (numpy arrays from ``Doc.to_array``, one regex scan for line breaks, one Matcher
call), so a rule jumps from a character offset to a token with a binary search instead of
re-scanning the document. Nothing in it changes after it is built (it only memoizes what
the rules ask again): rules are pure functions of a ``DocContext``, and which of their
candidates win is the resolver's business (:mod:`annotate.suggest.resolve`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy as np
from spacy.attrs import IDX
from spacy.tokens import Doc

from annotate.suggest.cues import CueSet
from annotate.suggest.matchers import patterns_for
from annotate.suggest.textutil import SENT_END, skip_dateline, strip_ws

#: characters that are quotation marks (two apostrophes '' are a mark too: see is_quote_tok)
QUOTE_CHARS = frozenset("\"“”«»„")
#: tokens that are quotation marks although their characters are not ('' and ``)
QUOTE_TOKENS = frozenset({"''", "``"})
SENT_PUNCT = frozenset({".", "!", "?"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})
NP_START = frozenset({"DET", "PROPN", "PRON", "NOUN", "ADJ", "NUM"})
_LINE = re.compile(r"[^\n]+")


def is_quote_tok(text: str) -> bool:
    """A token that is (or holds) a quotation mark."""
    return text in QUOTE_TOKENS or any(c in QUOTE_CHARS for c in text)


class DocContext:
    """Lookup tables over one parsed document; read-only once built."""

    def __init__(self, doc: Doc, cues: CueSet) -> None:
        self.doc = doc
        self.cues = cues
        self.text: str = doc.text
        arr = doc.to_array([IDX]) if len(doc) else np.zeros((0,), "uint64")
        self.tok_start = np.asarray(arr, dtype=np.int64).reshape(-1)
        self._matches = patterns_for(doc.vocab, cues.speech_verbs)(doc)
        self._match_at: dict[str, dict[int, int]] = {}
        #: the document's entities (spaCy builds the tuple anew on every access)
        self.ents = doc.ents
        #: token indices of speech-verb candidates, in text order
        self.verb_candidates: list[int] = sorted({s for s, _ in self.matches("speech_verb")})
        self.verb_set: frozenset[int] = frozenset(self.verb_candidates)
        spans = [(m.start(), m.end()) for m in _LINE.finditer(self.text)]
        self.paragraphs: list[tuple[int, int]] = [
            s for s in (strip_ws(self.text, a, b) for a, b in spans) if s[0] < s[1]
        ]
        self._para_starts = [p[0] for p in self.paragraphs]

    # -- matches ----------------------------------------------------------------------
    def matches(self, pattern_id: str) -> list[tuple[int, int]]:
        """Token spans [start, end) matched by the pattern ``pattern_id``, in text order."""
        return self._matches.get(pattern_id, [])

    def match_at(self, pattern_id: str, start: int) -> int | None:
        """End of the longest match of ``pattern_id`` starting at token ``start``."""
        by_start = self._match_at.get(pattern_id)
        if by_start is None:
            by_start = {}
            for s, e in self.matches(pattern_id):
                by_start[s] = max(e, by_start.get(s, e))
            self._match_at[pattern_id] = by_start
        return by_start.get(start)

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
        m = SENT_END.search(self.text, char, pend)
        return m.end() if m else pend

    def sentence_start(self, char: int) -> int:
        """Start of the sentence containing ``char``, never before its paragraph."""
        pstart, _ = self.para_bounds(char)
        start = pstart
        for m in SENT_END.finditer(self.text, pstart, min(len(self.text), char + 3)):
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

    def cue_span(self, token: int) -> tuple[int, int]:
        """Char span of the token ``token`` (a cue)."""
        t = self.doc[token]
        return t.idx, t.idx + len(t.text)
