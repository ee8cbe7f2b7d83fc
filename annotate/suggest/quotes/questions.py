"""Reported questions: 'asked whether ...', 'was asked why ...', 'Asked if ..., she said'.

A question reports what was asked: the wh-clause ('asked the students if they were always
so serious'). (Its topic alone, 'was asked about the protests', is not suggested: on
PolNeAR train only half of those are quotes.) The asker is the subject of an
active 'asked'; a passive or a bare participle ('Asked why ..., he said') names no asker
(or names it with 'by'), and the quote then has no speaker: PolNeAR marks none either.
The trigger is the ``ask_wh`` Matcher pattern; the parse decides where
the content ends (it ends before another clause after a comma: 'Asked why ..., he
said').
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from annotate.suggest.candidates import Candidate, single
from annotate.suggest.context import DocContext
from annotate.suggest.quotes.coordination import next_report
from annotate.suggest.rulebook import quote_words, rule
from annotate.suggest.speakers import Mention, find_speaker
from annotate.suggest.textutil import drop_full_stop, strip_span


def questions(ctx: DocContext) -> Iterator[Candidate]:
    """Candidates for the reported questions of the document."""
    found: dict[int, int] = {}
    for start, end in ctx.matches("ask_wh"):
        found.setdefault(start, end - 1)
    for v, first in sorted(found.items()):
        cand = _question(ctx, v, first)
        if cand is not None:
            yield cand


def _question(ctx: DocContext, v: int, first: int) -> Candidate | None:
    doc, text = ctx.doc, ctx.text
    verb = doc[v]
    if first >= len(doc) or any(c.dep_ == "neg" for c in verb.children):
        return None
    start_char = doc[first].idx
    end_char = ctx.sentence_end(start_char)
    # 'Asked why ..., Earnest responded', 'when voters were asked who ..., Trump led',
    # 'asked whether he backed it, but the campaign refused to answer': the question ends
    # with its clause, where a clause with a subject of its own begins after a comma
    comma = _clause_comma(ctx, first, end_char)
    if comma is not None:
        end_char = comma
    end_char = next_report(ctx, first + 1, end_char, first) or end_char
    start, end = strip_span(text, start_char, end_char)
    end = drop_full_stop(text, start, end)
    if len(text[start:end].split()) < 2:
        return None
    return single(rule("quote.question"), start, end, cue=ctx.cue_span(v), cue_token=v,
                  speaker=_asker(ctx, verb))


# after a comma, what goes on with the question itself ('whether A, or whether B')
_SECOND_QUESTION = frozenset({"or"})


def _clause_comma(ctx: DocContext, first: int, end_char: int) -> int | None:
    """The comma after which another clause begins (a subject, then its verb), not one
    that opens a relative clause inside the question ('whether the bill, which ..., would
    pass') or a second question ('whether A, or whether B'). (On PolNeAR train, ending
    every question there, not only a fronted or subordinate 'asked', matched 9 more quotes
    at 0.8 and made 5 fewer wrong.)"""
    doc = ctx.doc
    skip = quote_words().relative | _SECOND_QUESTION
    k = first
    while k < len(doc) and doc[k].idx < end_char:
        if doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ not in skip:
            for j in range(k + 1, min(len(doc), k + 10)):
                t = doc[j]
                if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i > j and t.head.idx < end_char:
                    return doc[k].idx
                if t.pos_ in {"VERB", "AUX"} or t.is_punct:
                    break
        k += 1
    return None


def _fronted(verb: Token) -> bool:
    """A bare participle opening its clause ('Asked whether ..., she said', 'When asked
    by a host if ...'): no subject or auxiliary of its own before it. (A sentence's first
    word the tagger read as a past tense, 'Asked what ..., X said', is one too.)"""
    opens = verb.is_sent_start or verb.i == 0 or verb.doc[verb.i - 1].is_space
    return (verb.tag_ == "VBN" or (opens and verb.dep_ == "advcl")) and not any(
        c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} and c.i < verb.i
        for c in verb.children)


def _asker(ctx: DocContext, verb: Token) -> Mention | None:
    """The subject of an active 'asked'; the agent of a passive one ('was asked by a
    reporter'); nobody for 'was asked' alone."""
    doc = ctx.doc
    passive = verb.tag_ == "VBN" and (any(c.dep_ in {"auxpass", "nsubjpass"}
                                          for c in verb.children) or _fronted(verb))
    if passive:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if pobj is None:
            return None
        return Mention(pobj.left_edge.i, pobj.i + 1, "speaker.agent")
    floor = ctx.token_at(ctx.speaker_floor(verb.idx))
    return find_speaker(doc, verb.i, floor, verb.i, inverted_ok=False)
