"""Stance toward the schema's target, from the schema's cue phrases.

Deliberately simple and deliberately unsure: a phrase list cannot read negation or irony,
so every score stays at or below :data:`MAX_SCORE` and the annotator decides. "unclear"
is suggested when no cue fires, as the guidelines define it.
"""

from __future__ import annotations

from collections import Counter

from annotate.suggest.cues import STANCE_VALUES, CueSet
from annotate.suggest.types import StanceSuggestion

MAX_SCORE = 0.5
UNCLEAR_SCORE = 0.2


def stance_of(text: str, cues: CueSet) -> StanceSuggestion:
    """Stance of a piece of text: the value whose cues fire most often.

    Ties go to the earlier value in ``STANCE_VALUES`` (against, favor, neutral): the
    against-cues are the more specific phrases. The rule names the value and the first
    cue that fired for it, e.g. ``stance.cue.against:not on the table``.
    """
    if cues.stance is None:
        return StanceSuggestion("unclear", "stance.none", UNCLEAR_SCORE)
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for m in cues.stance.finditer(text):
        phrase = " ".join(m.group().lower().split())
        value = cues.stance_of.get(phrase)
        if value is None:
            continue
        counts[value] += 1
        first.setdefault(value, phrase)
    if not counts:
        return StanceSuggestion("unclear", "stance.none", UNCLEAR_SCORE)
    best = max(STANCE_VALUES, key=lambda v: (counts[v], -STANCE_VALUES.index(v)))
    margin = counts[best] - max((counts[v] for v in STANCE_VALUES if v != best), default=0)
    score = min(MAX_SCORE, 0.25 + 0.05 * counts[best] + 0.05 * margin)
    if margin == 0:
        score = min(score, 0.3)
    return StanceSuggestion(best, f"stance.cue.{best}:{first[best]}", round(score, 3))
