"""'According to X, ...' and '..., according to X.'

The cue phrase comes from the schema (``cues.according_to``), not from a speech verb, and
the content sits on either side of it, so this family is matched on the phrase itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from annotate.suggest.candidates import Candidate, Part, Reading
from annotate.suggest.context import DocContext
from annotate.suggest.rulebook import quote_words, rule
from annotate.suggest.speakers import Mention
from annotate.suggest.textutil import drop_full_stop, strip_span


def according_to(ctx: DocContext) -> Iterator[Candidate]:
    """'According to X, ...' (content after the comma) and '..., according to X.'"""
    phrase = ctx.cues.according_to
    if phrase is None:
        return
    text = ctx.text
    w = quote_words()
    for m in phrase.finditer(text):
        s_start = ctx.sentence_start(m.start())
        s_end = ctx.sentence_end(m.start())
        before = text[s_start:m.start()].strip(" \"“«„")
        comma = text.find(",", m.end(), s_end)
        # ('But according to reports, ...': a conjunction before the phrase still opens it)
        initial = not before or before.rstrip(",").lower() in w.leading_conjunctions or (
            before.endswith(",") and comma >= 0 and len(before.split()) <= 3)
        front: tuple[int, int] | None = None
        if initial:
            if comma < 0 or len(text[m.end():comma].split()) > w.according_initial_max_words:
                continue
            src = strip_span(text, m.end(), comma)
            start, end = strip_span(text, comma + 1, s_end)
            end = drop_full_stop(text, start, end)
            if before.endswith(",") and \
                    before.rstrip(",").lower() not in w.leading_conjunctions:
                # 'Japanese investors, according to a survey, plan to ...', 'Since last
                # May, according to the group, police have ...': what comes before the
                # phrase is content too (two spans, like "A, he said, B")
                front = strip_span(text, s_start, m.start())
        else:
            stop = comma if comma >= 0 else s_end
            # a final source may be long ('according to data released Wednesday by ...')
            if len(text[m.end():stop].split()) > (
                    w.according_final_max_words if comma < 0 else w.according_max_words):
                continue
            src = strip_span(text, m.end(), stop)
            while src[1] > src[0] and text[src[1] - 1] in ".!?":
                src = (src[0], src[1] - 1)
            start, end = strip_span(text, s_start, m.start())
        if src[0] >= src[1] or len(text[start:end].split()) < 3:
            continue
        a, b = ctx.token_at(src[0]), ctx.token_at(src[1] - 1) + 1
        mention = Mention(a, b, "speaker.according_to")
        main = rule("quote.according_to")
        parts = [Part(start, end, main)]
        if front is not None and front[0] < front[1]:
            parts.insert(0, Part(front[0], front[1], rule("quote.according_to.front")))
        claim = (min(start, m.start()), max(end, src[1]))
        if front is not None:
            claim = (min(claim[0], front[0]), claim[1])
        yield Candidate(main, (Reading(tuple(parts), claim),), mention, (m.start(), m.end()),
                        anchor=(m.start(), m.end()))
