"""From a parsed Doc to suggestions: quotes, speakers, cues, dates and stance.

:func:`suggest_doc` runs the quote families and their resolver
(:mod:`annotate.suggest.quotes`), links each speaker mention to a canonical name, finds the
dates, and writes every suggestion with its rule, score and an explanation in words.
Spans are labelled by role (:mod:`annotate.suggest.roles`); the caller maps roles to the
schema's label names.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from spacy.tokens import Doc

from annotate.suggest import roles
from annotate.suggest.context import DocContext
from annotate.suggest.cue_speakers import cue_speakers
from annotate.suggest.cues import CueSet, compile_cues
from annotate.suggest.dates import DateHit, find_dates
from annotate.suggest.quotes import find_quotes
from annotate.suggest.rulebook import rule
from annotate.suggest.speaker_names import NameResolver
from annotate.suggest.stance import stance_of
from annotate.suggest.types import DocSuggestions, RelationSuggestion, SpanSuggestion

_TENSE_WORDS = {"past": "a past", "present": "a present", "future": "a future"}


def suggest_doc(doc: Doc, published: date | None, cues: Mapping[str, Any] | CueSet
                ) -> DocSuggestions:
    """All suggestions for one parsed document.

    ``published`` anchors relative dates (None: only dates with a year get a value);
    ``cues`` is the schema's ``cues`` mapping (or an already compiled :class:`CueSet`).
    """
    cueset = compile_cues(cues)
    ctx = DocContext(doc, cueset)
    out = DocSuggestions()
    text = doc.text

    def add(role: str, start: int, end: int, rule_id: str, score: float,
            explanation: str, **extra: Any) -> int:
        key = len(out.spans)
        out.spans.append(SpanSuggestion(key, role, start, end, text[start:end], rule_id,
                                        round(score, 3), explanation=explanation, **extra))
        return key

    quotes = find_quotes(ctx)
    # speaker mentions: one span per distinct mention, canonical names in text order
    mentions = sorted({(q.speaker.start, q.speaker.end): (q.speaker, q.cue) for q in quotes
                       if q.speaker is not None}.items())
    names = NameResolver(doc, cueset, ctx.ents)
    speaker_key: dict[tuple[int, int], int] = {}
    for (s, e), (mention, cue) in mentions:
        canonical, how = names.resolve(*(mention.antecedent or (s, e)))
        resolution = rule(how)
        mention_rule = rule(mention.rule)
        cue_text = text[cue[0]:cue[1]] if cue else ""
        why = mention_rule.explain(cue=cue_text)
        if canonical:
            why += f"; {resolution.explanation}: {canonical}"
        span = doc[s:e]
        speaker_key[(s, e)] = add(
            roles.SPEAKER, span.start_char, span.end_char,
            resolution.id if resolution.replaces else mention_rule.id,
            0.8 if canonical else 0.6, why, canonical=canonical)
    cue_key: dict[tuple[int, int], int] = {}
    for q in quotes:
        stance = stance_of(text[q.start:q.end], cueset)
        cue_text = text[q.cue[0]:q.cue[1]] if q.cue else ""
        speaker_text = doc[q.speaker.start:q.speaker.end].text if q.speaker else ""
        qk = add(roles.QUOTE, q.start, q.end, q.rule.id, q.rule.score,
                 q.rule.explain(cue=cue_text, speaker=speaker_text), stance=stance.value)
        if q.cue is not None and q.cue not in cue_key and q.rule.cue_rule is not None:
            cue_rule = rule(q.rule.cue_rule)
            cue_key[q.cue] = add(roles.CUE, q.cue[0], q.cue[1], cue_rule.id, q.rule.score,
                                 cue_rule.explanation)
        if q.speaker is not None:
            sk = speaker_key[(q.speaker.start, q.speaker.end)]
            out.relations.append(RelationSuggestion(roles.ATTRIBUTION, qk, sk,
                                                    q.speaker.rule, min(q.rule.score, 0.9)))
    for d in find_dates(ctx, published):
        add(roles.DATE, d.start, d.end, d.rule, d.score, _date_explanation(d, published),
            value=d.value, details=_date_details(d))
    out.doc_stance = stance_of(text, cueset)
    out.cue_speakers = cue_speakers(ctx, names)
    return out


def _date_details(d: DateHit) -> dict[str, Any]:
    """What re-resolving the value needs (see date_values.revalue), JSON-able."""
    details: dict[str, Any] = {"tense": d.tense}
    if d.refers_to is not None:
        details["refers_to"] = list(d.refers_to)
    return details


def _date_explanation(d: DateHit, published: date | None) -> str:
    how = rule(d.rule).explanation
    if d.value is None:
        return how
    anchor = f" from the publication date {published.isoformat()}" if published else ""
    return f"{how}; read in {_TENSE_WORDS.get(d.tense, d.tense)} clause{anchor}: {d.value}"
