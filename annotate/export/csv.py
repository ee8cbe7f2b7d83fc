"""CSV export: one row per quote, for reading in a spreadsheet.

Columns: document_id, title, published, speaker (the linked mention), canonical_speaker,
quote, stance, dates, annotator. `dates` lists the DATE spans in the quote's sentence(s) with
their resolved values, as "November 30=2022-11-30; today=2022-11-30", because a quote's date
is usually stated next to it rather than inside it. Sentences come from the sentencizer
and line breaks.
"""

from __future__ import annotations

import csv
from pathlib import Path

from annotate.export.common import ExportReport, Item, atomic_file, sentence_nlp

COLUMNS = ["document_id", "title", "published", "speaker", "canonical_speaker", "quote",
           "stance", "dates", "annotator"]
BATCH = 256


def rows(items: list[Item]) -> list[list[str]]:
    nlp = sentence_nlp()
    out = []
    for item, doc in zip(items, nlp.pipe((i.doc.text for i in items), batch_size=BATCH),
                         strict=True):
        layer = item.layer
        by_id = {s.id: s for s in layer.spans}
        bounds = [(s.start_char, s.end_char) for s in doc.sents]
        dates = [s for s in layer.spans if s.label == "DATE"]
        for q in (s for s in layer.spans if s.label == "QUOTE"):
            inside = [b for b in bounds if b[0] < q.end and q.start < b[1]] or [(q.start, q.end)]
            lo, hi = inside[0][0], inside[-1][1]
            found = "; ".join(f"{d.text}={d.value or ''}" for d in dates
                              if d.start < hi and lo < d.end)
            speaker = by_id.get(layer.speakers.get(q.id, -1))
            out.append([
                str(item.doc.id), item.doc.title, item.doc.published or "",
                speaker.text if speaker else "", (speaker.canonical or "") if speaker else "",
                q.text, q.stance or "", found, layer.annotator,
            ])
    return out


def export(items: list[Item], target: Path) -> ExportReport:
    report = ExportReport(documents=len(items))
    with atomic_file(target) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        data = rows(items)
        writer.writerows(data)
    report.spans = len(data)
    report.paths = [str(target)]
    return report
