"""Pre-annotation suggesters: QUOTE, SPEAKER, CUE and DATE spans, relations and stance.

Rule-based on top of one spaCy pass; nothing here touches the database. The layout:

- ``data/`` holds the rules as data: ``rules.yaml`` (rule ids, precedence, typed
  attributes, explanations), ``patterns.yaml`` (spaCy Matcher patterns) and
  ``lexicon.yaml`` (word lists and windows); :mod:`.rulebook` loads them and derives the
  rules version from them and the code;
- :mod:`.quotes` holds the attribution families, each a pure function of a parsed Doc,
  and :mod:`.resolve` the one resolver that chooses among their candidates;
- :mod:`.speakers`, :mod:`.dates` (spans), :mod:`.date_tense` and :mod:`.date_values`
  (values, no spaCy), :mod:`.stance`;
- :mod:`.engine` (``suggest_doc``) and :mod:`.stream` (``suggest_stream``) put them
  together.

Importing this package does not import spaCy: the store and the app use its plain types
and the date resolver (``annotate.suggest.date_values.resolve_date`` / ``revalue``); the
names that need spaCy are loaded on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from annotate.suggest.cues import compile_cues
from annotate.suggest.date_values import resolve_date, revalue
from annotate.suggest.rulebook import rules_version
from annotate.suggest.types import (
    DocSuggestions,
    RelationSuggestion,
    SpanSuggestion,
    StanceSuggestion,
)

if TYPE_CHECKING:
    from annotate.suggest.engine import suggest_doc
    from annotate.suggest.pipeline import PipelineNotFound, load_pipeline, model_id
    from annotate.suggest.stream import suggest_stream

__all__ = [
    "DocSuggestions",
    "PipelineNotFound",
    "RelationSuggestion",
    "SpanSuggestion",
    "StanceSuggestion",
    "compile_cues",
    "load_pipeline",
    "model_id",
    "resolve_date",
    "revalue",
    "rules_version",
    "suggest_doc",
    "suggest_stream",
]

#: names that need spaCy, and the module each comes from (imported on first use)
_LAZY = {
    "suggest_doc": "annotate.suggest.engine",
    "suggest_stream": "annotate.suggest.stream",
    "load_pipeline": "annotate.suggest.pipeline",
    "model_id": "annotate.suggest.pipeline",
    "PipelineNotFound": "annotate.suggest.pipeline",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'annotate.suggest' has no attribute {name!r}")
    return getattr(import_module(module), name)
