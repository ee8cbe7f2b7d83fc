"""What a rule family proposes: candidates, before the resolver picks among them.

A family is a pure function ``(DocContext) -> Iterable[Candidate]``: it never looks at what
other families found. A candidate is one attribution: a cue (a speech verb or phrase), a
speaker mention, and one or more *readings* of its content, preferred first (a final
attribution may take the whole paragraph, or only its sentence when another attribution
explains the paragraph's start). Each reading has one or more parts ("A," he said, "B" is
two parts of one attribution) and a *claim*: the characters it explains, which no later
candidate may explain again.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotate.suggest.rulebook import Rule
from annotate.suggest.speakers import Mention

Chars = tuple[int, int]


@dataclass(frozen=True)
class Part:
    """One span of content (char offsets) and the rule that names it."""

    start: int
    end: int
    rule: Rule


@dataclass(frozen=True)
class Reading:
    """One way to read a candidate's content: its parts and the characters it claims."""

    parts: tuple[Part, ...]
    claim: Chars


@dataclass(frozen=True)
class Candidate:
    """One attribution proposed by a family, for the resolver to accept or drop."""

    rule: Rule  # decides the precedence; parts may name finer rules
    readings: tuple[Reading, ...]
    speaker: Mention | None = None
    cue: Chars | None = None  # char span of the cue, for the CUE suggestion
    cue_token: int | None = None  # a token may be the cue of one attribution only
    anchor: Chars | None = None  # chars that must be unclaimed (default: the cue token)
    # a quote no cue attributes: the resolver gives it the speaker of the quote just
    # before it (same or previous paragraph), else keeps it alone only if ``alone_ok``
    orphan: bool = False
    alone_ok: bool = False


@dataclass(frozen=True)
class Quote:
    """An accepted QUOTE: content span, rule, cue and speaker mention."""

    start: int
    end: int
    rule: Rule
    cue: Chars | None
    speaker: Mention | None
    cue_token: int | None = None
    orphan: bool = False
    alone_ok: bool = False


def single(rule: Rule, start: int, end: int, claim: Chars | None = None, **kw: object
           ) -> Candidate:
    """A candidate with one reading of one part (the common case)."""
    reading = Reading((Part(start, end, rule),), claim or (start, end))
    return Candidate(rule, (reading,), **kw)  # type: ignore[arg-type]
