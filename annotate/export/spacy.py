"""spaCy export: train.spacy and dev.spacy (DocBin) and a config.cfg to train from them.

Spans go to `doc.spans["sc"]` (a SpanGroup, so overlaps survive); the document stance goes to
`doc.cats`, one-hot over the schema's stance values (a document without a stance gets no cats,
which spaCy's textcat treats as missing, not as "none of these"). Tokens come from blank
English through `nlp.pipe`, and spans are placed with `char_span(alignment_mode="expand")`,
so a span whose edge falls inside a token grows to the whole token instead of being lost.

The config comes from spaCy's own `init_config` (tok2vec + spancat + textcat with exclusive
classes, CPU efficiency), with the labels given in [initialize] so training works even when
a small export uses only some of them, and the spancat n-gram suggester widened to the
longest exported span (capped) so QUOTEs can be proposed at all. The data paths are written
relative to the current folder when the export is inside it: run
`python -m spacy train exports/NAME/config.cfg` from the folder you exported from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotate.export.common import ExportReport, Item, atomic_dir, split
from annotate.schema import Schema

MAX_SUGGESTER = 32
BATCH = 256


def build_docs(items: list[Item], schema: Schema, report: ExportReport) -> tuple[list, int]:
    """spaCy Docs with spans and cats; also the longest span in tokens."""
    import spacy
    from spacy.tokens import SpanGroup

    nlp = spacy.blank("en")
    values = schema.stance.names
    docs = []
    longest = 1
    for item, doc in zip(items, nlp.pipe((i.doc.text for i in items), batch_size=BATCH),
                         strict=True):
        spans = []
        for s in item.layer.spans:
            span = doc.char_span(s.start, s.end, s.label, alignment_mode="expand")
            if span is None or not len(span):
                report.dropped += 1
                continue
            spans.append(span)
            longest = max(longest, len(span))
        doc.spans["sc"] = SpanGroup(doc, name="sc", spans=spans)
        report.spans += len(spans)
        stance = item.layer.stance
        if stance is not None:
            doc.cats = {v: float(v == stance) for v in values}
        docs.append(doc)
    return docs, longest


def _config(schema: Schema, train: str, dev: str, longest: int) -> Any:
    from spacy.cli.init_config import init_config

    config = init_config(lang="en", pipeline=["spancat", "textcat"], optimize="efficiency",
                         gpu=False, silent=True)
    config["paths"]["train"] = train
    config["paths"]["dev"] = dev
    config["components"]["spancat"]["suggester"] = {
        "@misc": "spacy.ngram_range_suggester.v1", "min_size": 1,
        "max_size": max(3, min(longest, MAX_SUGGESTER))}
    config["initialize"]["components"] = {
        "spancat": {"labels": list(schema.label_names)},
        "textcat": {"labels": list(schema.stance.names)},
    }
    return config


def _shown(path: Path) -> str:
    """Relative to the current folder when inside it, else absolute (see module docstring)."""
    cwd = Path.cwd().resolve()
    return str(path.relative_to(cwd)) if path.is_relative_to(cwd) else str(path)


def export(items: list[Item], schema: Schema, target: Path, ratio: float, seed: int
           ) -> ExportReport:
    from spacy.tokens import DocBin

    report = ExportReport(documents=len(items))
    train, dev = split(items, ratio, seed)
    report.train, report.dev = len(train), len(dev)
    longest = 1
    with atomic_dir(target) as tmp:
        for name, part in (("train", train), ("dev", dev)):
            docs, size = build_docs(part, schema, report)
            longest = max(longest, size)
            DocBin(docs=docs, store_user_data=False).to_disk(tmp / f"{name}.spacy")
        config = _config(schema, _shown(target / "train.spacy"), _shown(target / "dev.spacy"),
                         longest)
        config.to_disk(tmp / "config.cfg")
    report.paths = [_shown(target / n) for n in ("train.spacy", "dev.spacy", "config.cfg")]
    return report
