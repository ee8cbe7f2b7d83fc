"""The attribution rules: which cue and speaker a piece of reported content belongs to.

Each rule looks only at a few tokens around a speech-verb candidate (found once per
document from lemmas, see :class:`~annotate.suggest.textutil.DocIndex`) or around a regex
match, so the cost per document is linear in its length. The small parser is often wrong
on news text (long appositions, translated prose), so rules check word order themselves
and use the parse only where it helps (the subject of the verb).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from annotate.suggest.cues import CueSet
from annotate.suggest.speakers import Mention, find_speaker
from annotate.suggest.textutil import DocIndex, skip_dateline, strip_span

_SEPARATORS = frozenset({",", "-", "–", "—"})
_DASHES = frozenset({"-", "–", "—"})
_QUOTE_CHARS = frozenset("\"“”«»„")
_SENT_PUNCT = frozenset({".", "!", "?"})
_HEADLINE = re.compile(r"^(?P<q>.{10,}?)\s+[—–-]\s+(?P<s>[^—–\-.!?:;,]{2,60})$")
_AND_THAT = re.compile(r"\s*,?\s*and\s+that\s+")
_CALL_PREPS = frozenset({"on", "upon", "for"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_LEFT_WINDOW = 25
_RIGHT_WINDOW = 10


@dataclass
class QuoteHit:
    """One suggested quote before keys are assigned."""

    start: int
    end: int
    rule: str
    score: float
    cue: tuple[int, int] | None = None  # char span of the cue
    speaker: Mention | None = None  # token span of the speaker mention


def _cue(idx: DocIndex, verb_i: int) -> tuple[int, int]:
    t = idx.doc[verb_i]
    return t.idx, t.idx + len(t.text)


def _is_quote_tok(text: str) -> bool:
    return any(c in _QUOTE_CHARS for c in text)


# -- direct quotes ---------------------------------------------------------------------

def attribute_direct(idx: DocIndex, open_pos: int, close_pos: int | None, start: int,
                     end: int) -> tuple[str, int, Mention | None] | None:
    """Find the speech verb (and its speaker) a direct quote is attributed to.

    Returns ("right"|"left", verb token, mention) or None. The right side wins when the
    quote ends mid-sentence ('...," he said'); otherwise the left ('He said: "..."').
    """
    text = idx.text
    right = _right_attribution(idx, close_pos) if close_pos is not None else None
    complete = text[end - 1] in ".!?" if end > start else False
    if right is not None and (not complete or right[2]):
        return "right", right[0], right[1]
    left = _left_attribution(idx, open_pos)
    if left is not None:
        return "left", left[0], left[1]
    if right is not None:
        return "right", right[0], right[1]
    return None


def _right_attribution(idx: DocIndex, close_pos: int) -> tuple[int, Mention | None, bool] | None:
    doc = idx.doc
    k0 = idx.token_at(close_pos) + 1
    _, pend = idx.para_bounds(close_pos)
    candidates = idx.verb_set
    k = k0
    limit = min(len(doc), k0 + _RIGHT_WINDOW)
    while k < limit and doc[k].idx < pend:
        t = doc[k]
        if t.text in _SENT_PUNCT or _is_quote_tok(t.text):
            break
        if k in candidates and k not in idx.used_tokens:
            ceil = k + 1
            while ceil < len(doc) and doc[ceil].idx < pend and not (
                doc[ceil].text in _SENT_PUNCT or doc[ceil].text == "," or
                _is_quote_tok(doc[ceil].text)
            ):
                ceil += 1
            mention = find_speaker(doc, k, k0, ceil)
            if mention is None:
                return None
            short = ceil < len(doc) and doc[ceil].text in _SENT_PUNCT | {","}
            return k, mention, short and ceil - k0 <= 8
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"}:
            break
        k += 1
    return None


def _left_attribution(idx: DocIndex, open_pos: int) -> tuple[int, Mention | None] | None:
    doc, text = idx.doc, idx.text
    o = idx.token_at(open_pos)
    pstart, _ = idx.para_bounds(open_pos)
    floor_char = pstart
    if not text[pstart:open_pos].strip() and idx.para_of(open_pos) > 0:
        prev_start, prev_end = idx.paragraphs[idx.para_of(open_pos) - 1]
        tail = text[prev_start:prev_end].rstrip()
        if tail.endswith((":", ",")) or tail.lower().endswith(" that"):
            floor_char = prev_start
    candidates = idx.verb_set
    k = o - 1
    stop = max(0, o - _LEFT_WINDOW)
    while k >= stop and doc[k].idx >= floor_char:
        t = doc[k]
        if t.text in _SENT_PUNCT or _is_quote_tok(t.text):
            break
        if k in candidates and k not in idx.used_tokens:
            floor = k
            while floor - 1 >= max(0, k - 60) and doc[floor - 1].idx >= floor_char and not (
                doc[floor - 1].text in _SENT_PUNCT or _is_quote_tok(doc[floor - 1].text)
            ):
                floor -= 1
            mention = find_speaker(doc, k, floor, k, inverted_ok=False)
            if mention is None:
                return None
            return k, mention
        k -= 1
    return None


def and_that_tail(idx: DocIndex, close_pos: int | None, cue: tuple[int, int] | None,
                  speaker: Mention | None) -> QuoteHit | None:
    """'He added that “A” and that B.': B is a second, indirect quote of the same speaker."""
    if close_pos is None:
        return None
    m = _AND_THAT.match(idx.text, close_pos + 1)
    if m is None:
        return None
    start, end = strip_span(idx.text, m.end(), idx.sentence_end(m.end()))
    if end - start < 10 or idx.is_covered(start, end):
        return None
    idx.cover(start, end)
    return QuoteHit(start, end, "quote.indirect.that", 0.7, cue, speaker)


# -- headlines -------------------------------------------------------------------------

def headlines(idx: DocIndex, cues: CueSet) -> Iterator[QuoteHit]:
    """'Entry into NATO should be discussed after victory — NATO Secretary General'."""
    text, doc = idx.text, idx.doc
    for pstart, pend in idx.paragraphs:
        if pend - pstart > 250 or text[pend - 1] in ".!?\"”" or idx.is_covered(pstart, pend):
            continue
        m = _HEADLINE.match(text, pstart, pend)
        if m is None:
            continue
        s_start, s_end = strip_span(text, m.start("s"), m.end("s"))
        words = text[s_start:s_end].split()
        if not words or len(words) > 7 or not words[0][:1].isupper():
            continue
        a, b = idx.token_at(s_start), idx.token_at(s_end - 1) + 1
        toks = doc[a:b]
        titled = any(w.lower_ in cues.title_words for w in toks)
        named = any(t.ent_type_ == "PERSON" for t in toks) or all(
            t.pos_ == "PROPN" for t in toks if t.is_alpha)
        if not (titled or named) or any(t.pos_ == "VERB" for t in toks):
            continue
        q_start, q_end = strip_span(text, m.start("q"), m.end("q"))
        if len(text[q_start:q_end].split()) < 3:
            continue
        idx.cover(pstart, pend)
        yield QuoteHit(q_start, q_end, "quote.headline", 0.6, None,
                       Mention(a, b, "speaker.headline"))


# -- fronted content with a final attribution ------------------------------------------

def tails(idx: DocIndex, cues: CueSet) -> Iterator[QuoteHit]:
    """'..., Stoltenberg explains.' / '... - Stoltenberg stressed.' / '..., - said X.'"""
    doc, text = idx.doc, idx.text
    for v in idx.verb_candidates:
        if v in idx.used_tokens or idx.is_covered(doc[v].idx, doc[v].idx + 1):
            continue
        found = _tail_at(idx, v)
        if found is None:
            continue
        sep_i, mention = found
        sep_char = doc[sep_i].idx
        if sep_i > 0 and doc[sep_i - 1].text == "," and doc[sep_i].text in _DASHES:
            sep_char = doc[sep_i - 1].idx
        pstart, pend = idx.para_bounds(sep_char)
        ends_para = idx.sentence_end(doc[v].idx) >= pend
        start = skip_dateline(text, pstart, sep_char) if ends_para else \
            idx.sentence_start(sep_char)
        if idx.is_covered(start, sep_char):
            start = idx.sentence_start(sep_char)
            if idx.is_covered(start, sep_char):
                continue
        start, end = strip_span(text, start, sep_char)
        if len(text[start:end].split()) < 3:
            continue
        rule = "quote.dash" if doc[sep_i].text in _DASHES else "quote.tail"
        idx.cover(start, idx.sentence_end(doc[v].idx))
        idx.used_tokens.add(v)
        yield QuoteHit(start, end, rule, 0.75 if rule == "quote.dash" else 0.7,
                       _cue(idx, v), mention)


def _tail_at(idx: DocIndex, v: int) -> tuple[int, Mention] | None:
    """If verb ``v`` closes a sentence as 'SEP NP VERB ...' or 'SEP VERB NP', return the
    separator token and the mention."""
    doc = idx.doc
    verb = doc[v]
    if verb.tag_ not in _FINITE:
        return None
    inverted = v > 0 and doc[v - 1].text in _SEPARATORS
    # the verb must not introduce its own content ("said that ...", "said Ukraine will",
    # "announced this")
    for child in verb.rights:
        if child.dep_ == "ccomp" or child.lower_ == "that" or _is_quote_tok(child.text):
            return None
        if child.dep_ == "dobj" and not inverted:
            return None
    j = v + 1
    while j < len(doc) and doc[j].text not in _SENT_PUNCT and "\n" not in doc[j].text:
        if doc[j].lower_ == "that" or _is_quote_tok(doc[j].text) or doc[j].text == ":":
            return None
        j += 1
    sep = -1
    mention = find_speaker(doc, v, max(0, v - 14), v, inverted_ok=False)
    if mention is not None and mention.end <= v:
        sep = mention.start - 1
    elif inverted:  # "- emphasized Stoltenberg."
        mention = find_speaker(doc, v, v + 1, j)
        if mention is None or mention.start <= v:
            return None
        sep, mention = v - 1, Mention(mention.start, mention.end, "speaker.inverted")
    if mention is None or sep < 1 or doc[sep].text not in _SEPARATORS or \
            "\n" in doc[sep - 1].text:
        return None
    # the fronted part must be a clause, not an introductory phrase ("On November 30,")
    k = sep - 1
    while k >= 0 and "\n" not in doc[k].text and doc[k].text not in _SENT_PUNCT:
        if doc[k].pos_ in {"VERB", "AUX"}:
            return sep, mention
        k -= 1
    return None


# -- according to ----------------------------------------------------------------------

def according_to(idx: DocIndex, cues: CueSet) -> Iterator[QuoteHit]:
    """'According to X, ...' (content after the comma) and '..., according to X.'"""
    if cues.according_to is None:
        return
    text = idx.text
    for m in cues.according_to.finditer(text):
        if idx.is_covered(m.start(), m.end()):
            continue
        s_start = idx.sentence_start(m.start())
        s_end = idx.sentence_end(m.start())
        before = text[s_start:m.start()].strip(" \"“«„")
        comma = text.find(",", m.end(), s_end)
        initial = not before or (before.endswith(",") and comma >= 0
                                 and len(before.split()) <= 3)
        if initial:
            if comma < 0 or len(text[m.end():comma].split()) > 10:
                continue
            src = strip_span(text, m.end(), comma)
            start, end = strip_span(text, comma + 1, s_end)
        else:
            stop = comma if comma >= 0 else s_end
            if len(text[m.end():stop].split()) > 10:
                continue
            src = strip_span(text, m.end(), stop)
            while src[1] > src[0] and text[src[1] - 1] in ".!?":
                src = (src[0], src[1] - 1)
            start, end = strip_span(text, s_start, m.start())
        if src[0] >= src[1] or len(text[start:end].split()) < 3:
            continue
        a, b = idx.token_at(src[0]), idx.token_at(src[1] - 1) + 1
        idx.cover(min(start, m.start()), max(end, src[1]))
        yield QuoteHit(start, end, "quote.according_to", 0.8, (m.start(), m.end()),
                       Mention(a, b, "speaker.according_to"))


# -- indirect speech -------------------------------------------------------------------

def indirect(idx: DocIndex, cues: CueSet) -> Iterator[QuoteHit]:
    """'X said (that) ...', 'X called on Y to ...', 'X urged Y to ...'."""
    doc, text = idx.doc, idx.text
    for v in idx.verb_candidates:
        verb = doc[v]
        if v in idx.used_tokens or idx.is_covered(verb.idx, verb.idx + 1):
            continue
        found = _content_start(idx, v)
        if found is None:
            continue
        c_tok, rule, score = found
        c_char = doc[c_tok].idx
        start, end = strip_span(text, c_char, idx.sentence_end(c_char))
        if len(text[start:end].split()) < 3 or idx.is_covered(start, end):
            continue
        floor = idx.token_at(idx.sentence_start(verb.idx))
        mention = find_speaker(doc, v, floor, v, inverted_ok=False)
        if mention is None:
            continue
        idx.cover(start, end)
        idx.used_tokens.add(v)
        yield QuoteHit(start, end, rule, score, _cue(idx, v), mention)


def _content_start(idx: DocIndex, v: int) -> tuple[int, str, float] | None:
    doc = idx.doc
    verb = doc[v]
    n = len(doc)
    if verb.lemma_ in {"call"}:
        if v + 1 < n and doc[v + 1].lower_ in _CALL_PREPS and v + 2 < n:
            return v + 2, "quote.indirect.call", 0.6
        return None
    if verb.lemma_ in {"urge", "ask", "tell"}:
        for j in range(v + 1, min(n, v + 9)):
            if doc[j].lower_ == "that":
                break
            if doc[j].lower_ == "to" and doc[j].pos_ == "PART":
                return v + 1, "quote.indirect.call", 0.6
            if doc[j].is_punct:
                break
    for j in range(v + 1, min(n, v + 9)):
        t = doc[j]
        if t.lower_ == "that" and t.dep_ in {"mark", "nsubj", "det"} and j + 1 < n:
            return j + 1, "quote.indirect.that", 0.75
        if (t.is_punct and t.text != ",") or t.pos_ in {"VERB", "AUX"} or "\n" in t.text:
            break
    for child in verb.rights:
        if child.dep_ == "ccomp" and 0 < child.left_edge.i - v <= 4 and \
                child.pos_ in {"VERB", "AUX"} and \
                any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in child.children):
            first = doc[child.left_edge.i]
            if not _is_quote_tok(first.text) and not first.is_punct:
                return child.left_edge.i, "quote.indirect.ccomp", 0.6
    return None
