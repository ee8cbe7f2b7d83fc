"""Indirect speech: 'X said (that) ...', 'X called on Y to ...', 'X urged Y to ...'.

The weakest family (last in precedence): the resolver keeps its candidates only for
speech verbs and text no other family explained. Where the content starts is
:mod:`~annotate.suggest.quotes.content`'s job and where it stops before a coordinated report
:mod:`~annotate.suggest.quotes.coordination`'s; this module adds the rule itself and its
participle cases (', adding that ...').
"""

from __future__ import annotations

from collections.abc import Iterator

from annotate.suggest.candidates import Candidate, single
from annotate.suggest.context import DocContext
from annotate.suggest.quotes.content import content_end, content_start
from annotate.suggest.quotes.coordination import coordinated_speaker, next_report
from annotate.suggest.speakers import Mention, find_speaker
from annotate.suggest.textutil import strip_span


def indirect(ctx: DocContext) -> Iterator[Candidate]:
    """'X said (that) ...', 'X called on Y to ...', 'X urged Y to ...'."""
    doc, text = ctx.doc, ctx.text
    for v in ctx.verb_candidates:
        verb = doc[v]
        found = content_start(ctx, v)
        if found is None:
            continue
        c_tok, found_rule = found
        c_char = doc[c_tok].idx
        s_end = ctx.sentence_end(c_char)
        if verb.dep_ == "relcl":  # 'residents who said a fire made them sick sued'
            r = verb.right_edge
            s_end = min(s_end, r.idx + len(r.text))
        s_end = next_report(ctx, c_tok + 1, s_end, c_tok) or s_end
        start, end = strip_span(text, c_char, content_end(ctx, c_tok, s_end))
        if len(text[start:end].split()) < 3:
            continue
        floor = ctx.token_at(ctx.speaker_floor(verb.idx))
        mention = _participle_speaker(ctx, v, floor)
        if mention is None:
            mention = coordinated_speaker(ctx, v, floor) or find_speaker(
                doc, v, floor, v, inverted_ok=False)
        if mention is None:
            continue
        yield single(found_rule, start, end, cue=ctx.cue_span(v), cue_token=v, speaker=mention)


def _participle_speaker(ctx: DocContext, v: int, floor: int) -> Mention | None:
    """', adding that ...': the speaker of the speech verb of the clause it hangs on."""
    doc = ctx.doc
    if doc[v].tag_ != "VBG" or v == 0 or doc[v - 1].text != ",":
        return None
    h = doc[v].head
    for _ in range(4):
        if h.i in ctx.verb_set and h.i != v and h.i >= floor:
            return find_speaker(doc, h.i, floor, v)
        if h.head is h:
            break
        h = h.head
    return None
