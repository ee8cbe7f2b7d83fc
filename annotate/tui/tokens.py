"""Token and sentence boundaries from spaCy's tokenizer: the tokens the exports use.

The exports place spans on `spacy.blank("en")` tokens (`char_span(alignment_mode="expand")`),
so selections snap to the same tokens here, never to a look-alike regex. spaCy's tokenizer
splits on whitespace first, so a paragraph (a run of text without a line break) tokenizes
alone exactly as inside the article: tokens are computed per paragraph when first needed
and cached, and a 20,000-word article never waits for its whole text to be tokenized.
Sentences come from spaCy's rule-based `sentencizer` within each paragraph (what the CoNLL
export uses: sentencizer plus a break at each line break). Phrases are the stretches of a
sentence between its punctuation (commas, dashes, colons, brackets, quotation marks): where
a suggestion's boundary is most often off by a piece ("... in 2012, but still lost"), so
the boundary editor can move a side a phrase at a time.

Importing spaCy takes about a second, so it happens once, lazily, off the key path:
`preload()` starts it in a thread while the annotator reads; the first snap waits for it
only if it is asked for sooner.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

_PARAGRAPH = re.compile(r"[^\n]+")
# tokens that separate the phrases of a sentence ("A, B", "A — B", "A: B", "A (B)", '"A" B')
# (a hyphen only as a spaced dash, "A - B": "well-known" is one phrase; no apostrophe,
# which closes a plural possessive far more often than a quotation: "the voters’ choice")
PHRASE_MARKS = frozenset(",;:—–―()[]\"“”‘«»…") | {"--", "''", "``", "..."}
_lock = threading.Lock()
_nlp: Language | None = None


def pipeline() -> Language:
    """Blank English with a sentencizer, loaded once per process (thread-safe)."""
    global _nlp
    with _lock:
        if _nlp is None:
            import spacy

            nlp = spacy.blank("en")
            nlp.add_pipe("sentencizer")
            _nlp = nlp
        return _nlp


def loaded() -> bool:
    return _nlp is not None


def preload() -> threading.Thread:
    """Load the tokenizer in a daemon thread; returns the thread (join it to wait)."""
    thread = threading.Thread(target=pipeline, name="annotate-tokenizer", daemon=True)
    thread.start()
    return thread


@dataclass(frozen=True)
class Paragraph:
    """One paragraph's non-space tokens and sentence starts, as absolute offsets."""

    start: int
    end: int
    starts: list[int]
    ends: list[int]
    sentences: list[tuple[int, int]]


class TextTokens:
    """Tokens of one text, paragraph by paragraph, computed on first use."""

    def __init__(self, text: str, nlp: Any | None = None) -> None:
        self.text = text
        self._nlp = nlp
        self._bounds = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
        self._para_starts = [s for s, _ in self._bounds]
        self._cache: dict[int, Paragraph] = {}
        self._phrase_cache: dict[int, tuple[list[int], list[int]]] = {}

    # -- paragraphs ---------------------------------------------------------------------------

    @property
    def paragraph_count(self) -> int:
        return len(self._bounds)

    def paragraph_index(self, offset: int) -> int:
        """The paragraph holding `offset`, or the one before it (offsets on line breaks)."""
        if not self._bounds:
            return -1
        return max(0, bisect.bisect_right(self._para_starts, offset) - 1)

    def paragraph_span(self, first: int, last: int) -> tuple[int, int]:
        """(start of the paragraph holding `first`, end of the one holding `last`)."""
        if not self._bounds:
            return 0, len(self.text)
        return self._bounds[self.paragraph_index(first)][0], \
            self._bounds[self.paragraph_index(last)][1]

    def paragraph(self, index: int) -> Paragraph:
        cached = self._cache.get(index)
        if cached is not None:
            return cached
        start, end = self._bounds[index]
        nlp = self._nlp or pipeline()
        doc = nlp(self.text[start:end])
        starts, ends = [], []
        for token in doc:
            if not token.is_space:
                starts.append(start + token.idx)
                ends.append(start + token.idx + len(token))
        sentences = []
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            if words:
                sentences.append((start + words[0].idx, start + words[-1].idx + len(words[-1])))
        para = Paragraph(start, end, starts, ends, sentences)
        self._cache[index] = para
        return para

    def paragraph_at(self, offset: int) -> Paragraph | None:
        index = self.paragraph_index(offset)
        return None if index < 0 else self.paragraph(index)

    # -- tokens -------------------------------------------------------------------------------

    def token_at(self, offset: int) -> tuple[int, int] | None:
        """The token covering `offset`, else the next one in its paragraph, else the last."""
        para = self.paragraph_at(offset)
        if para is None or not para.starts:
            return None
        i = bisect.bisect_right(para.ends, offset)
        i = min(i, len(para.starts) - 1)
        return para.starts[i], para.ends[i]

    def snap(self, start: int, end: int) -> tuple[int, int] | None:
        """Widen [start, end) to whole tokens, as `char_span(alignment_mode="expand")` does.

        Leading and trailing whitespace is dropped. None when the range holds no token.
        """
        starts, ends = self._tokens_between(start, end)
        first = bisect.bisect_right(ends, start)          # first token ending after start
        last = bisect.bisect_left(starts, end) - 1        # last token starting before end
        if first >= len(starts) or last < first:
            return None
        return starts[first], ends[last]

    def _tokens_between(self, start: int, end: int) -> tuple[list[int], list[int]]:
        first = self.paragraph_index(start)
        last = self.paragraph_index(max(start, end - 1))
        if first < 0:
            return [], []
        starts: list[int] = []
        ends: list[int] = []
        for index in range(first, last + 1):
            para = self.paragraph(index)
            starts.extend(para.starts)
            ends.extend(para.ends)
        return starts, ends

    def _step(self, offset: int, step: int, values: Callable[[Paragraph], list[int]],
              ) -> int | None:
        """The first value after (step > 0) or before (step < 0) `offset`, across paragraphs."""
        index = self.paragraph_index(offset)
        while 0 <= index < self.paragraph_count:
            found = values(self.paragraph(index))
            if step > 0:
                i = bisect.bisect_right(found, offset)
                if i < len(found):
                    return found[i]
                index += 1
            else:
                i = bisect.bisect_left(found, offset) - 1
                if i >= 0:
                    return found[i]
                index -= 1
        return None

    def _step_or_stay(self, offset: int, step: int, values: Callable[[Paragraph], list[int]],
                      ) -> int:
        found = self._step(offset, step, values)
        return offset if found is None else found

    def step_start(self, offset: int, step: int) -> int:
        """The start of the token after (step > 0) or before (step < 0) `offset`; clamped."""
        return self._step_or_stay(offset, step, lambda p: p.starts)

    def step_end(self, offset: int, step: int) -> int:
        """The end of the token after (step > 0) or before (step < 0) `offset`; clamped."""
        return self._step_or_stay(offset, step, lambda p: p.ends)

    def phrases(self, para: Paragraph) -> tuple[list[int], list[int]]:
        """Where the paragraph's phrases start (a word after a mark or opening a sentence)
        and end (a word before a mark or closing a sentence); computed when the boundary
        editor first asks, not with every paragraph's tokens."""
        found = self._phrase_cache.get(para.start)
        if found is None:
            found = _phrases(self.text, para.starts, para.ends, para.sentences)
            self._phrase_cache[para.start] = found
        return found

    def step_phrase_start(self, offset: int, step: int) -> int:
        """The start of the next / previous phrase after / before `offset`; clamped."""
        return self._step_or_stay(offset, step, lambda p: self.phrases(p)[0])

    def step_phrase_end(self, offset: int, step: int) -> int:
        """The end of the next / previous phrase after / before `offset`; clamped."""
        return self._step_or_stay(offset, step, lambda p: self.phrases(p)[1])

    # -- sentences ----------------------------------------------------------------------------

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        """The sentence holding `offset` (or the nearest one of its paragraph)."""
        para = self.paragraph_at(offset)
        if para is None or not para.sentences:
            return None
        starts = [s for s, _ in para.sentences]
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return para.sentences[i]

    def step_sentence(self, offset: int, step: int) -> int:
        """The start of the next (step > 0) or previous (step < 0) sentence; clamped."""
        return self._step_or_stay(offset, step, lambda p: [start for start, _ in p.sentences])

    def step_paragraph(self, offset: int, step: int) -> int:
        """The start of the next / previous paragraph (clamped)."""
        if not self._bounds:
            return offset
        index = self.paragraph_index(offset)
        if step < 0 and offset > self._bounds[index][0]:
            return self._bounds[index][0]
        index = max(0, min(index + step, len(self._bounds) - 1))
        return self._bounds[index][0]


def _phrases(text: str, starts: list[int], ends: list[int], sentences: list[tuple[int, int]]
             ) -> tuple[list[int], list[int]]:
    """Phrase starts and ends of a paragraph: a word opens a phrase when it is the first word
    of its sentence or follows a mark (`PHRASE_MARKS`), and closes one when it is the last
    word of its sentence or a mark follows it. Punctuation and symbols are nobody's first or
    last word ("lost the election." ends at "election")."""
    sentence_starts = [s for s, _ in sentences]
    def kind(s: int, e: int) -> str:
        word = text[s:e]
        if word in PHRASE_MARKS or (word == "-" and text[s - 1:s].isspace() and
                                    text[e:e + 1].isspace()):
            return "mark"
        return "word" if word[:1].isalnum() else "other"

    kinds = [kind(s, e) for s, e in zip(starts, ends, strict=True)]
    words = [i for i, kind in enumerate(kinds) if kind == "word"]
    sentence = [bisect.bisect_right(sentence_starts, starts[i]) for i in words]
    p_starts: list[int] = []
    p_ends: list[int] = []
    for n, i in enumerate(words):
        first = n == 0 or sentence[n - 1] != sentence[n]
        last = n + 1 == len(words) or sentence[n + 1] != sentence[n]
        if first or (i > 0 and kinds[i - 1] == "mark"):
            p_starts.append(starts[i])
        if last or (i + 1 < len(kinds) and kinds[i + 1] == "mark"):
            p_ends.append(ends[i])
    return p_starts, p_ends
