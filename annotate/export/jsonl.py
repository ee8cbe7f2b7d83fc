"""Prodigy JSONL: one task a document, as Prodigy writes them, importable back unchanged.

Task: `text`, `meta` (id, title, published, source, url and any other stored metadata),
`tokens` (text, start, end, id, ws), `spans` (start, end, text, label, token_start,
token_end, `type: "span"`; a DATE's `value`, a QUOTE's `stance`, a SPEAKER's `canonical`
when set: keys Prodigy does not have), `relations` (Prodigy's head/child are the token_end
of each span, plus head_span / child_span and `label`), the document stance as Prodigy's
choice answer (`options`, one per stance value, and `accept: [value]`), `_input_hash` and
`_task_hash` computed as Prodigy does (annotate/formats/prodigy.py), `_view_id`,
`answer: "accept"`, `_annotator_id` (the annotator; the model's name for suggestions),
`_session_id` ("annotate-" + annotator), `_timestamp` (when the document was last marked,
Unix seconds) and our `annotator` key; the annotator's flags, when there are any, under our
`flags` key (Prodigy has no flags): `{"kind", "comment", "span"}`, `span` the index of the
flagged span in `spans`, null for a flag on the document. Flags enter no hash.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import IO, Any

from annotate.export import common
from annotate.export.common import ExportReport, Item, meta_of, token_bounds
from annotate.export.layers import LSpan
from annotate.formats import prodigy


def _span(s: LSpan, starts: list[int], ends: list[int]) -> dict[str, Any]:
    first, last = token_bounds(starts, ends, s.start, s.end)
    out: dict[str, Any] = {"start": s.start, "end": s.end, "text": s.text, "label": s.label,
                           "token_start": first, "token_end": last, "type": "span"}
    for key in ("value", "canonical", "stance"):
        if getattr(s, key) is not None:
            out[key] = getattr(s, key)
    return out


def _timestamp(stamp: str | None) -> int | None:
    if not stamp:
        return None
    try:
        return int(datetime.fromisoformat(stamp).timestamp())
    except ValueError:
        return None


def record(item: Item, doc: Any, stance_values: list[str]) -> dict[str, Any]:
    """The task of one document; `doc` is its spaCy tokenisation."""
    d, layer = item.doc, item.layer
    starts = [t.idx for t in doc]
    ends = [t.idx + len(t) for t in doc]
    spans = sorted(layer.spans, key=lambda s: (s.start, s.end, s.label, s.id))
    by_id = {s.id: _span(s, starts, ends) for s in spans}
    relations = []
    for head, child, label in sorted(
            (r for r in layer.relations if r[0] in by_id and r[1] in by_id),
            key=lambda r: (by_id[r[0]]["start"], by_id[r[0]]["end"], r[2],
                           by_id[r[1]]["start"])):
        h, c = by_id[head], by_id[child]
        keys = ("start", "end", "token_start", "token_end", "label")
        relations.append({"head": h["token_end"], "child": c["token_end"],
                          "head_span": {k: h[k] for k in keys},
                          "child_span": {k: c[k] for k in keys}, "label": label})
    rec: dict[str, Any] = {
        "text": d.text, "meta": meta_of(d),
        "tokens": [{"text": t.text, "start": t.idx, "end": t.idx + len(t), "id": t.i,
                    "ws": bool(t.whitespace_)} for t in doc],
        "spans": [by_id[s.id] for s in spans], "relations": relations,
        "annotator": layer.annotator,
    }
    if layer.flags:
        place = {s.id: i for i, s in enumerate(spans)}
        rec["flags"] = [{"kind": f.kind, "comment": f.comment,
                         "span": None if f.span_id is None else place[f.span_id]}
                        for f in layer.flags if f.span_id is None or f.span_id in place]
    if layer.stance is not None:
        rec["accept"] = [layer.stance]
    return prodigy.task(rec, stance_values, layer.annotator, f"annotate-{layer.annotator}",
                        _timestamp(layer.updated))


class JsonlSink:
    def __init__(self, fh: IO[str], stance_values: list[str], report: ExportReport) -> None:
        self.fh = fh
        self.values = stance_values
        self.report = report

    @classmethod
    def to_file(cls, path: Any, stance_values: list[str], report: ExportReport) -> JsonlSink:
        return cls(common.open_text(path), stance_values, report)

    @classmethod
    def to_stdout(cls, stance_values: list[str], report: ExportReport) -> JsonlSink:
        return cls(sys.stdout, stance_values, report)

    def add(self, item: Item, doc: Any) -> None:
        self.fh.write(json.dumps(record(item, doc, self.values), ensure_ascii=False) + "\n")
        self.report.spans += len(item.layer.spans)

    def close(self) -> None:
        if self.fh is not sys.stdout:
            self.fh.close()
