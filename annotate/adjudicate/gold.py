"""Writing the gold layer: merging what annotators agree on, and taking one version.

Every write goes through a `Recorder` and is logged as an event of the gold annotator, one per
document, so `gold_annotations(store).undo(doc)` reverts a merge or a take exactly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from annotate.adjudicate.compare import (
    GOLD,
    Disagreement,
    SpanValue,
    _check,
    _Decision,
    _decisions,
    _gold_id,
    _in_region,
    _live_takes,
    _state,
    _to_disagreement,
    _value,
    annotator_names,
    review_documents,
)
from annotate.errors import AnnotateError
from annotate.export.layers import Cluster, Layer, LSpan, load_layers
from annotate.schema import Schema
from annotate.store import Store
from annotate.store.annotations import provenance
from annotate.store.connection import now
from annotate.store.events import Event, Recorder


@dataclass
class MergeReport:
    """What `merge_agreed` wrote."""

    documents: int = 0  # documents looked at
    skipped: int = 0  # merged before from the same annotators, left as they are
    spans: int = 0
    speakers: int = 0
    quote_stances: int = 0
    document_stances: int = 0
    open: int = 0  # disagreements left for the adjudicator
    done: list[int] = field(default_factory=list)  # documents with nothing left to decide


class _Gold:
    """The gold layer of one document, written through a Recorder and mirrored in memory."""

    def __init__(self, rec: Recorder, gold_id: int, document_id: int, layer: Layer,
                 schema: Schema) -> None:
        self.rec, self.gold_id, self.doc, self.layer = rec, gold_id, document_id, layer
        self.quote, self.speaker_label = schema.quote_label, schema.speaker_label
        self.attribution = schema.attribution

    def insert(self, v: SpanValue, prov: str, attrs: bool) -> LSpan:
        stamp = now()
        row = self.rec.insert("spans", {
            "document_id": self.doc, "annotator_id": self.gold_id, "label": v.label,
            "start": v.start, "end": v.end, "text": v.text, "value": v.value,
            "canonical": v.canonical, "stance": v.stance if attrs else None,
            "origin": "adjudicated", "provenance": prov, "created_at": stamp,
            "updated_at": stamp,
        })
        span = LSpan(row["id"], v.label, v.start, v.end, v.text, v.value, v.canonical,
                     row["stance"])
        self.layer.spans.append(span)
        if attrs and v.speaker is not None:
            self.link(span.id, self.speaker(v.speaker, prov), prov)
        return span

    def delete(self, span: LSpan) -> None:
        self.rec.delete("spans", [span.id])
        self.layer.spans.remove(span)
        self.layer.speakers = {q: s for q, s in self.layer.speakers.items()
                               if span.id not in (q, s)}

    def speaker(self, v: SpanValue, prov: str) -> int:
        """Gold's SPEAKER for that mention, made only if gold has none over it.

        One at exactly that place first, else one overlapping it: the adjudicator may have
        trimmed or replaced it, and taking a version must not bring the old one back.
        """
        over = [s for s in self.layer.spans if s.label == self.speaker_label
                and s.start < v.end and v.start < s.end]
        exact = [s for s in over if (s.start, s.end) == (v.start, v.end)]
        if exact or over:
            return (exact or over)[0].id
        return self.insert(replace(v, speaker=None), prov, True).id

    def link(self, quote_id: int, speaker_id: int | None, prov: str) -> None:
        old = self.rec.conn.execute(
            "SELECT id, child_id FROM relations WHERE head_id = ? AND label = ?",
            (quote_id, self.attribution)).fetchone()
        if old is not None and old["child_id"] == speaker_id:
            return
        if old is not None:
            self.rec.delete("relations", [old["id"]])
            self.layer.speakers.pop(quote_id, None)
        if speaker_id is not None:
            self.rec.insert("relations", {
                "document_id": self.doc, "annotator_id": self.gold_id,
                "label": self.attribution, "head_id": quote_id, "child_id": speaker_id,
                "origin": "adjudicated", "provenance": prov, "created_at": now()})
            self.layer.speakers[quote_id] = speaker_id

    def set_stance(self, span: LSpan, stance: str | None, prov: str) -> None:
        row = self.rec.get("spans", [span.id]) or {}
        merged = {**json.loads(row.get("provenance") or "{}"),
                  "stance_from": json.loads(prov)}
        self.rec.update("spans", [span.id], {"stance": stance, "updated_at": now(),
                                             "provenance": json.dumps(merged)})
        self.layer.spans[self.layer.spans.index(span)] = replace(span, stance=stance)

    def status(self, open_count: int, **provenance_extra: Any) -> None:
        row = self.rec.get("document_status", [self.doc, self.gold_id]) or {}
        prov = {**json.loads(row.get("provenance") or "{}"), **provenance_extra}
        self.rec.upsert(
            "document_status", {"document_id": self.doc, "annotator_id": self.gold_id},
            {"status": "in_progress" if open_count else "done", "stance": self.layer.stance,
             "provenance": json.dumps(prov), "updated_at": now()})


def _open(decisions: list[_Decision], gold: Layer, takes: set[str], doc: int) -> int:
    return sum(not _to_disagreement(doc, d, gold, takes).resolved
               for d in decisions if not d.agreed)


def _merge_document(g: _Gold, decisions: list[_Decision], adjudicator: str,
                    report: MergeReport) -> dict[str, Any]:
    """Write every agreed decision gold has no answer for yet; spans before their attributes."""
    doc_prov: dict[str, Any] = {}
    for d in decisions:
        if d.kind == "span" and d.agreed and d.winner is not None and d.cluster is not None \
                and not _in_region(g.layer, d.cluster.label, d.cluster):
            for v in d.winner.spans:
                g.insert(v, provenance(adjudicator, d.taken_from), False)
                report.spans += 1
    for d in decisions:
        if not d.agreed or d.winner is None or d.cluster is None:
            continue
        quotes = _in_region(g.layer, g.quote, d.cluster)
        if len(quotes) != 1:
            continue
        prov = provenance(adjudicator, d.taken_from)
        if d.kind == "speaker" and quotes[0].id not in g.layer.speakers:
            g.link(quotes[0].id, g.speaker(d.winner.spans[0], prov), prov)
            report.speakers += 1
        elif d.kind == "quote_stance" and quotes[0].stance is None:
            g.set_stance(quotes[0], d.winner.value, prov)
            report.quote_stances += 1
    last = decisions[-1]
    if last.agreed and last.winner is not None and g.layer.stance is None:
        g.layer.stance = last.winner.value
        doc_prov = json.loads(provenance(adjudicator, last.taken_from))
        report.document_stances += 1
    return doc_prov


def merge_agreed(store: Store, adjudicator: str, min_annotators: int = 2,
                 strategy: str = "unanimous") -> MergeReport:
    """Copy into gold what the annotators agree on, for every document up for review.

    Never touches annotators' rows. Idempotent: a decision gold already answers is left
    alone, and a document merged before from the same set of annotators is skipped, so an
    agreed span the adjudicator deleted from gold does not come back on the next run.
    """
    _check(strategy, min_annotators)
    report = MergeReport()
    docs = review_documents(store, min_annotators)
    if not docs:
        return report
    names = annotator_names(store)
    gold_id = _gold_id(store)
    all_layers = load_layers(store, names, docs)
    golds = load_layers(store, {GOLD: gold_id}, docs, None)
    previous = {r["document_id"]: json.loads(r["provenance"] or "{}").get("merged") for r in
                store.all("SELECT document_id, provenance FROM document_status WHERE "
                          "annotator_id = ?", (gold_id,))}
    with store.write() as conn:
        for doc in docs:
            report.documents += 1
            layers = all_layers.get(doc, {})
            if previous.get(doc) == sorted(layers):
                report.skipped += 1
                continue
            rec = Recorder(conn)
            g = _Gold(rec, gold_id, doc, golds.get(doc, {}).get(GOLD, Layer(GOLD)),
                      store.schema)
            decisions = _decisions(layers, strategy, g.quote)
            doc_prov = _merge_document(g, decisions, adjudicator, report)
            open_count = _open(decisions, g.layer, _live_takes(store, gold_id, doc), doc)
            report.open += open_count
            if not open_count:
                report.done.append(doc)
            g.status(open_count, merged=sorted(layers), **doc_prov)
            rec.log(gold_id, doc, "merge")
    return report


def take(store: Store, adjudicator: str, document_id: int, disagreement: Disagreement,
         annotator: str) -> None:
    """Make `annotator`'s version of `disagreement` gold's, as one undoable gold action.

    A span version replaces whatever gold has in the region (None: gold keeps nothing there)
    and brings its stance and speaker link along. A speaker or quote stance version goes on
    gold's quote in the region, copied first from the annotator if gold has none.
    """
    d = disagreement
    if annotator not in d.versions:
        raise AnnotateError(f"{annotator} has no say in {d.key} of document {document_id}")
    version = d.versions[annotator]
    layers, gold = _state(store, document_id, 1)
    gold_id = _gold_id(store)
    prov = provenance(adjudicator, [annotator])
    with store.write() as conn:
        rec = Recorder(conn)
        g = _Gold(rec, gold_id, document_id, gold, store.schema)
        if d.kind == "document_stance":
            g.layer.stance = None if version is None else version.value
        else:
            assert d.label is not None and d.start is not None and d.end is not None
            region = Cluster(d.label, d.start, d.end)
            if d.kind == "span":
                for span in _in_region(g.layer, d.label, region):
                    g.delete(span)
                for v in version.spans if version else ():
                    g.insert(v, prov, True)
            else:
                _take_attribute(g, layers[annotator], region, d.kind, version, prov)
        decisions = _decisions(layers, d.strategy, g.quote)
        takes = _live_takes(store, gold_id, document_id) | {d.key}
        extra = json.loads(prov) if d.kind == "document_stance" else {}
        g.status(_open(decisions, g.layer, takes, document_id), **extra)
        rec.log(gold_id, document_id, "take", details={"key": d.key, "annotator": annotator})


def _take_attribute(g: _Gold, layer: Layer, region: Cluster, kind: str,
                    version: Any, prov: str) -> None:
    quotes = _in_region(g.layer, g.quote, region)
    if not quotes:
        quotes = [g.insert(replace(_value(s, layer), stance=None, speaker=None), prov, False)
                  for s in _in_region(layer, g.quote, region)]
    for quote in quotes:
        if kind == "speaker":
            g.link(quote.id, None if version is None else g.speaker(version.spans[0], prov),
                   prov)
        else:
            g.set_stance(quote, None if version is None else version.value, prov)


def take_key(event: Event) -> str | None:
    """The disagreement a `take` event settled (None for any other event)."""
    key = event.details.get("key") if event.action == "take" else None
    return key if isinstance(key, str) else None


__all__ = ["MergeReport", "merge_agreed", "take", "take_key"]
