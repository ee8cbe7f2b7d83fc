"""Indirect speech: 'X said (that) ...', 'X called on Y to ...', 'X urged Y to ...'.

The last and weakest rule: it runs over the speech-verb candidates no earlier rule used.
Where the content starts is :mod:`~annotate.suggest.attr_content`'s job and where it stops
before a coordinated report :mod:`~annotate.suggest.attr_coordination`'s; this module
adds the rule itself and its participle cases (', adding that ...').
"""

from __future__ import annotations

from collections.abc import Iterator

from annotate.suggest.attr_content import content_start
from annotate.suggest.attr_coordination import coordinated_speaker, next_report
from annotate.suggest.attr_nested import nested_content_ok
from annotate.suggest.attribution import QuoteHit, cue_span
from annotate.suggest.cues import CueSet
from annotate.suggest.speakers import Mention, find_speaker
from annotate.suggest.textutil import DocIndex, strip_span


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
        if len(text[start:end].split()) < 3 or (idx.is_covered(start, end) and
                                                not nested_content_ok(idx, c_tok, start, end)):
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
        yield QuoteHit(start, end, rule, score, cue_span(idx, v), mention)


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
