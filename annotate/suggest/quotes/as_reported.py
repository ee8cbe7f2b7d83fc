"""'As X reported, ...' and 'As reported by X, ...': a source named in an "as" clause.

The clause is set off by a comma and attributes what follows it to the end of the
sentence ('As the paper reported on Saturday, the fund has lost money'), like a
sentence-initial 'according to X,'. The ``as_reported`` Matcher pattern finds the clause
(its verb from a short list, its tail limited to time and place words, so 'just as she said
she would, ...' is not one); the speaker is the clause's subject, or the 'by' phrase.

'The agency is reportedly weighing a fine' marks its predicate as reported in the same
way, with no source named (:func:`reportedly`; the family runs both).
"""

from __future__ import annotations

from collections.abc import Iterator

from annotate.suggest.candidates import Candidate, Part, Reading
from annotate.suggest.context import DocContext
from annotate.suggest.rulebook import rule
from annotate.suggest.speakers import Mention
from annotate.suggest.textutil import drop_full_stop, strip_span

#: what may stand between "as" and the source, or after the source in the clause
_SKIP = frozenset({"first", "previously", "also", "recently", "has", "have", "had", "by"})


def as_reported(ctx: DocContext) -> Iterator[Candidate]:
    """Candidates for the content after 'As X reported,' / 'As reported by X,'."""
    doc, text = ctx.doc, ctx.text
    yield from reportedly(ctx)
    seen: set[int] = set()
    for start, end in ctx.matches("as_reported"):
        if start in seen:
            continue
        end = ctx.match_at("as_reported", start) or end
        seen.add(start)
        comma = end - 1
        if comma + 1 >= len(doc) or doc[comma + 1].pos_ in {"CCONJ", "SCONJ"}:
            continue
        mention = _source(ctx, start, comma)
        if mention is None:
            continue
        c_start, c_end = strip_span(text, doc[comma + 1].idx,
                                    ctx.sentence_end(doc[comma + 1].idx))
        c_end = drop_full_stop(text, c_start, c_end)
        first, last = ctx.token_at(c_start), ctx.token_at(max(c_start, c_end - 1))
        if len(text[c_start:c_end].split()) < 3 or not any(
                t.pos_ in {"VERB", "AUX"} for t in doc[first:last + 1]):
            continue
        main = rule("quote.as_reported")
        anchor = (doc[start].idx, doc[comma].idx)
        yield Candidate(main, (Reading((Part(c_start, c_end, main),),
                                       (anchor[0], c_end)),),
                        mention, anchor, anchor=anchor)


def _source(ctx: DocContext, start: int, comma: int) -> Mention | None:
    """The source: the words after 'by' ('As reported by X,'), else the clause's subject
    ('As The Times reported,')."""
    doc = ctx.doc
    by = next((k for k in range(start + 1, comma) if doc[k].lower_ == "by"), None)
    verb = next((k for k in range(start + 1, comma) if doc[k].pos_ == "VERB"), None)
    if verb is None:
        return None
    if by is not None and by == verb + 1:
        a, b = by + 1, comma
    else:
        a, b = start + 1, verb
        while a < b and doc[a].lower_ in _SKIP:
            a += 1
        while b > a and (doc[b - 1].lower_ in _SKIP or doc[b - 1].pos_ == "ADV"):
            b -= 1
    if a >= b:
        return None
    return Mention(a, b, "speaker.according_to")


def reportedly(ctx: DocContext) -> Iterator[Candidate]:
    """'The agency is reportedly weighing a fine', 'have reportedly sold their stakes and
    left': the predicate after "reportedly" (the ``reportedly`` pattern), to the end of
    the clause of the verb it modifies, is reported; PolNeAR marks it as a quote, most
    often with no source, and none is suggested. Not before a speech verb ('reportedly
    told aides that ...'), whose own report the indirect rule finds."""
    doc, text = ctx.doc, ctx.text
    main = rule("quote.reportedly")
    for k, _ in ctx.matches("reportedly"):
        head = doc[k].head
        if k + 1 >= len(doc) or head.i <= k or head.pos_ not in {"VERB", "AUX"} or \
                head.i in ctx.verb_set:
            continue
        last = head.right_edge
        end = min(ctx.sentence_end(doc[k].idx), last.idx + len(last.text))
        # (without a clause on the circumstances after it: ', leaving guests angry',
        # 'as the season ends')
        after = next((c for c in head.rights if c.dep_ == "advcl"), None)
        if after is not None and after.left_edge.i > k + 2 and \
                doc[after.left_edge.i - 1].text == ",":
            end = min(end, doc[after.left_edge.i].idx)
        c_start, c_end = strip_span(text, doc[k + 1].idx, end)
        c_end = drop_full_stop(text, c_start, c_end)
        if len(text[c_start:c_end].split()) < 3:
            continue
        cue = ctx.cue_span(k)
        yield Candidate(main, (Reading((Part(c_start, c_end, main),), (cue[0], c_end)),),
                        None, cue, cue_token=k)
