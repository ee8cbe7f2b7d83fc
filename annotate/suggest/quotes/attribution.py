"""Attribution of direct quotes (paired quotation marks) to a speech verb and speaker.

The quote spans themselves come from :mod:`annotate.suggest.quotes.marks`; the direct
family (:mod:`annotate.suggest.quotes.direct`) asks this module which verb each belongs
to: the right side ('...," he said') when the quote ends mid-sentence, else the left ('He
said: "..."'); whether a quote sits inside indirect content ('said the plan was "a step
forward"'), and whether an indirect quote follows it ('added that "A" and that B').

The direct family decides its quotes one after the other (a verb attributes one quote;
'"A," he said, "B."' leaves B to continue A), so these helpers read a :class:`Seen`: the
verbs and characters the family's earlier quotes took. It is local to one family call.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from annotate.suggest.context import SENT_PUNCT, DocContext, is_quote_tok
from annotate.suggest.quotes.content import content_end, content_start, label_after_as
from annotate.suggest.quotes.coordination import coordinated_speaker, next_report
from annotate.suggest.rulebook import quote_words
from annotate.suggest.speakers import Mention, find_speaker, governing_speaker
from annotate.suggest.textutil import drop_full_stop, skip_dateline, strip_span


class Seen:
    """Verbs and characters earlier quotes of one family call have taken."""

    def __init__(self, size: int) -> None:
        self.covered = bytearray(size + 1)
        self.used: set[int] = set()

    def cover(self, start: int, end: int) -> None:
        self.covered[start:end] = b"\x01" * max(0, end - start)

    def is_covered(self, start: int, end: int) -> bool:
        return 1 in self.covered[start:end]


@dataclass(frozen=True)
class Attribution:
    """The speech verb of a direct quote, on which side, its speaker, and where the
    content ends when words after the closing mark belong to it ('"..." in the 2008
    primary, said X': up to that comma)."""

    side: str  # "right" | "left"
    verb: int
    mention: Mention
    tail_end: int | None = None


def attribute_direct(ctx: DocContext, seen: Seen, open_pos: int, close_pos: int | None,
                     start: int, end: int) -> Attribution | None:
    """Find the speech verb (and its speaker) a direct quote is attributed to.

    The right side wins when the quote ends mid-sentence ('...," he said'); otherwise the
    left ('He said: "..."').
    """
    text = ctx.text
    right = _right_attribution(ctx, seen, close_pos) if close_pos is not None else None
    complete = text[end - 1] in ".!?" if end > start else False
    # a complete quote followed by a sentence with its own reported content ('"...." Other
    # traders said program selling ...') does not belong to that sentence's verb
    if right is not None and complete and content_start(ctx, right[0].verb) is not None:
        right = None
    if right is not None and (not complete or right[1]):
        return right[0]
    left = _left_attribution(ctx, seen, open_pos)
    if left is not None:
        return Attribution("left", left[0], left[1])
    return right[0] if right is not None else None


def _reports_onward(doc: Doc, k: int, k0: int) -> bool:
    """The verb at ``k`` has its subject before the quotation that closed at ``k0`` and
    its own content after it ('Lee, citing "the magic of it," said the plan would work'):
    the quotation sits inside the subject's phrase, and the verb reports what follows."""
    verb = doc[k]
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < k0 for c in verb.lefts) and \
        any(c.dep_ == "ccomp" and c.i > k for c in verb.rights)


def _right_attribution(ctx: DocContext, seen: Seen, close_pos: int
                       ) -> tuple[Attribution, bool] | None:
    """The verb after the quote ('...," he said', '..." said X'), and whether the
    attribution is short (then it may take even a complete quote)."""
    w = quote_words()
    doc = ctx.doc
    k0 = ctx.token_at(close_pos) + 1
    _, pend = ctx.para_bounds(close_pos)
    candidates = ctx.verb_set
    k = k0
    if k0 < len(doc) and doc[k0].pos_ == "CCONJ":
        return None  # '... "unworkable" and said Congress would ...': a new clause
    limit = min(len(doc), k0 + w.right_window)
    while k < limit and doc[k].idx < pend:
        t = doc[k]
        if t.text in SENT_PUNCT or is_quote_tok(t.text):
            break
        if k in candidates and k not in seen.used:
            if k > k0 and doc[k - 1].pos_ == "CCONJ":
                return None  # '"defying" the orders ... and said ...': a new clause
            if k > k0 and doc[k - 1].tag_ == "TO":
                return None  # '"honored" to announce the sale': an infinitive, no speaker
            if _reports_onward(doc, k, k0):
                return None  # 'Lee, citing "the magic of it," said the plan would work'
            ceil = k + 1
            while ceil < len(doc) and doc[ceil].idx < pend and not (
                doc[ceil].text in SENT_PUNCT or doc[ceil].text == "," or
                is_quote_tok(doc[ceil].text)
            ):
                ceil += 1
            mention = find_speaker(doc, k, k0, ceil)
            if mention is None:
                return None
            if mention.start == k0 + 1 and _title_word(doc, k0):
                mention = Mention(k0, mention.end, mention.rule, mention.antecedent)
            tail_end = None
            if not _adjoins(doc, k0, k, mention):
                comma = _tail_comma(doc, k0, k, mention)
                if comma is None:
                    return None
                # ('"...," Ana Diaz, the chair of the county party, recalled': a comma
                # closing the quotation leaves the words after it to the attribution)
                if ctx.text[:close_pos].rstrip()[-1:] != ",":
                    tail_end = doc[comma].idx
            short = ceil < len(doc) and doc[ceil].text in SENT_PUNCT | {","}
            return (Attribution("right", k, mention, tail_end),
                    short and ceil - k0 <= w.short_attribution and tail_end is None)
        # a verb of another clause ends the search; not "managing director", '"..." about
        # enabling', nor one inside the speaker's apposition ('X, attorney for the groups
        # to file suit, said')
        if t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBG", "VBN"} and \
                t.dep_ not in {"aux", "auxpass", "relcl", "acl"} and \
                not (k == k0 and _title_word(doc, k)):
            break
        k += 1
    return None


def _title_word(doc: Doc, k: int) -> bool:
    """'..." screenwriter Cole Hadley wrote', '..." Tulsa police Chief Ann Ortiz said':
    right after the closing mark, a word the tagger read as a bare verb before a name is
    the speaker's title (no clause starts with a base-form verb there)."""
    return doc[k].tag_ == "VB" and k + 1 < len(doc) and doc[k + 1].pos_ in {"PROPN", "NOUN"}


def _adjoins(doc: Doc, k0: int, k: int, mention: Mention) -> bool:
    """Only the speaker (with its apposition), punctuation and adverbs stand between the
    closing mark (token ``k0``) and the verb ``k`` (and its auxiliaries: '...," Smith has
    said'): '...," Smith, a spokesman, said', not
    '..." with Rubio, in a finish that he said' or '..." without reporters asking'."""
    subj = next((c for c in doc[k].children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    lo, hi = mention.start, mention.end
    if subj is not None and subj.left_edge.i >= k0:
        lo, hi = min(lo, subj.left_edge.i), max(hi, subj.right_edge.i + 1)
    return all(lo <= i < hi or doc[i].is_punct or doc[i].is_space or
               doc[i].pos_ in {"ADV", "PART"} or _aux_of(doc, i, k) for i in range(k0, k))


def _aux_of(doc: Doc, i: int, k: int) -> bool:
    """Token ``i`` is an auxiliary of the active verb ``k`` ('..." she has said', '..." he
    will say', after its subject; not a passive's '..." was mentioned', nor a relative
    clause's '..." that would respond')."""
    t = doc[i]
    subj = next((c for c in doc[k].children if c.dep_ == "nsubj"), None)
    return t.dep_ == "aux" and t.head.i == k and doc[k].tag_ in {"VBN", "VB"} and \
        subj is not None and subj.i < i and subj.tag_ not in {"WDT", "WP"}


def _tail_comma(doc: Doc, k0: int, k: int, mention: Mention) -> int | None:
    """'"..." in the 2008 primary, said X', '"..." like the recent volatility, said X':
    the comma after which the attribution adjoins, when the words before it (after the
    closing mark) are no clause of their own."""
    for c in range(k - 1, k0, -1):
        if doc[c].text != ",":
            continue
        if _adjoins(doc, c + 1, k, mention) and not any(
                doc[i].tag_ in {"VBD", "VBZ", "VBP", "MD"} for i in range(k0, c)):
            return c
        return None
    return None


def _left_attribution(ctx: DocContext, seen: Seen, open_pos: int
                      ) -> tuple[int, Mention] | None:
    doc, text = ctx.doc, ctx.text
    o = ctx.token_at(open_pos)
    pstart, pend = ctx.para_bounds(open_pos)
    floor_char = skip_dateline(text, pstart, min(pend, open_pos))
    if not text[pstart:open_pos].strip() and ctx.para_of(open_pos) > 0:
        prev_start, prev_end = ctx.paragraphs[ctx.para_of(open_pos) - 1]
        tail = text[prev_start:prev_end].rstrip()
        if tail.endswith((":", ",")) or tail.lower().endswith(" that"):
            floor_char = prev_start
    candidates = ctx.verb_set
    k = o - 1
    stop = max(0, o - quote_words().left_window)
    while k >= stop and doc[k].idx >= floor_char:
        t = doc[k]
        if t.text in SENT_PUNCT or is_quote_tok(t.text):
            break
        if k in candidates and k not in seen.used:
            floor = k
            while floor - 1 >= max(0, k - 60) and doc[floor - 1].idx >= floor_char and not (
                doc[floor - 1].text in SENT_PUNCT or is_quote_tok(doc[floor - 1].text)
            ):
                floor -= 1
            mention = coordinated_speaker(ctx, k, floor) or find_speaker(
                doc, k, floor, k, inverted_ok=False)
            if mention is None and doc[k].dep_ == "conj":  # '"A" but added that "B"'
                s_floor = ctx.token_at(ctx.sentence_start(doc[k].idx))
                mention = find_speaker(doc, k, s_floor, k, inverted_ok=False)
            if mention is not None and mention.start >= o:
                mention = None  # a subject inside the quotation is never its speaker
            if mention is None:  # 'X drew boos upon saying, "..."'
                mention = governing_speaker(doc, k, floor, o)
            if mention is None:
                return None
            return k, mention
        k -= 1
    return None


def embedded_partial(ctx: DocContext, seen: Seen, verb_i: int, open_pos: int,
                     close_pos: int | None) -> tuple[int, int] | None:
    """A quote inside indirect content ('said the proposal was "a step in the right
    direction"'): the char span of the whole content, from its start to the end of the
    sentence or to the next speech verb ('... but added that ...'); None when the quote
    is the content itself. A labelling verb's content is its object with the label
    ('described the plan as "unworkable"', 'called it "a disgrace"')."""
    doc, text = ctx.doc, ctx.text
    o = ctx.token_at(open_pos)
    if doc[verb_i].lemma_ in quote_words().labelling:
        return _labelled(ctx, seen, verb_i, o, close_pos)
    found = content_start(ctx, verb_i)
    first = found[0] if found is not None else None
    if first is None and o == verb_i + 1:
        first = o  # 'says "regardless of what they say, it's a race" between A and B'
    if first is None:
        first = _after_middle_attribution(ctx, verb_i, o)
    if first is None:
        first = _clause_before_quote(ctx, verb_i, o)
    if first is None:
        first = _lower_case_run_on(ctx, verb_i, o)
    if first is None or first > o:
        return None
    if first == o:
        # the quote opens the content but the clause goes on after it ('acknowledged
        # that "we were too slow" to expand ...'): the whole clause
        after = len(text) if close_pos is None else \
            close_pos + (2 if text.startswith("''", close_pos) else 1)
        while after < len(text) and text[after] in " \t":
            after += 1
        if after >= len(text) or not text[after].islower() or (
                doc[ctx.token_at(after)].pos_ in {"CCONJ", "SCONJ"} and
                not _quote_follows(ctx, ctx.token_at(after) + 1)):
            return None  # '"A" and that B' is two pieces of content ('"A" and "B"' one)
    # the content must have begun before the quote: a verb ('said the plan was "..."'),
    # its subject ('said the company "knew ..." that', 'that a cut "has a chance"') or a
    # conjunction opening it ('warned that while "..."')
    elif not any(t.pos_ in {"VERB", "AUX", "SCONJ"} or (t.pos_ in {"NOUN", "PROPN", "PRON"}
                                                        and t.dep_ != "dative") or
                 (t.pos_ == "DET" and t.head.i > o)  # 'said a "large number" would ...'
                 for t in doc[first:o]):
        return None
    start = doc[first].idx
    end = ctx.sentence_end(start)
    if close_pos is not None and close_pos > end and ctx.para_of(close_pos) == ctx.para_of(start):
        # the quotation goes on past a sentence end ('said he would "need help. So we'll
        # see."'): the report runs to the end of the sentence the quotation closes in
        end = ctx.sentence_end(close_pos - 1 if text[close_pos - 1] in ".!?" else close_pos)
    k = ctx.token_at(close_pos if close_pos is not None else open_pos) + 1
    end = next_report(ctx, k, end, o) or end
    end = content_end(ctx, k, end)  # '..., adding that ...' reports content of its own
    end = _outside_report(ctx, verb_i, k, end)
    start, end = strip_span(text, start, end)
    end = drop_full_stop(text, start, end)
    if end <= start or seen.is_covered(start, end):
        return None
    return start, end


def _outside_report(ctx: DocContext, verb_i: int, k: int, end: int) -> int:
    """Where the clause of the speech verb ``verb_i`` takes over again after its content
    (from token ``k``, after the quotation, to ``end``): before a verb coordinated with the
    speech verb ('suggested that A was "liberal" and argued that ...', '... but downplayed
    the issue'), ', according to X', or the main clause after a fronted one ('While X said
    A was "B," Y is ...'). (Not before a participle after a comma, hung on the speech verb
    or not: '..., making $30,000 a year' is as often content as not.)"""
    doc = ctx.doc
    verb = doc[verb_i]
    main_subj = None
    if verb.dep_ == "advcl" and verb.head.i > verb_i:
        main_subj = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}
                          and c.left_edge.i > verb_i), None)
    while k < len(doc) and doc[k].idx < end:
        t = doc[k]
        p = k - 1
        while p > 0 and is_quote_tok(doc[p].text):
            p -= 1  # ('"a step forward," according to': the comma inside the marks)
        prev = doc[p]
        if t.head.i == verb_i and t.dep_ == "conj" and t.pos_ == "VERB" and \
                doc[k - 1].pos_ == "CCONJ" and not any(
                    c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children):
            b = k - 1  # (a verb of the speaker's own, with no subject of its own)
            if doc[b - 1].text == ",":
                b -= 1
            return min(end, doc[b].idx)
        if prev.text == "," and t.lower_ == "according" and k + 1 < len(doc) and \
                doc[k + 1].lower_ == "to":
            return min(end, prev.idx)
        if main_subj is not None and k == main_subj.left_edge.i and prev.text == ",":
            return min(end, prev.idx)
        k += 1
    return end


_NP = frozenset({"DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"})


def _quote_follows(ctx: DocContext, k: int) -> bool:
    """Token ``k`` opens a quotation ('said that "A" and "B"', '"A" because "B"')."""
    return k < len(ctx.doc) and is_quote_tok(ctx.doc[k].text)


def _lower_case_run_on(ctx: DocContext, verb_i: int, o: int) -> int | None:
    """'said the mayor's words and deeds "amount to bullying."', 'says no matter what the
    board decides, "his word stands."': words the parse did not make the verb's content,
    then a quotation that opens in lower case, so goes on with them: the content starts
    after the verb (its subject before it, no sentence break or other quotation between)."""
    doc, text = ctx.doc, ctx.text
    verb = doc[verb_i]
    if o + 1 >= len(doc) or not text[doc[o + 1].idx].islower() or \
            o - verb_i - 1 > quote_words().content_window or o <= verb_i + 1:
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb_i for c in verb.children):
        return None  # 'said Mr. Lee, "it was ..."': the speaker, not content, between
    between = doc[verb_i + 1:o]
    if any(t.text in SENT_PUNCT or t.text in {":", ";"} or is_quote_tok(t.text) or
           "\n" in t.text or t.i in ctx.verb_set for t in between):
        return None
    # past the verb's own modifiers and listener ('acknowledged in a forum on Monday "it
    # will be hard"', 'told reporters, "it ..."'), a comma and "that"
    w = quote_words()
    first = verb_i + 1
    for child in verb.rights:
        listener = child.dep_ in {"dobj", "dative"} and verb.lemma_ in w.addressee
        setting = child.dep_ == "npadvmod" or (child.dep_ == "advmod" and child.n_lefts +
                                               child.n_rights == 0) or (
            child.dep_ == "prep" and child.lower_ in w.setting_prepositions)
        if child.left_edge.i == first and child.right_edge.i < o and (setting or listener):
            first = child.right_edge.i + 1
    while first < o and (doc[first].text == "," or doc[first].lower_ == "that"):
        first += 1
    return first if first < o else None


def _clause_before_quote(ctx: DocContext, verb_i: int, o: int) -> int | None:
    """'told reporters the state's standards are not perfect but "getting better."': a
    clause of its own (a finite verb) between the speech verb and a quotation that goes
    on it (no comma or other punctuation before the mark), which the parser did not hang
    on the verb: the content starts after the verb (and after a listener's name)."""
    doc = ctx.doc
    w = quote_words()
    if o - verb_i < 3 or o - verb_i > w.content_window or doc[verb_i].lemma_ in w.labelling:
        return None
    between = doc[verb_i + 1:o]
    if any((t.is_punct and t.tag_ not in {"HYPH", "POS"}) or is_quote_tok(t.text) or
           "\n" in t.text or t.lower_ in w.time_marks or t.i in ctx.verb_set
           for t in between):
        return None
    finite = [t for t in between if t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and
              t.dep_ not in {"relcl", "acl"}]
    if not finite:
        return None
    first = verb_i + 1
    if doc[verb_i].lemma_ in w.addressee:
        listener = next((c for c in doc[verb_i].rights if c.dep_ in {"dobj", "dative"}), None)
        if listener is None or listener.right_edge.i + 1 >= finite[0].i:
            return None
        first = listener.right_edge.i + 1
    for child in doc[verb_i].rights:  # 'predicted at the debate that', 'said in Springfield'
        if child.dep_ in w.attribution_deps and child.left_edge.i == first and \
                child.right_edge.i < finite[0].i:
            first = child.right_edge.i + 1
    if first < o and doc[first].lower_ == "that":
        first += 1
    return first if first < finite[0].i else None


def _after_middle_attribution(ctx: DocContext, verb_i: int, o: int) -> int | None:
    """'Back then, the chef said, she found him "very quiet."', 'X, Sexton said, has
    created a "strange ... zone."': an attribution set off by commas inside the sentence
    whose content goes on after the second comma, before the quotation mark (a subject or
    a verb there): the content starts after that comma."""
    doc = ctx.doc
    k = verb_i + 1
    while k < o and doc[k].pos_ in {"ADV", "NOUN", "PROPN", "NUM", "ADP", "DET"} and \
            doc[k].text != ",":
        k += 1  # 'said Tuesday,', 'said in an interview,'
    if k >= o - 1 or doc[k].text != "," or verb_i < 2 or \
            not any(t.text == "," for t in doc[max(0, verb_i - 8):verb_i]):
        return None
    between = doc[k + 1:o]
    if any(t.text in SENT_PUNCT or is_quote_tok(t.text) for t in between):
        return None
    if any(t.pos_ in {"VERB", "AUX"} or t.dep_ in {"nsubj", "nsubjpass"} or
           t.pos_ in _NP for t in between):
        return k + 1  # ('For young voters, he said, their "experience told them ..."')
    return None


def _labelled(ctx: DocContext, seen: Seen, verb_i: int, o: int, close_pos: int | None
              ) -> tuple[int, int] | None:
    """'called the plan "unworkable"', 'described himself as "a consistent
    conservative"': the object, the label and the quote, when an object stands between
    the verb and the quote (a bare 'called "X"' is the quote alone); 'whom he described as
    "volatile"', 'was described as "a piece of history"': with its object before it (or
    none), the label from "as" on (on PolNeAR train, with the same without quotation
    marks, 6 more quotes matched at 0.8, 3 more wrong)."""
    doc, text = ctx.doc, ctx.text
    if close_pos is None or o <= verb_i + 1 or o - verb_i > quote_words().content_window:
        return None
    between = doc[verb_i + 1:o]
    if label_after_as(doc, verb_i) and all(t.pos_ == "DET" for t in between[1:]) and \
            (text[close_pos - 1] in ",.!?" or
             not text[close_pos + 1:close_pos + 3].lstrip()[:1].islower()):
        # (not a label the quotation ends inside: 'described as the "brilliant" move')
        start, end = strip_span(text, between[0].idx, close_pos)
        return None if end <= start or seen.is_covered(start, end) else (start, end)
    if not any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in between) or \
            any(t.text in SENT_PUNCT or (t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBG") or
                is_quote_tok(t.text) for t in between):
        return None  # (a gerund object is one: 'described winning the nod "as ..."')
    start, end = strip_span(text, doc[verb_i + 1].idx, close_pos)
    if end <= start or seen.is_covered(start, end):
        return None
    return start, end


def and_that_tail(ctx: DocContext, seen: Seen, close_pos: int | None) -> tuple[int, int] | None:
    """'He added that “A” and that B.': the span of B, a second, indirect quote of the same
    speaker."""
    if close_pos is None:
        return None
    k = ctx.token_at(close_pos) + 1
    end = ctx.match_at("and_that", k)
    if end is None or end >= len(ctx.doc):
        return None
    nxt = ctx.doc[end]
    start, stop = strip_span(ctx.text, nxt.idx, ctx.sentence_end(nxt.idx))
    stop = drop_full_stop(ctx.text, start, stop)
    if stop - start < 10 or seen.is_covered(start, stop):
        return None
    return start, stop
