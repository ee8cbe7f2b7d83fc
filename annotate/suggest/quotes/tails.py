"""Fronted content with a final attribution: "..., Stoltenberg explains.".

Also "... - Stoltenberg stressed." (the whole paragraph when it ends the paragraph, unless
an earlier sentence there has an attribution of its own and no first-person words; a comma
attribution reports its own sentence only, as PolNeAR's annotators mark it) and an
attribution in the middle ("The dollar, traders said, is likely to ...", "A, she said, and
B."), which gives two spans linked to the same speaker. The content comes before its verb
here, so this family walks left from the separator, unlike the others. Words in quotation
marks that no verb of their own attributes may lie inside it ('"We are not giving up" on
the bridge, the mayor said.'): the whole sentence is the report, as PolNeAR marks it (the
rule ``absorbs_orphans``, so the resolver drops them as quotes of their own).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from annotate.suggest.candidates import Candidate, Part, Reading
from annotate.suggest.context import (
    FINITE,
    NP_START,
    QUOTE_CHARS,
    SENT_PUNCT,
    DocContext,
    is_quote_tok,
)
from annotate.suggest.rulebook import quote_words, rule, speaker_words
from annotate.suggest.speakers import Mention, find_speaker
from annotate.suggest.textutil import drop_full_stop, skip_dateline, strip_span


def tails(ctx: DocContext) -> Iterator[Candidate]:
    """'..., Stoltenberg explains.' / '... - Stoltenberg stressed.' / '..., - said X.'"""
    doc, text = ctx.doc, ctx.text
    dashes = quote_words().dashes
    for v in ctx.verb_candidates:
        found = _tail_at(ctx, v)
        if found is None:
            continue
        sep_i, mention, cont, fronted = found
        sep_char = doc[sep_i].idx
        if sep_i > 0 and doc[sep_i - 1].text == "," and doc[sep_i].text in dashes:
            sep_char = doc[sep_i - 1].idx
        pstart, pend = ctx.para_bounds(sep_char)
        s_start = ctx.sentence_start(sep_char)
        # a dash attribution ending its paragraph speaks the whole paragraph; a comma one
        # its own sentence (PolNeAR's annotators end the content there)
        ends_para = cont is None and doc[sep_i].text in dashes and \
            ctx.sentence_end(doc[v].idx) >= pend
        start = skip_dateline(text, pstart, sep_char) if ends_para else s_start
        if doc[sep_i].text not in dashes and _has_attribution(ctx, start, s_start) and \
                not _first_person(ctx, start, sep_char):
            start = s_start
        dash = doc[sep_i].text in dashes
        front_rule = rule("quote.dash" if dash else "quote.tail")
        s_end = ctx.sentence_end(doc[v].idx)
        continued: Part | None = None
        if cont is not None:  # 'A, he said, and B.': B is the rest of the same content
            c_start, c_end = strip_span(text, doc[cont].idx, s_end)
            c_end = drop_full_stop(text, c_start, c_end)
            if c_start < c_end:
                continued = Part(c_start, c_end, rule("quote.tail.continued"))
        readings = []
        # the whole paragraph, or only the sentence when another attribution explains
        # the paragraph's start
        for first in dict.fromkeys((start, s_start)):
            q_start, q_end = strip_span(text, first, sep_char)
            if len(text[q_start:q_end].split()) < (1 if cont is not None else 3):
                continue
            parts = [Part(q_start, q_end, front_rule)] if fronted else []
            if continued is not None:
                parts.append(continued)
            if parts:
                readings.append(Reading(tuple(parts), (first, s_end)))
        if readings:
            yield Candidate(front_rule, tuple(readings), mention, ctx.cue_span(v), v)


def _first_person(ctx: DocContext, start: int, end: int) -> bool:
    """First-person words mark unmarked direct speech ('We in NATO have agreed ...')."""
    a, b = ctx.token_at(start), ctx.token_at(end)
    first_person = quote_words().first_person
    return any(t.lower_ in first_person for t in ctx.doc[a:b])


def _has_attribution(ctx: DocContext, start: int, end: int) -> bool:
    """True when chars [start, end) hold a speech verb or a quotation mark: content fronted
    before a comma attribution ('X said A. B, the company said.') then starts at its own
    sentence; dash attributions ('A. B - Stoltenberg stressed.') keep the paragraph."""
    if start >= end:
        return False
    cands = ctx.verb_candidates
    i = bisect_left(cands, ctx.token_at(end)) - 1
    if i >= 0 and ctx.doc[cands[i]].idx >= start:
        return True
    return any(ctx.text.find(c, start, end) >= 0 for c in QUOTE_CHARS)


def _tail_at(ctx: DocContext, v: int) -> tuple[int, Mention, int | None, bool] | None:
    """If verb ``v`` closes a sentence as 'SEP NP VERB ...' or 'SEP VERB NP', return the
    separator token, the mention and, for an attribution in the middle of the content
    ('The dollar, traders said, is likely to ...'), the token where the content resumes,
    and whether the fronted part is content (not for 'Amid the turmoil, he said, ...')."""
    doc = ctx.doc
    verb = doc[v]
    separators = quote_words().separators
    if verb.tag_ not in FINITE and not _bare_participle(verb):
        return None
    inverted = v > 0 and doc[v - 1].text in separators
    j = _attribution_end(doc, v)
    sep = -1
    # ', said one dealer,' is inverted; ', an analyst at Gartner, said in a note' is not
    np_after = v + 1 < len(doc) and doc[v + 1].pos_ in NP_START
    mention = None if inverted and np_after else find_speaker(
        doc, v, max(0, v - speaker_words().tail_subject_window), v, inverted_ok=False)
    if mention is not None and mention.end <= v:
        sep = mention.start - 1
        clause_end = v + 1
    elif inverted:  # "- emphasized Stoltenberg." (the subject on the left is content)
        mention = find_speaker(doc, v, v + 1, j, subject_ok=False)
        if mention is None or mention.start <= v:
            return None
        sep, mention = v - 1, Mention(mention.start, mention.end, "speaker.inverted")
        clause_end = mention.end
    if mention is None or sep < 1 or doc[sep].text not in separators or \
            "\n" in doc[sep - 1].text:
        return None
    cont = _continuation(doc, clause_end, j)
    stop = cont - 1 if cont is not None else j
    # the verb must not introduce its own content ("said that ...", "said Ukraine will",
    # "announced this", "called on Y to ..."); a listener is fine ("told Reuters")
    for child in verb.rights:
        if child.left_edge.i >= stop:
            continue
        if child.dep_ in {"ccomp", "xcomp"} or child.lower_ == "that" or \
                is_quote_tok(child.text):
            return None
        if child.dep_ == "dobj" and not inverted and verb.lemma_ != "tell" and \
                not _after_comma(doc, v, child.left_edge.i):
            return None
    for k in range(v + 1, stop):
        if doc[k].lower_ == "that" or is_quote_tok(doc[k].text) or doc[k].text == ":":
            return None
    # the fronted part must be a clause, not an introductory phrase ("On November 30,"),
    # unless the content resumes with its predicate after the attribution
    k = sep - 1
    while k >= 0 and "\n" not in doc[k].text and doc[k].text not in SENT_PUNCT:
        if doc[k].pos_ in {"VERB", "AUX"}:
            aside = _circumstance(doc, k, v)
            if aside is None:
                return sep, mention, cont, True
            k = aside - 1  # 'Before dropping out, X responded': no content there
            continue
        k -= 1
    if cont is None:
        return None
    if doc[cont].pos_ in {"VERB", "AUX"} and doc[sep - 1].pos_ in {"NOUN", "PROPN", "PRON"}:
        return sep, mention, cont, True  # the fronted part is the subject of the content
    if any(t.dep_ in {"nsubj", "nsubjpass", "expl"} for t in doc[cont:j]):
        return sep, mention, cont, True  # 'After all, she argued, Obama got ...': both parts
    return None


def _circumstance(doc: Doc, k: int, v: int) -> int | None:
    """The first token of the adverbial clause or phrase of the verb ``v`` that holds the
    verb ``k`` ('Before dropping out, ...', 'Even as shares were tumbling, ...'), or None
    when ``k`` is not in one."""
    t = doc[k]
    for _ in range(8):
        if t.head.i == v:
            first = doc[t.left_edge.i]
            if t.dep_ in {"advcl", "prep", "npadvmod"} and first.pos_ in {"SCONJ", "ADP", "ADV"}:
                return t.left_edge.i
            return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _attribution_end(doc: Doc, v: int) -> int:
    """Where the clause of a final attribution ends: at the sentence end, or before what
    it adds on its own ('..., Mr. Manafort said, adding that ...', '..., Brafman noted;
    the government ...', '..., the office reported on Tuesday -- a ...')."""
    j = v + 1
    while j < len(doc) and doc[j].text not in SENT_PUNCT and "\n" not in doc[j].text:
        if doc[j].text in {";", "--", "—"} or (
                doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].tag_ == "VBG"):
            return j
        j += 1
    return j


def _bare_participle(verb: Token) -> bool:
    """A past form the tagger read as a participle but that heads its clause with a
    subject and no auxiliary ('..., the agency reported yesterday, quoting ...')."""
    if verb.tag_ != "VBN" or verb.dep_ not in {"ROOT", "conj"}:
        return False
    kids = [c.dep_ for c in verb.children]
    return "nsubj" in kids and not any(d in {"aux", "auxpass", "nsubjpass"} for d in kids)


def _after_comma(doc: Doc, v: int, k: int) -> bool:
    """A comma stands between verb ``v`` and token ``k``: what follows is an afterthought
    on the sentence ('..., the department reported, the third decline in a row'), not
    the verb's object."""
    return any(t.text == "," for t in doc[v + 1:k])


def _continuation(doc: Doc, k: int, j: int) -> int | None:
    """After an attribution clause ending before token ``k``: the first token of a clause
    that continues the content (', and demand is recovering'), skipping the attribution's
    own modifiers and appositions (', chief economist at Barclays,'); None if there is
    none before the sentence end ``j``."""
    w = quote_words()
    while k < j:
        if doc[k].text != ",":
            if doc[k].pos_ in {"VERB", "AUX"} or is_quote_tok(doc[k].text):
                return None
            k += 1
            continue
        seg = k + 1
        e = seg
        while e < j and doc[e].text != ",":
            e += 1
        if e - seg >= 2 and doc[seg].lower_ not in w.relative and doc[seg].tag_ != "VBG" \
                and doc[seg].lower_ not in w.subordinators \
                and any(t.pos_ in {"VERB", "AUX"} for t in doc[seg:e]):
            return seg if j - seg >= 2 else None
        k = e
    return None
