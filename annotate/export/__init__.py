"""Exports of one annotation layer (gold, an annotator, or the model's suggestions).

One module a format: spacy (DocBin + config), jsonl (Prodigy-style), conll (BIO), csv
(quotes). `run` picks the source, the output path (see common.py's safety rules) and the
format.
"""

from __future__ import annotations

from pathlib import Path

from annotate.errors import AnnotateError
from annotate.export.common import ExportReport, Item, load_source, resolve_out, shown
from annotate.store import Store

FORMATS = ("spacy", "jsonl", "conll", "csv")


def run(store: Store, fmt: str, source: str = "gold", out: str | None = None,
        ratio: float = 0.8, seed: int = 0, force: bool = False) -> ExportReport:
    """Export `source` as `fmt`; jsonl without `out` goes to stdout."""
    if fmt not in FORMATS:
        raise AnnotateError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
    if not 0 < ratio <= 1:
        raise AnnotateError(f"--split must be in (0, 1], got {ratio}")
    if fmt == "jsonl" and out is None:
        target: Path | None = None
    else:
        default = {"spacy": f"{source}-spacy", "jsonl": f"{source}.jsonl",
                   "conll": f"{source}-conll", "csv": f"{source}-quotes.csv"}[fmt]
        target = resolve_out(out, default, force)
        if fmt == "csv" and target.suffix != ".csv":
            target = target / "quotes.csv"
            if target.exists() and not force:
                raise AnnotateError(f"{target} exists; add --force to replace it")
    report = _write(store, fmt, load_source(store, source), target, ratio, seed)
    report.paths = [shown(p) for p in report.paths]
    return report


def _write(store: Store, fmt: str, items: list[Item], target: Path | None, ratio: float,
           seed: int) -> ExportReport:
    if fmt == "jsonl":
        from annotate.export import jsonl

        return jsonl.export(items, target, ratio, seed)
    assert target is not None
    if fmt == "spacy":
        from annotate.export import spacy

        return spacy.export(items, store.schema, target, ratio, seed)
    if fmt == "conll":
        from annotate.export import conll

        return conll.export(items, list(store.schema.label_names), target, ratio, seed)
    from annotate.export import csv

    return csv.export(items, target)


__all__ = ["FORMATS", "ExportReport", "run"]
