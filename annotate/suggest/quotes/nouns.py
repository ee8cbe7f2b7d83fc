"""Noun cues: 'his claim that ...', 'the announcement that ...', 'her assertion that ...'.

A report named by a noun rather than a verb still has content: the "that" clause the noun
governs, to the end of that clause. The ``noun_cue`` Matcher pattern finds the noun and its
complementizer; the parse must make "that" a complementizer, not a relative pronoun ("the
claim that he made" has no content). The speaker is the noun's possessor ("his",
"Clinton's"), else the subject of the verb the noun is the object of ("De Blasio repeated
the claim that ..." -> De Blasio), else none is suggested.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from annotate.suggest.candidates import Candidate, single
from annotate.suggest.context import DocContext
from annotate.suggest.quotes.content import content_end
from annotate.suggest.quotes.coordination import next_report
from annotate.suggest.rulebook import rule
from annotate.suggest.speakers import Mention
from annotate.suggest.textutil import drop_full_stop, strip_span


def noun_cues(ctx: DocContext) -> Iterator[Candidate]:
    """Candidates for the "that" clauses of noun cues."""
    doc, text = ctx.doc, ctx.text
    seen: set[int] = set()
    for start, end in ctx.matches("noun_cue"):
        if start in seen or end >= len(doc):
            continue
        seen.add(start)
        noun, first = doc[start], end  # content starts after "that"
        s_end = ctx.sentence_end(doc[first].idx)
        clause = doc[end - 1].head  # the verb "that" introduces: the content is its clause
        if clause.i >= first:
            last = clause.right_edge
            s_end = min(s_end, last.idx + len(last.text))
        s_end = next_report(ctx, first + 1, s_end, first) or s_end
        c_start, c_end = strip_span(text, doc[first].idx, content_end(ctx, first, s_end))
        c_end = drop_full_stop(text, c_start, c_end)
        if len(text[c_start:c_end].split()) < 3:
            continue
        yield single(rule("quote.noun"), c_start, c_end, cue=ctx.cue_span(start),
                     cue_token=start, speaker=_owner(noun))


def _owner(noun: Token) -> Mention | None:
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        last = poss.i + 1 if poss.tag_ in {"PRP$", "WP$"} else poss.right_edge.i
        start = poss.left_edge.i
        while last > start + 1 and noun.doc[last - 1].tag_ == "POS":
            last -= 1
        return Mention(start, max(last, start + 1), "speaker.possessor")
    head = noun.head
    if noun.dep_ in {"dobj", "pobj"} and head.pos_ in {"VERB", "AUX"}:
        subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if (subj is not None and subj.pos_ != "PRON") or (subj is not None and
                                                        subj.lower_ in {"he", "she"}):
            assert subj is not None
            return Mention(subj.left_edge.i, subj.right_edge.i + 1, "speaker.subject")
    return None
