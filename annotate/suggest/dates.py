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
         "several": 3, "few": 3, "couple": 2}
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
_YEAR = re.compile(r"(?<![\d-])(?P<y>1[5-9]\d\d|20\d\d)(?![\d-])")
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
    r"(?:fiscal\s+)?quarter(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>\d{4})|(?P<r>this|last|next|"
    r"the\s+previous|the\s+next)\s+year))?")
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
        if ent.label_ == "DATE" or (ent.label_ == "CARDINAL" and _ISO_ANY.search(ent.text)):
            hit = _hit_for(ent, text, published)
            if hit is not None:
                hits.append(hit)
    seen = [(h.start, h.end) for h in hits]
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
    if "-" in text:
        for m in _ISO_ANY.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in seen):
                value, rule = resolve_date(m.group(), published)
                hits.append(DateHit(m.start(), m.end(), value, rule, 0.8))
        hits.sort(key=lambda h: h.start)
    return hits


def _hit_for(ent: Span, text: str, published: date | None) -> DateHit | None:
    toks = list(ent)
    while toks and (toks[0].lower_ in _LEAD_PREPS or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].lower_ in {"'s", "’s"}):
        toks = toks[:-1]
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    m = _DAYS_BEFORE.search(text, max(0, start - 12), start)
    if m is not None and _MONTH_ONLY.match(text[start:end].lower()):
        start = m.start()
    span_text = text[start:end]
    low = " ".join(span_text.lower().split())
    prev = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if prev in {"for", "within"} or is_duration(low) or _SET_OR_ADJ.search(low):
        return None
    # "since March": the start of a period reaching up to now lies in the past
    tense = "past" if prev == "since" or (toks[0].i > 0 and ent.doc[toks[0].i - 1].lower_
                                          == "since") else clause_tense(ent)
    value, rule = resolve_date(span_text, published, tense)
    score = 0.8 if value is not None else 0.5
    return DateHit(start, end, value, rule, score)


def is_duration(low: str) -> bool:
    """True for lengths of time ("6 months", "a long time", "the past two years")."""
    if "ago" in low or _MONTH_ONLY.search(low) or _YEAR.search(low):
        return False
    return bool(_DURATION.match(low) or _UNIT_ONLY.match(low) or _NOT_POINT.search(low))


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
    tok = ent.root
    for _ in range(6):
        if tok.pos_ in {"VERB", "AUX"}:
            break
        if tok.head is tok:
            return "present"
        tok = tok.head
    if tok.pos_ not in {"VERB", "AUX"}:
        return "present"
    return _tense_of(tok)


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
        return _ago(m.group("n"), m.group("u"), anchor), "date.relative"
    m = _FISCAL_YEAR.match(low)
    if m:
        return f"FY{m.group('y')}", "date.fiscal_year"
    m = _QUARTER.search(low)
    if m:
        return _quarter(m, anchor, tense), "date.quarter"
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
        return f"{m.group('y')}-Q{n}"
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


def _season(m: re.Match[str], anchor: date | None, tense: str) -> str | None:
    """TimeML season value ("1990-SP"), read like a month without a year."""
    code, month = _SEASONS[m.group("s")]
    if m.group("y"):
        return f"{m.group('y')}-{code}"
    if anchor is None:
        return None
    rel = m.group("r")
    if rel in {"last", "past"}:
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel in {"next", "coming"}:
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    else:
        year = _year_for(month, None, anchor, tense)
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
