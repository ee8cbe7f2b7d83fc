"""Exporting 10,000 gold documents to DocBin, as a ratio to building the DocBin bare.

Bare: the texts and span offsets already in memory, blank English, `char_span`, `DocBin`,
`to_disk`. Ours: `annotate export --format spacy --source gold` as a function, which also
reads the database, splits train/dev and writes a config. Ratio = bare time / our time.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin, SpanGroup

from annotate.export import run as export
from annotate.store import Store
from bench.common import emit, fill_annotated


def bare(items: list[tuple[str, list[tuple[int, int, str]], str]], out: Path) -> None:
    nlp = spacy.blank("en")
    train, dev = DocBin(store_user_data=False), DocBin(store_user_data=False)
    cut = int(len(items) * 0.8)
    for i, (doc, (_, spans, stance)) in enumerate(
            zip(nlp.pipe((t for t, _, _ in items), batch_size=256), items, strict=True)):
        group = [doc.char_span(s, e, label, alignment_mode="expand") for s, e, label in spans]
        doc.spans["sc"] = SpanGroup(doc, name="sc", spans=[g for g in group if g is not None])
        doc.cats = {v: float(v == stance) for v in ("favor", "against", "neutral", "unclear")}
        (train if i < cut else dev).add(doc)
    out.mkdir(parents=True, exist_ok=True)
    train.to_disk(out / "train.spacy")
    dev.to_disk(out / "dev.spacy")


def run(n: int = 10_000, repeat: int = 3) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "gold.db")
        fill_annotated(store, n, ["gold"], role="gold")
        rows = store.all('SELECT d.id, d.text, s.start, s."end", s.label FROM documents d '
                         "LEFT JOIN spans s ON s.document_id = d.id ORDER BY d.id")
        stance = dict(store.all("SELECT document_id, stance FROM document_status"))
        by_doc: dict[int, tuple[str, list, str]] = {}
        for r in rows:
            entry = by_doc.setdefault(r["id"], (r["text"], [], stance[r["id"]]))
            if r["start"] is not None:
                entry[1].append((r["start"], r["end"], r["label"]))
        items = list(by_doc.values())
        spans = sum(len(i[1]) for i in items)
        bare_t, ours_t = [], []
        for k in range(repeat):
            started = time.perf_counter()
            bare(items, Path(tmp) / f"bare{k}")
            bare_t.append(time.perf_counter() - started)
            started = time.perf_counter()
            report = export(store, "spacy", source="gold", out=str(Path(tmp) / f"ours{k}"))
            ours_t.append(time.perf_counter() - started)
        store.close()
    b, o = statistics.median(bare_t), statistics.median(ours_t)
    return {"documents": n, "spans": spans, "exported_spans": report.spans,
            "dropped": report.dropped, "bare_seconds": round(b, 2), "ours_seconds": round(o, 2),
            "ratio": round(b / o, 3)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000)
    emit(run(parser.parse_args().n))
