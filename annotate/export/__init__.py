"""Exports of one annotation layer (gold, an annotator, or the model's suggestions).

One module a format: spacy (DocBin shards + config), jsonl (Prodigy), conll (BIO), csv
(quotes), and tools (brat, doccano, Label Studio). `run` picks the source, the output path
(see common.py's safety rules), the split, and streams the documents into the format's sinks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotate.errors import AnnotateError
from annotate.export.common import (
    ExportReport,
    Sink,
    dev_ids,
    resolve_out,
    sentence_nlp,
    shown,
    staged,
    tokenised,
)
from annotate.export.common import source as layer_source
from annotate.store import Store

FORMATS = ("spacy", "jsonl", "conll", "csv", "brat", "doccano", "labelstudio")
_DEFAULT = {"spacy": "{s}-spacy", "jsonl": "{s}.jsonl", "conll": "{s}-conll",
            "csv": "{s}-quotes.csv", "brat": "{s}-brat", "doccano": "{s}-doccano.jsonl",
            "labelstudio": "{s}-labelstudio"}
_TOKENS = {"spacy", "jsonl", "conll", "csv"}
_FILES = {"jsonl": (".jsonl",), "conll": (".conll", ".txt"), "doccano": (".jsonl",),
          "csv": (".csv",)}


def run(store: Store, fmt: str, source: str = "gold", out: str | None = None,
        ratio: float = 0.8, seed: int = 0, force: bool = False,
        labels: list[str] | None = None) -> ExportReport:
    """Export `source` as `fmt`; jsonl without `out` goes to stdout.

    `labels` (CoNLL only) puts just those labels in one tag column (CoNLL-2003).
    """
    if fmt not in FORMATS:
        raise AnnotateError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
    if not 0 < ratio <= 1:
        raise AnnotateError(f"--split must be in (0, 1], got {ratio}")
    schema = store.schema
    if labels is not None:
        if fmt != "conll":
            raise AnnotateError("--label is for --format conll")
        bad = [lab for lab in labels if lab not in schema.label_names]
        if bad or not labels:
            raise AnnotateError(f"--label {','.join(bad)}: not a label of schema {schema.name} "
                                f"({', '.join(schema.label_names)})")
    target: Path | None = None
    if not (fmt == "jsonl" and out is None):
        target = resolve_out(out, _DEFAULT[fmt].format(s=source), force)
        if fmt == "csv" and target.suffix != ".csv":
            target = target / "quotes.csv"
            if target.exists() and not force:
                raise AnnotateError(f"{shown(target)} exists; add --force to replace it")
    src = layer_source(store, source)
    report = ExportReport(documents=len(src.documents))
    nlp: Any = None
    if fmt in _TOKENS:
        import spacy

        nlp = sentence_nlp() if fmt in ("conll", "csv") else spacy.blank("en")
    columns = [labels] if labels else [[lab] for lab in schema.label_names]
    if target is None:
        from annotate.export.jsonl import JsonlSink

        _pump(store, src, nlp, set(), JsonlSink.to_stdout(schema.stance.names, report), report)
        return report
    if fmt == "spacy" or (fmt in _FILES and target.suffix not in _FILES[fmt]):
        dev = dev_ids(src.documents, ratio, seed)
        with staged(target, folder=True) as tmp:
            sinks = {name: _sink(fmt, tmp, name, schema, columns, report)
                     for name in ("train", "dev")}
            _pump(store, src, nlp, dev, sinks["train"], report, sinks["dev"])
            if fmt == "spacy":
                from annotate.export.spacy import DocBinSink, write_config

                longest = max(s.longest for s in sinks.values() if isinstance(s, DocBinSink))
                write_config(tmp, target, schema, longest)
        paths = [target / n for n in _names(fmt)]
    else:
        folder = fmt in ("brat", "labelstudio")
        with staged(target, folder=folder) as tmp:
            _pump(store, src, nlp, set(), _sink(fmt, tmp, None, schema, columns, report),
                  report)
        paths = [target / n for n in _names(fmt)] if folder else [target]
    report.paths = [shown(p) for p in paths]
    return report


def _names(fmt: str) -> list[str]:
    return {"spacy": ["train", "dev", "config.cfg"], "jsonl": ["train.jsonl", "dev.jsonl"],
            "conll": ["train.conll", "dev.conll"], "brat": ["annotation.conf"],
            "labelstudio": ["tasks.json", "config.xml"], "doccano": ["train.jsonl", "dev.jsonl"],
            "csv": ["quotes.csv"]}[fmt]


def _sink(fmt: str, tmp: Path, split: str | None, schema: Any, columns: list[list[str]],
          report: ExportReport) -> Sink:
    """The writer of one output (a split's file or folder, or the single target)."""
    if fmt == "spacy":
        from annotate.export.spacy import DocBinSink

        return DocBinSink(tmp / (split or "train"), schema, report)
    path = tmp / f"{split}.{ 'conll' if fmt == 'conll' else 'jsonl'}" if split else tmp
    if fmt == "jsonl":
        from annotate.export.jsonl import JsonlSink

        return JsonlSink.to_file(path, schema.stance.names, report)
    if fmt == "conll":
        from annotate.export.conll import ConllSink

        return ConllSink(path, columns, report)
    if fmt == "csv":
        from annotate.export.csv import CsvSink

        return CsvSink(path, schema, report)
    from annotate.export import tools

    if fmt == "doccano":
        return tools.DoccanoSink(path, report)
    if fmt == "labelstudio":
        return tools.LabelStudioSink(tmp, schema, report)
    return tools.BratSink(tmp, schema, report)


def _pump(store: Store, src: Any, nlp: Any, dev: set[int], train: Sink, report: ExportReport,
          dev_sink: Sink | None = None) -> None:
    """Stream every item of the source into its split's sink, then close the sinks."""
    for item, doc in tokenised(src.items(store), nlp):
        if dev_sink is not None and item.doc.id in dev:
            dev_sink.add(item, doc)
            report.dev += 1
        else:
            train.add(item, doc)
            report.train += dev_sink is not None
    train.close()
    if dev_sink is not None:
        dev_sink.close()


__all__ = ["FORMATS", "ExportReport", "run"]
