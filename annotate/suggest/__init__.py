"""Pre-annotation suggesters: QUOTE, SPEAKER, CUE and DATE spans, relations and stance.

Rule-based on top of one spaCy pass; nothing here touches the database. ``suggest_doc``
works on a parsed ``Doc``; ``suggest_stream`` runs ``nlp.pipe`` lazily over
``(text, context)`` tuples (as prodigy recipes do) so the caller can stream a corpus
through the store without holding it in memory.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from annotate.suggest.cues import CueSet, compile_cues
from annotate.suggest.date_values import resolve_date
from annotate.suggest.dates import find_dates
from annotate.suggest.pipeline import (
    RULES_VERSION,
    PipelineNotFound,
    load_pipeline,
    model_id,
)
from annotate.suggest.quotes import find_quotes
from annotate.suggest.speakers import NameResolver
from annotate.suggest.stance import stance_of
from annotate.suggest.textutil import DocIndex
from annotate.suggest.types import (
    DocSuggestions,
    RelationSuggestion,
    SpanSuggestion,
    StanceSuggestion,
)

__all__ = [
    "RULES_VERSION",
    "DocSuggestions",
    "PipelineNotFound",
    "RelationSuggestion",
    "SpanSuggestion",
    "StanceSuggestion",
    "compile_cues",
    "load_pipeline",
    "model_id",
    "resolve_date",
    "suggest_doc",
    "suggest_stream",
]

Ctx = TypeVar("Ctx")

_RESOLVED_RULES = {"speaker.pronoun→name", "speaker.title→name", "speaker.title→next_name"}


def suggest_doc(doc: Doc, published: date | None, cues: Mapping[str, Any] | CueSet
                ) -> DocSuggestions:
    """All suggestions for one parsed document.

    ``published`` anchors relative dates (None: only dates with a year get a value);
    ``cues`` is the schema's ``cues`` mapping (or an already compiled :class:`CueSet`).
    """
    cueset = compile_cues(cues)
    idx = DocIndex(doc, cueset.speech_verbs)
    out = DocSuggestions()
    text = doc.text
    key = 0

    def add(label: str, start: int, end: int, rule: str, score: float, **extra: Any) -> int:
        nonlocal key
        out.spans.append(SpanSuggestion(key, label, start, end, text[start:end], rule,
                                        round(score, 3), **extra))
        key += 1
        return key - 1

    hits = find_quotes(idx, cueset)
    # speaker mentions: one span per distinct mention, canonical names in text order
    mentions = sorted({(h.speaker.start, h.speaker.end): h.speaker for h in hits
                       if h.speaker is not None}.items())
    resolver = NameResolver(doc, cueset)
    speaker_key: dict[tuple[int, int], int] = {}
    for (s, e), mention in mentions:
        canonical, how = resolver.resolve(s, e)
        rule = how if how in _RESOLVED_RULES else mention.rule
        span = doc[s:e]
        speaker_key[(s, e)] = add("SPEAKER", span.start_char, span.end_char, rule,
                                  0.8 if canonical else 0.6, canonical=canonical)
    cue_key: dict[tuple[int, int], int] = {}
    for h in hits:
        stance = stance_of(text[h.start:h.end], cueset)
        qk = add("QUOTE", h.start, h.end, h.rule, h.score, stance=stance.value)
        if h.cue is not None and h.cue not in cue_key:
            cue_key[h.cue] = add("CUE", h.cue[0], h.cue[1], "cue." + h.rule.split(".")[1],
                                 h.score)
        if h.speaker is not None:
            sk = speaker_key[(h.speaker.start, h.speaker.end)]
            out.relations.append(RelationSuggestion("ATTRIBUTED_TO", qk, sk,
                                                    h.speaker.rule, min(h.score, 0.9)))
    for d in find_dates(doc, published):
        add("DATE", d.start, d.end, d.rule, d.score, value=d.value)
    out.doc_stance = stance_of(text, cueset)
    return out


def suggest_stream(
    nlp: Language,
    items: Iterable[tuple[str, Ctx]],
    cues: Mapping[str, Any] | CueSet,
    published_of: Callable[[Ctx], date | None],
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[tuple[Ctx, DocSuggestions]]:
    """Lazily parse ``(text, ctx)`` items and yield ``(ctx, suggestions)`` in order.

    The rules run here, in the calling process, while the workers parse the next batches.
    With several processes the texts go to ``nlp.pipe`` as plain strings and the contexts
    are zipped back in order: ``as_tuples=True`` would make the parent tokenize and
    serialize every Doc before sending it, which costs more than the rules themselves.
    """
    cueset = compile_cues(cues)
    if n_process == 1:
        for doc, ctx in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
            yield ctx, suggest_doc(doc, published_of(ctx), cueset)
        return
    for_texts, for_contexts = itertools.tee(items)
    texts = (text for text, _ in for_texts)
    contexts = (ctx for _, ctx in for_contexts)
    for doc, ctx in zip(nlp.pipe(texts, batch_size=batch_size, n_process=n_process), contexts,
                        strict=True):
        yield ctx, suggest_doc(doc, published_of(ctx), cueset)
