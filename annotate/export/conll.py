"""CoNLL-2003-style export: one token a line, BIO tags, `-DOCSTART-` between documents.

Two layouts:
- default: `token -X- _ TAG...` with one BIO column per schema label, in schema order (with
  the default schema: SPEAKER QUOTE DATE CUE), so a SPEAKER or DATE inside a QUOTE stays
  visible;
- `--label NAME[,NAME...]`: CoNLL-2003 proper, `token -X- _ TAG` with those labels in the one
  last column, which `spacy convert -c ner` and seqeval read.
Within one column, a span inside a longer span of the same column cannot be encoded: the
longer one is kept and the inner one counted as *nested* (reported, not silently lost).
Sentences come from spaCy's rule-based sentencizer (plus a break at each line break) and are
separated by a blank line; **a sentence break inside an exported span is not made**: the
sentences it joins are written as one block, so every span starts with B- and BIO stays
valid (quotes often run over several sentences). Whitespace tokens are left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotate.export import common
from annotate.export.common import ExportReport, Item


class ConllSink:
    def __init__(self, path: Path, columns: list[list[str]], report: ExportReport) -> None:
        """`columns`: the labels of each tag column."""
        self.fh = common.open_text(path)
        self.columns = columns
        self.report = report

    def add(self, item: Item, doc: Any) -> None:
        tags = [["O"] * len(doc) for _ in self.columns]
        column_of = {label: k for k, labels in enumerate(self.columns) for label in labels}
        breaks = {s.start for s in doc.sents}
        for s in sorted(item.layer.spans, key=lambda s: (s.start - s.end, s.start)):
            k = column_of.get(s.label)
            if k is None:
                continue
            span = doc.char_span(s.start, s.end, alignment_mode="expand")
            if span is None or not len(span):
                self.report.dropped += 1
                continue
            column = tags[k]
            if any(column[i] != "O" for i in range(span.start, span.end)):
                self.report.nested += 1
                continue
            self.report.spans += 1
            for i in range(span.start, span.end):
                column[i] = ("B-" if i == span.start else "I-") + s.label
            breaks -= set(range(span.start + 1, span.end))
        empty = " ".join("O" for _ in self.columns)
        self.fh.write(f"-DOCSTART- -X- -X- {empty}\n\n")
        block: list[str] = []
        for t in doc:
            if t.i in breaks and block:
                self.fh.write("\n".join(block) + "\n\n")
                block = []
            if not t.is_space:
                block.append(f"{t.text} -X- _ " + " ".join(c[t.i] for c in tags))
        if block:
            self.fh.write("\n".join(block) + "\n\n")

    def close(self) -> None:
        self.fh.close()
