"""`annotate agree`: from the store to an agreement report (the metrics are in agreement.py).

Compared are the documents marked done by two or more annotators (imported annotations count
as done; the gold layer never counts). Stance is measured on two kinds of units: documents,
and quotes matched across annotators (one unit per cluster of same-label overlapping QUOTE
spans, rated by each annotator's stance of their quote there; an annotator without a quote
there, or without a stance, is missing). The bootstrap interval for alpha resamples
*documents*, with a fixed seed, because quotes of one article are not independent.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from annotate import agreement as ag
from annotate.adjudicate import annotator_names
from annotate.adjudicate.compare import _decisions
from annotate.errors import AnnotateError
from annotate.export.layers import (
    Layer,
    load_documents,
    load_layers,
    pages,
)
from annotate.store import Store

BOOTSTRAP_SAMPLES = 1000
SEED = 0


PAGE = 500


@dataclass(slots=True)
class _Unit:
    """One annotator's done document as the report reads it."""

    stance: str | None
    spans: dict[int, tuple[int, int, str, str | None]] = field(default_factory=dict)
    speakers: dict[int, int] = field(default_factory=dict)


@dataclass
class Selection:
    """The annotators compared and the documents done by two or more of them."""

    annotators: list[str]
    ids: dict[str, int]
    documents: list[int]

    def units(self, store: Store) -> Iterator[dict[int, dict[str, _Unit]]]:
        """What the report needs of each layer, a page of documents at a time, read as plain
        rows (the report reads every span of every document; Layer objects cost 3x)."""
        who = ", ".join("?" for _ in self.ids)
        names = {v: k for k, v in self.ids.items()}
        ids = self.ids
        conn = store.conn
        attribution = store.schema.attribution
        for page in pages(self.documents, PAGE):
            rng = [*self.ids.values(), page[0], page[-1]]
            where = f"annotator_id IN ({who}) AND document_id BETWEEN ? AND ?"
            out: dict[int, dict[str, _Unit]] = defaultdict(dict)
            cur = conn.cursor()
            cur.row_factory = None
            for doc, ann, stance in cur.execute(
                    f"SELECT document_id, annotator_id, stance FROM document_status WHERE "
                    f"{where} AND status = 'done'", rng):
                out[doc][names[ann]] = _Unit(stance)
            by_key = {(doc, ids[a]): u for doc, v in out.items() for a, u in v.items()}
            for doc, ann, sid, label, start, end, stance in cur.execute(
                    f'SELECT document_id, annotator_id, id, label, start, "end", stance FROM '
                    f"spans WHERE {where}", rng):
                unit = by_key.get((doc, ann))
                if unit is not None:
                    unit.spans[sid] = (start, end, label, stance)
            for doc, ann, head, child in cur.execute(
                    f"SELECT document_id, annotator_id, head_id, child_id FROM relations WHERE "
                    f"{where} AND label = ? ORDER BY id", [*rng, attribution]):
                unit = by_key.get((doc, ann))
                if unit is not None:
                    unit.speakers[head] = child
            yield {d: v for d, v in out.items() if len(v) >= 2}

    def pages(self, store: Store) -> Iterator[dict[int, dict[str, Layer]]]:
        """The finished layers a page of documents at a time, so memory stays flat."""
        for page in pages(self.documents, PAGE):
            layers = load_layers(store, self.ids, page)
            yield {d: layers[d] for d in page if len(layers.get(d, {})) >= 2}


def select(store: Store, annotators: Sequence[str] | None = None) -> Selection:
    known = annotator_names(store)
    if annotators:
        unknown = [a for a in annotators if a not in known]
        if unknown:
            raise AnnotateError(f"no annotator named {', '.join(unknown)} (known: "
                                f"{', '.join(known) or 'none'})")
        known = {a: known[a] for a in annotators}
    if not known:
        return Selection([], {}, [])
    marks = ", ".join("?" for _ in known)
    rows = store.all(
        f"SELECT document_id, GROUP_CONCAT(annotator_id) FROM document_status WHERE "
        f"annotator_id IN ({marks}) AND status = 'done' GROUP BY document_id "
        f"HAVING COUNT(*) >= 2 ORDER BY document_id", list(known.values()))
    names = {v: k for k, v in known.items()}
    used = sorted({names[int(a)] for r in rows for a in str(r[1]).split(",")})
    return Selection(used, {a: known[a] for a in used}, [int(r[0]) for r in rows])


def _as_list(interval: tuple[float, float] | None) -> list[float] | None:
    return None if interval is None else list(interval)


def _quote_units(units: dict[str, _Unit], quote: str) -> list[dict[str, str | None]]:
    """Each annotator's stance for every cluster of overlapping quotes (in text order), as
    `cluster_spans` groups them: the first stance set among their quotes there, or None."""
    items = sorted((s[0], s[1], a, sid, s[3]) for a, u in units.items()
                   for sid, s in u.spans.items() if s[2] == quote)
    clusters: list[tuple[int, int, dict[str, str | None]]] = []
    end = -1
    current: dict[str, str | None] = {}
    for start, stop, name, _, stance in items:
        if start >= end:
            current = dict.fromkeys(units)
            clusters.append((start, stop, current))
            end = stop
        end = max(end, stop)
        if current[name] is None and stance:
            current[name] = stance
    return [c[2] for c in clusters]


def stance_report(data: dict[Hashable, dict[str, str | None]], doc_of: dict[Hashable, int],
                  annotators: list[str], q: int, seed: int = SEED) -> dict[str, Any]:
    """Every stance metric for `data` (unit -> annotator -> value or None)."""
    by_doc: dict[int, list[list[Hashable]]] = {}
    for unit, ratings in data.items():
        values: list[Hashable] = [v for v in ratings.values() if v is not None]
        by_doc.setdefault(doc_of[unit], []).append(values)
    return {
        "units": sum(1 for r in data.values() if sum(v is not None for v in r.values()) >= 2),
        "percent_agreement": ag.percent_agreement(data),
        "krippendorff_alpha": ag.krippendorff_alpha_nominal(data),
        "alpha_ci95": _as_list(ag.bootstrap_alpha_ci_grouped(
            list(by_doc.values()), BOOTSTRAP_SAMPLES, seed)),
        "gwet_ac1": ag.gwet_ac1(data, q) if data else None,
        "fleiss_kappa": ag.fleiss_kappa(data),
        "cohen_kappa": {f"{a}~{b}": ag.cohen_kappa(data, a, b)
                        for a, b in combinations(annotators, 2)},
    }


def report(store: Store, annotators: Sequence[str] | None = None,
           labels: Sequence[str] | None = None, seed: int = SEED) -> dict[str, Any]:
    """The whole agreement report, shaped as `annotate agree --json` prints it."""
    sel = select(store, annotators)
    schema = store.schema
    if labels:
        bad = [lab for lab in labels if lab not in schema.label_names]
        if bad:
            raise AnnotateError(f"{', '.join(bad)} not a label of schema {schema.name} "
                                f"({', '.join(schema.label_names)})")
    q = len(schema.stance.values)
    quote = schema.quote_label
    doc_stance: dict[Hashable, dict[str, str | None]] = {}
    quote_stance: dict[Hashable, dict[str, str | None]] = {}
    doc_of: dict[Hashable, int] = {}
    keep = list(labels) if labels else None
    span_counts, rel_counts = ag.PairwiseCounter(keep), ag.PairwiseCounter()
    documents = 0
    for page in sel.units(store):
        for doc, units in page.items():
            documents += 1
            doc_stance[doc] = {a: u.stance for a, u in units.items()}
            doc_of[doc] = doc
            span_counts.add({a: [s[:3] for s in u.spans.values()] for a, u in units.items()})
            rels: dict[str, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
            for a, u in units.items():
                sp = u.spans
                rels[a] = [((sp[h][0], sp[h][1]), (sp[c][0], sp[c][1]))
                           for h, c in u.speakers.items() if h in sp and c in sp]
            rel_counts.add(rels, relations=True)
            for i, ratings in enumerate(_quote_units(units, quote)):
                unit = (doc, i)
                doc_of[unit] = doc
                quote_stance[unit] = ratings
    exact = span_counts.result("exact", sel.annotators)
    overlap = span_counts.result("overlap", sel.annotators)
    return {
        "documents": documents,
        "annotators": sel.annotators,
        "stance": {
            "document": stance_report(doc_stance, doc_of, sel.annotators, q, seed),
            "quote": stance_report(quote_stance, doc_of, sel.annotators, q, seed),
        },
        "spans": {
            "micro": {"f1_exact": exact["micro"].f1, "f1_overlap": overlap["micro"].f1},
            "by_label": {lab: {"f1_exact": exact["by_label"].get(lab, ag.PRF()).f1,
                               "f1_overlap": overlap["by_label"].get(lab, ag.PRF()).f1}
                         for lab in sorted(exact["by_label"].keys() | overlap["by_label"])},
            "pairs": {p: {"f1_exact": exact["pairs"][p].f1,
                          "f1_overlap": overlap["pairs"][p].f1} for p in exact["pairs"]},
        },
        "relations": {"f1_exact": rel_counts.result("exact", sel.annotators)["micro"].f1,
                      "f1_overlap": rel_counts.result("overlap", sel.annotators)["micro"].f1},
    }


def disagreement_rows(store: Store, annotators: Sequence[str] | None = None,
                      labels: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Each document and decision where the annotators differ, with who said what."""
    sel = select(store, annotators)
    rows = []
    for page in sel.pages(store):
        titles = {d: row.title for d, row in load_documents(store, list(page)).items()}
        for doc, layers in page.items():
            rows.extend(_rows(doc, titles.get(doc, ""), layers, labels, store.schema.quote_label))
    return rows


def _rows(doc: int, title: str, layers: dict[str, Layer], labels: Sequence[str] | None,
          quote_label: str) -> list[dict[str, Any]]:
    rows = []
    for d in _decisions(layers, "unanimous", quote_label):
        if d.agreed or (labels and d.cluster and d.cluster.label not in labels):
            continue
        c = d.cluster
        rows.append({
            "document": doc, "title": title, "kind": d.kind,
            "label": c.label if c else None, "start": c.start if c else None,
            "end": c.end if c else None,
            "versions": {a: None if v is None else str(v) for a, v in d.versions.items()},
        })
    return rows


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def render(rep: dict[str, Any], console: Console) -> None:
    """The report as rich tables: the same figures as the JSON."""
    console.print(f"[bold]{rep['documents']}[/] documents done by two or more of: "
                  f"{escape(', '.join(rep['annotators'])) or 'nobody'}")
    stance = Table(title="Stance")
    stance.add_column("metric")
    for scope in ("document", "quote"):
        stance.add_column(scope, justify="right")
    doc, quote = rep["stance"]["document"], rep["stance"]["quote"]
    for key in ("units", "percent_agreement", "krippendorff_alpha", "alpha_ci95", "gwet_ac1",
                "fleiss_kappa"):
        cells = []
        for obj in (doc, quote):
            v = obj[key]
            cells.append(str(v) if key == "units" else "n/a" if v is None else
                         f"{v[0]:.3f} – {v[1]:.3f}" if isinstance(v, list) else _num(v))
        stance.add_row(key, *cells)
    for pair in doc["cohen_kappa"]:
        stance.add_row(f"cohen_kappa {escape(pair)}", _num(doc["cohen_kappa"][pair]),
                       _num(quote["cohen_kappa"].get(pair)))
    console.print(stance)
    spans = Table(title="Spans and relations (pairwise F1, micro over pairs)")
    for col in ("", "F1 exact", "F1 overlap"):
        spans.add_column(col, justify="left" if not col else "right")
    for lab, v in rep["spans"]["by_label"].items():
        spans.add_row(escape(lab), _num(v["f1_exact"]), _num(v["f1_overlap"]))
    m = rep["spans"]["micro"]
    spans.add_row("[bold]all labels[/]", _num(m["f1_exact"]), _num(m["f1_overlap"]))
    pairs = rep["spans"]["pairs"].values()
    for mode in ("exact", "overlap"):
        f1s = [p[f"f1_{mode}"] for p in pairs if p[f"f1_{mode}"] is not None]
        m[f"mean_{mode}"] = sum(f1s) / len(f1s) if f1s else None
    spans.add_row("mean of pairs", _num(m.pop("mean_exact")), _num(m.pop("mean_overlap")))
    for pair, v in rep["spans"]["pairs"].items():
        spans.add_row(f"pair {escape(pair)}", _num(v["f1_exact"]), _num(v["f1_overlap"]))
    r = rep["relations"]
    spans.add_row("quote → speaker links", _num(r["f1_exact"]), _num(r["f1_overlap"]))
    console.print(spans)


def render_disagreements(rows: list[dict[str, Any]], console: Console) -> None:
    table = Table(title=f"{len(rows)} disagreements")
    for col in ("doc", "kind", "where", "who said what"):
        table.add_column(col, overflow="fold")
    for row in rows:
        where = "document" if row["label"] is None else \
            f"{row['label']} {row['start']}-{row['end']}"
        lines = [f"{a}: {v if v is not None else '—'}" for a, v in row["versions"].items()]
        table.add_row(str(row["document"]), escape(row["kind"]), escape(where),
                      escape("\n".join(lines)))
    console.print(table)
