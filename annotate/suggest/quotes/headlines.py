"""Headline attributions: a title line whose speaker follows a dash or precedes a colon.

"Entry into NATO should be discussed after victory — NATO Secretary General" and
"Brandt: Germany will not send jets" have no speech verb at all, so they are matched on
the shape of a short paragraph rather than on a verb candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotate.suggest.candidates import Candidate, single
from annotate.suggest.context import DocContext
from annotate.suggest.rulebook import quote_words, rule
from annotate.suggest.speakers import Mention
from annotate.suggest.textutil import strip_span

_HEADLINE = re.compile(r"^(?P<q>.{10,}?)\s+[—–-]\s+(?P<s>[^—–\-.!?:;,]{2,60})$")
_COLON_HEADLINE = re.compile(r"^(?P<s>[A-Z][^:.!?\"“”]{1,40}?):\s+(?P<q>[^:]{10,})$")


def headlines(ctx: DocContext) -> Iterator[Candidate]:
    """'Entry into NATO should be discussed after victory — NATO Secretary General'."""
    text, doc, cues = ctx.text, ctx.doc, ctx.cues
    longest = quote_words().headline_max_chars
    for n, (pstart, pend) in enumerate(ctx.paragraphs):
        if pend - pstart > longest:
            continue
        if n == 0 or text[pend - 1] not in ".!?\"”":
            colon = _colon_headline(ctx, pstart, pend)
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
        a, b = ctx.token_at(s_start), ctx.token_at(s_end - 1) + 1
        toks = doc[a:b]
        titled = any(w.lower_ in cues.title_words for w in toks)
        named = any(t.ent_type_ == "PERSON" for t in toks) or all(
            t.pos_ == "PROPN" for t in toks if t.is_alpha)
        if not (titled or named) or any(t.pos_ == "VERB" for t in toks):
            continue
        q_start, q_end = strip_span(text, m.start("q"), m.end("q"))
        if len(text[q_start:q_end].split()) < 3:
            continue
        yield single(rule("quote.headline"), q_start, q_end, (pstart, pend),
                     speaker=Mention(a, b, "speaker.headline"), anchor=(pstart, pend))


def _colon_headline(ctx: DocContext, pstart: int, pend: int) -> Candidate | None:
    """'Brandt: Germany will not send jets', "Fed's Morales: No rush to cut rates": a
    short name or title before the colon of a title line speaks what follows."""
    text, doc, cues = ctx.text, ctx.doc, ctx.cues
    m = _COLON_HEADLINE.match(text, pstart, pend)
    if m is None or len(m.group("s").split()) > 5:
        return None
    a, b = ctx.token_at(m.start("s")), ctx.token_at(m.end("s") - 1) + 1
    toks = [t for t in doc[a:b] if t.is_alpha]
    if not toks or not all(t.text[:1].isupper() or t.lower_ in cues.title_words
                           for t in toks):
        return None
    # a person, a title, or a name alone ("Okafor:"); not a rubric ("HUFFPOLLSTER:",
    # "The Ninth Circle:", "AP-GfK Poll:")
    person = any(t.ent_type_ == "PERSON" for t in toks)
    titled = any(t.lower_ in cues.title_words for t in toks)
    name_alone = len(toks) <= 2 and toks[-1].pos_ == "PROPN" and not any(
        t.is_upper and len(t) > 2 for t in toks)
    if not (person or titled or name_alone) or \
            any(t.ent_type_ in {"DATE", "TIME"} for t in toks):
        return None
    q_start, q_end = strip_span(text, m.start("q"), m.end("q"))
    if len(text[q_start:q_end].split()) < 3:
        return None
    return single(rule("quote.headline"), q_start, q_end, (pstart, pend),
                  speaker=Mention(a, b, "speaker.headline"), anchor=(pstart, pend))
