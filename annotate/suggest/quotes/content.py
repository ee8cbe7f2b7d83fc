"""Where the reported content of a speech verb begins.

:func:`content_start` answers "does this verb introduce indirect content, and from which
token?" ("said that ...", "said the plan was ...", "called on Y to ...", "urged Y to ...",
"told reporters the ..."). It is its own module because three rule families ask it: the
indirect rule, the direct rule (a complete quote must not take the verb of a sentence that
reports its own content; a partial quote inside indirect content) and the coordination
helper (a coordinated verb only ends content when it reports content itself).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.suggest.context import FINITE, NP_START, DocContext, is_quote_tok
from annotate.suggest.rulebook import Rule, quote_words, rule

THAT, CCOMP, CALL = "quote.indirect.that", "quote.indirect.ccomp", "quote.indirect.call"
INFINITIVE = "quote.indirect.infinitive"
OBJECT = "quote.indirect.object"


def content_start(ctx: DocContext, v: int) -> tuple[int, Rule] | None:
    """First token of the indirect content introduced by the speech verb at ``v``, and the
    rule that found it."""
    w = quote_words()
    doc = ctx.doc
    verb = doc[v]
    n = len(doc)
    # (a negated or refused report still has content: "He wouldn't say which units were
    # for sale", "declined to say whether ..." are attributions in PolNeAR, as the
    # annotators mark them nearly every time)
    if verb.lemma_ == "call":
        end = ctx.match_at("call_on", v)
        return (end - 1, rule(CALL)) if end is not None else None
    if ctx.match_at("anonymity", v) is not None:
        return None  # 'who asked not to be named': a request about the source itself
    infinitive = ctx.match_at("infinitive", v)
    if infinitive is not None:  # 'promised to veto it', 'is said to have pressed for'
        return infinitive - 2, rule(INFINITIVE)
    if verb.lemma_ in w.request_verbs:
        for j in range(v + 1, min(n, v + w.request_window)):
            if doc[j].lower_ == "that":
                break
            if doc[j].lower_ == "to" and doc[j].pos_ == "PART":
                return v + 1, rule(CALL)
            if doc[j].is_punct or doc[j].pos_ in {"VERB", "AUX"}:
                break
    j = v + 1
    window = w.content_window
    while j < min(n, v + window):
        t = doc[j]
        # a complementizer, even one the parser hung on a noun before it ('told analysts
        # on a call that ...') or took for an adverb of a clause it hung on the verb
        if t.lower_ == "that" and j + 1 < n and (t.dep_ == "mark" or (
                t.dep_ in {"nsubj", "det"} and t.head.dep_ != "relcl") or (
                t.head.i > j and t.head.dep_ in {"ccomp", "advcl"} and t.head.head.i == v)):
            return j + 1, rule(THAT)
        if t.text == "," and j + 1 < n and doc[j + 1].tag_ in {"VBN", "VBG"}:
            # a participial aside ('said in its report, released on Tuesday, that ...')
            k = j + 2
            while k < min(n, v + window) and doc[k].text != "," and not doc[k].is_sent_end \
                    and doc[k].pos_ not in {"VERB", "AUX"} and "\n" not in doc[k].text:
                k += 1
            if k < n and doc[k].text == ",":
                j = k + 1
                continue
            break
        if is_quote_tok(t.text):
            close = _title_end(doc, j, min(n, v + window))
            if close is not None:  # 'told NBC's "Meet the Press" on Sunday that ...'
                j = close + 1
                continue
        if t.dep_ == "advcl" and t.head.i == v and time_clause(t, w.time_marks):
            j += 1  # 'said in a statement before the market opened Tuesday that ...'
            continue
        if (t.is_punct and t.tag_ not in {",", "HYPH", "POS"}) or t.pos_ in {"VERB", "AUX"} \
                or "\n" in t.text:
            break
        j += 1
    for child in verb.rights:
        if child.dep_ == "ccomp" and 0 < child.left_edge.i - v <= w.ccomp_window and \
                (child.pos_ in {"VERB", "AUX"} or (child.pos_ == "ADJ" and any(
                    c.dep_ in {"aux", "auxpass"} for c in child.children))) and \
                any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children):
            first = _past_attribution(doc, verb, child, child.left_edge.i)
            if not is_quote_tok(doc[first].text) and not doc[first].is_punct:
                return first, rule(CCOMP)
    split = _split_subject(verb, w.addressee)
    if split is not None:
        return split, rule(CCOMP)
    # a gerund subject the parser hung on the verb ('said discounting hurt margins'), or
    # the gerund the verb reports ('reported having $2 million', 'recalled taking ...')
    if v + 3 < n and verb.lemma_ not in w.not_reporting and verb.tag_ in FINITE and \
            doc[v + 1].tag_ == "VBG" and doc[v + 1].head.i == v and \
            doc[v + 1].dep_ in {"xcomp", "ccomp", "dobj"} and v + 1 not in ctx.verb_set:
        return v + 1, rule(CCOMP)
    bare = _bare_clause(ctx, v)
    if bare is not None:
        return bare, rule(CCOMP)
    if verb.lemma_ in w.object_content_verbs:
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        # (not a pronoun standing for content named elsewhere: 'announced this on Monday')
        if obj is not None and 0 < obj.left_edge.i - v <= 3 and \
                not is_quote_tok(doc[obj.left_edge.i].text) and \
                not (obj.pos_ == "PRON" and obj.lower_ in w.anaphoric_objects):
            return obj.left_edge.i, rule(OBJECT)
    if label_after_as(doc, v) and v + 2 < n and not is_quote_tok(doc[v + 2].text):
        return v + 1, rule(OBJECT)  # 'which she described as a fair deal'
    return None


def label_after_as(doc: Doc, verb_i: int) -> bool:
    """'which he described as ...', 'was described as ...': "as" right after a labelling
    verb with no object after it (it stands before the verb, or the verb is passive): the
    label, from "as" on, is the content, as PolNeAR's annotators mark it."""
    verb = doc[verb_i]
    return verb_i + 1 < len(doc) and doc[verb_i + 1].lower_ == "as" and \
        verb.lemma_ in quote_words().labelling and \
        not any(c.dep_ in {"dobj", "dative"} and c.i > verb_i for c in verb.children)


# a clause's subject, a gerund one too ('says running for office is hard')
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_NP_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART"})


def _bare_clause(ctx: DocContext, v: int) -> int | None:
    """'she said email has helped her', 'which he said were evenly split': a clause
    without "that" the parser did not hang on the verb. After a reporting verb, a short
    noun phrase and then a finite verb (or a finite verb at once, after a relative
    pronoun) is reported content; a labelling verb's object is not."""
    doc = ctx.doc
    verb = doc[v]
    if verb.lemma_ in quote_words().labelling or verb.lemma_ in quote_words().addressee:
        return None
    k = v + 1
    while k < len(doc) and k - v <= 6 and (doc[k].pos_ in _NP_TAGS or doc[k].tag_ == "HYPH"):
        if doc[k].lower_ in {"that", "to", "as"} or is_quote_tok(doc[k].text):
            return None
        k += 1
    if k >= len(doc) or k in ctx.verb_set or not (doc[k].tag_ in FINITE or doc[k].tag_ == "MD"):
        return None
    if k == v + 1 and not _relative_gap(verb):  # a verb at once: 'which he said were ...'
        return None
    return v + 1


# what opens a relative clause whose subject is the speech verb's content's gap
# (not "what": 'praised what he said was a fair deal' is a description PolNeAR marks as
# a quote about 1 time in 4)
_GAP_OPENERS = frozenset({"which", "who", "whom", "that"})


def _relative_gap(verb: Token) -> bool:
    """'which the mayor has long said was a blunder', 'a fee that shop owners said drove
    them away', 'a plan the board says will save money': the speech verb sits in a relative clause
    whose pronoun (or the noun it hangs on) is the subject of the content, so the content
    has no subject of its own and starts with its finite verb. The speech verb's subject
    comes first, right after the relative word or the noun."""
    doc = verb.doc
    subj = next((c for c in verb.lefts if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # (not a request: 'the favour she asked was small')
    if subj is None or verb.lemma_ in quote_words().request_verbs:
        return False
    k = subj.left_edge.i - 1
    if k < 0:
        return False
    before = doc[k]
    return before.lower_ in _GAP_OPENERS or (
        before.pos_ in {"NOUN", "PROPN"} and before.dep_ not in {"nsubj", "nsubjpass"})


def _title_end(doc: Doc, j: int, limit: int) -> int | None:
    """The closing mark of a title in quotation marks opening at ``j`` (a show, a book:
    'said on ABC's "This Week" that ...'): a few words, each capitalised or a short
    function word, the first capitalised; None when the marks hold anything else."""
    small = quote_words().title_function_words
    for k in range(j + 1, min(limit, j + 8)):
        t = doc[k]
        if is_quote_tok(t.text):
            return k if k > j + 1 else None
        if not (t.text[:1].isupper() or t.is_digit or (k > j + 1 and t.lower_ in small)):
            return None
    return None


def time_clause(t: Token, marks: frozenset[str]) -> bool:
    """A time clause ('before the market opened'): the clause at ``t`` opens with one of
    ``marks`` (`lexicon.yaml: time_marks`)."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in t.children)


def _split_subject(verb: Token, addressee: frozenset[str]) -> int | None:
    """'said sales in February, the first month of its year, were up' / 'said demand,
    which had been weak, picked up': the parser took the content's subject for the verb's
    object; an aside set off by commas after it and a finite verb right after the closing
    comma show the object is the subject of the content, which starts there."""
    if verb.lemma_ in addressee:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i > verb.i + 3 or obj.tag_ == "PRP":
        return None
    doc = verb.doc
    commas = 0
    for k in range(obj.i + 1, min(len(doc) - 1, obj.i + 30)):
        t = doc[k]
        if t.is_sent_end or (t.is_punct and t.text != ",") or "\n" in t.text:
            return None
        if t.text != ",":
            continue
        commas += 1
        nxt = doc[k + 1]
        # a past form the tagger read as a participle counts after "said" only
        finite = nxt.tag_ in FINITE or (nxt.tag_ == "VBN" and verb.lemma_ == "say")
        if commas >= 2 and finite:
            return obj.left_edge.i
    return None


def _past_attribution(doc: Doc, verb: Token, ccomp: Token, first: int) -> int:
    """Move the content start past the verb's own modifiers ("said Friday", "said in an
    interview") and, for verbs with a listener, past the listener ("told reporters the
    White House was ...", however the parser attached "reporters")."""
    w = quote_words()
    for child in verb.rights:
        listener = child.dep_ == "dobj" and verb.lemma_ in w.addressee
        if child.i < ccomp.i and (child.dep_ in w.attribution_deps or listener) and \
                child.right_edge.i >= first \
                and child.right_edge.i < ccomp.i:
            first = child.right_edge.i + 1
    if verb.lemma_ in w.addressee and first == verb.i + 1:
        k = first + 1 if doc[first].pos_ == "DET" else first
        while k < ccomp.i and doc[k].pos_ in NP_START and doc[k].pos_ != "DET":
            k += 1
        if first < k < ccomp.i and doc[k].pos_ in NP_START and doc[k - 1].tag_ in {
                "NNS", "NNPS", "NNP", "PRP"}:
            first = k
    return first



def _aside(doc: Doc, k: int, verb_before: bool) -> bool:
    """The separator at ``k`` opens an aside on the report or a person in it: ', a move
    that ...', '- an unusual step', ', who ...' after a name, ', which ...' after a noun
    of the content's predicate (``verb_before``: not 'said the bridge, which is old,
    would close'), or the writer's concession past that predicate (', despite ...')."""
    w = quote_words()
    nxt = doc[k + 1]
    if nxt.lower_ in w.aside_openers and nxt.pos_ == "DET":
        return True
    before = doc[k - 1].pos_
    return (nxt.lower_ in w.name_relatives and before == "PROPN") or (verb_before and (
        (nxt.lower_ in w.thing_relatives and before == "NOUN") or nxt.lower_ in w.concessives))


def content_end(ctx: DocContext, k: int, end: int) -> int:
    """Where indirect content running from token ``k`` stops: at ``end``, before ',
    adding that ...', '- saying that ...' (a participle speech verb after a separator, a
    closing mark between them or not, reports content of its own), or before an aside
    outside quotation marks (', a move that ...', ', who ...' after a name, ', which ...'
    after a noun, ', despite ...' past the content's verb). Other commas are no sign: on
    PolNeAR train, content ends before ", but", ", while", ", and" about as often as it
    runs on past them, or less."""
    doc = ctx.doc
    w = quote_words()
    stops = w.separators
    quoted = False  # inside words in quotation marks, no aside ends the content
    verb_before = False  # the content's verb is behind: an aside is on its predicate
    while k + 1 < len(doc) and doc[k].idx < end:
        if is_quote_tok(doc[k].text):
            quoted = not quoted
        elif not quoted and doc[k].text in stops and k > 0 and _aside(doc, k, verb_before):
            return doc[k].idx
        verb_before = verb_before or doc[k].pos_ in {"VERB", "AUX"}
        if k in ctx.verb_set and doc[k].tag_ == "VBG":
            # the separator before it, past a closing mark ('... "grew," adding that')
            sep = k - 1
            while sep > 0 and is_quote_tok(doc[sep].text):
                sep -= 1
            if sep > 0 and doc[sep].text in stops:
                return doc[sep].idx
        k += 1
    return end
