"""Prodigy-style JSONL: one record a document, importable back by `annotate import` unchanged.

Record: `text`, `meta` (id, title, published, source, url and any other stored metadata),
`tokens` (text, start, end, id, ws), `spans` (start, end, text, label, token_start,
token_end; DATE with `value`, QUOTE with `stance`, SPEAKER with `canonical`, each only when
set), `relations` (Prodigy's head/child are the token_end of each span, plus head_span /
child_span objects and `label`), the document `stance`, `annotator` (the model's name for
suggestions), `_input_hash` / `_task_hash` (stable signed 32-bit ints from SHA-256 of the
text, and of the text plus the annotations) and `answer: "accept"`. Keys are written in a
fixed order, so the same annotations always give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from annotate.export.common import ExportReport, Item, token_bounds, write_split_files
from annotate.export.layers import LSpan

BATCH = 256
_ATTR = {"DATE": "value", "QUOTE": "stance", "SPEAKER": "canonical"}


def stable_hash(*parts: str) -> int:
    """Signed 32-bit int from SHA-256, like Prodigy's hashes but stable across runs."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big", signed=True)


def _span(s: LSpan, starts: list[int], ends: list[int]) -> dict[str, Any]:
    first, last = token_bounds(starts, ends, s.start, s.end)
    out: dict[str, Any] = {"start": s.start, "end": s.end, "text": s.text, "label": s.label,
                           "token_start": first, "token_end": last}
    for key in ("value", "canonical", "stance"):
        if getattr(s, key) is not None:
            out[key] = getattr(s, key)
    return out


def record(item: Item, doc: Any) -> dict[str, Any]:
    """The JSONL record of one document; `doc` is its spaCy tokenisation."""
    d, layer = item.doc, item.layer
    starts = [t.idx for t in doc]
    ends = [t.idx + len(t) for t in doc]
    meta = {k: v for k, v in (("id", d.ext_id), ("title", d.title), ("published", d.published),
                              ("source", d.source), ("url", d.url)) if v}
    meta.update(d.meta)
    spans = sorted(layer.spans, key=lambda s: (s.start, s.end, s.label, s.id))
    by_id = {s.id: _span(s, starts, ends) for s in spans}
    relations = []
    for head, child, label in sorted(layer.relations, key=lambda r: (
            by_id[r[0]]["start"], by_id[r[0]]["end"], r[2]) if r[0] in by_id else (0, 0, r[2])):
        if head not in by_id or child not in by_id:
            continue
        h, c = by_id[head], by_id[child]
        relations.append({
            "head": h["token_end"], "child": c["token_end"],
            "head_span": {k: h[k] for k in ("start", "end", "token_start", "token_end",
                                            "label")},
            "child_span": {k: c[k] for k in ("start", "end", "token_start", "token_end",
                                             "label")},
            "label": label})
    rec: dict[str, Any] = {
        "text": d.text, "meta": meta,
        "tokens": [{"text": t.text, "start": t.idx, "end": t.idx + len(t), "id": t.i,
                    "ws": bool(t.whitespace_)} for t in doc],
        "spans": [by_id[s.id] for s in spans], "relations": relations,
        "stance": layer.stance, "annotator": layer.annotator,
    }
    if rec["stance"] is None:
        del rec["stance"]
    annotations = json.dumps([rec["spans"], relations, rec.get("stance")], sort_keys=True)
    rec["_input_hash"] = stable_hash(d.text)
    rec["_task_hash"] = stable_hash(d.text, annotations)
    rec["answer"] = "accept"
    return rec


def write(items: list[Item], out: TextIO, report: ExportReport) -> None:
    import spacy

    nlp = spacy.blank("en")
    for item, doc in zip(items, nlp.pipe((i.doc.text for i in items), batch_size=BATCH),
                         strict=True):
        out.write(json.dumps(record(item, doc), ensure_ascii=False) + "\n")
        report.spans += len(item.layer.spans)


def export(items: list[Item], target: Path | None, ratio: float, seed: int) -> ExportReport:
    """To stdout (no target), one .jsonl file, or a folder with train.jsonl and dev.jsonl."""
    if target is None:
        report = ExportReport(documents=len(items))
        write(items, sys.stdout, report)
        return report
    return write_split_files(items, target, "jsonl", ratio, seed, write)
