"""Headline attributions: a title line whose speaker follows a dash or precedes a colon.

"Entry into NATO should be discussed after victory — NATO Secretary General" and
"Brandt: Germany will not send jets" have no speech verb at all, so they are matched on
the shape of a short paragraph rather than on a verb candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotate.suggest.attribution import QuoteHit
from annotate.suggest.cues import CueSet
from annotate.suggest.speakers import Mention
from annotate.suggest.textutil import DocIndex, strip_span

_HEADLINE = re.compile(r"^(?P<q>.{10,}?)\s+[—–-]\s+(?P<s>[^—–\-.!?:;,]{2,60})$")
_COLON_HEADLINE = re.compile(r"^(?P<s>[A-Z][^:.!?\"“”]{1,40}?):\s+(?P<q>[^:]{10,})$")


def headlines(idx: DocIndex, cues: CueSet) -> Iterator[QuoteHit]:
    """'Entry into NATO should be discussed after victory — NATO Secretary General'."""
    text, doc = idx.text, idx.doc
    for n, (pstart, pend) in enumerate(idx.paragraphs):
        if pend - pstart > 250 or idx.is_covered(pstart, pend):
            continue
        if n == 0 or text[pend - 1] not in ".!?\"”":
            colon = _colon_headline(idx, cues, pstart, pend)
            if colon is not None:
                yield colon
                continue
        if text[pend - 1] in ".!?\"”":
            continue
        m = _HEADLINE.match(text, pstart, pend)
        if m is None:
            continue
        s_start, s_end = strip_span(text, m.start("s"), m.end("s"))
        words = text[s_start:s_end].split()
        if not words or len(words) > 7 or not words[0][:1].isupper():
            continue
        a, b = idx.token_at(s_start), idx.token_at(s_end - 1) + 1
        toks = doc[a:b]
        titled = any(w.lower_ in cues.title_words for w in toks)
        named = any(t.ent_type_ == "PERSON" for t in toks) or all(
            t.pos_ == "PROPN" for t in toks if t.is_alpha)
        if not (titled or named) or any(t.pos_ == "VERB" for t in toks):
            continue
        q_start, q_end = strip_span(text, m.start("q"), m.end("q"))
        if len(text[q_start:q_end].split()) < 3:
            continue
        idx.cover(pstart, pend)
        yield QuoteHit(q_start, q_end, "quote.headline", 0.6, None,
                       Mention(a, b, "speaker.headline"))


def _colon_headline(idx: DocIndex, cues: CueSet, pstart: int, pend: int) -> QuoteHit | None:
    """'Brandt: Germany will not send jets', "Fed's Morales: No rush to cut rates": a
    short name or title before the colon of a title line speaks what follows."""
    text, doc = idx.text, idx.doc
    m = _COLON_HEADLINE.match(text, pstart, pend)
    if m is None or len(m.group("s").split()) > 5:
        return None
    a, b = idx.token_at(m.start("s")), idx.token_at(m.end("s") - 1) + 1
    toks = [t for t in doc[a:b] if t.is_alpha]
    if not toks or not all(t.text[:1].isupper() or t.lower_ in cues.title_words
                           for t in toks):
        return None
    if not (any(t.ent_type_ == "PERSON" for t in toks) or toks[-1].pos_ == "PROPN"
            or any(t.lower_ in cues.title_words for t in toks)) or \
            any(t.ent_type_ in {"DATE", "TIME"} for t in toks):
        return None
    q_start, q_end = strip_span(text, m.start("q"), m.end("q"))
    if len(text[q_start:q_end].split()) < 3:
        return None
    idx.cover(pstart, pend)
    return QuoteHit(q_start, q_end, "quote.headline", 0.6, None,
                    Mention(a, b, "speaker.headline"))
