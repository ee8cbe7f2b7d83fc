"""Loading one or more annotation layers in bulk: a few set-based queries, never one a document.

Agreement, adjudication and every export read annotations through here, so they all see the
same thing and a 10,000-document export costs four queries, not 40,000. A *layer* is what one
annotator (or the gold adjudicator, or the model's suggestions) says about one document.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotate.errors import AnnotateError
from annotate.store import Store

_IN_LIMIT = 500  # more ids than this: filter in Python rather than build a huge IN (...)


@dataclass(frozen=True)
class LSpan:
    """A span as the readers need it (no timestamps)."""

    id: int
    label: str
    start: int
    end: int
    text: str
    value: str | None = None
    canonical: str | None = None
    stance: str | None = None


@dataclass(frozen=True)
class LFlag:
    """An annotator's flag on the document (span_id None) or on one of their spans."""

    kind: str
    comment: str = ""
    span_id: int | None = None


@dataclass
class Layer:
    """One annotator's annotations of one document."""

    annotator: str
    spans: list[LSpan] = field(default_factory=list)
    speakers: dict[int, int] = field(default_factory=dict)  # QUOTE span id -> SPEAKER span id
    relations: list[tuple[int, int, str]] = field(default_factory=list)  # head, child, label
    stance: str | None = None
    status: str = "done"
    updated: str | None = None  # when the status row last changed (ISO, UTC)
    flags: list[LFlag] = field(default_factory=list)  # in the order they were set

    def span(self, span_id: int) -> LSpan | None:
        return next((s for s in self.spans if s.id == span_id), None)


@dataclass(frozen=True)
class DocRow:
    id: int
    text: str
    title: str
    ext_id: str | None
    source: str | None
    url: str | None
    published: str | None
    meta: dict[str, Any]
    hash: str = ""


def _in(column: str, ids: Collection[int] | None) -> tuple[str, list[int]]:
    """SQL narrowing `column` to `ids`: IN (...) for few, their id range for many (the
    callers filter exactly), so a page of a streamed export reads only its own rows."""
    if ids is None:
        return "", []
    if not ids:
        return " AND 0", []
    if len(ids) > _IN_LIMIT:
        return f" AND {column} BETWEEN ? AND ?", [min(ids), max(ids)]
    ids = sorted(ids)
    return f" AND {column} IN ({', '.join('?' for _ in ids)})", ids


def annotator_ids(store: Store, names: Sequence[str]) -> dict[str, int]:
    """Ids of named annotators; an unknown name is an error naming it."""
    rows = {r["name"]: int(r["id"]) for r in store.all("SELECT id, name FROM annotators")}
    missing = [n for n in names if n not in rows]
    if missing:
        known = ", ".join(sorted(rows)) or "none"
        raise AnnotateError(f"no annotator named {', '.join(missing)} (known: {known})")
    return {n: rows[n] for n in names}


def load_layers(
    store: Store,
    ids: dict[str, int],
    document_ids: Collection[int] | None = None,
    statuses: Collection[str] | None = ("done",),
    flags: bool = False,
) -> dict[int, dict[str, Layer]]:
    """document id -> annotator name -> Layer, for documents with a status in `statuses`.

    `statuses=None` takes every document the annotators have a status row or a span for.
    `flags` loads the annotators' flags too (exports carry them; agreement does not need
    them).
    """
    if not ids:
        return {}
    names = {v: k for k, v in ids.items()}
    who = f"annotator_id IN ({', '.join('?' for _ in ids)})"
    params = list(ids.values())
    docs_sql, doc_params = _in("document_id", document_ids)
    wanted = None if document_ids is None else set(document_ids)
    out: dict[int, dict[str, Layer]] = defaultdict(dict)
    attribution = store.schema.attribution
    for r in store.all(
        f"SELECT document_id, annotator_id, status, stance, updated_at FROM document_status "
        f"WHERE {who}"
        f"{docs_sql}", params + doc_params,
    ):
        if statuses is None or r["status"] in statuses:
            out[r["document_id"]][names[r["annotator_id"]]] = Layer(
                names[r["annotator_id"]], stance=r["stance"], status=r["status"],
                updated=r["updated_at"])
    for r in store.all(
        f'SELECT id, document_id, annotator_id, label, start, "end", text, value, canonical, '
        f'stance FROM spans WHERE {who}{docs_sql} ORDER BY document_id, start, "end", id',
        params + doc_params,
    ):
        doc, name = r["document_id"], names[r["annotator_id"]]
        layer = out.get(doc, {}).get(name)
        if layer is None:
            if statuses is not None or (wanted is not None and doc not in wanted):
                continue
            layer = out[doc].setdefault(name, Layer(name, status="todo"))
        layer.spans.append(LSpan(r["id"], r["label"], r["start"], r["end"], r["text"],
                                 r["value"], r["canonical"], r["stance"]))
    for r in store.all(
        f"SELECT document_id, annotator_id, head_id, child_id, label FROM relations "
        f"WHERE {who}{docs_sql} ORDER BY id", params + doc_params,
    ):
        layer = out.get(r["document_id"], {}).get(names[r["annotator_id"]])
        if layer is not None:
            layer.relations.append((r["head_id"], r["child_id"], r["label"]))
            if r["label"] == attribution:
                layer.speakers[r["head_id"]] = r["child_id"]
    if flags:
        for r in store.all(
            f"SELECT document_id, annotator_id, span_id, kind, comment FROM flags "
            f"WHERE {who}{docs_sql} ORDER BY id", params + doc_params,
        ):
            layer = out.get(r["document_id"], {}).get(names[r["annotator_id"]])
            if layer is not None:
                layer.flags.append(LFlag(r["kind"], r["comment"], r["span_id"]))
    if wanted is not None:
        return {d: v for d, v in out.items() if d in wanted}
    return dict(out)


def load_suggestions(
    store: Store, document_ids: Collection[int] | None = None
) -> dict[int, Layer]:
    """The model's suggestions as one layer a document (named after the model).

    Identical suggestions from several runs collapse into one; the document stance is the
    highest-scoring suggested one.
    """
    docs_sql, doc_params = _in("document_id", document_ids)
    wanted = None if document_ids is None else set(document_ids)
    out: dict[int, Layer] = {}
    seen: dict[tuple[int, str, int, int], int] = {}
    alias: dict[int, int] = {}
    attribution = store.schema.attribution
    for r in store.all(
        f'SELECT id, document_id, label, start, "end", text, value, canonical, stance, model '
        f'FROM suggestions WHERE retired_at IS NULL{docs_sql} '
        'ORDER BY document_id, start, "end", id',
        doc_params,
    ):
        doc = r["document_id"]
        if wanted is not None and doc not in wanted:
            continue
        layer = out.setdefault(doc, Layer(r["model"]))
        key = (doc, r["label"], r["start"], r["end"])
        if key in seen:
            alias[r["id"]] = seen[key]
            continue
        seen[key] = alias[r["id"]] = r["id"]
        layer.spans.append(LSpan(r["id"], r["label"], r["start"], r["end"], r["text"],
                                 r["value"], r["canonical"], r["stance"]))
    for r in store.all(
        f"SELECT document_id, head_id, child_id, label FROM suggested_relations WHERE "
        f"retired_at IS NULL{docs_sql} ORDER BY id", doc_params,
    ):
        rel_layer = out.get(r["document_id"])
        head, child = alias.get(r["head_id"]), alias.get(r["child_id"])
        if rel_layer is None or head is None or child is None or (head, child, r["label"]) in \
                rel_layer.relations:
            continue
        rel_layer.relations.append((head, child, r["label"]))
        if r["label"] == attribution:
            rel_layer.speakers.setdefault(head, child)
    for r in store.all(
        f"SELECT document_id, value, model FROM suggested_doc_stances WHERE 1{docs_sql} "
        f"ORDER BY score", doc_params,
    ):
        if wanted is not None and r["document_id"] not in wanted:
            continue
        out.setdefault(r["document_id"], Layer(r["model"])).stance = r["value"]
    return out


def load_documents(store: Store, document_ids: Collection[int]) -> dict[int, DocRow]:
    """Document rows by id, in one query (the whole table when the set is large)."""
    docs_sql, params = _in("id", document_ids)
    wanted = set(document_ids)
    out = {}
    for r in store.all(
        f"SELECT id, text, title, ext_id, source, url, published, meta, hash FROM documents "
        f"WHERE 1{docs_sql}", params,
    ):
        if r["id"] in wanted:
            out[r["id"]] = DocRow(r["id"], r["text"], r["title"], r["ext_id"], r["source"],
                                  r["url"], r["published"], json.loads(r["meta"] or "{}"),
                                  r["hash"])
    return out


def layer_documents(store: Store, annotator_id: int | None) -> list[tuple[int, str]]:
    """(document id, content hash) of what a layer exports, in id order: an annotator's
    (or gold's) done documents, or (None) every document with suggestions."""
    if annotator_id is None:
        sql = ("SELECT d.id, d.hash FROM documents d WHERE EXISTS (SELECT 1 FROM suggestions s "
               "WHERE s.document_id = d.id AND s.retired_at IS NULL) OR EXISTS (SELECT 1 FROM "
               "suggested_doc_stances x WHERE x.document_id = d.id) ORDER BY d.id")
        rows = store.conn.execute(sql)
    else:
        rows = store.conn.execute(
            "SELECT d.id, d.hash FROM document_status ds JOIN documents d ON d.id = "
            "ds.document_id WHERE ds.annotator_id = ? AND ds.status = 'done' ORDER BY d.id",
            (annotator_id,))
    return [(int(r[0]), str(r[1])) for r in rows]


def pages(ids: Sequence[int], size: int = 500) -> Iterator[list[int]]:
    """Consecutive pages of sorted ids, so each page's rows are one index range."""
    for i in range(0, len(ids), size):
        yield list(ids[i:i + size])


@dataclass
class Cluster:
    """Same-label spans of several annotators linked by overlapping, directly or in a chain."""

    label: str
    start: int
    end: int
    members: dict[str, list[LSpan]] = field(default_factory=dict)


def cluster_spans(layers: dict[str, list[LSpan]]) -> list[Cluster]:
    """Connected components of the "same label and overlapping" graph, in text order.

    A sweep over spans sorted by start is exact for intervals: a span joins the open cluster
    when it starts before the cluster's furthest end. Used both to align versions for
    adjudication and to find the matched quotes whose stance agreement is measured.
    """
    by_label: dict[str, list[tuple[LSpan, str]]] = defaultdict(list)
    for name, spans in layers.items():
        for span in spans:
            by_label[span.label].append((span, name))
    clusters: list[Cluster] = []
    for label, items in by_label.items():
        items.sort(key=lambda item: (item[0].start, item[0].end, item[1]))
        current: Cluster | None = None
        for span, name in items:
            if current is None or span.start >= current.end:
                current = Cluster(label, span.start, span.end)
                clusters.append(current)
            current.end = max(current.end, span.end)
            current.members.setdefault(name, []).append(span)
    clusters.sort(key=lambda c: (c.start, c.end, c.label))
    return clusters
