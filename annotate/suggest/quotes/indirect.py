"""Indirect speech: 'X said (that) ...', 'X called on Y to ...', 'X urged Y to ...'.

The weakest family (last in precedence): the resolver keeps its candidates only for
speech verbs and text no other family explained. Where the content starts is
:mod:`~annotate.suggest.quotes.content`'s job and where it stops before a coordinated report
:mod:`~annotate.suggest.quotes.coordination`'s; this module adds the rule itself and its
participle cases (', adding that ...').
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from annotate.suggest.candidates import Candidate, single
from annotate.suggest.context import FINITE, DocContext, is_quote_tok
from annotate.suggest.quotes.content import content_end, content_start, time_clause
from annotate.suggest.quotes.coordination import coordinated_speaker, next_report
from annotate.suggest.rulebook import quote_words
from annotate.suggest.speakers import (
    Mention,
    clause_start_speaker,
    find_speaker,
    governing_speaker,
)
from annotate.suggest.textutil import drop_full_stop, strip_span


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
        if found_rule.extent == "phrase":
            s_end = min(s_end, _infinitive_end(ctx, c_tok, s_end))
        elif found_rule.extent == "object":
            s_end = min(s_end, _object_end(ctx, v, s_end))
        else:
            s_end = min(s_end, _clause_end(ctx, v, c_tok, s_end))
        start, end = strip_span(text, c_char, content_end(ctx, c_tok, s_end))
        end = drop_full_stop(text, start, end)
        if len(text[start:end].split()) < 3:
            continue
        floor = ctx.token_at(ctx.speaker_floor(verb.idx))
        mention = _participle_speaker(ctx, v, floor)
        if mention is None:
            mention = coordinated_speaker(ctx, v, floor) or find_speaker(
                doc, v, floor, v, inverted_ok=False) or governing_speaker(doc, v, floor) \
                or clause_start_speaker(doc, v, floor)
        if mention is None and (verb.tag_ in FINITE or (verb.tag_ == "VBN" and any(
                c.dep_ == "aux" for c in verb.lefts))):  # not 'pledged delegates'
            mention = _first_noun_phrase(ctx, v, floor)
        if mention is None:
            continue
        yield single(found_rule, start, end, cue=ctx.cue_span(v), cue_token=v, speaker=mention)


def _infinitive_end(ctx: DocContext, c_tok: int, end: int) -> int:
    """'asked workers to sign up for a pay cut, 80,000 employees volunteered': a request or
    promise ends with its infinitive's phrase ('called for ending X during Y': its
    object's), the verb's own phrase when the infinitive is an auxiliary ('to be hit');
    with no infinitive, 'called for the overthrow of X, even though ...' ends with the
    object of "for"."""
    doc = ctx.doc
    for k in range(c_tok, min(len(doc) - 1, c_tok + 10)):
        t = doc[k]
        if t.idx >= end:
            break
        if t.lower_ == "to" and t.pos_ == "PART" and doc[k + 1].tag_ == "VB":
            verb = doc[k + 1]
            while verb.dep_ in {"aux", "auxpass"} and verb.head.i > verb.i:
                verb = verb.head
            return _phrase_end(verb)
    before = doc[c_tok - 1] if c_tok > 0 else None
    if before is not None and before.lower_ == "for" and before.dep_ == "prep":
        return _phrase_end(before)
    return end


def _phrase_end(head: Token) -> int:
    """The end of ``head``'s phrase, short of what the parser hung on it that is no part of
    the request: a finite verb coordinated to it ('to attack the oil and proposed a safe
    zone': the writer's next report) or a time clause ('to go home after he was
    pressed')."""
    marks = quote_words().time_marks
    last = head
    for child in head.rights:
        if child.dep_ in {"cc", "punct"}:
            continue
        if (child.dep_ == "conj" and child.tag_ in FINITE) or (
                child.dep_ == "advcl" and time_clause(child, marks)):
            break
        last = child.right_edge
    return last.idx + len(last.text)


def _object_end(ctx: DocContext, v: int, end: int) -> int:
    """'criticized the president for attacking the ruling, while others ...': content
    that is the verb's object ends with the last of the verb's complements (its object
    and the phrases that say more of it), before a clause or a conjunction."""
    doc = ctx.doc
    last = None
    for child in doc[v].rights:
        if child.dep_ in {"dobj", "prep", "xcomp", "oprd", "dative", "advmod", "npadvmod"}:
            last = child.right_edge
        elif child.dep_ in {"cc", "conj", "advcl", "punct"} and last is not None:
            break
    if last is None:
        return end
    return min(end, last.idx + len(last.text))


def _clause_end(ctx: DocContext, v: int, c_tok: int, end: int) -> int:
    """Content the parser hung on the verb as a clause ends with that clause ('said
    they were willing to flip; 62 percent were ...'), when the clause holds its start."""
    doc = ctx.doc
    c = doc[c_tok]
    for child in doc[v].rights:
        if child.dep_ == "ccomp" and child.left_edge.i <= c_tok <= child.right_edge.i:
            if _goes_on(doc, child.right_edge.i + 1) or _fronted_infinitive(doc, child, c_tok):
                return end
            last = child.right_edge
            while last.i > c_tok and last.is_punct:
                last = doc[last.i - 1]
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
            if nxt is not None and not nxt.is_punct and nxt.idx < end:
                # no punctuation at the parsed clause's end ('said he would serve should
                # the chance come'): the parser cut it short, the sentence decides
                return end
            return max(c.idx + 1, last.idx + len(last.text))
    return end


def _fronted_infinitive(doc: Doc, clause: Token, c_tok: int) -> bool:
    """'stressed that for the plan to work, the city must pay': what the parser hung on the
    verb after "that" is an infinitive with no finite verb, a purpose put first; a "that"
    clause goes on to its own verb, so the sentence decides where it ends."""
    return c_tok > 0 and doc[c_tok - 1].lower_ == "that" and clause.tag_ == "VB" and \
        any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children) and \
        clause.right_edge.i + 1 < len(doc) and doc[clause.right_edge.i + 1].text == ","


def _goes_on(doc: Doc, k: int) -> bool:
    """After the clause the parser hung on the verb: a conjunction and a second piece of
    the same report ('said he had the files, but could not share them', 'said A, and that
    B'): a verb without a subject of its own, or "that"."""
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 >= len(doc) or doc[k].pos_ != "CCONJ":
        return False
    k += 1
    while k < len(doc) and doc[k].pos_ in {"ADV", "PART"} and doc[k].lower_ != "that":
        k += 1
    if k >= len(doc):
        return False
    t = doc[k]
    if t.lower_ == "that":
        return True
    head = t.head if t.dep_ in {"aux", "auxpass", "neg"} else t
    return t.pos_ in {"VERB", "AUX"} and head.dep_ == "conj" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in head.children)


def _participle_speaker(ctx: DocContext, v: int, floor: int) -> Mention | None:
    """', adding that ...' (or '- adding', '...," adding'): the speaker of the speech verb
    of the clause it hangs on."""
    doc = ctx.doc
    sep = v - 1
    while sep > 0 and is_quote_tok(doc[sep].text):
        sep -= 1
    if doc[v].tag_ != "VBG" or sep < 1 or doc[sep].text not in quote_words().separators:
        return None
    h = doc[v].head
    for _ in range(4):
        if h.i in ctx.verb_set and h.i != v and h.i >= floor:
            return find_speaker(doc, h.i, floor, v)
        if h.head.i == h.i:
            break
        h = h.head
    return None


_NP_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART"})


def _first_noun_phrase(ctx: DocContext, v: int, floor: int) -> Mention | None:
    """Last resort for a finite speech verb none of the speaker rules found a subject for
    (the parser took a long apposition for a clause of its own: 'Ana Ruiz, a nurse
    running the clinic, said ...', 'About a third of them say ...'): the first noun
    phrase of its clause, when one comes before the verb in its sentence and no quotation
    mark lies between."""
    doc = ctx.doc
    k = floor
    while k < v and doc[k].pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:
        if is_quote_tok(doc[k].text) or doc[k].pos_ in {"VERB", "AUX"}:
            return None
        k += 1
    if k >= v:
        return None
    start = k
    while start > floor and doc[start - 1].pos_ in _NP_WORDS:
        start -= 1
    end = k + 1
    while end < v and (doc[end].pos_ in _NP_WORDS or doc[end].tag_ == "HYPH"):
        end += 1
    if any(is_quote_tok(t.text) for t in doc[end:v]) or (
            end - start == 1 and doc[start].lower_ in {"it", "this", "that", "which", "what"}):
        return None
    return Mention(start, end, "speaker.first_np")
