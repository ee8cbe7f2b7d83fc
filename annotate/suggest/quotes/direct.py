"""The direct family: quotes in quotation marks and what their speech verb reports.

Each pair of marks (:mod:`~annotate.suggest.quotes.marks`) is attributed from the right
('...," he said') or the left (he said: "...", said that "...") by
:func:`~annotate.suggest.quotes.attribution.attribute_direct`; a complete quote never takes
the verb of a next sentence that reports its own content. A quote with no verb of its own
continues the previous one's speaker when it follows it ("A," she said, "B."). A partial
quote inside indirect content ('said the plan was "a step forward"') yields that content;
one- and two-word quotes only after a labelling verb ('called the plan "unworkable"') or a
colon. A single-quoted quote with its own verb inside a direct quote is a level of its own
(:mod:`~annotate.suggest.quotes.nested`), and '..." and that B' is a second report.

The family decides its quotes in text order (a verb attributes one of them), so it keeps
a :class:`~annotate.suggest.quotes.attribution.Seen` of its own; it never sees what other
families propose.
"""

from __future__ import annotations

from collections.abc import Iterator

from annotate.suggest.candidates import Candidate, Part, Reading, single
from annotate.suggest.context import DocContext
from annotate.suggest.quotes.attribution import (
    Seen,
    and_that_tail,
    attribute_direct,
    embedded_partial,
)
from annotate.suggest.quotes.marks import find_pairs
from annotate.suggest.quotes.nested import inner_quotes
from annotate.suggest.rulebook import quote_words, rule
from annotate.suggest.speakers import Mention
from annotate.suggest.textutil import strip_span


def direct(ctx: DocContext) -> Iterator[Candidate]:
    """Candidates for every direct quote of the document, in text order."""
    text = ctx.text
    seen = Seen(len(text))
    labelling = quote_words().labelling
    prev: tuple[int, int, tuple[int, int] | None, Mention | None] | None = None
    for pair in find_pairs(text):
        start, end = strip_span(text, pair.start, pair.end)
        if start >= end:
            continue
        found = attribute_direct(ctx, seen, pair.open_pos, pair.close_pos, start, end)
        words = len(text[start:end].split())
        claim = (pair.open_pos, (pair.close_pos or end) + 1)
        cue: tuple[int, int] | None = None
        mention: Mention | None = None
        if found is None:
            if words < 3:
                continue
            if prev is not None and prev[3] is not None and _adjacent(ctx, prev[1], start):
                cue, mention = prev[2], prev[3]
                yield single(rule("quote.direct.continued"), start, end, claim, cue=cue,
                             speaker=mention)
            else:
                yield single(rule("quote.direct.unattributed"), start, end, claim)
        else:
            side, verb_i, mention = found
            vt = ctx.doc[verb_i]
            cue = ctx.cue_span(verb_i)
            if side == "left":
                embedded = embedded_partial(ctx, seen, verb_i, pair.open_pos, pair.close_pos)
                if embedded is not None:  # 'X said the plan was "a step forward" ...'
                    seen.used.add(verb_i)
                    seen.cover(*embedded)
                    yield single(rule("quote.indirect.partial"), *embedded, cue=cue,
                                 cue_token=verb_i, speaker=mention)
                    prev = None
                    continue
            # short quotes only after a labelling verb or a colon ('told reporters: "Yes."')
            # ('calls for a "ceasefire"' names a thing: a scare quote, not a label)
            labels = vt.lemma_ in labelling and not (
                verb_i + 1 < len(ctx.doc) and ctx.doc[verb_i + 1].pos_ == "ADP")
            if words < 3 and side == "left" and not labels and \
                    not _after_colon(text, pair.open_pos):
                continue
            seen.used.add(verb_i)
            yield single(rule("quote.direct"), start, end, claim, cue=cue, cue_token=verb_i,
                         speaker=mention)
        seen.cover(*claim)
        if mention is not None:
            for i_start, i_end, i_verb, i_mention in inner_quotes(ctx, seen, (start, end), cue):
                yield single(rule("quote.direct.nested"), i_start, i_end, cue=ctx.cue_span(i_verb),
                             cue_token=i_verb, speaker=i_mention)
        prev = (start, end, cue, mention)
        if found is not None and found[0] == "left":
            extra = and_that_tail(ctx, seen, pair.close_pos)
            if extra is not None:
                seen.cover(*extra)
                part = Part(extra[0], extra[1], rule("quote.indirect.and_that"))
                yield Candidate(part.rule, (Reading((part,), extra),), mention, cue)


def _after_colon(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == ":"


def _adjacent(ctx: DocContext, prev_end: int, start: int) -> bool:
    """The quote follows the previous one in the same or the next paragraph."""
    return 0 <= ctx.para_of(start) - ctx.para_of(prev_end) <= 1
