"""`annotate agree`: from the store to an agreement report.

The metrics are annotate.agreement's pure functions; at corpus scale the report takes the same
figures from tallies (tally.py) fed one page of documents at a time.

Compared are the documents marked done by two or more annotators (imported annotations count
as done; the gold layer never counts). Stance is measured on two kinds of units: documents,
and quotes matched across annotators (one unit per cluster of same-label overlapping QUOTE
spans, rated by each annotator's stance of their quote there; an annotator without a quote
there, or without a stance, is missing). The bootstrap interval for alpha resamples
*documents*, with a fixed seed, because quotes of one article are not independent.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations, groupby
from operator import itemgetter
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
from annotate.tally import PairTally, StanceTally, relation_overlaps, span_overlaps

BOOTSTRAP_SAMPLES = 1000
SEED = 0


PAGE = 500


@dataclass
class Selection:
    """The annotators compared and the documents done by two or more of them."""

    annotators: list[str]
    ids: dict[str, int]
    documents: list[int]

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


def stance_report(data: dict[Hashable, dict[str, str | None]], doc_of: dict[Hashable, int],
                  annotators: list[str], q: int, seed: int = SEED) -> dict[str, Any]:
    """Every stance metric for `data` (unit -> annotator -> value or None), straight from
    annotate.agreement's functions: what the report's tallies must equal (the tests compare)."""
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


@dataclass
class _Tallies:
    """What the report accumulates, page by page."""

    doc_stance: StanceTally
    quote_stance: StanceTally
    spans: PairTally
    relations: PairTally
    documents: int = 0


def _tally(store: Store, sel: Selection, labels: Sequence[str] | None) -> _Tallies:
    """One pass over the selected documents, a page at a time, in two ordered queries a
    page: the done layers, and the spans with the offsets of the speaker each one is
    attributed to (so a quote -> speaker link costs no query and no lookup of its own).

    Units are taken in the order the report has always used (a page's documents by their
    first annotator id, then id; each document's annotators by id), since the order of
    units decides the bootstrap's draws and the last bits of the sums.
    """
    by_id = sorted(sel.ids.values())
    name = {v: k for k, v in sel.ids.items()}
    raters = [name[a] for a in by_id]
    out = _Tallies(StanceTally(raters), StanceTally(raters),
                   PairTally(sel.annotators, span_overlaps, labels),
                   PairTally(sel.annotators, relation_overlaps))
    # an annotator's place in a ratings tuple (id order) and in PairTally's lists (names)
    rank = {sel.ids[n]: i for i, n in enumerate(out.spans.names)}
    at = _Places({a: i for i, a in enumerate(by_id)}, rank, store.schema.quote_label)
    who = ", ".join("?" for _ in by_id)
    where = f"annotator_id IN ({who}) AND document_id BETWEEN ? AND ?"
    cur = store.conn.cursor()
    cur.row_factory = None
    for page in pages(sel.documents, PAGE):
        rng = [*by_id, page[0], page[-1]]
        done: dict[int, dict[int, str | None]] = {}
        for doc, ann, stance in cur.execute(
                f"SELECT document_id, annotator_id, stance FROM document_status WHERE {where} "
                "AND status = 'done' ORDER BY annotator_id, document_id", rng):
            done.setdefault(doc, {})[ann] = stance
        _page(out, done, cur.execute(_SPANS_SQL.format(who=who),
                                     [store.schema.attribution, *rng]), at)
    return out


# A page's spans in the order of the comparisons, each with the offsets of the speaker it is
# attributed to (a quote -> speaker link then costs no query and no lookup of its own).
_SPANS_SQL = (
    'SELECT s.document_id, s.annotator_id, s.label, s.start, s."end", s.stance, s.id, '
    'c.start, c."end" FROM spans s LEFT JOIN relations r ON r.head_id = s.id AND r.label = ? '
    "AND r.document_id = s.document_id AND r.annotator_id = s.annotator_id LEFT JOIN spans c "
    "ON c.id = r.child_id AND c.document_id = s.document_id AND c.annotator_id = "
    "s.annotator_id WHERE s.annotator_id IN ({who}) AND s.document_id BETWEEN ? AND ? "
    'ORDER BY s.document_id, s.annotator_id, s.label, s.start, s."end", s.id')


def _page(out: _Tallies, done: dict[int, dict[int, str | None]], rows: Iterable[tuple],
          at: _Places) -> None:
    """A page of span rows (ordered by document, annotator, label) into the tallies; the
    stance units go in afterwards, in the order of `done`."""
    quote = at.quote
    pair_of, width = at.pair, len(at.pair)
    spans, links = out.spans, out.relations
    units: dict[int, list[tuple]] = {}
    for doc, doc_rows in groupby(rows, key=_FIRST):
        layers = done.get(doc)
        if layers is None or len(layers) < 2:
            continue
        by_label: dict[str, list[list[tuple] | None]] = {}
        linked: list[list[tuple] | None] = [None] * width
        quotes: list[tuple] = []
        for (ann, label), rows_of in groupby(doc_rows, key=_LAYER):
            if ann not in layers:
                continue
            group = list(rows_of)
            place = pair_of[ann]
            lists = by_label.get(label)
            if lists is None:
                lists = by_label[label] = [None] * width
            lists[place] = [r[3:5] for r in group]
            found = [r[3:5] + r[7:9] for r in group if r[7] is not None]
            if found:
                have = linked[place]
                linked[place] = found if have is None else have + found
            if label == quote:
                rating = at.rating[ann]
                quotes.extend([(r[3], r[4], place, r[6], r[5], rating) for r in group])
        for ann in layers:
            place = pair_of[ann]
            for lists in by_label.values():
                if lists[place] is None:
                    lists[place] = _NOTHING
            if linked[place] is None:
                linked[place] = _NOTHING
        for label, lists in by_label.items():
            spans.add(label, lists)
        links.add("", linked)
        if quotes:
            units[doc] = _quote_units(quotes, len(at.rating))
    for doc, layers in done.items():
        if len(layers) >= 2:
            _document(out, doc, layers, units.get(doc, ()), at)


_FIRST = itemgetter(0)
_LAYER = itemgetter(1, 2)
_NOTHING: list[tuple] = []


@dataclass(frozen=True, slots=True)
class _Places:
    rating: dict[int, int]  # annotator id -> place in a ratings tuple
    pair: dict[int, int]  # annotator id -> place in PairTally's lists
    quote: str


def _document(out: _Tallies, doc: int, layers: dict[int, str | None],
              quote_units: Iterable[tuple[str | None, ...]], at: _Places) -> None:
    """A document's stance units into the tallies."""
    out.documents += 1
    ratings: list[str | None] = [None] * len(at.rating)
    for ann, stance in layers.items():
        ratings[at.rating[ann]] = stance
    out.doc_stance.add(doc, tuple(ratings))
    for unit in quote_units:
        out.quote_stance.add(doc, unit)


def _quote_units(quotes: list[tuple], width: int) -> list[tuple[str | None, ...]]:
    """Each annotator's stance for every cluster of overlapping quotes (in text order), as
    `cluster_spans` groups them: the first stance set among their quotes there (sorted by
    start, end, annotator's name, id), or None."""
    quotes.sort()
    units = []
    end = -1
    current: list[str | None] = []
    for start, stop, _, _, stance, place in quotes:
        if start >= end:
            if current:
                units.append(tuple(current))
            current = [None] * width
            end = stop
        elif stop > end:
            end = stop
        if stance and current[place] is None:
            current[place] = stance
    if current:
        units.append(tuple(current))
    return units


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
    t = _tally(store, sel, list(labels) if labels else None)
    pairs = list(combinations(sel.annotators, 2))
    exact, overlap = t.spans.result("exact"), t.spans.result("overlap")
    return {
        "documents": t.documents,
        "annotators": sel.annotators,
        "stance": {
            "document": t.doc_stance.report(pairs, q, BOOTSTRAP_SAMPLES, seed),
            "quote": t.quote_stance.report(pairs, q, BOOTSTRAP_SAMPLES, seed),
        },
        "spans": {
            "micro": {"f1_exact": exact["micro"].f1, "f1_overlap": overlap["micro"].f1},
            "by_label": {lab: {"f1_exact": exact["by_label"].get(lab, ag.PRF()).f1,
                               "f1_overlap": overlap["by_label"].get(lab, ag.PRF()).f1}
                         for lab in sorted(exact["by_label"].keys() | overlap["by_label"])},
            "pairs": {p: {"f1_exact": exact["pairs"][p].f1,
                          "f1_overlap": overlap["pairs"][p].f1} for p in exact["pairs"]},
        },
        "relations": {"f1_exact": t.relations.result("exact")["micro"].f1,
                      "f1_overlap": t.relations.result("overlap")["micro"].f1},
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
