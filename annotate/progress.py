"""Where a project stands, for its lead: per annotator and for the whole corpus.

Per annotator: documents assigned, done, in progress, skipped; the median seconds spent on a
finished document; agreement with the others (mean over colleagues of the span F1 on the
documents both finished, spans matched exactly, label included) and with gold where gold
exists. For the corpus: documents, assigned, done by all their annotators, adjudicated. Per
day: documents finished and the agreement on the documents finished that day, which is what
a lead watches to see a team settle in (or drift).

Documents are read one at a time, so the report costs memory for one document's spans.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from annotate.agreement import PRF, micro_prf, span_prf
from annotate.store import Store
from annotate.store.annotations import GOLD_LAYER

Spans = list[tuple[int, int, str]]


def _people(store: Store) -> dict[int, str]:
    return {int(r["id"]): r["name"] for r in store.all(
        "SELECT id, name FROM annotators WHERE role != 'gold' ORDER BY name")}


def _finished(store: Store, people: dict[int, str]) -> Iterator[tuple[int, dict[int, Spans],
                                                                       dict[int, str]]]:
    """(document, annotator id -> spans, annotator id -> day finished) for documents that
    two people finished, or one person and gold."""
    gold = store.scalar("SELECT id FROM annotators WHERE name = ?", (GOLD_LAYER,))
    rows = store.all(
        "SELECT document_id FROM document_status WHERE status = 'done' GROUP BY document_id "
        "HAVING COUNT(*) >= 2 ORDER BY document_id")
    for (document_id,) in rows:
        days = {int(r["annotator_id"]): str(r["updated_at"])[:10] for r in store.all(
            "SELECT annotator_id, updated_at FROM document_status WHERE document_id = ? AND "
            "status = 'done'", (document_id,))
            if int(r["annotator_id"]) in people or r["annotator_id"] == gold}
        spans: dict[int, Spans] = {a: [] for a in days}
        for r in store.all('SELECT annotator_id, start, "end", label FROM spans WHERE '
                           "document_id = ? ORDER BY start", (document_id,)):
            if int(r["annotator_id"]) in spans:
                spans[int(r["annotator_id"])].append((r["start"], r["end"], r["label"]))
        yield int(document_id), spans, days


def report(store: Store) -> dict[str, Any]:
    """The progress report (the shape `annotate progress --json` prints)."""
    people = _people(store)
    gold = store.scalar("SELECT id FROM annotators WHERE name = ?", (GOLD_LAYER,))
    pair: dict[tuple[int, int], list[PRF]] = defaultdict(list)
    with_gold: dict[int, list[PRF]] = defaultdict(list)
    day_pairs: dict[str, list[PRF]] = defaultdict(list)
    for _, spans, days in _finished(store, people):
        ids = sorted(a for a in spans if a in people)
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                prf = span_prf(spans[a], spans[b], "exact")
                pair[(a, b)].append(prf)
                day_pairs[max(days[a], days[b])].append(prf)
            if gold is not None and gold in spans:
                with_gold[a].append(span_prf(spans[gold], spans[a], "exact"))
    annotators: dict[str, dict[str, Any]] = {}
    for annotator_id, name in people.items():
        counts = {r[0]: int(r[1]) for r in store.all(
            "SELECT status, COUNT(*) FROM document_status WHERE annotator_id = ? "
            "GROUP BY status", (annotator_id,))}
        seconds = [float(r[0]) for r in store.all(
            "SELECT t.seconds FROM document_time t JOIN document_status s ON s.document_id = "
            "t.document_id AND s.annotator_id = t.annotator_id WHERE t.annotator_id = ? AND "
            "s.status = 'done'", (annotator_id,))]
        colleagues = [micro_prf(prfs).f1 for (a, b), prfs in pair.items()
                      if annotator_id in (a, b)]
        known = [f for f in colleagues if f is not None]
        gold_f1 = micro_prf(with_gold[annotator_id]).f1 if with_gold[annotator_id] else None
        annotators[name] = {
            "assigned": int(store.scalar("SELECT n FROM assignment_counts WHERE annotator_id "
                                         "= ?", (annotator_id,)) or 0),
            "done": int(counts.get("done", 0)),
            "in_progress": int(counts.get("in_progress", 0)),
            "skipped": int(counts.get("skipped", 0)),
            "seconds_per_document": round(statistics.median(seconds), 1) if seconds else None,
            "agreement_f1": round(statistics.fmean(known), 3) if known else None,
            "gold_f1": None if gold_f1 is None else round(gold_f1, 3),
            "per_day": {r[0]: int(r[1]) for r in store.all(
                "SELECT substr(updated_at, 1, 10) AS day, COUNT(*) FROM document_status WHERE "
                "annotator_id = ? AND status = 'done' GROUP BY day ORDER BY day",
                (annotator_id,))},
        }
    return {"annotators": annotators, "documents": _documents(store, gold),
            "per_day": {day: {"agreement_f1": _round(micro_prf(prfs).f1),
                              "documents_compared": len(prfs)}
                        for day, prfs in sorted(day_pairs.items())}}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _documents(store: Store, gold: int | None) -> dict[str, int]:
    """The corpus: total, assigned, done by all their annotators, adjudicated."""
    total = int(store.scalar("SELECT n FROM counters WHERE name = 'documents'") or 0)
    assigned = int(store.scalar("SELECT COUNT(DISTINCT document_id) FROM assignments") or 0)
    if assigned:
        done = int(store.scalar(
            "SELECT COUNT(*) FROM (SELECT a.document_id FROM assignments a LEFT JOIN "
            "document_status s ON s.document_id = a.document_id AND s.annotator_id = "
            "a.annotator_id GROUP BY a.document_id HAVING SUM(COALESCE(s.status, '') = 'done') "
            "= COUNT(*))") or 0)
    else:
        done = int(store.scalar(
            "SELECT COUNT(DISTINCT document_id) FROM document_status WHERE status = 'done' "
            "AND annotator_id != ?", (gold or -1,)) or 0)
    adjudicated = 0 if gold is None else int(store.scalar(
        "SELECT COUNT(*) FROM document_status WHERE annotator_id = ? AND status = 'done'",
        (gold,)) or 0)
    return {"total": total, "assigned": assigned, "done": done, "adjudicated": adjudicated}
