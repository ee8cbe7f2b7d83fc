"""The direct family: quotes in quotation marks and what their speech verb reports.

Each pair of marks (:mod:`~annotate.suggest.quotes.marks`) is attributed from the right
('...," he said') or the left (he said: "...", said that "...") by
:func:`~annotate.suggest.quotes.attribution.attribute_direct`; a complete quote never takes
the verb of a next sentence that reports its own content. A quote with no verb of its own
continues the previous one's speaker when it follows it ("A," she said, "B."). A partial
quote inside indirect content ('said the plan was "a step forward"') yields that content;
one- and two-word quotes only after a labelling verb ('described it as "unworkable"'), a
colon, a comma when they end as a sentence ('asked, "Really?"'), or as a sentence of their
own right after a quote; '..." and that B' is a second report. A quotation re-opened over
paragraphs whose last paragraph has an attribution of its own is two quotes. What a naming
verb puts in quotation marks ('what critics call the "border loophole"', 'called the plan
"a disaster"') is a name, not speech: PolNeAR's annotators never make it a quote.

The family decides its quotes in text order (a verb attributes one of them), so it keeps
a :class:`~annotate.suggest.quotes.attribution.Seen` of its own; it never sees what other
families propose.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from annotate.suggest.candidates import Candidate, Part, Reading, single
from annotate.suggest.context import QUOTE_CHARS, DocContext, is_quote_tok
from annotate.suggest.quotes.attribution import (
    Seen,
    and_that_tail,
    attribute_direct,
    embedded_partial,
)
from annotate.suggest.quotes.marks import QuotePair, find_pairs
from annotate.suggest.rulebook import quote_words, rule
from annotate.suggest.speakers import Mention
from annotate.suggest.textutil import drop_full_stop, strip_span


def direct(ctx: DocContext) -> Iterator[Candidate]:
    """Candidates for every direct quote of the document, in text order."""
    text = ctx.text
    seen = Seen(len(text))
    labelling, naming = quote_words().labelling, quote_words().naming
    for pair in _pieces(ctx, seen, find_pairs(text)):
        start, end = strip_span(text, pair.start, pair.end)
        if start >= end or _title(text, pair.open_pos, start, end):
            continue
        found = attribute_direct(ctx, seen, pair.open_pos, pair.close_pos, start, end)
        words = len(text[start:end].split())
        if found is None and (_scare(text, pair.open_pos, start, end) or (
                words < 3 and not _short_sentence(text, pair.open_pos, start, end)) or
                _unattributed_name(text, start, end)):
            continue
        claim = (pair.open_pos, pair.outer_end if pair.close_end else end + 1)
        speech_like = found is None and _speech_like(text, pair.open_pos, start, end)
        runs_on = _runs_on(ctx, pair)
        if runs_on is not None:  # '"We have three weeks to go" until the caucuses.'
            end, claim = runs_on, (claim[0], max(claim[1], runs_on))
        cue: tuple[int, int] | None = None
        mention: Mention | None = None
        if found is None:
            yield single(rule("quote.direct.unattributed"), start, end, claim, orphan=True,
                         alone_ok=speech_like)
        else:
            side, verb_i, mention = found.side, found.verb, found.mention
            vt = ctx.doc[verb_i]
            if vt.lemma_ in naming:
                continue  # 'what some call the "border loophole"': a name, not speech
            cue = ctx.cue_span(verb_i)
            if side == "left":
                embedded = embedded_partial(ctx, seen, verb_i, pair.open_pos, pair.close_pos)
                if embedded is not None:  # 'X said the plan was "a step forward" ...'
                    seen.used.add(verb_i)
                    seen.cover(*embedded)
                    yield single(rule("quote.indirect.partial"), *embedded, cue=cue,
                                 cue_token=verb_i, speaker=mention)
                    # 'Back then, the chef said, she found him "very quiet"': and before it
                    front = _fronted(ctx, seen, verb_i, mention, embedded[0], embedded[0])
                    if front is not None:
                        seen.cover(*front)
                        yield single(rule("quote.direct.front"), *front, cue=cue,
                                     speaker=mention)
                    continue
            # short quotes only after a labelling verb or a colon ('told reporters: "Yes."')
            # ('calls for a "ceasefire"' names a thing: a scare quote, not a label)
            labels = vt.lemma_ in labelling and not (
                verb_i + 1 < len(ctx.doc) and ctx.doc[verb_i + 1].pos_ == "ADP")
            # (or a whole short sentence after a comma: 'said, "Probably."')
            if words < 3 and side == "left" and not labels and \
                    not _after_colon(text, pair.open_pos) and \
                    not _after_comma_utterance(text, pair.open_pos, end):
                continue
            seen.used.add(verb_i)
            if side == "right":
                start = _lead_in(ctx, seen, pair.open_pos, start, mention)
            if found.tail_end is not None:  # '"..." in the 2008 primary, said X'
                end = strip_span(text, start, found.tail_end)[1]
                claim = (claim[0], max(claim[1], found.tail_end))
            yield single(rule("quote.direct"), start, end, claim, cue=cue, cue_token=verb_i,
                         speaker=mention)
        seen.cover(*claim)
        if found is not None and found.side == "left":
            front = _fronted(ctx, seen, found.verb, found.mention, pair.open_pos, start)
            if front is not None:  # 'Sooner or later, the governor told reporters, "..."'
                seen.cover(*front)
                yield single(rule("quote.direct.front"), *front, cue=cue, speaker=mention)
            extra = and_that_tail(ctx, seen, pair.close_pos)
            if extra is not None:
                seen.cover(*extra)
                part = Part(extra[0], extra[1], rule("quote.indirect.and_that"))
                yield Candidate(part.rule, (Reading((part,), extra),), mention, cue)


def _pieces(ctx: DocContext, seen: Seen, pairs: Iterable[QuotePair]) -> Iterator[QuotePair]:
    """The pairs, with a quotation re-opened over paragraphs split before its last
    paragraph when that paragraph's part has an attribution of its own after it ('He said:
    "A. ¶ "B," he added.'): A reads as a quotation left open at its paragraph end (a
    left attribution or the quote before it speaks it), B as a quote of its own. A
    quotation over paragraphs with no attribution between them stays one quote."""
    text = ctx.text
    for pair in pairs:
        if pair.close_pos is None or ctx.para_of(pair.open_pos) == ctx.para_of(pair.close_pos):
            yield pair
            continue
        reopen = ctx.para_bounds(pair.close_pos)[0]
        width = 2 if text.startswith(("''", "``"), reopen) else 1
        if reopen <= pair.open_pos or not is_quote_tok(text[reopen:reopen + width]):
            yield pair
            continue
        start, end = strip_span(text, reopen + width, pair.end)
        last = attribute_direct(ctx, seen, reopen, pair.close_pos, start, end) \
            if start < end else None
        if last is None or last.side != "right":
            yield pair
            continue
        first_end = ctx.paragraphs[ctx.para_of(reopen) - 1][1]
        yield QuotePair(pair.open_pos, None, pair.start, first_end)
        yield QuotePair(reopen, pair.close_pos, start, pair.end, pair.close_end)


def _runs_on(ctx: DocContext, pair: QuotePair) -> int | None:
    """'"We have three weeks to go" until the caucuses.': a quote closed inside its
    sentence, whose sentence goes on in lower case with no speech verb, quotation mark or
    '..." and that B' of its own, reports that sentence to its end (its full stop left
    out), as PolNeAR's annotators mark it; so does a conjunction with no verb after it
    ('"..." and other pocketbook issues', '"..." or to control the arsenal'). The end, or
    None."""
    text = ctx.text
    if pair.close_end is None or pair.close_pos is None or \
            text[pair.start:pair.close_pos].rstrip()[-1:] in ".!?,":
        return None  # ('"...," and shared a link': a comma ends the quote's clause)
    j = pair.close_end
    while j < len(text) and text[j] in " \t":
        j += 1
    k = ctx.token_at(j)
    if j >= len(text) or not text[j].islower():
        return None
    stop = ctx.sentence_end(j)
    if ctx.doc[k].pos_ == "CCONJ" and _finite_until(ctx, k, stop):
        return None  # ('"..." and shared a link': a clause of its own)
    if ctx.match_at("and_that", k) is not None or "''" in text[j:stop] or \
            any(c in QUOTE_CHARS for c in text[j:stop]):
        return None
    while k < len(ctx.doc) and ctx.doc[k].idx < stop:
        if k in ctx.verb_set:
            return None
        k += 1
    start, end = strip_span(text, j, stop)
    return drop_full_stop(text, start, end) if start < end else None


def _finite_until(ctx: DocContext, k: int, stop: int) -> bool:
    """A finite verb from token ``k`` on, before char ``stop``."""
    doc = ctx.doc
    while k < len(doc) and doc[k].idx < stop:
        if doc[k].tag_ in {"VBD", "VBZ", "VBP", "MD"}:
            return True
        k += 1
    return False


def _fronted(ctx: DocContext, seen: Seen, verb_i: int, mention: Mention, open_pos: int,
             start: int) -> tuple[int, int] | None:
    """'Sooner or later, the governor told reporters, "it starts to pay off."': the words
    before an attribution set off by commas, when the quote after it goes on their
    sentence (it opens in lower case), are the quote's first part. Not when the speaker
    has a verb of their own before it ('Minutes later, she sent an email saying, "done."':
    no middle attribution)."""
    doc, text = ctx.doc, ctx.text
    if mention.start < 1 or doc[mention.start - 1].text != "," or mention.end > verb_i or \
            any(t.pos_ in {"VERB", "AUX"} for t in doc[mention.end:verb_i]) or \
            not text[start:start + 1].islower() or \
            not text[doc[verb_i].idx:open_pos].rstrip().endswith(","):
        return None
    comma = doc[mention.start - 1].idx
    s0 = ctx.speaker_floor(comma)
    f_start, f_end = strip_span(text, s0, comma)
    a, b = ctx.token_at(f_start), mention.start - 1
    if f_start >= f_end or seen.is_covered(f_start, f_end) or "''" in text[f_start:f_end] or \
            any(c in QUOTE_CHARS for c in text[f_start:f_end]) or \
            any(k in ctx.verb_set for k in range(a, b)):
        return None
    return f_start, f_end


def _lead_in(ctx: DocContext, seen: Seen, open_pos: int, start: int,
             mention: Mention | None) -> int:
    """'The bill's failure was "heartbreaking," she said.': a quote that opens mid-sentence
    and is attributed after it reports the whole sentence, its unquoted start too (unless
    that start has a cue or a quote of its own)."""
    text = ctx.text
    s0 = ctx.speaker_floor(open_pos)
    lead = text[s0:open_pos]
    if not lead.strip() or lead.rstrip().endswith(":") or seen.is_covered(s0, open_pos) or \
            "''" in lead or any(c in QUOTE_CHARS for c in lead):
        return start
    a, b = ctx.token_at(s0), ctx.token_at(open_pos)
    if any(k in ctx.verb_set for k in range(a, b)) or (mention is not None and
                                                       mention.start < b):
        return start  # 'Roffman, who estimates his costs were "...", said': the speaker
    return strip_span(text, s0, open_pos)[0]


_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by",
                          "with", "or"})


def _title_case(words: list[str]) -> bool:
    content = [w.strip("\"“”'‘’(),.:;") for w in words]
    content = [w for w in content if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    return bool(content) and sum(w[0].isupper() for w in content) >= 0.7 * len(content)


def _scare(text: str, open_pos: int, start: int, end: int) -> bool:
    """A short phrase in quotation marks inside a sentence, with no verb of its own ('for
    making "very rude statements"'): a scare quote or an echo, no one's quote, even
    right after a quote of the same writer."""
    before = text[:open_pos].rstrip(" \t")
    return len(text[start:end].split()) < 6 and text[start:end].rstrip()[-1:] not in ".!?" \
        and not _opens_sentence(text, open_pos) and not before.endswith(",")


def _opens_sentence(text: str, open_pos: int) -> bool:
    before = text[:open_pos].rstrip(" \t")
    return not before or before[-1] in ".?!\n:\"”" or before.endswith("''")


def _title(text: str, open_pos: int, start: int, end: int) -> bool:
    """Words in quotation marks in Title Case inside a sentence name something (a show,
    a book, a slogan: 'said on "Meet the Press"', 'what he called the "Charleston
    Loophole"'), whatever verb is near: no quote. Not after a comma ('he said, "Yes, Sir"')
    nor an exclamation ('declared "What a Night!"'), and not twelve words or more."""
    words = text[start:end].split()
    if len(words) > 12 or text[start:end].rstrip(".,")[-1:] in "!?" or \
            _opens_sentence(text, open_pos) or text[:open_pos].rstrip(" \t").endswith(","):
        return False
    return _title_case(words)


def _unattributed_name(text: str, start: int, end: int) -> bool:
    """A few words in Title Case with no sentence punctuation that no verb attributes
    ('named "Criminal Minds," "Game of Thrones" and ...', '"Sons of Liberty" is a play
    about ...'): a title, even after a comma or opening a sentence."""
    words = text[start:end].split()
    return len(words) < 6 and text[end - 1:end] not in ".!?" and _title_case(words)


def _speech_like(text: str, open_pos: int, start: int, end: int) -> bool:
    """Words in quotation marks that no verb attributes are suggested only when they
    read like speech: not a title in Title Case ("Meet the Press"), and a sentence of
    four words or more where they open a sentence, twelve or more inside one (shorter
    ones there are scare quotes: 'a so-called "dishonest media"')."""
    words = text[start:end].split()
    if _title_case(words):
        return False
    return len(words) >= (4 if _opens_sentence(text, open_pos) else 12)


def _after_colon(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == ":"


def _after_comma_utterance(text: str, open_pos: int, end: int) -> bool:
    """'Then she asked, "Really?"', 'he said, "Probably."': a short quote set off by a
    comma after its speech verb and ending as a sentence is what was said, as after a
    colon."""
    return text[:open_pos].rstrip(" \t").endswith(",") and text[end - 1:end] in ".!?"


def _short_sentence(text: str, open_pos: int, start: int, end: int) -> bool:
    """'"It was chaos," she said. "Total chaos."': one or two words in quotation marks
    that are a sentence of their own (opening a sentence, capitalised, ending in a full
    stop, question or exclamation mark) right after a quote in the same paragraph go on
    what it said; with no quote just before them the resolver drops them."""
    if not _opens_sentence(text, open_pos) or text[end - 1:end] not in ".!?" or \
            not text[start:start + 1].isupper():
        return False
    line_start = text.rfind("\n", 0, open_pos) + 1
    before = text[line_start:open_pos]
    return any(c in QUOTE_CHARS for c in before) or "''" in before
