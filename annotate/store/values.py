"""What an annotator may type as a value: ISO dates for DATE spans and publication dates.

TIMEX3-style values at their own precision, as the pre-annotator writes them: a year, a
month, a day, a quarter, a half, a week, a season, a decade or a century. Anything else is
refused with the forms that are accepted, so a typo never lands in the gold data.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from annotate.errors import AnnotateError

_FORMS = [
    (re.compile(r"^(\d{2})$"), None),  # a century: "20" is the 2000s
    (re.compile(r"^(\d{3})$"), None),  # a decade: "199" is the 1990s
    (re.compile(r"^(\d{4})$"), None),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), "day"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), None),
    (re.compile(r"^(\d{4})-H([12])$"), None),
    (re.compile(r"^(\d{4})-W(\d{2})$"), "week"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"), None),
]
ACCEPTED = ("YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, YYYY-Wnn, YYYY-SP/SU/FA/WI, a decade "
            "YYY or a century YY")


def check_date_value(value: Any) -> str:
    """The value if it is a valid ISO date value, else an AnnotateError naming the forms."""
    if isinstance(value, str):
        for pattern, check in _FORMS:
            m = pattern.match(value)
            if m is None:
                continue
            if check == "month" and not 1 <= int(m.group(2)) <= 12:
                break
            if check == "week" and not 1 <= int(m.group(2)) <= 53:
                break
            if check == "day":
                parse_iso_date(value)
            return value
    raise AnnotateError(f"{value!r} is not a date value ({ACCEPTED})")


def parse_iso_date(value: str) -> date:
    """A calendar day written YYYY-MM-DD (the publication date)."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise AnnotateError(f"{value!r} is not a day written YYYY-MM-DD") from None


def resolve(text: str, anchor: date | None, details: Mapping[str, Any]) -> str | None:
    """A DATE suggestion's value against a new anchor, with the tense it was first read with.

    The resolver is pure Python (no spaCy): the parse that chose the tense is not needed
    again, because the suggestion kept it.
    """
    from annotate.suggest.date_values import revalue

    return revalue(text, anchor, details)
