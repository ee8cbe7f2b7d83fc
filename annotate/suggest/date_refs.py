"""Dates read from another date: holidays, weekends, and expressions that point back.

Kept apart from :mod:`annotate.suggest.date_values` (which calls it) so each stays small;
like it, this module knows nothing of spaCy and works on the span text alone.

- Holidays ("Thanksgiving Day", "last Christmas", "Election Day") have a fixed rule for
  their day in a year; the year is the one the tense points to, as for a bare month.
- "the weekend" is its Saturday, the last one in a past clause, the next one otherwise.
- "that day", "later that year", "the following year", "a year earlier" point back to a
  date named before them: :func:`refers_back` says so and :func:`from_reference` reads the
  value from the referenced one (the caller finds it; ``None`` when there is none).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_HOLIDAY = re.compile(
    r"^(?:(?P<r>last|next|this|past|coming)\s+)?(?P<h>thanksgiving|christmas\s+eve|christmas"
    r"|new\s+year'?s\s+eve|new\s+year'?s(?:\s+day)?|election|independence|memorial|labor"
    r"|veterans|valentine'?s|halloween|fourth\s+of\s+july|july\s+4th?)(?:\s+day)?$")
_REFERS = re.compile(
    r"^(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(?P<unit>day|week|month|year|morning"
    r"|afternoon|evening|night)$"
    r"|^the\s+(?P<dir>following|next|previous|preceding)\s+(?P<unit2>day|week|month|year)$"
    r"|^the\s+(?P<unit3>day|year)\s+(?P<dir2>before|after)$"
    r"|^(?:a|one)\s+year\s+(?:earlier|before|previously|ago)$")


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` (0 = Monday) of a month; n = -1 for the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _holiday_in(name: str, year: int) -> date:
    if name == "thanksgiving":
        return _nth_weekday(year, 11, 3, 4)
    if name == "election":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    if name == "memorial":
        return _nth_weekday(year, 5, 0, -1)
    if name == "labor":
        return _nth_weekday(year, 9, 0, 1)
    fixed = {"christmas": (12, 25), "christmas eve": (12, 24), "new year's eve": (12, 31),
             "new year's": (1, 1), "independence": (7, 4), "fourth of july": (7, 4),
             "july 4": (7, 4), "veterans": (11, 11), "valentine's": (2, 14),
             "halloween": (10, 31)}[name]
    return date(year, *fixed)


def holiday(low: str, anchor: date | None, tense: str) -> tuple[str | None, str] | None:
    """The value of a holiday ("Thanksgiving Day" -> its date), or None if not one."""
    m = _HOLIDAY.match(low)
    if m is None:
        return None
    if anchor is None:
        return None, "date.no_anchor"
    name = re.sub(r"\s+", " ", m.group("h")).replace("years", "year's").replace("'", "'")
    name = re.sub(r"new year'?s(?: day)?$", "new year's", name)
    name = re.sub(r"new year'?s eve", "new year's eve", name)
    name = re.sub(r"valentine'?s", "valentine's", name).replace("july 4th", "july 4")
    this = _holiday_in(name, anchor.year)
    rel = m.group("r")
    back = rel in {"last", "past"} or (rel is None and tense == "past")
    if rel == "this":
        day = this
    elif back:
        day = this if this <= anchor else _holiday_in(name, anchor.year - 1)
    else:
        day = this if this >= anchor else _holiday_in(name, anchor.year + 1)
    return day.isoformat(), "date.holiday"


def weekend(low: str, anchor: date | None, tense: str) -> tuple[str | None, str] | None:
    """"the weekend": its Saturday (the last one looking back, the next one ahead)."""
    m = re.match(r"^(?:the\s+|this\s+|last\s+|next\s+|over\s+the\s+)?weekend$", low)
    if m is None:
        return None
    if anchor is None:
        return None, "date.no_anchor"
    delta = (5 - anchor.weekday()) % 7  # days to the coming Saturday
    back = low.startswith("last") or (tense == "past" and not low.startswith(("next", "this")))
    if back:
        delta = delta - 7 if delta else 0
        if anchor.weekday() == 6:  # on a Sunday the weekend is this one
            delta = -1
    return (anchor + timedelta(days=delta)).isoformat(), "date.weekend"


def refers_back(text: str) -> bool:
    """The expression takes its value from a date named before it."""
    return bool(_REFERS.match(" ".join(text.lower().split())))


def from_reference(text: str, ref: str | None) -> str | None:
    """The value of a back-pointing expression given the referenced date's value
    ("the following year" after "June 1998" -> "1999")."""
    m = _REFERS.match(" ".join(text.lower().split()))
    if m is None or not ref or not re.match(r"^\d{4}(?:-|$)", ref):
        return None
    if m.group("unit") is None and m.group("unit2") is None and m.group("unit3") is None:
        if text.lower().endswith("ago") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", ref):
            return None  # "a year ago" beside a day is a year back, not that day
        return f"{int(ref[:4]) - 1:04d}{ref[4:]}"  # "a year earlier": the same precision
    if not re.match(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$", ref):
        return str(int(ref[:4])) if (m.group("unit") or m.group("unit2")) == "year" else None
    unit = m.group("unit") or m.group("unit2") or m.group("unit3")
    direction = m.group("dir") or m.group("dir2")
    step = 0 if direction is None else (1 if direction in {"following", "next", "after"}
                                        else -1)
    if unit == "year":
        return str(int(ref[:4]) + step)
    if unit == "month":
        if len(ref) < 7:
            return None
        y, mo = divmod(int(ref[:4]) * 12 + int(ref[5:7]) - 1 + step, 12)
        return f"{y:04d}-{mo + 1:02d}"
    if len(ref) < 10:
        return None if step or unit not in {"week"} else ref[:7]
    day = date.fromisoformat(ref) + timedelta(days=step * (7 if unit == "week" else 1))
    return day.isoformat() if unit != "week" else day.isoformat()[:7]
