"""`annotate preannotate`: stream documents through spaCy and store suggestions.

Lazy all the way, in the manner of prodigy-recipes: documents come from the database one at a
time, go through the suggesters in batches (in worker processes with ``n_process > 1``),
and each batch of suggestions is written in one transaction. A re-run skips documents done
by the same model and rules version; the rules version is derived from the rules' code and
data and the schema's cue lists, so any change to them redoes the corpus.

The suggesters speak roles (quote, speaker, date, cue; the attribution relation); here they
become the schema's label and relation names, so a schema that renames its labels keeps
its suggestions, and labels the schema marks optional are stored only when asked for.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from annotate.corpus import parse_date
from annotate.errors import AnnotateError
from annotate.schema import Schema
from annotate.store import Store
from annotate.store.suggestions import ModelRun, count_pending, pending, save
from annotate.suggest import roles
from annotate.suggest.roles import ATTRIBUTION, LABEL_ROLES
from annotate.suggest.rulebook import rules_version
from annotate.suggest.types import DocSuggestions, RelationSuggestion


@dataclass
class PreannotateReport:
    model: str
    model_version: str
    rules_version: str
    documents: int = 0
    suggestions: int = 0
    seconds: float = 0.0

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def load(model: str | None = None) -> Any:
    """The spaCy pipeline by name, or the preferred installed one; one-line error if none."""
    from annotate.suggest.pipeline import PipelineNotFound, load_pipeline

    try:
        return load_pipeline(model)
    except PipelineNotFound as exc:
        raise AnnotateError(str(exc)) from None


def _published(ctx: tuple[int, str | None]) -> date | None:
    return parse_date(ctx[1]) if ctx[1] else None


def for_schema(suggestions: DocSuggestions, schema: Schema, optional: bool = False
               ) -> DocSuggestions:
    """The suggestions with roles turned into the schema's label and relation names.

    Spans of a role the schema has no label for are dropped, and so are labels the schema
    marks optional unless ``optional``; relations keep only spans that stay.
    """
    names: dict[str, str] = {}
    for role in LABEL_ROLES:
        name = schema.role_label(role)
        if name is not None and (optional or not schema.label(name).optional):
            names[role] = name
    spans = [replace(s, label=names[s.label]) for s in suggestions.spans if s.label in names]
    kept = {s.key for s in spans}
    relations = [RelationSuggestion(schema.attribution, r.head, r.child, r.rule, r.score)
                 for r in suggestions.relations
                 if r.label == ATTRIBUTION and r.head in kept and r.child in kept]
    speakers = suggestions.cue_speakers if {roles.QUOTE, roles.SPEAKER} <= names.keys() else []
    return DocSuggestions(spans, relations, suggestions.doc_stance, speakers)


def preannotate(
    store: Store,
    *,
    model: str | None = None,
    nlp: Any = None,
    n_process: int = 1,
    batch_size: int = 64,
    force: bool = False,
    optional: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> PreannotateReport:
    """Suggest quotes, speakers, dates and stance for every document not yet done.

    `nlp` may be passed in (tests, benchmarks) to skip loading; otherwise the pipeline is
    loaded by `model` name, or the preferred installed English pipeline. With `n_process`
    > 1 the workers get the pipeline from `nlp` (or load `model`). Only labels of the
    schema are stored, and labels the schema marks optional (the cue) only with
    `optional`, so annotators are not asked to rule on spans their schema does not need.
    """
    from annotate.suggest import suggest_stream
    from annotate.suggest.pipeline import model_id

    if n_process < 1 or batch_size < 1:
        raise AnnotateError("--n-process and --batch-size must be at least 1")
    if nlp is None:
        nlp = load(model)
    schema = store.schema
    name, version = model_id(nlp)
    rules = rules_version(schema.cues)
    run = ModelRun(name, version, rules)
    report = PreannotateReport(name, version, rules)
    total = count_pending(store, run, force)
    if on_start is not None:
        on_start(total)
    if total == 0:
        return report
    started = time.perf_counter()
    items = ((row["text"], (row["id"], row["published"])) for row in pending(store, run, force))
    stream = suggest_stream(
        nlp, items, schema.cues, published_of=_published,
        batch_size=batch_size, n_process=n_process, total=total, model=model,
    )
    batch: list[tuple[int, DocSuggestions]] = []
    for ctx, suggestions in stream:
        batch.append((ctx[0], for_schema(suggestions, schema, optional)))
        if len(batch) >= batch_size:
            report.suggestions += save(store, run, batch)
            report.documents += len(batch)
            if on_batch is not None:
                on_batch(len(batch))
            batch = []
    if batch:
        report.suggestions += save(store, run, batch)
        report.documents += len(batch)
        if on_batch is not None:
            on_batch(len(batch))
    report.seconds = time.perf_counter() - started
    return report
