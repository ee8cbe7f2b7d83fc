"""CSV export: one row per quote, for reading in a spreadsheet.

Columns: document_id, title, published, speaker (the linked mention), canonical_speaker,
quote, stance, dates, annotator. `dates` lists the date spans in the quote's sentence(s) with
their resolved values, as "November 30=2022-11-30; today=2022-11-30", because a quote's date
is usually stated next to it rather than inside it. Sentences come from the sentencizer
and line breaks.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from annotate.export import common
from annotate.export.common import ExportReport, Item
from annotate.schema import Schema

COLUMNS = ["document_id", "title", "published", "speaker", "canonical_speaker", "quote",
           "stance", "dates", "annotator"]


class CsvSink:
    def __init__(self, path: Path, schema: Schema, report: ExportReport) -> None:
        self.fh = common.open_text(path)
        self.writer = csv.writer(self.fh)
        self.writer.writerow(COLUMNS)
        self.quote, self.date = schema.quote_label, schema.date_label
        self.report = report

    def add(self, item: Item, doc: Any) -> None:
        layer = item.layer
        by_id = {s.id: s for s in layer.spans}
        bounds = [(s.start_char, s.end_char) for s in doc.sents]
        dates = [s for s in layer.spans if s.label == self.date]
        for q in (s for s in layer.spans if s.label == self.quote):
            inside = [b for b in bounds if b[0] < q.end and q.start < b[1]] or [(q.start, q.end)]
            lo, hi = inside[0][0], inside[-1][1]
            found = "; ".join(f"{d.text}={d.value or ''}" for d in dates
                              if d.start < hi and lo < d.end)
            speaker = by_id.get(layer.speakers.get(q.id, -1))
            self.writer.writerow([
                str(item.doc.id), item.doc.title, item.doc.published or "",
                speaker.text if speaker else "", (speaker.canonical or "") if speaker else "",
                q.text, q.stance or "", found, layer.annotator,
            ])
            self.report.spans += 1

    def close(self) -> None:
        self.fh.close()
