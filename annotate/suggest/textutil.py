"""Plain-text helpers the rules share: sentence ends, datelines, stripping a span.

No spaCy here: these work on the text alone, so they can be tested on strings.
"""

from __future__ import annotations

import re

# A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace and
# an upper-case letter or an opening quote; single capitals ("U.S.") and common
# abbreviations do not end a sentence.
SENT_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bSen)"
    r"(?<!\bRep)(?<!\bGov)(?<!\bNo)(?<!\bvs)[.!?]+(?:''|[\"”’»])?(?=\s+(?:''|[\"“«„A-Z]))"
    # abbreviated months before a day ("Sept. 30", "Feb. 12") and "No. 2" do not end one
    r"|(?<![A-Z])(?<!\bJan)(?<!\bFeb)(?<!\bAug)(?<!\bSept)(?<!\bSep)(?<!\bOct)"
    r"(?<!\bNov)(?<!\bDec)(?<!\bNo)[.!?]+(?:''|[\"”’»])?(?=\s+[0-9])"
)
_TRAIL = " \t\r\n,;:-–—\"“”«»„'’"
_LEAD = " \t\r\n,;:-–—\"“”«»„"


_DATELINE = re.compile(
    r"(?:date\s+)?\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+"
    # "LONDON (Reuters) - ", "STOCKHOLM, June 29 (Reuters) - ", "PARIS, Sept. 3 -- "
    r"|[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    r"(?:\([^)\n]{1,40}\))?\s*[-—–]{1,2}\s+"
    # a title-case city needs its date: "Bengaluru, Sep 5 (ANI): ", "Lagos, May 2 - "
    r"|[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul"
    r"|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}\s*(?:\([^)\n]{1,40}\))?\s*[-—–:]{1,2}\s+"
)


def skip_dateline(text: str, start: int, end: int) -> int:
    """Start of a paragraph's text after a dateline ("LONDON (Reuters) - ",
    "date 2022-11-30 "), which is never part of a quote."""
    m = _DATELINE.match(text, start, end)
    return m.end() if m else start


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace, quote marks, commas and dashes."""
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


def drop_full_stop(text: str, start: int, end: int) -> int:
    """End of indirect content without the sentence's full stop (PolNeAR and the project
    leave it out): 'said the talks failed.' -> 'the talks failed'; a stop inside closing
    quotation marks stays with the quoted words."""
    if end - start > 1 and text[end - 1] == "." and (end >= len(text) or
                                                     text[end] not in "\"”'’»"):
        return end - 1
    return end


def strip_ws(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace only."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
