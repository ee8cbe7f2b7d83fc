"""CoNLL-2003-style export: one token a line, BIO tags, `-DOCSTART-` between documents.

Columns: `token -X- _ TAG...` with *one BIO tag column per schema label*, in schema order
(with the default schema: SPEAKER QUOTE DATE CUE). Three columns keep what one column would
lose: a SPEAKER inside a QUOTE, or a DATE inside it, stays visible. The first two columns
follow CoNLL-2003 (word, then a placeholder where it has POS); `_` stands for the chunk tag.
Within one column, overlapping spans of the same label cannot both be encoded: the longer one
wins and the other is counted in `dropped`. Sentences come from spaCy's rule-based
sentencizer (plus a break at each line break) and are separated by a blank line;
whitespace tokens are left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from annotate.export.common import ExportReport, Item, sentence_nlp, write_split_files

BATCH = 256


def write(items: list[Item], labels: list[str], out: TextIO, report: ExportReport) -> None:
    nlp = sentence_nlp()
    for item, doc in zip(items, nlp.pipe((i.doc.text for i in items), batch_size=BATCH),
                         strict=True):
        tags = {label: ["O"] * len(doc) for label in labels}
        spans = sorted(item.layer.spans, key=lambda s: (s.start - s.end, s.start))
        for s in spans:
            span = doc.char_span(s.start, s.end, alignment_mode="expand")
            column = tags.get(s.label)
            if span is None or column is None or any(
                    column[i] != "O" for i in range(span.start, span.end)):
                report.dropped += 1
                continue
            report.spans += 1
            for i in range(span.start, span.end):
                column[i] = ("B-" if i == span.start else "I-") + s.label
        out.write("-DOCSTART- -X- -X- " + " ".join("O" for _ in labels) + "\n\n")
        for sent in doc.sents:
            lines = [f"{t.text} -X- _ " + " ".join(tags[label][t.i] for label in labels)
                     for t in sent if not t.is_space]
            if lines:
                out.write("\n".join(lines) + "\n\n")


def export(items: list[Item], labels: list[str], target: Path, ratio: float, seed: int
           ) -> ExportReport:
    """One .conll file with everything, or a folder with train.conll and dev.conll."""
    return write_split_files(
        items, target, "conll", ratio, seed,
        lambda part, fh, report: write(part, labels, fh, report), single=(".txt",))
