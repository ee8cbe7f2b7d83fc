"""The attribution rules: which cue and speaker a piece of reported content belongs to.

Each rule looks only at a few tokens around a speech-verb candidate (found once per
document from lemmas, see :class:`~annotate.suggest.textutil.DocIndex`) or around a regex
match, so the cost per document is linear in its length. The small parser is often wrong
on news text (long appositions, translated prose), so rules check word order themselves
and use the parse only where it helps (the subject of the verb).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from annotate.suggest.cues import CueSet
from annotate.suggest.speakers import Mention, find_speaker
from annotate.suggest.textutil import DocIndex, skip_dateline, strip_span

_SEPARATORS = frozenset({",", "-", "–", "—"})
_DASHES = frozenset({"-", "–", "—"})
_QUOTE_CHARS = frozenset("\"“”«»„")
_SENT_PUNCT = frozenset({".", "!", "?"})
_HEADLINE = re.compile(r"^(?P<q>.{10,}?)\s+[—–-]\s+(?P<s>[^—–\-.!?:;,]{2,60})$")
_COLON_HEADLINE = re.compile(r"^(?P<s>[A-Z][^:.!?\"“”]{1,40}?):\s+(?P<q>[^:]{10,})$")
_AND_THAT = re.compile(r"\s*,?\s*and\s+that\s+")
_CALL_PREPS = frozenset({"on", "upon", "for"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
_RELATIVE = frozenset({"who", "which", "whose", "whom", "where"})
#: a clause opened by these after the attribution is circumstance, not content
#: ('officials said on Friday, as rescuers searched ...')
_SUBORDINATORS = frozenset({"as", "while", "when", "whereas", "after", "before", "until",
                            "amid"})
#: verbs whose object names a listener before the content ("told reporters the ...")
_ADDRESSEE = frozenset({"tell", "assure", "remind", "inform", "warn", "caution"})
#: verbs that label something with a short quoted word ('called the plan "unworkable"')
LABELLING = frozenset({"call", "describe", "term", "label", "dub"})
#: a speech verb under these reports no content ("declined to say whether ...")
_REFUSAL = frozenset({"decline", "refuse"})
_ATTR_MODS = frozenset({"prep", "npadvmod", "advmod", "dative", "agent", "punct"})
_NP_START = frozenset({"DET", "PROPN", "PRON", "NOUN", "ADJ", "NUM"})
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
    # a complete quote followed by a sentence with its own reported content ('"...." Other
    # traders said program selling ...') does not belong to that sentence's verb
    if right is not None and complete and content_start(idx, right[0]) is not None:
        right = None
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
    if k0 < len(doc) and doc[k0].pos_ == "CCONJ":
        return None  # '... "unworkable" and said Congress would ...': a new clause
    limit = min(len(doc), k0 + _RIGHT_WINDOW)
    while k < limit and doc[k].idx < pend:
        t = doc[k]
        if t.text in _SENT_PUNCT or _is_quote_tok(t.text):
            break
        if k in candidates and k not in idx.used_tokens:
            if k > k0 and doc[k - 1].pos_ == "CCONJ":
                return None  # '"defying" the orders ... and said ...': a new clause
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
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"} and not (
                t.tag_ == "VBG" and t.dep_ in {"compound", "amod"}):  # "managing director"
            break
        k += 1
    return None


def _left_attribution(idx: DocIndex, open_pos: int) -> tuple[int, Mention | None] | None:
    doc, text = idx.doc, idx.text
    o = idx.token_at(open_pos)
    pstart, pend = idx.para_bounds(open_pos)
    floor_char = skip_dateline(text, pstart, min(pend, open_pos))
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
            mention = coordinated_speaker(idx, k, floor) or find_speaker(
                doc, k, floor, k, inverted_ok=False)
            if mention is None and doc[k].dep_ == "conj":  # '"A" but added that "B"'
                s_floor = idx.token_at(idx.sentence_start(doc[k].idx))
                mention = find_speaker(doc, k, s_floor, k, inverted_ok=False)
            if mention is None:
                return None
            return k, mention
        k -= 1
    return None


def embedded_partial(idx: DocIndex, verb_i: int, open_pos: int, close_pos: int | None
                     ) -> tuple[int, int] | None:
    """A quote inside indirect content ('said the proposal was "a step in the right
    direction"'): the char span of the whole content, from its start to the end of the
    sentence or to the next speech verb ('... but added that ...'); None when the quote
    opens the content itself."""
    doc, text = idx.doc, idx.text
    found = content_start(idx, verb_i)
    o = idx.token_at(open_pos)
    if found is None or found[0] > o:
        return None
    if found[0] == o:
        # the quote opens the content but the clause goes on after it ('acknowledged
        # that "we were too slow" to expand ...'): the whole clause
        after = close_pos + 1 if close_pos is not None else len(text)
        while after < len(text) and text[after] in " \t":
            after += 1
        if after >= len(text) or not text[after].islower() or \
                doc[idx.token_at(after)].pos_ in {"CCONJ", "SCONJ"}:
            return None  # '"A" and that B' is two pieces of content
    # the content must have begun before the quote: a verb ('said the plan was "..."')
    # or its subject ('said the company "knew ..." that', 'that a cut "has a chance"')
    elif not any(t.pos_ in {"VERB", "AUX"} or (t.pos_ in {"NOUN", "PROPN", "PRON"}
                                               and t.dep_ != "dative")
                 for t in doc[found[0]:o]):
        return None
    if doc[verb_i].lemma_ in LABELLING:
        return None
    start = doc[found[0]].idx
    end = idx.sentence_end(start)
    k = idx.token_at(close_pos if close_pos is not None else open_pos) + 1
    end = next_report(idx, k, end, o) or end
    start, end = strip_span(text, start, end)
    if end <= start or idx.is_covered(start, end):
        return None
    return start, end


_COORD = frozenset({"and", "but", "while", "whereas", "yet"})


def next_report(idx: DocIndex, k: int, end: int, floor: int) -> int | None:
    """Char where content running from token ``k`` stops before a coordinated report of
    its own ('... A, and he cautioned that B', '... A but said B', '... A, while the
    president, X, said B'): before that verb's subject and the conjunction; None when no
    such report comes before ``end``."""
    doc = idx.doc
    while k < len(doc) and doc[k].idx < end:
        if k in idx.verb_set and doc[k].tag_ != "VBG":
            b = k
            subj = next((c for c in doc[k].children if c.dep_ in {"nsubj", "nsubjpass"}),
                        None)
            if subj is not None and floor < subj.left_edge.i < k:
                b = subj.left_edge.i
            coord = False
            while b > floor + 1 and (doc[b - 1].pos_ in {"CCONJ", "SCONJ", "ADV"} or (
                    doc[b - 1].is_punct and not _is_quote_tok(doc[b - 1].text))):
                coord = coord or doc[b - 1].lower_ in _COORD
                b -= 1
            if coord and content_start(idx, k) is not None:
                return doc[b].idx
        k += 1
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
    for n, (pstart, pend) in enumerate(idx.paragraphs):
        if pend - pstart > 250 or idx.is_covered(pstart, pend):
            continue
        if n == 0 or text[pend - 1] not in ".!?\"”":
            colon = _colon_headline(idx, cues, pstart, pend)
            if colon is not None:
                yield colon
                continue
        if text[pend - 1] in ".!?\"”":
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


def _colon_headline(idx: DocIndex, cues: CueSet, pstart: int, pend: int) -> QuoteHit | None:
    """'Brandt: Germany will not send jets', "Fed's Morales: No rush to cut rates": a
    short name or title before the colon of a title line speaks what follows."""
    text, doc = idx.text, idx.doc
    m = _COLON_HEADLINE.match(text, pstart, pend)
    if m is None or len(m.group("s").split()) > 5:
        return None
    a, b = idx.token_at(m.start("s")), idx.token_at(m.end("s") - 1) + 1
    toks = [t for t in doc[a:b] if t.is_alpha]
    if not toks or not all(t.text[:1].isupper() or t.lower_ in cues.title_words
                           for t in toks):
        return None
    if not (any(t.ent_type_ == "PERSON" for t in toks) or toks[-1].pos_ == "PROPN"
            or any(t.lower_ in cues.title_words for t in toks)) or \
            any(t.ent_type_ in {"DATE", "TIME"} for t in toks):
        return None
    q_start, q_end = strip_span(text, m.start("q"), m.end("q"))
    if len(text[q_start:q_end].split()) < 3:
        return None
    idx.cover(pstart, pend)
    return QuoteHit(q_start, q_end, "quote.headline", 0.6, None,
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
        sep_i, mention, cont, fronted = found
        sep_char = doc[sep_i].idx
        if sep_i > 0 and doc[sep_i - 1].text == "," and doc[sep_i].text in _DASHES:
            sep_char = doc[sep_i - 1].idx
        pstart, pend = idx.para_bounds(sep_char)
        s_start = idx.sentence_start(sep_char)
        ends_para = cont is None and idx.sentence_end(doc[v].idx) >= pend
        start = skip_dateline(text, pstart, sep_char) if ends_para else s_start
        if doc[sep_i].text not in _DASHES and _has_attribution(idx, start, s_start) and \
                not _first_person(idx, start, sep_char):
            start = s_start
        if idx.is_covered(start, sep_char):
            start = s_start
            if idx.is_covered(start, sep_char):
                continue
        start, end = strip_span(text, start, sep_char)
        if len(text[start:end].split()) < (1 if cont is not None else 3):
            continue
        rule = "quote.dash" if doc[sep_i].text in _DASHES else "quote.tail"
        s_end = idx.sentence_end(doc[v].idx)
        idx.cover(start, s_end)
        idx.used_tokens.add(v)
        score = 0.75 if rule == "quote.dash" else 0.7
        if fronted:
            yield QuoteHit(start, end, rule, score, _cue(idx, v), mention)
        if cont is not None:  # 'A, he said, and B.': B is the rest of the same content
            c_start, c_end = strip_span(text, doc[cont].idx, s_end)
            if c_start < c_end:
                yield QuoteHit(c_start, c_end, "quote.tail.continued", score, _cue(idx, v),
                               mention)


def _first_person(idx: DocIndex, start: int, end: int) -> bool:
    """First-person words mark unmarked direct speech ('We in NATO have agreed ...')."""
    a, b = idx.token_at(start), idx.token_at(end)
    return any(t.lower_ in _FIRST_PERSON for t in idx.doc[a:b])


def _has_attribution(idx: DocIndex, start: int, end: int) -> bool:
    """True when chars [start, end) hold a speech verb or a quotation mark: content fronted
    before a comma attribution ('X said A. B, the company said.') then starts at its own
    sentence; dash attributions ('A. B - Stoltenberg stressed.') keep the paragraph."""
    if start >= end:
        return False
    cands = idx.verb_candidates
    i = bisect_left(cands, idx.token_at(end)) - 1
    if i >= 0 and idx.doc[cands[i]].idx >= start:
        return True
    return any(idx.text.find(c, start, end) >= 0 for c in _QUOTE_CHARS)


def _tail_at(idx: DocIndex, v: int) -> tuple[int, Mention, int | None, bool] | None:
    """If verb ``v`` closes a sentence as 'SEP NP VERB ...' or 'SEP VERB NP', return the
    separator token, the mention and, for an attribution in the middle of the content
    ('The dollar, traders said, is likely to ...'), the token where the content resumes,
    and whether the fronted part is content (not for 'Amid the turmoil, he said, ...')."""
    doc = idx.doc
    verb = doc[v]
    if verb.tag_ not in _FINITE:
        return None
    inverted = v > 0 and doc[v - 1].text in _SEPARATORS
    j = v + 1
    while j < len(doc) and doc[j].text not in _SENT_PUNCT and "\n" not in doc[j].text:
        j += 1
    sep = -1
    # ', said one dealer,' is inverted; ', an analyst at Gartner, said in a note' is not
    np_after = v + 1 < len(doc) and doc[v + 1].pos_ in _NP_START
    mention = None if inverted and np_after else find_speaker(
        doc, v, max(0, v - 14), v, inverted_ok=False)
    if mention is not None and mention.end <= v:
        sep = mention.start - 1
        clause_end = v + 1
    elif inverted:  # "- emphasized Stoltenberg." (the subject on the left is content)
        mention = find_speaker(doc, v, v + 1, j, subject_ok=False)
        if mention is None or mention.start <= v:
            return None
        sep, mention = v - 1, Mention(mention.start, mention.end, "speaker.inverted")
        clause_end = mention.end
    if mention is None or sep < 1 or doc[sep].text not in _SEPARATORS or \
            "\n" in doc[sep - 1].text:
        return None
    cont = _continuation(doc, clause_end, j)
    stop = cont - 1 if cont is not None else j
    # the verb must not introduce its own content ("said that ...", "said Ukraine will",
    # "announced this"); a listener is fine ("told Reuters")
    for child in verb.rights:
        if child.left_edge.i >= stop:
            continue
        if child.dep_ == "ccomp" or child.lower_ == "that" or _is_quote_tok(child.text):
            return None
        if child.dep_ == "dobj" and not inverted and verb.lemma_ != "tell":
            return None
    for k in range(v + 1, stop):
        if doc[k].lower_ == "that" or _is_quote_tok(doc[k].text) or doc[k].text == ":":
            return None
    # the fronted part must be a clause, not an introductory phrase ("On November 30,"),
    # unless the content resumes with its predicate after the attribution
    k = sep - 1
    while k >= 0 and "\n" not in doc[k].text and doc[k].text not in _SENT_PUNCT:
        if doc[k].pos_ in {"VERB", "AUX"}:
            return sep, mention, cont, True
        k -= 1
    if cont is None:
        return None
    if doc[cont].pos_ in {"VERB", "AUX"} and doc[sep - 1].pos_ in {"NOUN", "PROPN", "PRON"}:
        return sep, mention, cont, True  # the fronted part is the subject of the content
    if any(t.dep_ in {"nsubj", "nsubjpass", "expl"} for t in doc[cont:j]):
        return sep, mention, cont, False  # 'Amid the turmoil, he said, the government ...'
    return None


def _continuation(doc: Doc, k: int, j: int) -> int | None:
    """After an attribution clause ending before token ``k``: the first token of a clause
    that continues the content (', and demand is recovering'), skipping the attribution's
    own modifiers and appositions (', chief economist at Barclays,'); None if there is
    none before the sentence end ``j``."""
    while k < j:
        if doc[k].text != ",":
            if doc[k].pos_ in {"VERB", "AUX"} or _is_quote_tok(doc[k].text):
                return None
            k += 1
            continue
        seg = k + 1
        e = seg
        while e < j and doc[e].text != ",":
            e += 1
        if e - seg >= 2 and doc[seg].lower_ not in _RELATIVE and doc[seg].tag_ != "VBG" \
                and doc[seg].lower_ not in _SUBORDINATORS \
                and any(t.pos_ in {"VERB", "AUX"} for t in doc[seg:e]):
            return seg if j - seg >= 2 else None
        k = e
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
        front: tuple[int, int] | None = None
        if initial:
            if comma < 0 or len(text[m.end():comma].split()) > 10:
                continue
            src = strip_span(text, m.end(), comma)
            start, end = strip_span(text, comma + 1, s_end)
            if before and _resumes_predicate(idx, idx.token_at(comma) + 1):
                # 'Japanese investors, according to a survey, plan to ...': the subject
                # before the phrase is content too (two spans, like "A, he said, B")
                front = strip_span(text, s_start, m.start())
        else:
            stop = comma if comma >= 0 else s_end
            # a final source may be long ('according to data released Wednesday by ...')
            if len(text[m.end():stop].split()) > (20 if comma < 0 else 10):
                continue
            src = strip_span(text, m.end(), stop)
            while src[1] > src[0] and text[src[1] - 1] in ".!?":
                src = (src[0], src[1] - 1)
            start, end = strip_span(text, s_start, m.start())
        if src[0] >= src[1] or len(text[start:end].split()) < 3:
            continue
        a, b = idx.token_at(src[0]), idx.token_at(src[1] - 1) + 1
        idx.cover(min(start, m.start()), max(end, src[1]))
        mention = Mention(a, b, "speaker.according_to")
        if front is not None and front[0] < front[1]:
            idx.cover(front[0], front[1])
            yield QuoteHit(front[0], front[1], "quote.according_to", 0.7,
                           (m.start(), m.end()), mention)
        yield QuoteHit(start, end, "quote.according_to", 0.8, (m.start(), m.end()), mention)


def _resumes_predicate(idx: DocIndex, k: int) -> bool:
    """The text at token ``k`` goes on with a verb (adverbs skipped)."""
    doc = idx.doc
    while k < len(doc) and doc[k].is_space:
        k += 1
    while k < len(doc) and doc[k].pos_ in {"ADV", "PART"}:
        k += 1
    return k < len(doc) and doc[k].pos_ in {"VERB", "AUX"}


# -- indirect speech -------------------------------------------------------------------

def indirect(idx: DocIndex, cues: CueSet) -> Iterator[QuoteHit]:
    """'X said (that) ...', 'X called on Y to ...', 'X urged Y to ...'."""
    doc, text = idx.doc, idx.text
    for v in idx.verb_candidates:
        verb = doc[v]
        if v in idx.used_tokens or idx.is_covered(verb.idx, verb.idx + 1):
            continue
        found = content_start(idx, v)
        if found is None:
            continue
        c_tok, rule, score = found
        c_char = doc[c_tok].idx
        s_end = idx.sentence_end(c_char)
        if verb.dep_ == "relcl":  # 'residents who said a fire made them sick sued'
            r = verb.right_edge
            s_end = min(s_end, r.idx + len(r.text))
        s_end = next_report(idx, c_tok + 1, s_end, c_tok) or s_end
        start, end = strip_span(text, c_char, _clip_at_participle(idx, c_tok, s_end))
        if len(text[start:end].split()) < 3 or idx.is_covered(start, end):
            continue
        floor = idx.token_at(idx.speaker_floor(verb.idx))
        mention = _participle_speaker(idx, v, floor)
        if mention is None:
            mention = coordinated_speaker(idx, v, floor) or find_speaker(
                doc, v, floor, v, inverted_ok=False)
        if mention is None:
            continue
        idx.cover(start, end)
        idx.used_tokens.add(v)
        yield QuoteHit(start, end, rule, score, _cue(idx, v), mention)


def coordinated_speaker(idx: DocIndex, v: int, floor: int) -> Mention | None:
    """A coordinated speech verb without a subject of its own ('X confirmed that A but
    said B', 'X told ... that A, while Y said B and added C') shares the subject of the
    nearest speech verb before it in its sentence, whatever verb the parser hung it on."""
    doc = idx.doc
    verb = doc[v]
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    cands = idx.verb_candidates
    i = bisect_left(cands, v) - 1
    if i < 0 or cands[i] < floor:
        return None
    p = cands[i]
    if not any(t.lower_ in _COORD for t in doc[p + 1:v]):
        return None
    return find_speaker(doc, p, floor, p, inverted_ok=False)


def _clip_at_participle(idx: DocIndex, k: int, end: int) -> int:
    """End of content at ``end`` or before ', adding that ...' (a participle speech verb
    that reports a second piece of content of its own)."""
    doc = idx.doc
    while k + 1 < len(doc) and doc[k].idx < end:
        if doc[k].text == "," and k + 1 in idx.verb_set and doc[k + 1].tag_ == "VBG":
            return doc[k].idx
        k += 1
    return end


def _participle_speaker(idx: DocIndex, v: int, floor: int) -> Mention | None:
    """', adding that ...': the speaker of the speech verb of the clause it hangs on."""
    doc = idx.doc
    if doc[v].tag_ != "VBG" or v == 0 or doc[v - 1].text != ",":
        return None
    h = doc[v].head
    for _ in range(4):
        if h.i in idx.verb_set and h.i != v and h.i >= floor:
            return find_speaker(doc, h.i, floor, v)
        if h.head is h:
            break
        h = h.head
    return None


def content_start(idx: DocIndex, v: int) -> tuple[int, str, float] | None:
    """First token of the indirect content introduced by the speech verb at ``v``."""
    doc = idx.doc
    verb = doc[v]
    n = len(doc)
    if verb.head.lemma_ in _REFUSAL and verb.dep_ == "xcomp":
        return None
    # a negated verb reports nothing ("He wouldn't say which units were for sale")
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lemma_ in {"call"}:
        if v + 1 < n and doc[v + 1].lower_ in _CALL_PREPS and v + 2 < n:
            return v + 2, "quote.indirect.call", 0.6
        return None
    if verb.lemma_ in {"urge", "ask", "tell"}:
        if v + 1 < n and doc[v + 1].lower_ in {"not", "to"}:
            return None  # 'who asked not to be named': a request about the source itself
        for j in range(v + 1, min(n, v + 9)):
            if doc[j].lower_ == "that":
                break
            if doc[j].lower_ == "to" and doc[j].pos_ == "PART":
                return v + 1, "quote.indirect.call", 0.6
            if doc[j].is_punct or doc[j].pos_ in {"VERB", "AUX"}:
                break
    j = v + 1
    while j < min(n, v + 16):
        t = doc[j]
        # a complementizer, even one the parser hung on a noun before it ('told analysts
        # on a call that ...')
        if t.lower_ == "that" and j + 1 < n and (t.dep_ == "mark" or (
                t.dep_ in {"nsubj", "det"} and t.head.dep_ != "relcl")):
            return j + 1, "quote.indirect.that", 0.75
        if t.text == "," and j + 1 < n and doc[j + 1].tag_ in {"VBN", "VBG"}:
            # a participial aside ('said in its report, released on Tuesday, that ...')
            k = j + 2
            while k < min(n, v + 16) and doc[k].text != "," and not doc[k].is_sent_end \
                    and doc[k].pos_ not in {"VERB", "AUX"} and "\n" not in doc[k].text:
                k += 1
            if k < n and doc[k].text == ",":
                j = k + 1
                continue
            break
        if (t.is_punct and t.text != ",") or t.pos_ in {"VERB", "AUX"} or "\n" in t.text:
            break
        j += 1
    for child in verb.rights:
        if child.dep_ == "ccomp" and 0 < child.left_edge.i - v <= 6 and \
                (child.pos_ in {"VERB", "AUX"} or (child.pos_ == "ADJ" and any(
                    c.dep_ in {"aux", "auxpass"} for c in child.children))) and \
                any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in child.children):
            first = _past_attribution(doc, verb, child, child.left_edge.i)
            if not _is_quote_tok(doc[first].text) and not doc[first].is_punct:
                return first, "quote.indirect.ccomp", 0.6
    # a gerund subject the parser hung on the verb ('said discounting hurt margins')
    if v + 3 < n and verb.lemma_ == "say" and verb.tag_ in _FINITE and \
            doc[v + 1].tag_ == "VBG" and doc[v + 1].head.i == v and \
            doc[v + 1].dep_ in {"xcomp", "ccomp", "dobj"} and v + 1 not in idx.verb_set:
        return v + 1, "quote.indirect.ccomp", 0.5
    return None


def _past_attribution(doc: Doc, verb: Token, ccomp: Token, first: int) -> int:
    """Move the content start past the verb's own modifiers ("said Friday", "said in an
    interview") and, for verbs with a listener, past the listener ("told reporters the
    White House was ...", however the parser attached "reporters")."""
    for child in verb.rights:
        listener = child.dep_ == "dobj" and verb.lemma_ in _ADDRESSEE
        if child.i < ccomp.i and (child.dep_ in _ATTR_MODS or listener) and \
                child.right_edge.i >= first \
                and child.right_edge.i < ccomp.i:
            first = child.right_edge.i + 1
    if verb.lemma_ in _ADDRESSEE and first == verb.i + 1:
        k = first + 1 if doc[first].pos_ == "DET" else first
        while k < ccomp.i and doc[k].pos_ in _NP_START and doc[k].pos_ != "DET":
            k += 1
        if first < k < ccomp.i and doc[k].pos_ in _NP_START and doc[k - 1].tag_ in {
                "NNS", "NNPS", "NNP", "PRP"}:
            first = k
    return first
