"""DATE spans (points and periods, not durations): finding and filtering them.

Spans come from spaCy's DATE entities (plus ISO-formatted dates the model labels as
numbers, and "Tuesday evening" tagged TIME). Each entity is trimmed (leading prepositions,
hedges such as "at least" or "as early as", stray nouns) and dropped when it is not a point
or period: durations ("6 months"), ages ("Luis Romero, 67,", "in their 50s"), vague or open
stretches ("a long time ago", "the rest of the season"), sets ("every year") and sports
periods. A second pass over the text adds dates the small model leaves untagged ("Feb. 12",
"later this year", "FY26", the second year of "between 1985 and 1988"), and "a year
earlier" finally takes the precision of the date it is compared with.

The value of each span comes from :func:`~annotate.suggest.date_values.resolve_date`, read
with the tense of its clause from :func:`~annotate.suggest.date_tense.clause_tense`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from annotate.suggest.context import DocContext
from annotate.suggest.date_refs import from_reference, refers_back
from annotate.suggest.date_tense import clause_tense
from annotate.suggest.date_values import (
    MONTH_ONLY,
    MONTHS,
    WEEKDAYS,
    YEAR,
    resolve_date,
)

_LEAD_PREPS = frozenset({"on", "in", "since", "by", "from", "until", "till", "at", "during",
                         "of", "as", "after", "before", "between"})
_DAYS_BEFORE = re.compile(r"(?<![\w-])\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}"
                          r"(?:st|nd|rd|th)?)?\s+(?:of\s+)?$")
_ISO_ANY = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")
_DURATION = re.compile(
    r"^(?:about |around |nearly |almost |over |more than |less than |at least |the )?"
    r"(?:past |last |next |first |previous |coming )?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|few|a few|many|some|a couple of|couple of|recent|\w+ty)?\s*(?:long |full )?"
    r"(?:half )?(?:seconds?|minutes?|hours?|days|weeks|months|years|decades|centuries|time|"
    r"a day|a week|a month|a year)$")
_UNIT_ONLY = re.compile(r"^(?:a|an|one)\s+(?:day|week|month|year|decade)$")
#: what the model leaves untagged: "FY26", a bare "Q3", the second year of
#: "between 1985 and 1988", a period "the July-September period"
_EXTRA = re.compile(r"(?<![\w-])(?:FY\s?'?\d{2}(?:\d{2})?|Q[1-4])(?![\w-])"
                    r"|(?<=\band )(?:19|20)\d\d(?!\w)"
                    r"|(?i:the\s+[a-z]+\s*[-–]\s*[a-z]+\s+period)")
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
    r"|(?:the\s+)?(?:fiscal\s+)?(?:first|second)[\s-]half(?!\s+of|-)"
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
    r"|(?:several|few|a\s+few|many|some)\s+(?:days|weeks|months|years)\s+(?:later|earlier)"
    # "the first month (of its fiscal year)", a bare "fiscal year": no point in time
    r"|(?:the|its|their)\s+(?:first|second|third|last|final)\s+(?:day|week|month|year)"
    r"|(?:the\s+|its\s+|their\s+)?fiscal\s+year)$")
#: an age between commas ("Luis Romero, 67,") or a bare number the model read as a date
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
#: "in their 50s and 60s": ages, not decades
_POSSESSIVES = frozenset({"their", "his", "her", "my", "our", "your"})
_AGE_DECADE = re.compile(r"^(?:early\s+|mid\s+|late\s+)?\d0s\b")
#: sports periods ("in the second half", "the final quarter") with no year in sight
_SPORTS_PERIOD = re.compile(r"^the\s+(?:(?:first|second)\s+half|final\s+(?:quarter|period))$")
_SET_OR_ADJ = re.compile(r"^(?:every|each)\b|^\w+-(?:year|month|week|day)s?(?:-old)?$")
_NOT_POINT = re.compile(r"\b(?:old|daily|weekly|monthly|annual|yearly|annually|ages?)\b")


@dataclass(frozen=True)
class DateHit:
    """A suggested DATE span (char offsets) with its ISO value and what it was read with.

    ``tense`` and ``refers_to`` are what :func:`~annotate.suggest.date_values.revalue`
    needs to compute the value again from the text and another publication date, without
    spaCy: "a year earlier", "that day", "the following year" are read from the date
    they point back to (``refers_to``: its text and tense).
    """

    start: int
    end: int
    value: str | None
    rule: str
    score: float
    tense: str = "past"
    refers_to: tuple[str, str] | None = None  # (text, tense) of the date pointed back to

    def end_token(self, doc: Doc) -> int:
        """The index of the token after the span."""
        span = doc.char_span(self.start, self.end, alignment_mode="expand")
        return span.end if span is not None else len(doc)


def _valued(start: int, end: int, text: str, published: date | None, tense: str,
            score: float) -> DateHit:
    value, rule = resolve_date(text, published, tense)
    return DateHit(start, end, value, rule, score, tense)


def find_dates(ctx: DocContext, published: date | None) -> list[DateHit]:
    """DATE suggestions for the document (one pass over its entities, then the dates the
    model left untagged)."""
    doc = ctx.doc
    text = doc.text
    hits: list[DateHit] = []
    for ent in ctx.ents:
        if ent.label_ == "DATE" or (ent.label_ == "CARDINAL" and _ISO_ANY.search(ent.text)) \
                or (ent.label_ == "TIME" and _WEEKDAY_PART.match(ent.text.lower())):
            pieces = _pieces(ent)
            found: list[DateHit] = []
            for n, toks in enumerate(pieces):
                hit = _hit_for(doc, toks, text, published)
                if hit is None and len(pieces) > 1:  # "April 24 and 25", "29-30 November"
                    hit = _range_day(doc, pieces[1 if n == 0 else 0], toks, published)
                if hit is not None:
                    found.append(hit)
            hits.extend(_period_ended(doc, found))
    seen = [(h.start, h.end) for h in hits]
    for hit in _untagged(ctx, published, seen):
        hits.append(hit)
        seen.append((hit.start, hit.end))
    for m in _MISSED.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in seen):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or _modifies_noun(doc, span.end - 1) or _rest_of(doc, span.start):
            continue
        if m.group().lower().endswith("half") and not _fiscal_context(span.sent.text):
            continue  # "in the second half" of a match
        hits.append(_valued(m.start(), m.end(), m.group(), published, clause_tense(span), 0.7))
        seen.append((m.start(), m.end()))
    hits.sort(key=lambda h: h.start)
    if ". " in text:
        for m in _ABBR_DATE.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in seen):
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            tense = clause_tense(span) if span is not None else "past"
            hits.append(_valued(m.start(), m.end(), m.group(), published, tense, 0.8))
            seen.append((m.start(), m.end()))
        hits.sort(key=lambda h: h.start)
    for m in _EXTRA.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in seen):
            continue
        if m.group()[:1].isdigit() and not re.search(
                r"between\s+(?:19|20)\d\d\s+and\s+$", text[max(0, m.start() - 20):m.start()]):
            continue  # a second year only in "between YEAR and YEAR"
        hit = _valued(m.start(), m.end(), m.group(), published, "past", 0.7)
        if hit.value is None and not m.group().startswith("Q"):
            continue
        hits.append(hit)
        seen.append((m.start(), m.end()))
    hits.sort(key=lambda h: h.start)
    if "-" in text:
        for m in _ISO_ANY.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in seen):
                hits.append(_valued(m.start(), m.end(), m.group(), published, "past", 0.8))
        hits.sort(key=lambda h: h.start)
    return _refer_back(doc, hits, text)


#: Matcher patterns (data/patterns.yaml) of dates the model often leaves untagged
_UNTAGGED = ("date_deictic", "date_weekday", "date_holiday", "date_month_part",
             "date_month_day")
_NOT_DATE_ENTS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "EVENT", "PRODUCT"})


def _untagged(ctx: DocContext, published: date | None, seen: list[tuple[int, int]]
              ) -> list[DateHit]:
    """"today", "Thursday morning", "last Thanksgiving", "early March" where the model
    tagged no DATE (and no name: "Monday Night Football" is a show)."""
    doc = ctx.doc
    found = sorted((m for pid in _UNTAGGED for m in ctx.matches(pid)),
                   key=lambda m: (m[0], m[0] - m[1]))
    out: list[DateHit] = []
    holidays = set(ctx.matches("date_holiday"))
    reach = -1
    for s, e in found:
        if s < reach:
            continue
        span = doc[s:e]
        a, b = span.start_char, span.end_char
        holiday = (s, e) in holidays
        if any(x < b and a < y for x, y in seen) or any(
                t.ent_type_ in _NOT_DATE_ENTS and not (holiday and t.ent_type_ == "EVENT")
                for t in span):
            continue
        reach = e
        out.append(_valued(a, b, span.text, published, clause_tense(span), 0.6))
    return out


def _period_ended(doc: Doc, found: list[DateHit]) -> list[DateHit]:
    """"its fiscal fourth quarter ended June 30": the period is in the year of its last
    day, whatever the tense made of it."""
    if len(found) != 2:
        return found
    period, last = found
    pv, lv = period.value or "", last.value or ""
    m = re.fullmatch(r"(FY)?\d{4}-(Q[1-4]|H[12])", pv)
    if m is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", lv) or not any(
            t.lower_ in {"ended", "ending"} for t in doc[period.end_token(doc):][:3]):
        return found
    value = f"{m.group(1) or ''}{lv[:4]}-{m.group(2)}"
    return [DateHit(period.start, period.end, value, period.rule, period.score, period.tense),
            last]


def _refer_back(doc: Doc, hits: list[DateHit], text: str) -> list[DateHit]:
    """"a year earlier" takes the precision of the date it is compared with in its
    sentence, the first one there ("net income for the quarter ended Dec. 31 fell from
    ... a year earlier" -> the quarter a year back); "that day", "later that year", "the
    following year" read the last date before them in their paragraph or the one before."""
    out: list[DateHit] = []
    prev: DateHit | None = None
    for h in hits:
        span_text = text[h.start:h.end]
        compared = span_text.lower().startswith(("a ", "one "))
        if compared and prev is not None:
            first = next((x for x in out if x.value and _same_sentence(doc, x.start, h.start)),
                         None)
            prev = first or prev
        if prev is not None and prev.value and refers_back(span_text) and (
                _same_sentence(doc, prev.start, h.start) or (
                    not compared and text.count("\n\n", prev.end, h.start) <= 1)):
            value = from_reference(span_text, prev.value)
            if value is not None:
                h = DateHit(h.start, h.end, value, _refers_rule(compared), h.score, h.tense,
                            (text[prev.start:prev.end], prev.tense))
        out.append(h)
        if h.value:
            prev = h
    return out


def _refers_rule(compared: bool) -> str:
    """The rule of a date read from the one it points back to."""
    return "date.year_earlier" if compared else "date.refers_back"


def _same_sentence(doc: Doc, a: int, b: int) -> bool:
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return span[0].sent.start == span[-1].sent.start


_RANGE_WORDS = frozenset({"to", "through", "thru", "until", "till", "and", "-", "–", "—"})


def _datey(toks: Span) -> bool:
    """Digits or a month name ("ninety-one" and "two thousand and nineteen" are one year)."""
    return any(t.is_digit or t.lower_.rstrip(".") in MONTHS for t in toks)


def _pieces(ent: Span) -> list[list[Token]]:
    """The tokens of an entity, split at "ended"/"ending" ("the fiscal fourth quarter
    ended June 30" holds two dates: the period and its last day) and between the ends of a
    range ("between Aug. 1 and Sept. 22", "from 1991 to 1997", "April 24 and 25")."""
    pieces: list[list[Token]] = [[]]
    start = ent.start
    # "the July-September period" is one quarter, not two months
    whole = any(t.lower_ in {"quarter", "period", "half", "season"} for t in ent)
    for t in ent:
        k = t.i - start
        ends_range = not whole and t.lower_ in _RANGE_WORDS and _datey(ent[:k]) and \
            _datey(ent[k + 1:])
        if (t.lower_ in {"ended", "ending"} or ends_range) and pieces[-1]:
            pieces.append([])
        else:
            pieces[-1].append(t)
    return [p for p in pieces if p]


def _range_day(doc: Doc, first: list[Token], toks: list[Token], published: date | None
               ) -> DateHit | None:
    """The bare day at one end of a range ("April 24 and 25", "29-30 November"): that
    day of the month the other end names."""
    if len(toks) != 1 or not toks[0].is_digit or not 1 <= int(toks[0].text) <= 31:
        return None
    month = next((t.text for t in first if t.lower_.rstrip(".") in MONTHS), None)
    if month is None:
        return None
    year = next((t.text for t in first if YEAR.fullmatch(t.text)), "")
    t = toks[0]
    value, rule = resolve_date(f"{month} {t.text} {year}".strip(), published,
                               clause_tense(doc[t.i:t.i + 1]))
    return DateHit(t.idx, t.idx + len(t.text), value, rule, 0.7, clause_tense(doc[t.i:t.i + 1]))


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
    if m is not None and MONTH_ONLY.match(text[start:end].lower()):
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
    return DateHit(start, end, value, rule, score, tense)


_FISCAL_WORDS = re.compile(r"(?i)\b(?:fiscal|profit|revenue|earnings|sales|loss|results"
                          r"|quarterly|gdp|growth|economy|year|percent|per\s+cent|margins?"
                          r"|prices|costs|demand|orders|shipments|output|production"
                          r"|dividends?|shares|investors)\b|%")


_SPORTS_WORDS = re.compile(r"(?i)\b(?:goals?|scored?|scoring|match|game|striker|penalty"
                           r"|minutes?|half-time|halftime|coach|league|team|innings|points"
                           r"|touchdowns?|tries)\b")


def _fiscal_context(sentence: str) -> bool:
    """A business or economic sentence, where "the second half" is a period of the year."""
    return bool(_FISCAL_WORDS.search(sentence)) and not _SPORTS_WORDS.search(sentence)


def is_duration(low: str) -> bool:
    """True for lengths of time ("6 months", "a long time", "the past two years")."""
    if "ago" in low or MONTH_ONLY.search(low) or YEAR.search(low):
        return False
    return bool(_DURATION.match(low) or _UNIT_ONLY.match(low) or _NOT_POINT.search(low)
                or _PAST_SPAN.match(low))
