"""'According to X, ...' and '..., according to X.'

The cue phrase comes from the schema (``cues.according_to``), not from a speech verb, and
the content sits on either side of it, so this family is matched on the phrase itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from annotate.suggest.attribution import QuoteHit
from annotate.suggest.cues import CueSet
from annotate.suggest.speakers import Mention
from annotate.suggest.textutil import DocIndex, strip_span


def according_to(idx: DocIndex, cues: CueSet) -> Iterator[QuoteHit]:
    """'According to X, ...' (content after the comma) and '..., according to X.'"""
    if cues.according_to is None:
        return
    text = idx.text
    for m in cues.according_to.finditer(text):
        if idx.is_covered(m.start(), m.end()):
            continue
        s_start = idx.sentence_start(m.start())
        s_end = idx.sentence_end(m.start())
        before = text[s_start:m.start()].strip(" \"“«„")
        comma = text.find(",", m.end(), s_end)
        initial = not before or (before.endswith(",") and comma >= 0
                                 and len(before.split()) <= 3)
        front: tuple[int, int] | None = None
        if initial:
            if comma < 0 or len(text[m.end():comma].split()) > 10:
                continue
            src = strip_span(text, m.end(), comma)
            start, end = strip_span(text, comma + 1, s_end)
            if before and _resumes_predicate(idx, idx.token_at(comma) + 1):
                # 'Japanese investors, according to a survey, plan to ...': the subject
                # before the phrase is content too (two spans, like "A, he said, B")
                front = strip_span(text, s_start, m.start())
        else:
            stop = comma if comma >= 0 else s_end
            # a final source may be long ('according to data released Wednesday by ...')
            if len(text[m.end():stop].split()) > (20 if comma < 0 else 10):
                continue
            src = strip_span(text, m.end(), stop)
            while src[1] > src[0] and text[src[1] - 1] in ".!?":
                src = (src[0], src[1] - 1)
            start, end = strip_span(text, s_start, m.start())
        if src[0] >= src[1] or len(text[start:end].split()) < 3:
            continue
        a, b = idx.token_at(src[0]), idx.token_at(src[1] - 1) + 1
        idx.cover(min(start, m.start()), max(end, src[1]))
        mention = Mention(a, b, "speaker.according_to")
        if front is not None and front[0] < front[1]:
            idx.cover(front[0], front[1])
            yield QuoteHit(front[0], front[1], "quote.according_to", 0.7,
                           (m.start(), m.end()), mention)
        yield QuoteHit(start, end, "quote.according_to", 0.8, (m.start(), m.end()), mention)


def _resumes_predicate(idx: DocIndex, k: int) -> bool:
    """The text at token ``k`` goes on with a verb (adverbs skipped)."""
    doc = idx.doc
    while k < len(doc) and doc[k].is_space:
        k += 1
    while k < len(doc) and doc[k].pos_ in {"ADV", "PART"}:
        k += 1
    return k < len(doc) and doc[k].pos_ in {"VERB", "AUX"}
