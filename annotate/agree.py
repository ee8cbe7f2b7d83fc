"""`annotate agree`: from the store to an agreement report (the metrics are in agreement.py).

Compared are the documents marked done by two or more annotators (imported annotations count
as done; the gold layer never counts). Stance is measured on two kinds of units: documents,
and quotes matched across annotators (one unit per cluster of same-label overlapping QUOTE
spans, rated by each annotator's stance of their quote there; an annotator without a quote
there, or without a stance, is missing). The bootstrap interval for alpha resamples
*documents*, with a fixed seed, because quotes of one article are not independent.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from rich.console import Console
from rich.table import Table

from annotate import agreement as ag
from annotate.adjudicate import annotator_names
from annotate.adjudicate.compare import _decisions
from annotate.errors import AnnotateError
from annotate.export.layers import Layer, cluster_spans, load_documents, load_layers
from annotate.store import Store

BOOTSTRAP_SAMPLES = 1000
SEED = 0


@dataclass
class Selection:
    """The annotators compared and their finished layers, per document."""

    annotators: list[str]
    layers: dict[int, dict[str, Layer]]


def select(store: Store, annotators: Sequence[str] | None = None) -> Selection:
    known = annotator_names(store)
    if annotators:
        unknown = [a for a in annotators if a not in known]
        if unknown:
            raise AnnotateError(f"no annotator named {', '.join(unknown)} (known: "
                                f"{', '.join(known) or 'none'})")
        known = {a: known[a] for a in annotators}
    layers = {d: v for d, v in load_layers(store, known).items() if len(v) >= 2}
    used = sorted({a for v in layers.values() for a in v})
    return Selection(used, dict(sorted(layers.items())))


def _as_list(interval: tuple[float, float] | None) -> list[float] | None:
    return None if interval is None else list(interval)


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
    doc_stance: dict[Hashable, dict[str, str | None]] = {}
    quote_stance: dict[Hashable, dict[str, str | None]] = {}
    doc_of: dict[Hashable, int] = {}
    spans: dict[int, dict[str, list[tuple[int, int, str]]]] = {}
    rels: dict[int, dict[str, list[tuple[tuple[int, int], tuple[int, int]]]]] = {}
    for doc, layers in sel.layers.items():
        doc_stance[doc] = {a: layer.stance for a, layer in layers.items()}
        doc_of[doc] = doc
        spans[doc] = {a: [(s.start, s.end, s.label) for s in layer.spans]
                      for a, layer in layers.items()}
        rels[doc] = {}
        for a, layer in layers.items():
            by_id = {s.id: s for s in layer.spans}
            rels[doc][a] = [((by_id[h].start, by_id[h].end), (by_id[c].start, by_id[c].end))
                            for h, c in layer.speakers.items() if h in by_id and c in by_id]
        quotes = {a: [s for s in layer.spans if s.label == "QUOTE"]
                  for a, layer in layers.items()}
        for i, cluster in enumerate(cluster_spans(quotes)):
            unit = (doc, i)
            doc_of[unit] = doc
            quote_stance[unit] = {
                a: next((s.stance for s in cluster.members.get(a, []) if s.stance), None)
                for a in layers}
    keep = list(labels) if labels else None
    exact = ag.pairwise_span_f1(spans, "exact", keep)
    overlap = ag.pairwise_span_f1(spans, "overlap", keep)
    r_exact = ag.pairwise_relation_f1(rels, "exact")
    r_overlap = ag.pairwise_relation_f1(rels, "overlap")
    return {
        "documents": len(sel.layers),
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
        "relations": {"f1_exact": r_exact["micro"].f1, "f1_overlap": r_overlap["micro"].f1},
    }


def disagreement_rows(store: Store, annotators: Sequence[str] | None = None,
                      labels: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Each document and decision where the annotators differ, with who said what."""
    sel = select(store, annotators)
    titles = {d: row.title for d, row in load_documents(store, sel.layers).items()}
    rows = []
    for doc, layers in sel.layers.items():
        for d in _decisions(layers, "unanimous", store.schema.quote_label):
            if d.agreed or (labels and d.cluster and d.cluster.label not in labels):
                continue
            c = d.cluster
            rows.append({
                "document": doc, "title": titles.get(doc, ""), "kind": d.kind,
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
                  f"{', '.join(rep['annotators']) or 'nobody'}")
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
        stance.add_row(f"cohen_kappa {pair}", _num(doc["cohen_kappa"][pair]),
                       _num(quote["cohen_kappa"].get(pair)))
    console.print(stance)
    spans = Table(title="Spans and relations (pairwise F1, micro over pairs)")
    for col in ("", "F1 exact", "F1 overlap"):
        spans.add_column(col, justify="left" if not col else "right")
    for lab, v in rep["spans"]["by_label"].items():
        spans.add_row(lab, _num(v["f1_exact"]), _num(v["f1_overlap"]))
    m = rep["spans"]["micro"]
    spans.add_row("[bold]all labels[/]", _num(m["f1_exact"]), _num(m["f1_overlap"]))
    pairs = rep["spans"]["pairs"].values()
    for mode in ("exact", "overlap"):
        f1s = [p[f"f1_{mode}"] for p in pairs if p[f"f1_{mode}"] is not None]
        m[f"mean_{mode}"] = sum(f1s) / len(f1s) if f1s else None
    spans.add_row("mean of pairs", _num(m.pop("mean_exact")), _num(m.pop("mean_overlap")))
    for pair, v in rep["spans"]["pairs"].items():
        spans.add_row(f"pair {pair}", _num(v["f1_exact"]), _num(v["f1_overlap"]))
    r = rep["relations"]
    spans.add_row("ATTRIBUTED_TO", _num(r["f1_exact"]), _num(r["f1_overlap"]))
    console.print(spans)


def render_disagreements(rows: list[dict[str, Any]], console: Console) -> None:
    table = Table(title=f"{len(rows)} disagreements")
    for col in ("doc", "kind", "where", "who said what"):
        table.add_column(col, overflow="fold")
    for row in rows:
        where = "document" if row["label"] is None else \
            f"{row['label']} {row['start']}-{row['end']}"
        lines = [f"{a}: {v if v is not None else '—'}" for a, v in row["versions"].items()]
        table.add_row(str(row["document"]), row["kind"], where, "\n".join(lines))
    console.print(table)
