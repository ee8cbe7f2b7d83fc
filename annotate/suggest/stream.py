"""Streaming a corpus through spaCy and the rules, in one process or several.

One process: the pipeline over the texts (:func:`annotate.suggest.fastpipe.parse`: the
Docs ``nlp.pipe`` gives, a little faster), the rules on each Doc as it comes, lazily (as
prodigy recipes do), so the caller can write batch by batch.

Several processes: each worker has the pipeline, parses *and* runs the rules, and sends
back only the suggestions (small, picklable), never the Docs: spaCy's own ``n_process``
serializes every Doc back to the parent, which would then run the rules alone and become
the bottleneck. Work goes out in chunks sized from the document count so that the workers
finish together, a bounded number in flight, and results come back in input order.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from multiprocessing.pool import AsyncResult
from typing import Any, Generic, TypeVar

from spacy.language import Language

from annotate.suggest.cues import CueSet, compile_cues
from annotate.suggest.engine import suggest_doc
from annotate.suggest.fastpipe import parse
from annotate.suggest.pieces import PIECE_CHARS, merge, split_text
from annotate.suggest.stance import stance_of
from annotate.suggest.types import DocSuggestions

Ctx = TypeVar("Ctx")


def chunk_size(total: int | None, n_process: int, batch_size: int) -> int:
    """Documents per chunk sent to a worker: at most ``batch_size``, and small enough that
    every worker gets about eight (so one slow chunk does not leave the others idle at the
    end of the run)."""
    if not total:
        return max(1, batch_size)
    per_worker = -(-total // (n_process * 8))
    return max(1, min(batch_size, per_worker))


def suggest_stream(
    nlp: Language,
    items: Iterable[tuple[str, Ctx]],
    cues: Mapping[str, Any] | CueSet,
    published_of: Callable[[Ctx], date | None],
    batch_size: int = 64,
    n_process: int = 1,
    total: int | None = None,
    model: str | None = None,
) -> Iterator[tuple[Ctx, DocSuggestions]]:
    """Lazily parse ``(text, ctx)`` items and yield ``(ctx, suggestions)`` in order.

    With ``n_process > 1`` the workers load the pipeline by ``model`` (its name or path;
    by default the one ``nlp`` was loaded from) and run the rules themselves; ``total``
    (the number of items, when known) sizes their chunks. A text longer than
    :data:`~annotate.suggest.pieces.PIECE_CHARS` (or ``nlp.max_length``) is parsed in
    pieces and its suggestions joined back (see :mod:`annotate.suggest.pieces`).
    """
    cueset = compile_cues(cues)
    limit = min(PIECE_CHARS, nlp.max_length)
    pieces = _split(items, limit)
    parsed: Iterator[tuple[_Piece[Ctx], DocSuggestions]]
    if n_process == 1:
        for_texts, for_pieces = itertools.tee(pieces)
        docs = parse(nlp, (p.text for p in for_texts), batch_size)
        parsed = ((p, suggest_doc(doc, published_of(p.ctx), cueset))
                  for doc, p in zip(docs, for_pieces, strict=True))
    else:
        parsed = _parallel(nlp, ((p.text, p) for p in pieces), cueset,
                           lambda p: published_of(p.ctx), n_process,
                           chunk_size(total, n_process, batch_size), model)
    yield from _joined(parsed, cueset)


@dataclass(frozen=True)
class _Piece(Generic[Ctx]):
    """A piece of one item's text (the whole text, unless it is too long)."""

    ctx: Ctx
    text: str
    offset: int
    last: bool
    whole: str  # the item's full text (the same string object: no copy)


def _split(items: Iterable[tuple[str, Ctx]], limit: int) -> Iterator[_Piece[Ctx]]:
    for text, ctx in items:
        if len(text) <= limit:
            yield _Piece(ctx, text, 0, True, text)
            continue
        parts = split_text(text, limit)
        for n, (offset, piece) in enumerate(parts):
            yield _Piece(ctx, piece, offset, n == len(parts) - 1, text)


def _joined(parsed: Iterable[tuple[_Piece[Ctx], DocSuggestions]], cues: CueSet
            ) -> Iterator[tuple[Ctx, DocSuggestions]]:
    """Items back from their pieces, in order: one piece is the item itself."""
    held: list[tuple[int, DocSuggestions]] = []
    for piece, sugg in parsed:
        if piece.offset == 0 and piece.last:
            yield piece.ctx, sugg
            continue
        held.append((piece.offset, sugg))
        if piece.last:
            whole = merge(held)
            whole.doc_stance = stance_of(piece.whole, cues)
            held = []
            yield piece.ctx, whole


# -- workers ----------------------------------------------------------------------------

#: what a worker process works with: set before the pool forks (inherited, not pickled) or
#: by _init_worker in a spawned process
_WORKER: dict[str, Any] = {}


def _init_worker(model: str, cues: CueSet) -> None:
    from annotate.suggest.pipeline import load_pipeline

    _WORKER["nlp"] = load_pipeline(model)
    _WORKER["cues"] = cues


def _work(chunk: list[tuple[str, date | None]]) -> list[DocSuggestions]:
    nlp, cues = _WORKER["nlp"], _WORKER["cues"]
    texts = [text for text, _ in chunk]
    return [suggest_doc(doc, published, cues)
            for doc, (_, published) in zip(parse(nlp, texts, len(chunk)), chunk, strict=True)]


def _parallel(nlp: Language, items: Iterable[tuple[str, Ctx]], cues: CueSet,
              published_of: Callable[[Ctx], date | None], n_process: int, size: int,
              model: str | None) -> Iterator[tuple[Ctx, DocSuggestions]]:
    """Chunks to a pool of workers, at most three per worker in flight (bounded memory
    whatever the corpus size and however slowly the caller writes), results in order."""
    if "fork" in mp.get_all_start_methods():
        # the workers inherit the loaded pipeline instead of loading it again; everything
        # they import is imported here first, so no lock can be held across the fork
        import dateparser.date  # noqa: F401  # the date fallback's import

        _WORKER.update(nlp=nlp, cues=cues)
        pool = mp.get_context("fork").Pool(n_process)
    else:
        from annotate.suggest.pipeline import package_name

        pool = mp.get_context("spawn").Pool(
            n_process, initializer=_init_worker, initargs=(model or package_name(nlp), cues))
    window: deque[tuple[list[Ctx], AsyncResult[list[DocSuggestions]]]] = deque()
    it = iter(items)
    try:
        while True:
            block = list(itertools.islice(it, size))
            if block:
                chunk = [(text, published_of(ctx)) for text, ctx in block]
                window.append(([ctx for _, ctx in block], pool.apply_async(_work, (chunk,))))
            if window and (not block or len(window) >= 3 * n_process):
                contexts, result = window.popleft()
                yield from zip(contexts, result.get(), strict=True)
            if not block and not window:
                break
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        _WORKER.clear()
