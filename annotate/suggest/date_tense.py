"""The tense of the clause a date belongs to: 'past', 'present' or 'future'.

Bare weekdays, months, quarters and seasons have no direction of their own ("Tuesday" may
be last week's or next week's); :func:`~annotate.suggest.date_values.resolve_date` reads
them with the tense computed here from the parse. It is its own module because it is the
only part of date valuing that needs the parser: news prose fronts dates ("On November
21, the President ... called"), hangs them on participles ("after rising 0.9% in March")
and on expectation verbs whose "by DATE" looks ahead even in a past clause.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from annotate.suggest.rulebook import date_words


def clause_tense(ent: Span) -> str:
    """'past', 'future' or 'present' for the clause the date belongs to.

    A fronted date ("On November 21, the President ... called") belongs to the clause
    that follows it, whatever the parser attached it to.
    """
    words = date_words()
    doc = ent.doc
    first = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].pos_ == "ADP" else ent.start
    fronted = first == 0 or doc[first].is_sent_start or doc[first - 1].lower_ in words.clause_open \
        or doc[first - 1].is_space
    if ent.end < len(doc) and doc[ent.end].text == "," and fronted:
        for tok in doc[ent.end + 1:min(len(doc), ent.end + 25)]:
            if tok.pos_ in {"VERB", "AUX"}:
                return _tense_of(tok)
            if tok.text in {".", "!", "?"}:
                break
    if first > 0 and doc[first - 1].lower_ in {"due", "payable"}:
        return "future"  # "the report on prices, due Friday", "payable Dec. 7": to come
    deadline = (first > 0 and doc[first - 1].lower_ in {"by", "until", "till"}) or \
        (first < len(doc) and doc[first].lower_ in {"by", "until", "till"})
    tok = ent.root
    ahead = False
    direct = True  # the date modifies this token itself, with no preposition
    for _ in range(10):
        # a plan or forecast above the date looks ahead ("planned for early March", "a
        # summit set for April"); one the date modifies bare is dated by it ("promised
        # Tuesday that ...")
        ahead = ahead or (tok.lemma_ in words.future_lemmas and not direct)
        if tok.i != ent.root.i:
            direct = False
        if tok.pos_ in {"VERB", "AUX"}:
            # a gerund or present participle without auxiliaries ("after rising 0.9% in
            # March", "hundreds still missing after ...") takes the tense of the clause
            # it hangs on (a past participle, "a study published on Wednesday", is past)
            if tok.tag_ == "VBG" and tok.head.i != tok.i and not any(
                    c.dep_ in {"aux", "auxpass"} for c in tok.children):
                tok = tok.head
                continue
            # an infinitive ("arranged celebrations to mark the entry on Friday") takes
            # the tense of the verb it completes
            if tok.tag_ == "VB" and tok.head.i != tok.i and tok.head.pos_ in {"VERB", "AUX"} \
                    and any(c.tag_ == "TO" for c in tok.children) and not any(
                        c.tag_ == "MD" for c in tok.children):
                ahead = ahead or tok.head.lemma_ in words.intent_lemmas
                direct = False
                tok = tok.head
                continue
            break
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in {"VERB", "AUX"}:
        return _sentence_tense(ent)
    tense = _tense_of(tok)
    # "said he expected a recovery by March", "planned a demonstration on Saturday",
    # "postponed until Tuesday": a plan or a deadline looks ahead even in a past clause
    if tense == "past" and (ahead or (deadline and tok.lemma_ in words.future_lemmas) or (
            (deadline and doc[first].lower_ in {"until", "till"}) or
            (first > 0 and doc[first - 1].lower_ in {"until", "till"}))):
        return "future"
    return tense


def _sentence_tense(ent: Span) -> str:
    """Tense when the parse gives the date no verb ("X on Wednesday forecast ..." with
    "forecast" read as a noun): a modal or "will" looks ahead, else news reports the past."""
    for t in ent.sent:
        if t.lower_ in {"will", "shall", "'ll"}:
            return "future"
    return "past"


def _tense_of(tok: Token) -> str:
    """Tense of a verb from its auxiliaries ("will", "is expected", "has fallen", "was")."""
    if tok.lower_ in {"will", "shall"}:
        return "future"
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in {"will", "shall", "'ll", "wo", "going"} for a in auxes):
        return "future"
    if any(a.tag_ == "VBD" for a in auxes):
        return "past"
    # "could be completed (as early as Friday)": a modal without "have" looks ahead
    if any(a.tag_ == "MD" for a in auxes) and not any(a.lemma_ == "have" for a in auxes):
        return "future"
    for a in auxes:
        if a.tag_ in {"VBZ", "VBP"}:
            return "past" if a.lemma_ == "have" else "present"
    if tok.tag_ in {"VBD", "VBN"} or "Past" in tok.morph.get("Tense", None):
        return "past"
    return "present"
