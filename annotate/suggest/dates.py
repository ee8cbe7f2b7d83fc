"""DATE spans (points and periods, not durations) with an ISO value.

Spans come from spaCy's DATE entities (plus ISO-formatted dates the model labels as
numbers); the value is computed by :func:`resolve_date` from the span text alone,
anchored at the publication date, at the span's own precision (``2022-11-30``,
``2022-11``, ``2022-W48``, ``2022``, decade ``199``, century ``20``). Relative
expressions whose direction is ambiguous ("Tuesday", "November") are read with the tense
of their clause: a past-tense report means the most recent such day or month.

Ranges ("29-30 November") are valued by their first day: the schema has one value per
span, and the first day is where the period starts (an annotator can widen it).
dateparser is only a fallback and only ever parses the span itself, never searches text.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from annotate.suggest.wordnum import words_to_year

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_NUMS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
         "several": 3, "few": 3, "couple": 2, "twenty": 20, "thirty": 30, "forty": 40,
         "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                  "twenty-first": 21, "twenty first": 21}

_CLAUSE_OPEN = frozenset({",", ";", "that", "and", "but", "while", "when"})
_LEAD_PREPS = frozenset({"on", "in", "since", "by", "from", "until", "till", "at", "during",
                         "of", "as", "after", "before"})
_MONTH_RE = (r"(?P<m>january|february|march|april|may|june|july|august|september|october"
             r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
_DAY = r"(?P<{n}>\d{{1,2}})(?:st|nd|rd|th)?"
_DAY_FIRST = re.compile(
    _DAY.format(n="d1") + r"(?:\s*[-–]\s*" + _DAY.format(n="d2") + r")?\s+(?:of\s+)?"
    + _MONTH_RE + r"(?!\w)")
_MONTH_FIRST = re.compile(
    r"(?<!\w)" + _MONTH_RE + r"\s+" + _DAY.format(n="d1") + r"(?!\d)(?:\s*[-–]\s*"
    + _DAY.format(n="d2") + r")?(?!\w)")
_DAYS_BEFORE = re.compile(r"(?<![\w-])\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}"
                          r"(?:st|nd|rd|th)?)?\s+(?:of\s+)?$")
_MONTH_ONLY = re.compile(r"(?<!\w)" + _MONTH_RE + r"(?!\w)")
_YEAR = re.compile(r"(?<!\d)(?<!\d-)(?P<y>1[5-9]\d\d|20\d\d)(?![\d-])")
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?$")
_ISO_ANY = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")
_AGO = re.compile(r"(?P<n>\d+|[a-z]+)\s+(?P<u>year|month|week|day)s?\s+ago")
_REL_UNIT = re.compile(
    r"\b(?P<r>this|last|next|past|previous|coming|the)\s+(?P<u>year|month|week)\b")
_WEEKDAY = re.compile(r"(?:(?P<r>last|next|this|past)\s+)?(?P<w>monday|tuesday|wednesday"
                      r"|thursday|friday|saturday|sunday)")
_DECADE = re.compile(r"(?:(?P<c>\d\d)(?P<d>\d)0|'(?P<s>\d)0)['’]?s\b")
_CENTURY = re.compile(r"(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century")
_DURATION = re.compile(
    r"^(?:about |around |nearly |almost |over |more than |less than |at least |the )?"
    r"(?:past |last |next |first |previous |coming )?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|few|a few|many|some|a couple of|couple of|recent|\w+ty)?\s*(?:long |full )?"
    r"(?:half )?(?:seconds?|minutes?|hours?|days|weeks|months|years|decades|centuries|time|"
    r"a day|a week|a month|a year)$")
_UNIT_ONLY = re.compile(r"^(?:a|an|one)\s+(?:day|week|month|year|decade)$")
_QUARTER = re.compile(
    r"(?:(?P<fy>fiscal)\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+"
    r"(?:fiscal\s+)?quarter(?:\s+(?:of\s+)?(?:(?P<fy2>fiscal\s+)?(?P<y>\d{4})|of\s+"
    r"(?P<r>this|last|next|the\s+previous|the\s+next)\s+year))?")
#: "the December quarter": the quarter that month closes
_MONTH_QUARTER = re.compile(_MONTH_RE + r"\s+quarter\b")
_FY_SHORT = re.compile(r"^fy\s?'?(?P<y>\d{2}|\d{4})$")
_Q_SHORT = re.compile(r"^q(?P<q>[1-4])(?:\s+(?:fy\s?)?\d{2,4})?$")
#: what the model leaves untagged: "FY26", a bare "Q3", the second year of
#: "between 1985 and 1988", a period "the July-September period"
_EXTRA = re.compile(r"(?<![\w-])(?:FY\s?'?\d{2}(?:\d{2})?|Q[1-4])(?![\w-])"
                    r"|(?<=\band )(?:19|20)\d\d(?!\w)"
                    r"|(?i:the\s+[a-z]+\s*[-–]\s*[a-z]+\s+period)")
_QUARTER_NUM = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                "3rd": 3, "4th": 4}
_FISCAL_YEAR = re.compile(r"^(?:the\s+)?fiscal\s+(?:year\s+)?(?P<y>\d{4})$")
_SEASON = re.compile(r"(?:(?P<r>this|last|next|past|coming|early|late)\s+)?"
                     r"(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>\d{4}))?$")
_SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9),
            "winter": ("WI", 12)}
#: abbreviated months the small model often misses as DATE ("Feb. 12", "Sept. 30, 1989")
_ABBR_DATE = re.compile(r"(?<!\w)(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}(?!\d)"
                        r"(?:,\s+(?:19|20)\d\d(?!\d))?")
#: full month names with a day and relative periods the model often leaves untagged
#: ("the quarter ended June 30", "later this year", "this autumn", "in the autumn")
_MISSED = re.compile(
    r"(?<!\w)(?:(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+\d{1,2}(?!\d)(?:,\s+(?:19|20)\d\d(?!\d))?"
    r"|(?i:(?:later|earlier)\s+this\s+(?:year|month|week)"
    r"|(?:this|last|next|coming)\s+(?:spring|summer|autumn|fall|winter|week|month|year)"
    r"|(?:the\s+)?(?:first|second)\s+half\s+of\s+(?:(?:the|this|next|last)\s+year"
    r"|(?:19|20)\d\d)"
    r"|the\s+(?:spring|summer|autumn|winter)))(?!\w)")
#: a span must name some unit of time ("south-east" tagged DATE does not)
_TEMPORAL = re.compile(
    r"\d|\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b|day|week|month"
    r"|year|decade|centur|quarter|half|season|spring|summer|autumn|fall|winter|morning"
    r"|afternoon|evening|night|today|tomorrow|now|time|period|christmas|easter|eve\b"
    r"|holiday|ramadan|thanksgiving|noon|dawn|dusk|era\b|term\b|future|past|recent"
    r"|(?:ty|teen|ties)\b|hundred|thousand")
_UNIT_WORDS = frozenset({"week", "month", "year", "weekend", "spring", "summer", "autumn",
                         "fall", "winter", "quarter"})
_SEASON_WORDS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
_REL_DET = frozenset({"this", "last", "next", "past", "coming", "previous"})
#: hedges before a date: "at least a year", "as early as next week", "no later than May"
_HEDGE = re.compile(r"^(?:least|most|(?:early|late|soon)\s+as|(?:later|earlier|sooner)"
                    r"\s+than|no\s+(?:later|earlier|sooner)\s+than)\s+")
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
_WEEKDAY_PART = re.compile(r"^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday"
                           r"|sunday)\s+(?:morning|afternoon|evening|night)$")
_REST_OF = frozenset({"rest", "remainder", "balance"})
_REST_OF_RE = re.compile(r"^(?:the\s+)?(?:rest|remainder|balance)\s+of\b")
#: "the past decade": a stretch of time up to now, not a point
_PAST_SPAN = re.compile(r"^(?:the\s+)?(?:past|last|previous|next|coming)\s+(?:few\s+)?"
                        r"(?:decades?|centur(?:y|ies))$|^the\s+past\s+(?:week|month)$")
#: vague or unanchored stretches: "the day", "this season", "a long time ago", "the
#: year-ago (period)", "a long summer", "two difficult years", "several weeks later"
_VAGUE = re.compile(
    r"^(?:the\s+day|(?:this|the|next|last)\s+season|(?:a\s+)?long\s+(?:time\s+)?ago"
    r"|a\s+long\s+time\s+ago|the\s+year-ago|an?\s+(?:long|short|busy|hard|tough)\s+\w+"
    r"|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a\s+few|many)"
    r"\s+\w+\s+(?:days|weeks|months|years|seasons)"
    r"|(?:several|few|a\s+few|many|some)\s+(?:days|weeks|months|years)\s+(?:later|earlier))$")
#: an age between commas ("Luis Romero, 67,") or a bare number the model read as a date
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
#: "in their 50s and 60s": ages, not decades
_POSSESSIVES = frozenset({"their", "his", "her", "my", "our", "your"})
_AGE_DECADE = re.compile(r"^(?:early\s+|mid\s+|late\s+)?\d0s\b")
#: sports periods ("in the second half", "the final quarter") with no year in sight
_SPORTS_PERIOD = re.compile(r"^the\s+(?:(?:first|second)\s+half|final\s+(?:quarter|period))$")
#: verbs whose "by DATE" looks ahead even in a past clause ("said he expected a recovery
#: by March")
_FUTURE_LEMMAS = frozenset({"expect", "forecast", "predict", "plan", "project", "anticipate",
                            "aim", "hope", "target", "intend", "schedule", "promise", "vow",
                            "pledge", "recovery"})
_YEAR_EARLIER = re.compile(r"^(?:a|one)\s+year\s+(?:earlier|before|previously)$")
_Q_MONTHS = re.compile(_MONTH_RE.replace("?P<m>", "?P<m1>") + r"\s*[-–/]\s*"
                       + _MONTH_RE.replace("?P<m>", "?P<m2>") + r"\s+(?:quarter|period)")
_HALF = re.compile(r"(?P<h>first|second)\s+half\s+of\s+(?:(?P<y>\d{4})|(?P<r>the|this|next"
                   r"|last|previous)\s+year)")
_SET_OR_ADJ = re.compile(r"^(?:every|each)\b|^\w+-(?:year|month|week|day)s?(?:-old)?$")
_NOT_POINT = re.compile(r"\b(?:old|daily|weekly|monthly|annual|yearly|annually|ages?)\b")


@dataclass(frozen=True)
class DateHit:
    """A suggested DATE span (char offsets) with its ISO value."""

    start: int
    end: int
    value: str | None
    rule: str
    score: float


def find_dates(doc: Doc, published: date | None) -> list[DateHit]:
    """DATE suggestions for ``doc`` (one pass over its entities)."""
    text = doc.text
    hits: list[DateHit] = []
    for ent in doc.ents:
        if ent.label_ == "DATE" or (ent.label_ == "CARDINAL" and _ISO_ANY.search(ent.text)) \
                or (ent.label_ == "TIME" and _WEEKDAY_PART.match(ent.text.lower())):
            for toks in _pieces(ent):
                hit = _hit_for(doc, toks, text, published)
                if hit is not None:
                    hits.append(hit)
    seen = [(h.start, h.end) for h in hits]
    for m in _MISSED.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in seen):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or _modifies_noun(doc, span.end - 1) or _rest_of(doc, span.start):
            continue
        value, rule = resolve_date(m.group(), published, clause_tense(span))
        hits.append(DateHit(m.start(), m.end(), value, rule, 0.7))
        seen.append((m.start(), m.end()))
    hits.sort(key=lambda h: h.start)
    if ". " in text:
        for m in _ABBR_DATE.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in seen):
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            tense = clause_tense(span) if span is not None else "past"
            value, rule = resolve_date(m.group(), published, tense)
            hits.append(DateHit(m.start(), m.end(), value, rule, 0.8))
            seen.append((m.start(), m.end()))
        hits.sort(key=lambda h: h.start)
    for m in _EXTRA.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in seen):
            continue
        if m.group()[:1].isdigit() and not re.search(
                r"between\s+(?:19|20)\d\d\s+and\s+$", text[max(0, m.start() - 20):m.start()]):
            continue  # a second year only in "between YEAR and YEAR"
        value, rule = resolve_date(m.group(), published, "past")
        if value is None and not m.group().startswith("Q"):
            continue
        hits.append(DateHit(m.start(), m.end(), value, rule, 0.7))
        seen.append((m.start(), m.end()))
    hits.sort(key=lambda h: h.start)
    if "-" in text:
        for m in _ISO_ANY.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in seen):
                value, rule = resolve_date(m.group(), published)
                hits.append(DateHit(m.start(), m.end(), value, rule, 0.8))
        hits.sort(key=lambda h: h.start)
    return _year_earlier(doc, hits)


def _year_earlier(doc: Doc, hits: list[DateHit]) -> list[DateHit]:
    """"a year earlier" takes the precision of the date it is compared with, in its
    sentence ("third-quarter loss ... from ... a year earlier" -> the quarter a year back)."""
    out: list[DateHit] = []
    prev: DateHit | None = None
    for h in hits:
        if h.rule == "date.year_earlier" and prev is not None and prev.value and \
                re.match(r"\d{4}(?:-|$)", prev.value) and \
                _same_sentence(doc, prev.start, h.start):
            value = f"{int(prev.value[:4]) - 1:04d}{prev.value[4:]}"
            h = DateHit(h.start, h.end, value, h.rule, h.score)
        out.append(h)
        prev = h
    return out


def _same_sentence(doc: Doc, a: int, b: int) -> bool:
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return span[0].sent.start == span[-1].sent.start


def _pieces(ent: Span) -> list[list[Token]]:
    """The tokens of an entity, split at "ended"/"ending" ("the fiscal fourth quarter
    ended June 30" holds two dates: the period and its last day)."""
    pieces: list[list[Token]] = [[]]
    for t in ent:
        if t.lower_ in {"ended", "ending"} and pieces[-1]:
            pieces.append([])
        else:
            pieces[-1].append(t)
    return [p for p in pieces if p]


def _modifies_noun(doc: Doc, last: int) -> bool:
    """A season word used as a modifier of a noun ("the autumn statement", "her spring
    budget") names a thing, not a time."""
    t = doc[last]
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is None or nxt.pos_ not in {"NOUN", "PROPN"} or nxt.lower_ in _UNIT_WORDS:
        return False
    return t.lower_ in _SEASON_WORDS


def _rest_of(doc: Doc, first: int) -> bool:
    """"the rest of the season": an open stretch of time, not a point or period."""
    return first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].lower_ in _REST_OF


def _hit_for(doc: Doc, toks: list[Token], text: str, published: date | None
             ) -> DateHit | None:
    ent_start = toks[0].i
    while toks and (toks[0].lower_ in _LEAD_PREPS or toks[0].is_punct):
        toks = toks[1:]
    if toks:  # "at least a year", "as early as next week"
        rest = " ".join(t.lower_ for t in toks[:4])
        h = _HEDGE.match(rest + " ")
        if h is not None:
            toks = toks[len(h.group().split()):]
        while toks and (toks[0].lower_ in _LEAD_PREPS or toks[0].is_punct):
            toks = toks[1:]
    # "Mars later this year": a stray noun the model put in front of the date
    for k in range(1, min(len(toks), 4)):
        if toks[k].lower_ in {"later", "earlier"} and all(
                t.pos_ == "PROPN" and not _TEMPORAL.search(t.lower_) for t in toks[:k]):
            toks = toks[k:]
            break
    while toks and (toks[-1].is_punct or toks[-1].lower_ in {"'s", "’s"}):
        toks = toks[:-1]
    if not toks:
        return None
    if toks[-1].lower_ in WEEKDAYS and toks[-1].i + 1 < len(doc) and \
            doc[toks[-1].i + 1].lower_ in _DAY_PARTS:
        toks = [*toks, doc[toks[-1].i + 1]]  # "Tuesday evening": the day, with its part
    last = toks[-1].i
    if toks[-1].lower_ == "ago" and last + 1 < len(doc) and doc[last + 1].lower_ == "today":
        toks = [*toks, doc[last + 1]]  # "Fifty years ago today": that very day
    first = toks[0].i
    if toks[0].lower_ in _UNIT_WORDS and first > 0 and doc[first - 1].lower_ in _REL_DET:
        toks = [doc[first - 1], *toks]  # "this week's": the model tagged only "week"
    span = doc[toks[0].i:toks[-1].i + 1]
    low_all = " ".join(t.lower_ for t in toks)
    if not _TEMPORAL.search(low_all) or any(t.tag_ == "JJS" for t in toks) or \
            _rest_of(doc, min(ent_start, toks[0].i)) or _REST_OF_RE.match(low_all) is not None or \
            (not any(c.isdigit() for c in low_all) and _modifies_noun(doc, toks[-1].i)):
        return None  # compass words, "the hottest day", "the rest of the season"
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    m = _DAYS_BEFORE.search(text, max(0, start - 12), start)
    if m is not None and _MONTH_ONLY.match(text[start:end].lower()):
        start = m.start()
    span_text = text[start:end]
    low = " ".join(span_text.lower().split())
    prev = doc[ent_start - 1].lower_ if ent_start > 0 else ""
    if prev in {"for", "within"} or is_duration(low) or _SET_OR_ADJ.search(low) or \
            _VAGUE.match(low) or _BARE_NUMBER.match(low) or (_AGE_DECADE.match(low) and any(
                t.lower_ in _POSSESSIVES for t in doc[max(0, ent_start - 4):ent_start])) or \
            (_SPORTS_PERIOD.match(low) and not _fiscal_context(toks[0].sent.text)):
        return None
    # "since March": the start of a period reaching up to now lies in the past
    tense = "past" if prev == "since" or (toks[0].i > 0 and doc[toks[0].i - 1].lower_
                                          == "since") else clause_tense(span)
    value, rule = resolve_date(span_text, published, tense)
    score = 0.8 if value is not None else 0.5
    return DateHit(start, end, value, rule, score)


_FISCAL_WORDS = re.compile(r"(?i)\b(?:fiscal|profit|revenue|earnings|sales|loss|results"
                          r"|quarterly|gdp|growth|economy|year|percent|per\s+cent)\b|%")


def _fiscal_context(sentence: str) -> bool:
    """A business or economic sentence, where "the second half" is a period of the year."""
    return bool(_FISCAL_WORDS.search(sentence))


def is_duration(low: str) -> bool:
    """True for lengths of time ("6 months", "a long time", "the past two years")."""
    if "ago" in low or _MONTH_ONLY.search(low) or _YEAR.search(low):
        return False
    return bool(_DURATION.match(low) or _UNIT_ONLY.match(low) or _NOT_POINT.search(low)
                or _PAST_SPAN.match(low))


def clause_tense(ent: Span) -> str:
    """'past', 'future' or 'present' for the clause the date belongs to.

    A fronted date ("On November 21, the President ... called") belongs to the clause
    that follows it, whatever the parser attached it to.
    """
    doc = ent.doc
    first = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].pos_ == "ADP" else ent.start
    fronted = first == 0 or doc[first].is_sent_start or doc[first - 1].lower_ in _CLAUSE_OPEN \
        or doc[first - 1].is_space
    if ent.end < len(doc) and doc[ent.end].text == "," and fronted:
        for tok in doc[ent.end + 1:min(len(doc), ent.end + 25)]:
            if tok.pos_ in {"VERB", "AUX"}:
                return _tense_of(tok)
            if tok.text in {".", "!", "?"}:
                break
    deadline = (first > 0 and doc[first - 1].lower_ == "by") or \
        (first < len(doc) and doc[first].lower_ == "by")
    tok = ent.root
    ahead = False
    for _ in range(10):
        ahead = ahead or tok.lemma_ in _FUTURE_LEMMAS
        if tok.pos_ in {"VERB", "AUX"}:
            # a gerund or present participle without auxiliaries ("after rising 0.9% in
            # March", "hundreds still missing after ...") takes the tense of the clause
            # it hangs on (a past participle, "a study published on Wednesday", is past)
            if tok.tag_ == "VBG" and tok.head is not tok and not any(
                    c.dep_ in {"aux", "auxpass"} for c in tok.children):
                tok = tok.head
                continue
            break
        if tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in {"VERB", "AUX"}:
        return _sentence_tense(ent)
    tense = _tense_of(tok)
    # "said he expected a recovery by March": a deadline of an expectation looks ahead
    if deadline and (ahead or tok.lemma_ in _FUTURE_LEMMAS) and tense == "past":
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
    for a in auxes:
        if a.tag_ in {"VBZ", "VBP"}:
            return "past" if a.lemma_ == "have" else "present"
    if tok.tag_ in {"VBD", "VBN"} or "Past" in tok.morph.get("Tense", None):
        return "past"
    return "present"


def resolve_date(text: str, anchor: date | None, tense: str = "past") -> tuple[str | None, str]:
    """ISO value of a date expression and the rule that made it.

    ``anchor`` is the publication date (None when unknown: then only spans carrying
    their own year get a value). ``tense`` is that of the clause ("past", "present",
    "future") and decides the direction of bare weekdays and month names: past looks
    back, future and present (news present is scheduling: "returns on Tuesday") ahead.
    """
    low = " ".join(text.lower().replace(",", " ").split())
    low = re.sub(r"^(?:the\s+)?(?:year\s+)?", "", low) if low.startswith("the year") else low
    m = _ISO.match(low)
    if m:
        return low, "date.iso"
    if low in {"today", "tonight", "this morning", "this afternoon", "this evening",
               "earlier today", "later today"}:
        return (anchor.isoformat() if anchor else None), "date.relative"
    if low in {"yesterday", "tomorrow"}:
        if anchor is None:
            return None, "date.relative"
        return (anchor + timedelta(days=-1 if low == "yesterday" else 1)).isoformat(), \
            "date.relative"
    m = _CENTURY.search(low)
    if m:
        return f"{int(m.group('n')) - 1:02d}", "date.century"
    for word, n in _ORDINAL_WORDS.items():
        if low.endswith(f"{word} century"):
            return f"{n - 1:02d}", "date.century"
    m = _DECADE.search(low)
    if m:
        if m.group("s") is not None:
            return f"19{m.group('s')}", "date.decade"
        return f"{m.group('c')}{m.group('d')}", "date.decade"
    for word, d in _DECADE_WORDS.items():
        if re.search(rf"\b{word}\b", low):
            return f"19{d}", "date.decade"
    m = _AGO.search(low)
    if m:
        value = _ago(m.group("n"), m.group("u"), anchor)
        if value and anchor and m.group("u") == "year" and low.endswith("ago today"):
            with suppress(ValueError):  # "Fifty years ago today": that very day (not 29 Feb)
                value = anchor.replace(year=int(value)).isoformat()
        return value, "date.relative"
    m = _FISCAL_YEAR.match(low)
    if m:
        return f"FY{m.group('y')}", "date.fiscal_year"
    if _YEAR_EARLIER.match(low):  # find_dates refines it from the date it is compared to
        return (str(anchor.year - 1) if anchor else None), "date.year_earlier"
    m = _HALF.search(low)
    if m:
        return _half(m, anchor), "date.half"
    m = _Q_MONTHS.search(low)
    if m and MONTHS[m.group("m1")] % 3 == 1 and \
            MONTHS[m.group("m2")] == MONTHS[m.group("m1")] + 2:
        n = (MONTHS[m.group("m1")] - 1) // 3 + 1  # "the April-June quarter"
        y = _YEAR.search(low)
        if y:
            return f"{y.group('y')}-Q{n}", "date.quarter"
        if anchor is None:
            return None, "date.no_anchor"
        return f"{_year_for(MONTHS[m.group('m2')], None, anchor, tense)}-Q{n}", "date.quarter"
    m = _QUARTER.search(low)
    if m:
        return _quarter(m, anchor, tense), "date.quarter"
    m = _MONTH_QUARTER.search(low)
    if m and MONTHS[m.group("m")] % 3 == 0:
        month = MONTHS[m.group("m")]
        y = _YEAR.search(low)
        if y:
            return f"{y.group('y')}-Q{month // 3}", "date.quarter"
        if anchor is None:
            return None, "date.no_anchor"
        return f"{_year_for(month, None, anchor, tense)}-Q{month // 3}", "date.quarter"
    m = _FY_SHORT.match(low)
    if m:
        fy = m.group("y")
        return f"FY{'20' + fy if len(fy) == 2 else fy}", "date.fiscal_year"
    m = _Q_SHORT.match(low)
    if m:
        y = _YEAR.search(low)
        year = y.group("y") if y else (str(anchor.year) if anchor else None)
        return (f"{year}-Q{m.group('q')}" if year else None), "date.quarter"
    m = _SEASON.search(low)
    if m:
        return _season(m, anchor, tense), "date.season"
    found = _month_date(low, anchor, tense)
    if found is not None:
        return found
    m = _WEEKDAY.search(low)
    if m:
        return _weekday(m.group("w"), m.group("r"), anchor, tense), "date.weekday"
    m = _YEAR.search(low)
    if m:
        return m.group("y"), "date.year"
    m = _REL_UNIT.search(low)
    if m:
        return _relative_unit(m.group("r"), m.group("u"), anchor), "date.relative"
    year = words_to_year(low)
    if year is not None:
        return str(year), "date.year_words"
    return _dateparser(text, anchor, tense)


def _quarter(m: re.Match[str], anchor: date | None, tense: str) -> str | None:
    """TimeML quarter value ("1989-Q3"); a bare quarter is the anchor's year, read back
    or ahead with the tense ("profit in the fourth quarter fell", said in January)."""
    n = _QUARTER_NUM[m.group("q")]
    if m.group("y"):
        return f"{'FY' if m.group('fy2') else ''}{m.group('y')}-Q{n}"
    if anchor is None:
        return None
    if m.group("r"):
        step = {"this": 0, "last": -1, "next": 1}.get(m.group("r").split()[-1], 0)
        step = -1 if "previous" in m.group("r") else step
        return f"{anchor.year + step}-Q{n}"
    now = (anchor.month - 1) // 3 + 1
    year = anchor.year
    if tense == "past" and n > now:
        year -= 1
    elif tense == "future" and n < now:
        year += 1
    return f"{year}-Q{n}"


def _half(m: re.Match[str], anchor: date | None) -> str | None:
    """TimeML half-year value ("2021-H2")."""
    n = 1 if m.group("h") == "first" else 2
    if m.group("y"):
        return f"{m.group('y')}-H{n}"
    if anchor is None:
        return None
    return f"{_shift_year(m.group('r'), anchor)}-H{n}"


def _season(m: re.Match[str], anchor: date | None, tense: str) -> str | None:
    """TimeML season value ("1990-SP"), read like a month without a year."""
    code, month = _SEASONS[m.group("s")]
    if m.group("y"):
        return f"{m.group('y')}-{code}"
    if anchor is None:
        return None
    rel = m.group("r")
    if rel in {"last", "past"}:  # the last such season that is over
        year = anchor.year if month + 2 < anchor.month else anchor.year - 1
    elif rel in {"next", "coming"}:
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    elif tense == "past":
        year = _year_for(month, None, anchor, tense)
    else:  # a season still under way is this year's ("by the end of the summer", in July)
        last = month + 2
        year = anchor.year if anchor.month <= last else anchor.year + 1
        if month == 12 and anchor.month <= 2:
            year = anchor.year - 1
    return f"{year:04d}-{code}"


def _shift_year(rel: str | None, anchor: date) -> int:
    return anchor.year + {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(
        rel or "", 0)


def _relative_unit(rel: str, unit: str, anchor: date | None) -> str | None:
    if anchor is None:
        return None
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit == "year":
        return str(anchor.year + step)
    if unit == "month":
        y, mo = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
        return f"{y:04d}-{mo + 1:02d}"
    iso = (anchor + timedelta(weeks=step)).isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _ago(n_text: str, unit: str, anchor: date | None) -> str | None:
    n = int(n_text) if n_text.isdigit() else _NUMS.get(n_text)
    if anchor is None or n is None:
        return None
    if unit == "year":
        return str(anchor.year - n)
    if unit == "month":
        y, mo = divmod(anchor.year * 12 + anchor.month - 1 - n, 12)
        return f"{y:04d}-{mo + 1:02d}"
    days = n * 7 if unit == "week" else n
    return (anchor - timedelta(days=days)).isoformat()


def _month_date(low: str, anchor: date | None, tense: str) -> tuple[str | None, str] | None:
    m = _DAY_FIRST.search(low) or _MONTH_FIRST.search(low)
    day = int(m.group("d1")) if m else None
    if m is None:
        m = _MONTH_ONLY.search(low)
        if m is None:
            return None
    month = MONTHS[m.group("m")]
    if day is not None and not 1 <= day <= 31:
        day = None
    y = _YEAR.search(low)
    rel_year = re.search(r"\b(last|next|this|past|previous|coming)\s+year\b", low)
    rel_month = re.search(r"\b(last|next|this|past|coming)\s+" + _MONTH_RE, low)
    if y:
        year = int(y.group("y"))
        rule = "date.absolute"
    elif anchor is None:
        return None, "date.no_anchor"
    elif rel_year:
        year, rule = _shift_year(rel_year.group(1), anchor), "date.relative"
    elif rel_month:
        rel = rel_month.group(1)
        if rel in {"last", "past"}:
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif rel in {"next", "coming"}:
            year = anchor.year if month > anchor.month else anchor.year + 1
        else:
            year = anchor.year
        rule = "date.relative"
    else:
        year, rule = _year_for(month, day, anchor, tense), "date.month_tense"
    if day is None:
        return f"{year:04d}-{month:02d}", rule
    try:
        return date(year, month, day).isoformat(), rule
    except ValueError:
        return f"{year:04d}-{month:02d}", rule


def _year_for(month: int, day: int | None, anchor: date, tense: str) -> int:
    """Year of a month (and day) without a year, read with the clause's tense."""
    here = (month, day or 1)
    now = (anchor.month, anchor.day if day is not None else 1)
    if tense == "past" and here > now:
        return anchor.year - 1
    if tense in {"future", "present"} and here < now:
        return anchor.year + 1
    return anchor.year


def _weekday(word: str, rel: str | None, anchor: date | None, tense: str) -> str | None:
    if anchor is None:
        return None
    target = WEEKDAYS[word]
    delta = target - anchor.weekday()
    if delta == 0 and rel is None:
        return anchor.isoformat()  # "said on Thursday" in a Thursday story: that day
    if rel == "next" or (rel is None and tense in {"future", "present"}):
        delta = delta if delta > 0 else delta + 7
    elif rel == "this":
        pass
    elif rel in {"last", "past"}:
        delta = delta if delta < 0 else delta - 7
    else:
        delta = delta if delta <= 0 else delta - 7
    return (anchor + timedelta(days=delta)).isoformat()


@lru_cache(maxsize=64)
def _parser(base: date, prefer: str) -> DateDataParser:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False})


def _dateparser(text: str, anchor: date | None, tense: str) -> tuple[str | None, str]:
    """Fallback: let dateparser read the span itself, at the precision it reports."""
    if anchor is None:
        return None, "date.no_anchor"
    prefer = "future" if tense == "future" else "past"
    try:
        data = _parser(anchor, prefer).get_date_data(text)
    except (ValueError, OverflowError, TypeError, LookupError):
        # dateparser gives up on odd spans in these ways; the span stays, without a value.
        return None, "date.unresolved"
    if data is None or data.date_obj is None:
        return None, "date.unresolved"
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return str(d.year), "date.dateparser"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "date.dateparser"
    if period == "week":
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}", "date.dateparser"
    return d.isoformat(), "date.dateparser"
