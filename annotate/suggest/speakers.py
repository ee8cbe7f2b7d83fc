"""SPEAKER mentions: which words a cue attaches to.

The mention is taken exactly as written (a name, a title such as "the head of the
Alliance", or a pronoun), as the guidelines ask: the parser's subject of the speech verb,
else what the parse and the words around the verb say speaks ("X said, according to Y":
Y; "was asked by X": X; "issued a statement saying": who issued it; "led X to say": X),
else the phrase left or right of the verb. Where a mention begins and ends is
:mod:`annotate.suggest.mention_spans`; whom it denotes (its canonical name) is
:mod:`annotate.suggest.speaker_names`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.suggest.context import is_quote_tok
from annotate.suggest.mention_spans import (
    NOT_NAMES,
    SUBJ_DEPS,
    Mention,
    head_phrase,
    in_relative,
    left_edge,
    max_tokens,
    name_like,
    trim,
)
from annotate.suggest.rulebook import quote_words
from annotate.suggest.rulebook import speaker_words as _w

__all__ = ["Mention", "clause_start_speaker", "find_speaker", "governing_speaker"]

_NP_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON", "PART"})


_EMBEDDED = frozenset({"ccomp", "acl", "relcl", "dobj", "pobj", "prep", "attr"})


def _appended_to(verb: Token) -> Token:
    """The verb a participle appended after a comma speaks for ('Ruiz denied the claim
    that a shakeup was coming, explaining ...': Ruiz's "denied", not the "coming" the
    parser hung it on): the verb of the sentence above the clauses its head lies in."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or \
            verb.doc[verb.i - 1].text != "," or head.i > verb.i:
        return head
    top = head
    for _ in range(6):
        if top.dep_ not in _EMBEDDED or top.head.i == top.i:
            break
        top = top.head
    if top is head or top.pos_ not in {"VERB", "AUX"} or \
            not any(c.dep_ in SUBJ_DEPS for c in top.children):
        return head
    return top


_GROUPS = frozenset({"PERSON", "NORP", "ORG"})


def _controller(verb: Token) -> Token | None:
    """'The debate led Republicans to say ...', 'got her aides to concede ...': the object
    of the verb an infinitive complements is the one who speaks (not its subject)."""
    if verb.dep_ != "xcomp" or any(c.dep_ in SUBJ_DEPS for c in verb.children) or \
            not any(c.tag_ == "TO" for c in verb.lefts):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    # a person or a group ('led her to', 'led Democrats to'), not a thing ('used the
    # remarks to urge ...': the subject used them)
    if obj is None or not (obj.pos_ in {"PROPN", "PRON"} or obj.ent_type_ in _GROUPS) or \
            obj.lower_ in _w().not_speakers | {"it"}:
        return None
    return obj


def _subject_token(verb: Token, floor: int = 0) -> Token | None:
    """The verb's subject (or its head verb's, for a coordinated verb); of two (a
    dateline the parser took for a subject), the one from ``floor`` on."""
    controlled = _controller(verb)
    if controlled is not None:
        return controlled
    for v in (verb, _appended_to(verb)):
        if v is not verb and not (verb.dep_ in {"conj", "xcomp", "advcl"}
                                  and v.pos_ in {"VERB", "AUX"}):
            break
        subj = None
        for child in v.children:
            if child.dep_ in SUBJ_DEPS and (subj is None or child.i >= floor):
                subj = child
        if subj is not None:
            return subj
    return None


def _appositive_end(doc: Doc, end: int, verb_i: int) -> int:
    """Extend "the head of the Ministry" over ", Dmytro Kuleba," when the verb follows."""
    if end < verb_i and doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON":
        k = end + 1
        while k < verb_i and doc[k].ent_type_ == "PERSON":
            k += 1
        rest = doc[k:verb_i]
        if all(t.text == "," or t.pos_ in {"ADV", "AUX"} for t in rest):
            return k
    return end


def _left_np(doc: Doc, verb_i: int, floor: int) -> tuple[int, int] | None:
    """Fallback when the parse has no subject: the noun phrase just left of the verb.
    None for an infinitive ('rushed to the studio to say ...'): what stands before its
    "to" is never its subject."""
    i = verb_i - 1
    if i >= floor and doc[i].tag_ == "TO":
        return None
    while i >= floor and doc[i].pos_ in {"ADV", "AUX"}:
        i -= 1
    # an apposition ", Volodymyr Zelensky," belongs to the phrase before it
    if i > floor and doc[i].text == "," and name_like(doc[i - 1]):
        k = i - 1
        while k > floor and name_like(doc[k - 1]):
            k -= 1
        if k - 1 > floor and doc[k - 1].text == ",":
            end = i
            i = k - 2
            while i >= floor and (doc[i].pos_ in _NP_POS or doc[i].lower_ in _w().np_words):
                i -= 1
            if i + 1 < k - 1 and end - (i + 1) <= max_tokens():
                return i + 1, end
            return k, end
    if i > floor and doc[i].text == ",":
        named = _name_before_aside(doc, i, floor)
        if named is not None:
            return named
    end = i + 1
    while i >= floor and (doc[i].pos_ in _NP_POS or doc[i].lower_ in _w().np_words
                          or _postmod_prep(doc, i, floor, end)):
        if doc[i].pos_ == "PRON" and i < end - 1:
            break
        i -= 1
    start = i + 1
    if start >= end or end - start > max_tokens():
        return None
    if not any(doc[k].pos_ in {"PROPN", "NOUN", "PRON"} for k in range(start, end)):
        return None
    root = doc[start:end].root
    if root.dep_ == "npadvmod" and root.ent_type_ in {"DATE", "TIME"}:
        return None  # a time the verb hangs on ('X, who ..., last week said')
    if start - 1 >= floor and doc[start - 1].pos_ == "ADP" and _opens_clause(doc, start - 1,
                                                                              floor):
        return None  # the object of a phrase put first ('In a talk with X Jones said')
    return start, end


def _name_before_aside(doc: Doc, comma: int, floor: int) -> tuple[int, int] | None:
    """'Ana Ruiz, 58, told', 'Ana Ruiz, the party's former chief of staff, said': a name
    before an aside set off by commas that ends at ``comma``, with the aside (the name
    alone when both are too long). No verb in the aside: that is a clause of its own."""
    k = comma - 1
    while k > floor and doc[k].text != ",":
        t = doc[k]
        if (t.pos_ in {"VERB", "AUX"} and not in_relative(t)) or t.text in _CLAUSE_BREAKS \
                or is_quote_tok(t.text):
            return None
        k -= 1
    if k <= floor or k == comma - 1 or not name_like(doc[k - 1]):
        return None
    start = k - 1
    while start - 1 >= floor and name_like(doc[start - 1]):
        start -= 1
    if doc[start].ent_type_ in NOT_NAMES or doc[start].pos_ != "PROPN" or (
            start > floor and doc[start - 1].pos_ == "ADP"):
        return None  # not 'On Friday, his last day,', nor '(facing a race) in Ohio, a
        # swing state,': a preposition's object is no speaker
    start, end = trim(doc, start, comma if comma - start <= max_tokens() else k)
    return (start, end) if start < end <= start + max_tokens() else None


def _addresser(doc: Doc, verb: Token, span: tuple[int, int]) -> Mention | None:
    """'Lee emailed supporters saying ...', 'has drawn huge crowds describing ...': a
    participle after the object of another verb speaks for that verb's subject, who
    addresses them (not after a verb of receiving: 'police received calls saying ...' are
    the calls')."""
    head = doc[span[0]:span[1]].root
    if verb.tag_ != "VBG" or head.dep_ != "dobj" or head.head.pos_ != "VERB" or \
            head.head.lemma_ in _w().receiving:
        return None
    subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > head.i or subj.ent_type_ in NOT_NAMES:
        return None
    mention = head_phrase(doc, subj)
    return None if mention is None else Mention(*mention, "speaker.left_np")


def _antecedent(doc: Doc, span: tuple[int, int], floor: int) -> tuple[int, int] | None:
    """'a White House official who spoke to discuss strategy said': the words just before
    a finite verb close a relative clause; the one it is about speaks."""
    for a in doc[span[0]:span[1]].root.ancestors:
        if a.dep_ == "relcl":
            ante = a.head
            if not floor <= ante.i < span[0]:
                return None
            start, end = trim(doc, max(floor, ante.left_edge.i), ante.i + 1)
            return (start, end) if start < end <= start + max_tokens() else None
    return None


def _opens_clause(doc: Doc, k: int, floor: int) -> bool:
    """Token ``k`` is the first of its sentence or line."""
    return k == floor or doc[k - 1].text in _CLAUSE_BREAKS or "\n" in doc[k - 1].text


def _postmod_prep(doc: Doc, i: int, floor: int, end: int) -> bool:
    """A preposition between a noun (or "close", "familiar") and its object."""
    return (doc[i].lower_ in _w().postmod_preps and doc[i].pos_ == "ADP" and i - 1 >= floor
            and i + 1 < end and doc[i - 1].pos_ in {"NOUN", "ADJ"}
            and doc[i + 1].pos_ in {"DET", "NOUN", "PROPN", "ADJ"})


def _as_saying(doc: Doc, verb_i: int, floor: int) -> tuple[int, int] | None:
    """'quoted Minister X as saying ...' (the object) / 'X was quoted as saying' (the
    subject of the passive)."""
    if verb_i - 2 < floor or doc[verb_i - 1].lower_ != "as" or doc[verb_i].tag_ != "VBG":
        return None
    for q in range(verb_i - 2, max(floor, verb_i - 16) - 1, -1):
        t = doc[q]
        if t.lemma_ in _w().quoting and t.pos_ == "VERB":
            if q + 1 < verb_i - 1 and t.tag_ != "VBN":
                return trim(doc, q + 1, verb_i - 1)
            subj = _subject_token(t)
            if subj is not None and subj.left_edge.i >= floor:
                return trim(doc, subj.left_edge.i, subj.right_edge.i + 1)
            return None
        if t.text in {".", "!", "?", ";"}:
            return None
    return None


def _agent(doc: Doc, verb: Token) -> Mention | None:
    """'X was asked by host Bill Maher, "..."', 'was told by': the 'by' phrase of a passive
    verb whose subject is the one spoken to speaks (not 'was reported by': the report's
    subject is what was said)."""
    w = quote_words()
    if verb.tag_ != "VBN" or verb.lemma_ not in w.addressee | w.request_verbs | {"question"} \
            or not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if pobj is None:
        return None
    span = head_phrase(doc, pobj)
    return None if span is None else Mention(*span, "speaker.agent")


def _reported_by(doc: Doc, verb: Token) -> Mention | None:
    """'"...," Lopez said, according to the Tribune': the source that reports the words
    (the Tribune), not the one it says spoke them. The reader has the words from the
    paper; PolNeAR's annotators make the 'according to' phrase the source of such a
    report (its content takes in 'Lopez said') almost without exception."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "according":
            continue
        to = next((c for c in prep.children if c.lower_ == "to" and c.dep_ == "prep"), prep)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None:
            return None
        span = head_phrase(doc, obj, shorten=True)
        return None if span is None else Mention(*span, "speaker.reported_by")
    return None


def _right_np(doc: Doc, verb_i: int, ceil: int) -> tuple[int, int] | None:
    """Inverted attribution ("..., said Stoltenberg."): the noun phrase after the verb
    (past a stray second space: "said  Stoltenberg")."""
    i = verb_i + 1
    while i < ceil and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    start = i
    while i < ceil and (doc[i].pos_ in _NP_POS or doc[i].lower_ in _w().np_words):
        i += 1
    if start >= i or i - start > max_tokens():
        return None
    if not any(doc[k].pos_ in {"PROPN", "NOUN"} for k in range(start, i)):
        return None
    return start, i


def find_speaker(doc: Doc, verb_i: int, floor: int, ceil: int, inverted_ok: bool = True,
                 subject_ok: bool = True) -> Mention | None:
    """The mention the speech verb at ``verb_i`` attaches to, within tokens [floor, ceil).

    Prefers the parser's subject; falls back to the noun phrase left of the verb, then to
    an inverted subject right of it. Mentions that are not a speaker ("which", "it",
    journalistic "we") are rejected.
    """
    verb = doc[verb_i]
    reported = _reported_by(doc, verb)
    if reported is not None:
        return reported
    quoted = _as_saying(doc, verb_i, floor)
    if quoted is not None and quoted[0] < quoted[1]:
        return Mention(quoted[0], quoted[1], "speaker.quoted_as")
    agent = _agent(doc, verb)
    if agent is not None:
        return agent
    subj = _subject_token(verb, floor) if subject_ok else None
    if subj is not None and subj.lower_ in _w().relative_pronouns and verb.dep_ == "relcl" \
            and verb.head.i < subj.i:  # 'residents who said ...': "who", for the residents
        ante = verb.head
        start, end = trim(doc, ante.left_edge.i, ante.i + 1)
        if start < end and end - start <= max_tokens():
            # 'released an ad that urges ...': the one who released it speaks
            return _author(doc, Mention(start, end, "speaker.relative"), floor) or \
                Mention(subj.i, subj.i + 1, "speaker.relative", (start, end))
    found: Mention | None = None
    if subj is not None and floor <= subj.i and subj.right_edge.i < ceil:
        # clipped at the floor: a dateline the parser hung on the subject is not part of it
        span = head_phrase(doc, subj, left_edge(doc, subj, floor), shorten=True)
        if span is not None:
            found = Mention(*span, "speaker.subject")
    if found is None and floor < verb_i:
        span = _left_np(doc, verb_i, floor)
        if span is not None:
            if verb.tag_ in _FINITE:
                span = _antecedent(doc, span, floor) or span
            found = _addresser(doc, verb, span) or Mention(span[0], span[1],
                                                            "speaker.left_np")
    if found is None and inverted_ok:
        span = _right_np(doc, verb_i, ceil)
        if span is not None:
            found = Mention(span[0], span[1], "speaker.inverted")
    if found is None:
        return None
    found.end = _appositive_end(doc, found.end, verb_i)
    words = doc[found.start:found.end]
    if len(words) == 1 and words[0].lower_ in _w().not_speakers:
        return None
    return _author(doc, found, floor) or found


_GOVERNED = frozenset({"advcl", "xcomp", "pcomp", "prep", "conj", "acl", "pobj", "acomp"})
_NOUN_INFINITIVE = frozenset({"relcl", "dobj"})


def governing_speaker(doc: Doc, verb_i: int, floor: int, quoted_from: int | None = None
                      ) -> Mention | None:
    """A speech verb with no subject of its own, in a participle, gerund or infinitive
    clause ('X responded by saying ...', 'before explaining why ...', 'after telling
    them ...', 'were more likely to say ...'): the subject of the clause it hangs on, a
    few steps up the parse. A clause from token ``quoted_from`` on is the quotation the
    verb introduces, which the parser may have made its head ('X said, adding of him, "He
    cares ..."'): no speaker there, the search goes on above it."""
    t = doc[verb_i]
    if any(c.dep_ in SUBJ_DEPS for c in t.children):
        return None
    # an infinitive may hang on a noun ('took pains to say', 'pointed to a case to say')
    governed = _GOVERNED | _NOUN_INFINITIVE if verb_i > 0 and doc[verb_i - 1].tag_ == "TO" \
        else _GOVERNED
    for _ in range(5):
        quoted = quoted_from is not None and t.i >= quoted_from
        if (t.dep_ not in governed and not quoted) or t.head.i == t.i:
            return None
        if t.dep_ == "acl" and t.head.pos_ == "PROPN" and t.head.i < t.i and (
                t.tag_ in _FINITE or (t.tag_ == "VBN" and doc[t.i - 1].text == ",")):
            # 'Ana Ruiz, who runs it, tweeted to say': the parser took the subject for
            # the root and its verb for a modifier of the name
            start, end = trim(doc, max(floor, t.head.left_edge.i), t.head.i + 1)
            if start < end <= start + max_tokens():
                return Mention(start, end, "speaker.governing")
            return None
        t = t.head
        if quoted_from is not None and t.i >= quoted_from:
            continue
        subj = next((c for c in t.children if c.dep_ in SUBJ_DEPS), None)
        if t.pos_ in {"VERB", "AUX"} and subj is not None:
            if subj.i < floor:
                return None
            span = head_phrase(doc, subj, left_edge(doc, subj, floor))
            if span is None or (span[1] - span[0] == 1 and
                                doc[span[0]].lower_ in _w().not_speakers | {"it"}):
                return None
            return Mention(*span, "speaker.governing")
    return None


_CLAUSE_BREAKS = frozenset({".", "!", "?", ";", ":"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def clause_start_speaker(doc: Doc, verb_i: int, floor: int) -> Mention | None:
    """Last fallback for a finite speech verb the parse gave no subject ('Sen. Ada Price,
    facing a hard race, said ...' after a paragraph the parser ran into this one; 'In a
    talk with the board of the Times Jones said ...'): the noun phrase that opens its
    clause (after the last sentence break, line break or quotation mark), when only an
    aside set off by commas or a preposition's phrase lies between it and the verb."""
    verb = doc[verb_i]
    aux = verb_i > 0 and doc[verb_i - 1].pos_ == "AUX" and doc[verb_i - 1].tag_ in _FINITE
    if not (verb.tag_ in _FINITE or (verb.tag_ == "VBN" and aux)):
        return None
    k = verb_i - 1
    while k >= floor and not (doc[k].text in _CLAUSE_BREAKS or "\n" in doc[k].text
                              or is_quote_tok(doc[k].text)):
        if doc[k].pos_ in {"VERB", "AUX"} and doc[k].tag_ in _FINITE | {"MD"} \
                and not (aux and k == verb_i - 1):
            # another finite verb: the phrase may be its subject; after a conjunction
            # ('Lee railed against the plan, and explained ...') its subject is shared
            return _shared_subject(doc, k, verb_i, floor)
        k -= 1
    start = k + 1
    while start < verb_i and doc[start].pos_ in {"CCONJ", "ADV"}:
        start += 1
    last = verb_i - 1
    while last > start and doc[last].pos_ in {"ADV", "AUX"}:
        last -= 1
    if doc[start].pos_ == "ADP" and name_like(doc[last]):
        # a phrase put first ('In a talk with the board Jones said'): the name before the
        # verb (a person's name whole; else its last word, which a title may run into)
        first = last
        while first > start and doc[first].ent_type_ == "PERSON" and \
                doc[first].ent_iob_ == "I":
            first -= 1
        return Mention(first, last + 1, "speaker.clause_start")
    span = _right_np(doc, start - 1, verb_i)
    if span is not None and doc[span[1]].text == "," and \
            all(t.ent_type_ in {"DATE", "TIME"} for t in doc[span[0]:span[1]]):
        span = _right_np(doc, span[1], verb_i)  # 'Friday, Texas, leading ..., asked'
    if span is None or span[1] >= verb_i or span[1] - span[0] > max_tokens():
        return None
    end = span[1]
    if doc[end].text != "," and not all(t.pos_ in {"ADV", "AUX"} for t in doc[end:verb_i]):
        return None
    return Mention(span[0], end, "speaker.clause_start")


def _shared_subject(doc: Doc, k: int, verb_i: int, floor: int) -> Mention | None:
    """The subject of the finite verb at ``k`` when a conjunction joins it to the speech
    verb at ``verb_i`` and nothing else with a subject of its own lies between."""
    c = verb_i - 1
    while c > k and doc[c].pos_ in {"ADV", "AUX", "PUNCT"} and doc[c].lower_ != "then":
        c -= 1
    if c == k or not (doc[c].pos_ == "CCONJ" or doc[c].lower_ == "then"):
        return None  # the conjunction right before the verb: no new subject after it
    subj = next((c for c in doc[k].children if c.dep_ in SUBJ_DEPS), None)
    if subj is None or subj.left_edge.i < floor or subj.lower_ in _w().not_speakers:
        return None
    start, end = trim(doc, subj.left_edge.i, subj.right_edge.i + 1)
    if start >= end or end - start > max_tokens():
        return None
    return Mention(start, end, "speaker.clause_start")


def _author(doc: Doc, mention: Mention, floor: int) -> Mention | None:
    """'Trump issued a statement saying ...', 'released an ad that urges ...': the one who
    issued the statement speaks, not the statement (the words before the verb when the
    parse gave it no subject)."""
    head = doc[mention.start:mention.end].root
    if head.lemma_.lower() not in _w().artifacts or head.dep_ not in {"dobj", "pobj"} or \
            head.head.dep_ == "agent":  # 'was replaced by a message that said': no author
        return None
    verb = head.head if head.dep_ == "dobj" else head.head.head
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.pos_ not in {"VERB", "AUX"} or (subj is not None and subj.i > head.i):
        return None
    if subj is None:
        left = _left_np(doc, verb.i, floor) if floor < verb.i else None
        return Mention(*left, "speaker.author") if left is not None else None
    start, end = trim(doc, subj.left_edge.i, subj.right_edge.i + 1)
    if not start < end or end - start > max_tokens():
        return None
    return Mention(start, end, "speaker.author")
