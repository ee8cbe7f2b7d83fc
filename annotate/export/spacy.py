"""spaCy export: train/ and dev/ folders of DocBin shards and a config.cfg to train from them.

Where things are in each Doc (read them back with `register_extensions()` first, or the
same four `Span.set_extension(name, default=None)` calls yourself):
- every span in `doc.spans["sc"]` (a SpanGroup, so overlaps survive), label = schema label;
- a DATE's ISO value in `span._.value`; a SPEAKER's canonical name in `span._.canonical` and
  in `span.kb_id_` (the entity-linking slot); a QUOTE's stance in `span._.stance`;
- a QUOTE's speaker link in `span._.speaker`: the (start_char, end_char) of its SPEAKER span
  in the same group;
- the document stance in `doc.cats`, one-hot over the schema's stance values (a document
  without a stance gets no cats, which spaCy's textcat treats as missing).
Span extensions live in `doc.user_data`, which the DocBins store (`store_user_data=True`).

Docs are written in shards of 1,000 (`train/000000.spacy`, ...), so memory stays flat at
any size; spaCy's corpus reader reads a folder of .spacy files. Tokens come from blank
English through `nlp.pipe`; a span whose edge falls inside a token grows to the whole token
(`alignment_mode="expand"`) instead of being lost.

The config comes from spaCy's own `init_config` (tok2vec + spancat + textcat, CPU efficiency)
with the labels given in [initialize], the spancat n-gram suggester reaching the longest
exported span (in tokens), and absolute data paths, so `python -m spacy train
exports/NAME/config.cfg --output exports/NAME/model` works from any folder (after moving the
folder, override them: `--paths.train NEW/train --paths.dev NEW/dev`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotate.export import common
from annotate.export.common import ExportReport, Item
from annotate.schema import Schema

SHARD = 1_000
EXTENSIONS = ("value", "canonical", "stance", "speaker")


def register_extensions() -> None:
    """The Span extensions an exported DocBin fills (safe to call more than once)."""
    from spacy.tokens import Span

    for name in EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


class DocBinSink:
    """One split: shards of DocBin files in a folder."""

    def __init__(self, folder: Path, schema: Schema, report: ExportReport) -> None:
        register_extensions()
        folder.mkdir()
        self.folder = folder
        self.values = schema.stance.names
        self.quote = schema.quote_label
        self.report = report
        self.docs: list[Any] = []
        self.shards = 0
        self.longest = 1

    def add(self, item: Item, doc: Any) -> None:
        from spacy.tokens import SpanGroup

        spans, placed = [], {}
        for s in item.layer.spans:
            span = doc.char_span(s.start, s.end, s.label, alignment_mode="expand",
                                 kb_id=s.canonical or "")
            if span is None or not len(span):
                self.report.dropped += 1
                continue
            placed[s.id] = span
            spans.append(span)
            self.longest = max(self.longest, len(span))
        doc.spans["sc"] = SpanGroup(doc, name="sc", spans=spans)
        for s in item.layer.spans:
            span = placed.get(s.id)
            if span is None:
                continue
            for key in ("value", "canonical", "stance"):
                if getattr(s, key) is not None:
                    setattr(span._, key, getattr(s, key))
            speaker = placed.get(item.layer.speakers.get(s.id, -1))
            if speaker is not None and s.label == self.quote:
                span._.speaker = (speaker.start_char, speaker.end_char)
        self.report.spans += len(spans)
        if item.layer.stance is not None:
            doc.cats = {v: float(v == item.layer.stance) for v in self.values}
        self.docs.append(doc)
        if len(self.docs) >= SHARD:
            self._flush()

    def _flush(self) -> None:
        from spacy.tokens import DocBin

        if not self.docs and self.shards:
            return
        data = DocBin(docs=self.docs, store_user_data=True).to_bytes()
        common.write_bytes(self.folder / f"{self.shards:06d}.spacy", data)
        self.shards += 1
        self.docs = []

    def close(self) -> None:
        self._flush()


def config(schema: Schema, train: Path, dev: Path, longest: int) -> Any:
    from spacy.cli.init_config import init_config

    config = init_config(lang="en", pipeline=["spancat", "textcat"], optimize="efficiency",
                         gpu=False, silent=True)
    config["paths"]["train"] = str(train)
    config["paths"]["dev"] = str(dev)
    config["components"]["spancat"]["suggester"] = {
        "@misc": "spacy.ngram_range_suggester.v1", "min_size": 1, "max_size": max(1, longest)}
    config["initialize"]["components"] = {
        "spancat": {"labels": list(schema.label_names)},
        "textcat": {"labels": list(schema.stance.names)},
    }
    return config


def write_config(folder: Path, final: Path, schema: Schema, longest: int) -> None:
    """config.cfg in the staging `folder`, its data paths pointing at the `final` folder."""
    text = config(schema, final / "train", final / "dev", longest).to_str()
    with common.open_text(folder / "config.cfg") as fh:
        fh.write(text)
