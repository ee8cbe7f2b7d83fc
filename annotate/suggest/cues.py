"""Compiled form of the schema's ``cues`` mapping.

The cue lists live in the schema (YAML), not in code, so a project can add a verb or a
stance phrase without touching the rules. Compiling them costs a few regexes; it is done
once per distinct mapping and cached, so per-document work stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

STANCE_VALUES: tuple[str, ...] = ("against", "favor", "neutral")


@dataclass(frozen=True)
class CueSet:
    """Cue lists ready for matching (lower-cased sets and compiled alternations)."""

    speech_verbs: frozenset[str]
    # cues of reports the suggesters leave alone; only who says them is kept
    # (`cue_speakers`), for a quote an annotator marks by hand
    marking_verbs: frozenset[str]
    according_to: re.Pattern[str] | None
    titles: frozenset[str]
    title_words: frozenset[str]
    stance: re.Pattern[str] | None
    stance_of: Mapping[str, str]  # lower-cased phrase -> stance value


def _alternation(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive regex matching any phrase on word boundaries, longest first."""
    items = sorted({p.strip().lower() for p in phrases if p and p.strip()}, key=len, reverse=True)
    if not items:
        return None
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in items)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _freeze(cues: Mapping[str, Any]) -> tuple[Any, ...]:
    stance = cues.get("stance") or {}
    return (
        tuple(cues.get("speech_verbs") or ()),
        tuple(cues.get("marking_verbs") or ()),
        tuple(cues.get("according_to") or ()),
        tuple(cues.get("titles") or ()),
        tuple((k, tuple(stance.get(k) or ())) for k in STANCE_VALUES),
    )


@lru_cache(maxsize=32)
def _compile(frozen: tuple[Any, ...]) -> CueSet:
    verbs, marking, according, titles, stance = frozen
    title_set = frozenset(t.lower() for t in titles)
    title_words = frozenset(w for t in title_set for w in re.split(r"[\s-]+", t) if len(w) > 2)
    stance_of: dict[str, str] = {}
    for value, phrases in stance:
        for p in phrases:
            stance_of.setdefault(" ".join(p.lower().split()), value)
    return CueSet(
        speech_verbs=frozenset(v.lower() for v in verbs),
        marking_verbs=frozenset(v.lower() for v in marking),
        according_to=_alternation(according),
        titles=title_set,
        title_words=title_words - {"the", "of", "and"},
        stance=_alternation(stance_of),
        stance_of=stance_of,
    )


def compile_cues(cues: Mapping[str, Any] | CueSet) -> CueSet:
    """Compile (or fetch from cache) the cue lists of a schema ``cues`` mapping."""
    if isinstance(cues, CueSet):
        return cues
    return _compile(_freeze(cues))
