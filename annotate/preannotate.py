"""`annotate preannotate`: stream documents through spaCy and store suggestions.

Lazy all the way, in the manner of prodigy-recipes: documents come from the database one at a
time, go through `nlp.pipe(..., as_tuples=True)` in batches, and each batch of suggestions is
written in one transaction. A re-run skips documents done by the same model and rules version.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from annotate.corpus import parse_date
from annotate.errors import AnnotateError
from annotate.store import Store
from annotate.store.suggestions import ModelRun, count_pending, pending, save
from annotate.suggest.types import DocSuggestions


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
    """Suggest QUOTE, SPEAKER, DATE and STANCE for every document not yet done.

    `nlp` may be passed in (tests, benchmarks) to skip loading; otherwise the pipeline is
    loaded by `model` name, or the preferred installed English pipeline. Only labels of the
    schema are stored, and labels the schema marks optional (CUE) only with `optional`, so
    annotators are not asked to rule on spans their schema does not need.
    """
    from annotate.suggest import suggest_stream
    from annotate.suggest.pipeline import RULES_VERSION, model_id

    if n_process < 1 or batch_size < 1:
        raise AnnotateError("--n-process and --batch-size must be at least 1")
    if nlp is None:
        nlp = load(model)
    name, version = model_id(nlp)
    run = ModelRun(name, version, RULES_VERSION)
    report = PreannotateReport(name, version, RULES_VERSION)
    total = count_pending(store, run, force)
    if on_start is not None:
        on_start(total)
    if total == 0:
        return report
    started = time.perf_counter()
    items = ((row["text"], (row["id"], row["published"])) for row in pending(store, run, force))
    stream = suggest_stream(
        nlp, items, store.schema.cues, published_of=_published,
        batch_size=batch_size, n_process=n_process,
    )
    wanted = {label.name for label in store.schema.labels if optional or not label.optional}
    batch: list[tuple[int, DocSuggestions]] = []
    for ctx, suggestions in stream:
        suggestions.spans = [s for s in suggestions.spans if s.label in wanted]
        batch.append((ctx[0], suggestions))
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
