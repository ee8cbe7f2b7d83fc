"""Years written in words ("two thousand and twenty", "nineteen ninety-nine").

Tiny and self-contained so date_values.py stays readable; only whole spans made of number
words are read, anything else returns None.
"""

from __future__ import annotations

import re

_UNITS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen"])}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])}
_SKIP = frozenset({"and", "the", "year", "in", "of"})


def _below_100(words: list[str]) -> int | None:
    """Value of one to two words under 100 ("ninety-nine" arrives as two words)."""
    if not words or len(words) > 2:
        return None
    if len(words) == 1:
        w = words[0]
        return _UNITS.get(w, _TENS.get(w))
    tens, unit = words
    if tens in _TENS and unit in _UNITS and 0 < _UNITS[unit] < 10:
        return _TENS[tens] + _UNITS[unit]
    return None


def words_to_year(text: str) -> int | None:
    """A year between 1000 and 2099 written in words, or None."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w not in _SKIP]
    if not words or any(w not in _UNITS and w not in _TENS and w not in {"thousand",
                                                                        "hundred"}
                        for w in words):
        return None
    if "thousand" in words:
        i = words.index("thousand")
        head = _below_100(words[:i])
        rest = words[i + 1:]
        if head is None:
            return None
        tail = 0
        if rest:
            value = _below_100(rest)
            if value is None:
                return None
            tail = value
        year = head * 1000 + tail
    else:
        # "nineteen ninety-nine", "twenty twenty-two": a century part then a two-digit part
        if "hundred" in words:
            i = words.index("hundred")
            century, rest = _below_100(words[:i]), words[i + 1:]
        else:
            century, rest = _below_100(words[:1]), words[1:]
        if century is None or not 10 <= century <= 20 or not rest:
            return None
        low = _below_100(rest) if rest else 0
        if low is None:
            return None
        year = century * 100 + low
    return year if 1000 <= year <= 2099 else None
