"""Nested attributions, as PARC annotates them: each level is its own QUOTE.

Here: an inner single-quoted quote inside a direct quote, with its own speech verb inside
the outer quote ('"When I asked, they told me \\'we are not going to fight you,\\'" he
said.'): :func:`inner_quotes` yields the inner one, attributed like any direct quote but
only from words inside the outer quote. (Indirect content that itself reports speech is
the resolver's business: an ``outer`` rule may hold a report after a cue of its own.)

A local scan over the characters of one quote, so the cost stays linear.
"""

from __future__ import annotations

from annotate.suggest.context import QUOTE_CHARS, DocContext
from annotate.suggest.quotes.attribution import Seen, attribute_direct
from annotate.suggest.speakers import Mention
from annotate.suggest.textutil import strip_span

_SINGLE_OPEN = frozenset("'‘")
_SINGLE_CLOSE = frozenset("'’")
#: what may stand before an opening single mark
_BEFORE_OPEN = frozenset(" \t\n([{—–-:,;")


def inner_quotes(ctx: DocContext, seen: Seen, outer: tuple[int, int],
                 outer_cue: tuple[int, int] | None) -> list[tuple[int, int, int, Mention]]:
    """Single-quoted quotes inside the direct quote ``outer`` (content chars) attributed
    to a speech verb of their own inside it: (start, end, verb token, mention) each."""
    text = ctx.text
    o_start, o_end = outer
    if not any(c in text[o_start:o_end] for c in _SINGLE_OPEN):
        return []
    # the outer content may have lost a closing single mark to stripping: look up to the
    # outer closing mark
    limit = o_end
    while limit < len(text) and limit - o_end < 3 and text[limit] not in QUOTE_CHARS:
        limit += 1
    out: list[tuple[int, int, int, Mention]] = []
    open_pos: int | None = None
    for pos in range(o_start, limit):
        ch = text[pos]
        prev = text[pos - 1] if pos > 0 else " "
        nxt = text[pos + 1] if pos + 1 < len(text) else " "
        if open_pos is None:
            if ch in _SINGLE_OPEN and (pos == o_start or prev in _BEFORE_OPEN) and \
                    not nxt.isspace():
                open_pos = pos
            continue
        if ch in _SINGLE_CLOSE and not prev.isspace() and not nxt.isalnum():
            found = _attribute(ctx, seen, outer, outer_cue, open_pos, pos)
            if found is not None:
                out.append(found)
            open_pos = None
    return out


def _attribute(ctx: DocContext, seen: Seen, outer: tuple[int, int],
               outer_cue: tuple[int, int] | None, open_pos: int, close_pos: int
               ) -> tuple[int, int, int, Mention] | None:
    text = ctx.text
    start, end = strip_span(text, open_pos + 1, close_pos)
    if len(text[start:end].split()) < 3:
        return None
    found = attribute_direct(ctx, seen, open_pos, close_pos, start, end)
    if found is None:
        return None
    _, verb_i, mention = found
    verb = ctx.doc[verb_i]
    # the verb and its speaker must both lie inside the outer quote
    if mention is None or not outer[0] <= verb.idx < outer[1]:
        return None
    if ctx.doc[mention.start].idx < outer[0] or outer_cue == ctx.cue_span(verb_i):
        return None
    seen.used.add(verb_i)
    return start, end, verb_i, mention
