"""Nested attributions, as PARC annotates them: each level is its own QUOTE.

Two cases:

- an inner single-quoted quote inside a direct quote, with its own speech verb inside the
  outer quote ('"When I asked, they told me \\'we are not going to fight you,\\'" he
  said.'): :func:`inner_quotes` yields the inner one, attributed like any direct quote
  but only from words inside the outer quote;
- indirect content that itself reports speech ('She said an official had told her that
  the plan "won't work."'): the inner report is claimed first (by the direct rule), and
  :func:`nested_content_ok` lets the indirect rule still take the outer content, because
  everything it would re-read lies after a speech verb another rule already used.

Both are local scans over the characters of one hit, so the cost stays linear.
"""

from __future__ import annotations

from annotate.suggest.attr_direct import attribute_direct
from annotate.suggest.attribution import QUOTE_CHARS, QuoteHit, cue_span
from annotate.suggest.textutil import DocIndex, strip_span

_SINGLE_OPEN = frozenset("'‘")
_SINGLE_CLOSE = frozenset("'’")
#: what may stand before an opening single mark
_BEFORE_OPEN = frozenset(" \t\n([{—–-:,;")


def inner_quotes(idx: DocIndex, hit: QuoteHit) -> list[QuoteHit]:
    """Single-quoted quotes inside the direct quote ``hit`` attributed to a speech verb of
    their own inside it (another speaker than the outer quote's)."""
    text = idx.text
    if hit.speaker is None or not any(c in text[hit.start:hit.end] for c in _SINGLE_OPEN):
        return []
    # the outer content may have lost a closing single mark to stripping: look up to the
    # outer closing mark
    limit = hit.end
    while limit < len(text) and limit - hit.end < 3 and text[limit] not in QUOTE_CHARS:
        limit += 1
    out: list[QuoteHit] = []
    open_pos: int | None = None
    for pos in range(hit.start, limit):
        ch = text[pos]
        prev = text[pos - 1] if pos > 0 else " "
        nxt = text[pos + 1] if pos + 1 < len(text) else " "
        if open_pos is None:
            if ch in _SINGLE_OPEN and (pos == hit.start or prev in _BEFORE_OPEN) and \
                    not nxt.isspace():
                open_pos = pos
            continue
        if ch in _SINGLE_CLOSE and not prev.isspace() and not nxt.isalnum():
            found = _attribute(idx, hit, open_pos, pos)
            if found is not None:
                out.append(found)
            open_pos = None
    return out


def _attribute(idx: DocIndex, outer: QuoteHit, open_pos: int, close_pos: int
               ) -> QuoteHit | None:
    text = idx.text
    start, end = strip_span(text, open_pos + 1, close_pos)
    if len(text[start:end].split()) < 3:
        return None
    found = attribute_direct(idx, open_pos, close_pos, start, end)
    if found is None:
        return None
    _, verb_i, mention = found
    verb = idx.doc[verb_i]
    # the verb and its speaker must both lie inside the outer quote
    if mention is None or not outer.start <= verb.idx < outer.end:
        return None
    if idx.doc[mention.start].idx < outer.start or outer.cue == cue_span(idx, verb_i):
        return None
    idx.used_tokens.add(verb_i)
    return QuoteHit(start, end, "quote.direct.nested", 0.7, cue_span(idx, verb_i), mention)


def nested_content_ok(idx: DocIndex, c_tok: int, start: int, end: int) -> bool:
    """The indirect content [start, end) (first token ``c_tok``) is only partly claimed,
    and only after a speech verb an earlier rule used inside it: a nested report."""
    text = idx.text
    if idx.is_covered(start, start + 1):
        return False
    doc = idx.doc
    k = c_tok
    while k < len(doc) and doc[k].idx < end:
        t = doc[k]
        if idx.is_covered(t.idx, t.idx + len(t.text)) and t.text not in QUOTE_CHARS:
            return False  # claimed before any used speech verb
        if k in idx.used_tokens:
            return text[t.idx:end].strip() != ""
        k += 1
    return False
