"""QUOTE spans with their cue and speaker mention.

Rules run in a fixed order and each claims the characters it covers, so a later, weaker
rule never re-reads text an earlier one explained (an indirect "NATO has said that ..."
inside a paragraph already attributed "..., Stoltenberg explains." is part of that quote,
not a new one):

1. direct quotes (paired marks, see :mod:`annotate.suggest.direct`), attributed from the
   right ("...," he said) or the left (he said: "...", said that "..."); a complete quote
   never takes the verb of a next sentence that reports its own content; a partial quote
   inside indirect content ('said the plan was "a step forward"') yields that content;
   one- and two-word quotes only after a labelling verb ('called the plan "unworkable"');
2. headlines "... — NATO Secretary General";
3. fronted content with a final attribution: "..., Stoltenberg explains." and
   "... - Stoltenberg stressed." (the whole paragraph when it ends the paragraph, unless
   an earlier sentence there has an attribution of its own and no first-person words);
   an attribution in the middle ("The dollar, traders said, is likely to ...", "A, she
   said, and B.") gives two spans linked to the same speaker;
4. "according to X, ..." and "..., according to X.";
5. indirect speech: "X said (that) ...", "X called on Y to ...", skipping the verb's own
   modifiers and listener ("told reporters in an interview the ...").

Nested reports are one QUOTE per level (see :mod:`annotate.suggest.attr_nested`): a
single-quoted quote attributed inside a direct quote, and indirect content whose own
report an earlier rule already claimed; the nesting filter keeps an inner quote only when
it has its own cue inside the outer content.

SPEAKER mentions are the subject (or inverted subject) as the parser gives it; an inverted
speaker's apposition ("said Robert Baker, a spokesman for GM") is left out of the mention
(PARC marks the whole source, but the benchmark counts overlap, and the name alone is what
the canonical name links). Organisations and groups ("the company", "analysts") are kept
as written, with no canonical name unless a person is named.

Cue words come from the schema (``cues``), never from this module.
"""

from __future__ import annotations

__all__ = ["QuoteHit", "find_quotes"]

from annotate.suggest.attr_according import according_to
from annotate.suggest.attr_direct import (
    LABELLING,
    and_that_tail,
    attribute_direct,
    embedded_partial,
)
from annotate.suggest.attr_headlines import headlines
from annotate.suggest.attr_indirect import indirect
from annotate.suggest.attr_nested import inner_quotes
from annotate.suggest.attr_tails import tails
from annotate.suggest.attribution import QuoteHit
from annotate.suggest.cues import CueSet
from annotate.suggest.direct import find_pairs
from annotate.suggest.textutil import DocIndex, strip_span


def find_quotes(idx: DocIndex, cues: CueSet) -> list[QuoteHit]:
    """All quotes of the document, in text order; nested only with their own cue."""
    hits: list[QuoteHit] = []
    hits.extend(_direct(idx))
    for rule in (headlines, tails, according_to, indirect):
        for h in rule(idx, cues):
            hits.append(h)
    return _drop_nested(hits)


def _drop_nested(hits: list[QuoteHit]) -> list[QuoteHit]:
    """Keep the outer quote where one contains another (scare quotes in reported speech),
    unless the inner one has an attribution of its own (another cue and speaker): nested
    reports are one QUOTE per level, as PARC marks them."""
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[QuoteHit] = []
    reach = -1
    outer: QuoteHit | None = None  # the hit that reaches furthest so far
    for h in hits:
        if h.end <= reach:
            if outer is not None and _own_attribution(h, outer):
                out.append(h)
            continue
        out.append(h)
        reach, outer = h.end, h
    return out


def _own_attribution(inner: QuoteHit, outer: QuoteHit) -> bool:
    """A report nested in the content of a direct or indirect quote, with its cue inside
    that content (a quote that continues an earlier speaker's is no new level)."""
    if inner.cue is None or inner.speaker is None or inner.cue == outer.cue or \
            inner.rule.endswith(".continued") or \
            not outer.rule.startswith(("quote.direct", "quote.indirect")) or \
            not outer.start <= inner.cue[0] < outer.end:
        return False
    s = outer.speaker
    return s is None or (inner.speaker.start, inner.speaker.end) != (s.start, s.end)


def _direct(idx: DocIndex) -> list[QuoteHit]:
    text = idx.text
    hits: list[QuoteHit] = []
    prev: QuoteHit | None = None
    for pair in find_pairs(text):
        start, end = strip_span(text, pair.start, pair.end)
        if start >= end:
            continue
        found = attribute_direct(idx, pair.open_pos, pair.close_pos, start, end)
        words = len(text[start:end].split())
        if found is None:
            if words < 3:
                continue
            hit = QuoteHit(start, end, "quote.direct", 0.6)
            if prev is not None and prev.speaker is not None and _adjacent(idx, prev, hit):
                hit.speaker, hit.cue = prev.speaker, prev.cue
                hit.rule = "quote.direct.continued"
        else:
            side, verb_i, mention = found
            vt = idx.doc[verb_i]
            if side == "left":
                embedded = embedded_partial(idx, verb_i, pair.open_pos, pair.close_pos)
                if embedded is not None:  # 'X said the plan was "a step forward" ...'
                    idx.used_tokens.add(verb_i)
                    idx.cover(embedded[0], embedded[1])
                    hits.append(QuoteHit(embedded[0], embedded[1], "quote.indirect.partial",
                                         0.7, (vt.idx, vt.idx + len(vt.text)), mention))
                    prev = None
                    continue
            # short quotes only after a labelling verb or a colon ('told reporters: "Yes."')
            # ('calls for a "ceasefire"' names a thing: a scare quote, not a label)
            labels = vt.lemma_ in LABELLING and not (
                verb_i + 1 < len(idx.doc) and idx.doc[verb_i + 1].pos_ == "ADP")
            if words < 3 and side == "left" and not labels and \
                    not _after_colon(text, pair.open_pos):
                continue
            hit = QuoteHit(start, end, "quote.direct", 0.9 if mention else 0.7,
                           (vt.idx, vt.idx + len(vt.text)), mention)
            idx.used_tokens.add(verb_i)
        idx.cover(pair.open_pos, (pair.close_pos or end) + 1)
        hits.append(hit)
        hits.extend(inner_quotes(idx, hit))
        prev = hit
        if found is not None and found[0] == "left":
            extra = and_that_tail(idx, pair.close_pos, hit.cue, hit.speaker)
            if extra is not None:
                hits.append(extra)
    return hits


def _after_colon(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == ":"


def _adjacent(idx: DocIndex, prev: QuoteHit, hit: QuoteHit) -> bool:
    """The quote follows the previous one in the same or the next paragraph."""
    return 0 <= idx.para_of(hit.start) - idx.para_of(prev.end) <= 1
