"""Exports for other annotation tools: brat (a folder), doccano (JSONL), Label Studio (JSON).

The formats themselves (and what maps to what) are in annotate/formats/; these sinks stream
documents into them. Each is re-importable by `annotate import` with every span, relation,
attribute and stance kept.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from annotate.corpus import FlagRecord, SpanRecord
from annotate.export import common
from annotate.export.common import ExportReport, Item, meta_of
from annotate.export.layers import Layer
from annotate.formats import brat, doccano, labelstudio
from annotate.schema import Schema


def as_set(layer: Layer) -> tuple[list[SpanRecord], list[tuple[int, int, str]],
                                  list[FlagRecord]]:
    """A layer's spans in text order, its relations as indices into them, and its flags
    (in the order they were set) with the index of their span, None for the document."""
    spans = sorted(layer.spans, key=lambda s: (s.start, s.end, s.label, s.id))
    index = {s.id: i for i, s in enumerate(spans)}
    records = [SpanRecord(s.start, s.end, s.label, s.value, s.canonical, s.stance) for s in spans]
    relations = sorted((index[h], index[c], label) for h, c, label in layer.relations
                       if h in index and c in index)
    flags = [FlagRecord(f.kind, f.comment, None if f.span_id is None else index[f.span_id])
             for f in layer.flags if f.span_id is None or f.span_id in index]
    return records, relations, flags


class DoccanoSink:
    def __init__(self, path: Path, report: ExportReport) -> None:
        self.fh = common.open_text(path)
        self.report = report

    def add(self, item: Item, doc: Any) -> None:
        spans, relations, flags = as_set(item.layer)
        meta = meta_of(item.doc)
        meta.pop("id", None)
        rec = doccano.record(item.doc.ext_id, item.doc.text, meta, spans, relations,
                             item.layer.stance, item.layer.annotator, flags)
        self.fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        self.report.spans += len(spans)

    def close(self) -> None:
        self.fh.close()


class LabelStudioSink:
    def __init__(self, folder: Path, schema: Schema, report: ExportReport) -> None:
        with common.open_text(folder / "config.xml") as fh:
            fh.write(labelstudio.config(schema))
        self.fh = common.open_text(folder / "tasks.json")
        self.out = labelstudio.ArrayWriter(self.fh)
        self.report = report

    def add(self, item: Item, doc: Any) -> None:
        spans, relations, flags = as_set(item.layer)
        # the import reads a task's id as the article's id when meta has none: say so here
        meta = {"id": item.doc.ext_id or str(item.doc.id), **meta_of(item.doc)}
        self.out.add(labelstudio.task(item.doc.id, item.doc.text, meta, spans,
                                      relations, item.layer.stance, item.layer.annotator,
                                      flags))
        self.report.spans += len(spans)

    def close(self) -> None:
        self.out.close()
        self.fh.close()


class BratSink:
    """NAME.txt, NAME.ann and NAME.meta.json a document, plus annotation.conf."""

    def __init__(self, folder: Path, schema: Schema, report: ExportReport) -> None:
        self.folder = folder
        self.report = report
        self.names: set[str] = set()
        with common.open_text(folder / "annotation.conf") as fh:
            fh.write(brat.annotation_conf(schema.label_names, [
                (r.name, r.head, r.child) for r in schema.relations], schema.stance.names))

    def add(self, item: Item, doc: Any) -> None:
        spans, relations, flags = as_set(item.layer)
        stem = _safe_stem(item.doc.ext_id, item.doc.id, self.names)
        with common.open_text(self.folder / f"{stem}.txt") as fh:
            fh.write(item.doc.text)
        with common.open_text(self.folder / f"{stem}.ann") as fh:
            fh.write(brat.ann(item.doc.text, spans, relations, flags))
        meta = {"id": item.doc.ext_id or stem, **meta_of(item.doc),
                "annotator": item.layer.annotator}
        if item.layer.stance is not None:
            meta["stance"] = item.layer.stance
        on_document = [{"kind": f.kind, "comment": f.comment} for f in flags if f.span is None]
        if on_document:  # brat has no document-level annotation (span flags are # notes)
            meta["flags"] = on_document
        with common.open_text(self.folder / f"{stem}.meta.json") as fh:
            fh.write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
        self.report.spans += len(spans)

    def close(self) -> None:
        pass


def _safe_stem(ext_id: str | None, doc_id: int, used: set[str]) -> str:
    """A file name from the document's id: letters, digits, '-', '_', '.' only, unique."""
    base = "".join(c if c.isalnum() or c in "-_." else "_" for c in (ext_id or ""))[:80]
    stem = base.strip("._") or f"doc{doc_id}"
    if stem in used:
        stem = f"{stem}-{doc_id}"
    used.add(stem)
    return stem


__all__ = ["BratSink", "DoccanoSink", "LabelStudioSink", "as_set"]
