"""Coordinated reports: where one piece of content stops and who a bare verb's speaker is.

"X confirmed that A but said B", "A, and he cautioned that B", "A, while the president,
Y, said B": a second speech verb after a conjunction starts a report of its own, so the
content before it ends there (:func:`next_report`), and a coordinated verb with no subject
of its own shares the subject of the verb before it (:func:`coordinated_speaker`). Both
the direct-quote and the indirect rules need this, hence a module of its own.
"""

from __future__ import annotations

from bisect import bisect_left

from annotate.suggest.context import DocContext, is_quote_tok
from annotate.suggest.quotes.content import content_start
from annotate.suggest.rulebook import quote_words
from annotate.suggest.speakers import Mention, find_speaker


def next_report(ctx: DocContext, k: int, end: int, floor: int) -> int | None:
    """Char where content running from token ``k`` stops before a coordinated report of
    its own ('... A, and he cautioned that B', '... A but said B', '... A, while the
    president, X, said B'): before that verb's subject and the conjunction; None when no
    such report comes before ``end``."""
    doc = ctx.doc
    coordinators = quote_words().coordinators
    while k < len(doc) and doc[k].idx < end:
        if k in ctx.verb_set and doc[k].tag_ != "VBG":
            b = k
            subj = next((c for c in doc[k].children if c.dep_ in {"nsubj", "nsubjpass"}),
                        None)
            if subj is not None and floor < subj.left_edge.i < k:
                b = subj.left_edge.i
            coord = False
            while b > floor + 1 and (doc[b - 1].pos_ in {"CCONJ", "SCONJ", "ADV"} or (
                    doc[b - 1].is_punct and not is_quote_tok(doc[b - 1].text))):
                coord = coord or doc[b - 1].lower_ in coordinators
                b -= 1
            if coord and content_start(ctx, k) is not None:
                return doc[b].idx
        k += 1
    return None


def coordinated_speaker(ctx: DocContext, v: int, floor: int) -> Mention | None:
    """A coordinated speech verb without a subject of its own ('X confirmed that A but
    said B', 'X told ... that A, while Y said B and added C') shares the subject of the
    nearest speech verb before it in its sentence, whatever verb the parser hung it on."""
    doc = ctx.doc
    verb = doc[v]
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    cands = ctx.verb_candidates
    i = bisect_left(cands, v) - 1
    if i < 0 or cands[i] < floor:
        return None
    p = cands[i]
    if not any(t.lower_ in quote_words().coordinators for t in doc[p + 1:v]):
        return None
    return find_speaker(doc, p, floor, p, inverted_ok=False)
