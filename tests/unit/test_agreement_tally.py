"""The report's tallies give exactly (==, not approx) the figures of annotate.agreement's functions.

`annotate agree` computes its figures from tallies (annotate/tally.py) for speed; these
properties pin them to the plain metric functions, bit for bit, on random data: stance units
with missing values and 2-4 raters (with 4 raters the bootstrap's disagreement terms are not
whole numbers, so its uncollapsed path runs too), spans with copies, labels, a labels filter,
relations, and whole databases through `report` against a reference built from the layers.
"""

from __future__ import annotations

from collections.abc import Hashable
from itertools import combinations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate import agreement as ag
from annotate.agree import BOOTSTRAP_SAMPLES, report, select, stance_report
from annotate.export.layers import cluster_spans, load_layers, pages
from annotate.store import Store
from annotate.tally import PairTally, StanceTally, relation_overlaps, span_overlaps

RATERS = ["ann", "bo", "cy", "di"]


@st.composite
def _stance_units(draw: st.DrawFn) -> tuple[list[str], list[tuple[int, tuple]]]:
    """Raters and (document, ratings) units, a document's units together."""
    raters = RATERS[:draw(st.integers(2, 4))]
    value = st.none() | st.sampled_from(["favor", "against", "neutral"])
    units = []
    for doc in range(draw(st.integers(0, 12))):
        for _ in range(draw(st.integers(1, 3))):
            units.append((doc, tuple(draw(value) for _ in raters)))
    return raters, units


@settings(max_examples=150, deadline=None)
@given(_stance_units(), st.integers(0, 3))
def test_stance_tally_is_the_stance_report(case: tuple, seed: int) -> None:
    raters, units = case
    tally = StanceTally(raters)
    data: dict[Hashable, dict[str, str | None]] = {}
    doc_of: dict[Hashable, int] = {}
    for i, (doc, ratings) in enumerate(units):
        tally.add(doc, ratings)
        data[i] = dict(zip(raters, ratings, strict=True))
        doc_of[i] = doc
    pairs = list(combinations(raters, 2))
    assert tally.report(pairs, 3, BOOTSTRAP_SAMPLES, seed) == stance_report(
        data, doc_of, raters, 3, seed)


def test_stance_tally_refuses_what_gwet_refuses() -> None:
    tally = StanceTally(["a", "b"])
    tally.add(1, ("x", "y"))
    tally.add(2, ("z", "z"))
    with pytest.raises(ValueError, match="3 distinct values but q=2"):
        tally.report([("a", "b")], 2, 10, 0)


def _resampled(counts: list[list[int]], disagree: list[float], n: int, seed: int
               ) -> tuple[float, float] | None:
    """The bootstrap as it was before the tallies: int64 draws, one weight a group, the
    whole table, in the same chunks."""
    import numpy as np

    table = np.column_stack([np.array(counts, dtype=float), np.array(disagree)])
    groups_n = len(table)
    rng = np.random.default_rng(seed)
    estimates: list[float] = []
    chunk = max(1, min(n, 2_000_000 // groups_n))
    done = 0
    while done < n:
        rows = min(chunk, n - done)
        draws = rng.integers(0, groups_n, (rows, groups_n))
        flat = draws + (np.arange(rows) * groups_n)[:, None]
        weights = np.bincount(flat.ravel(), minlength=rows * groups_n).reshape(rows, groups_n)
        sums = weights @ table
        totals, dis = sums[:, :-1], sums[:, -1]
        total = totals.sum(axis=1)
        expected = total * total - (totals * totals).sum(axis=1)
        ok = expected > 0
        estimates.extend((1.0 - (total[ok] - 1) * dis[ok] / expected[ok]).tolist())
        done += rows
    if not estimates:
        return None
    estimates.sort()
    return ag.quantile(estimates, 0.025), ag.quantile(estimates, 0.975)


_ROW = st.tuples(st.lists(st.integers(0, 4), min_size=3, max_size=3), st.integers(0, 6))


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(_ROW, min_size=1, max_size=40), halves=st.booleans(),
       seed=st.integers(0, 5))
def test_bootstrap_rows_give_the_first_interval(rows: list, halves: bool, seed: int) -> None:
    """Identical groups as one weighted row (whole-number terms), int32 draws, chunks: the
    interval is the one of the plain loop, to the last bit; with terms like 8/3 (four
    ratings a unit) each group keeps its own row."""
    counts = [r for r, _ in rows]
    disagree = [d / 3 if halves else float(d) for _, d in rows]
    assert ag.bootstrap_alpha_rows(counts, disagree, 120, seed) == \
        _resampled(counts, disagree, 120, seed)


_SPANS = st.lists(st.tuples(st.integers(0, 12), st.integers(1, 6), st.sampled_from("AB")).map(
    lambda t: (t[0], t[0] + t[1], t[2])), max_size=7)


def _by_label(doc: dict[str, list[tuple]], names: list[str]) -> dict[str, list]:
    """A document's spans as PairTally takes them: per label, (start, end) lists in name
    order, None for an annotator without the document."""
    labels = {s[2] for spans in doc.values() for s in spans}
    return {lab: [None if n not in doc else sorted(s[:2] for s in doc[n] if s[2] == lab)
                  for n in names] for lab in sorted(labels)}


@settings(max_examples=200, deadline=None)
@given(docs=st.lists(st.dictionaries(st.sampled_from(["x", "y", "z"]), _SPANS, min_size=1),
                     max_size=5), keep=st.none() | st.just(["A"]))
def test_pair_tally_gives_the_pairwise_span_figures(docs: list, keep: list | None) -> None:
    names = sorted({a for d in docs for a in d})
    tally = PairTally(names, span_overlaps, keep)
    for d in docs:
        for label, lists in _by_label(d, names).items():
            tally.add(label, lists)
    data = dict(enumerate(docs))
    for mode in ("exact", "overlap"):
        assert tally.result(mode) == ag.pairwise_span_f1(data, mode, keep)


_RELS = st.lists(st.tuples(st.tuples(st.integers(0, 8), st.integers(9, 12)),
                           st.tuples(st.integers(0, 3), st.integers(4, 6))), max_size=4)


@settings(max_examples=200, deadline=None)
@given(docs=st.lists(st.dictionaries(st.sampled_from(["x", "y", "z"]), _RELS, min_size=1),
                     max_size=5))
def test_pair_tally_gives_the_relation_figures(docs: list) -> None:
    names = sorted({a for d in docs for a in d})
    tally = PairTally(names, relation_overlaps)
    for d in docs:
        tally.add("", [None if n not in d else sorted(q + s for q, s in d[n]) for n in names])
    data = dict(enumerate(docs))
    for mode in ("exact", "overlap"):
        got, want = tally.result(mode), ag.pairwise_relation_f1(data, mode)
        assert got["micro"] == want["micro"] and got["pairs"] == want["pairs"]
        assert got["mean_pair_f1"] == want["mean_pair_f1"]


# -- whole databases ----------------------------------------------------------------------------


def _reference(store: Store, labels: list[str] | None = None) -> dict:
    """The report from Layer objects and the pure functions, units in the report's order
    (a page's documents by their first done annotator's id, then id; raters by id)."""
    sel = select(store)
    by_id = sorted(sel.ids.values())
    raters = {a: n for n, a in sel.ids.items()}
    quote, link = store.schema.quote_label, store.schema.attribution
    doc_st: dict[Hashable, dict[str, str | None]] = {}
    quote_st: dict[Hashable, dict[str, str | None]] = {}
    doc_of: dict[Hashable, int] = {}
    spans: dict[int, dict[str, list]] = {}
    rels: dict[int, dict[str, list]] = {}
    for page in pages(sel.documents, 500):
        layers = load_layers(store, sel.ids, page)
        first = {d: min(sel.ids[a] for a in v) for d, v in layers.items()}
        for doc in sorted((d for d in layers if len(layers[d]) >= 2),
                          key=lambda d: (first[d], d)):
            lay = {raters[a]: layers[doc][raters[a]] for a in by_id if raters[a] in layers[doc]}
            doc_st[doc] = {a: v.stance for a, v in lay.items()}
            doc_of[doc] = doc
            spans[doc] = {a: [(s.start, s.end, s.label) for s in v.spans] for a, v in lay.items()}
            rels[doc] = {}
            for a, v in lay.items():
                where = {s.id: (s.start, s.end) for s in v.spans}
                rels[doc][a] = [(where[h], where[c]) for h, c, lab in v.relations
                                if lab == link and h in where and c in where]
            quotes = {a: [s for s in v.spans if s.label == quote] for a, v in lay.items()}
            for i, cluster in enumerate(c for c in cluster_spans(quotes) if c.label == quote):
                unit = (doc, i)
                quote_st[unit] = {a: next((s.stance for s in sorted(
                    cluster.members.get(a, []), key=lambda s: (s.start, s.end, s.id))
                    if s.stance), None) for a in lay}
                doc_of[unit] = doc
    q = len(store.schema.stance.values)
    out: dict = {"documents": len(doc_st), "annotators": sel.annotators, "stance": {
        "document": stance_report(doc_st, doc_of, sel.annotators, q),
        "quote": stance_report(quote_st, doc_of, sel.annotators, q)}}
    exact, overlap = (ag.pairwise_span_f1(spans, m, labels) for m in ("exact", "overlap"))
    out["spans"] = {
        "micro": {"f1_exact": exact["micro"].f1, "f1_overlap": overlap["micro"].f1},
        "by_label": {lab: {"f1_exact": exact["by_label"][lab].f1,
                           "f1_overlap": overlap["by_label"][lab].f1}
                     for lab in sorted(exact["by_label"])},
        "pairs": {p: {"f1_exact": exact["pairs"][p].f1, "f1_overlap": overlap["pairs"][p].f1}
                  for p in exact["pairs"]}}
    out["relations"] = {f"f1_{m}": ag.pairwise_relation_f1(rels, m)["micro"].f1
                        for m in ("exact", "overlap")}
    return out


@pytest.fixture(scope="module")
def uneven(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A generated corpus done by three annotators, then made uneven: some layers not done,
    one annotator only on some documents, duplicate spans, a stray label."""
    from bench.common import fill_annotated

    db = tmp_path_factory.mktemp("agree") / "u.db"
    store = Store(db)
    fill_annotated(store, 60, ["cy", "ann", "bo"])
    fill_annotated(store, 0, ["di"])
    with store.write() as conn:
        conn.execute("UPDATE document_status SET status = 'in_progress' WHERE "
                     "(document_id * 7 + annotator_id) % 5 = 0")
        conn.execute(
            'INSERT INTO spans(document_id, annotator_id, label, start, "end", text, stance, '
            "origin, created_at, updated_at) SELECT document_id, annotator_id, label, start, "
            '"end", text, \'against\', origin, created_at, updated_at FROM spans WHERE '
            "label = 'QUOTE' AND document_id % 4 = 0")
        di = conn.execute("SELECT id FROM annotators WHERE name = 'di'").fetchone()[0]
        conn.execute(
            'INSERT INTO spans(document_id, annotator_id, label, start, "end", text, origin, '
            "created_at, updated_at) SELECT document_id, ?, 'CUE', start, start + 3, 'x', "
            "'manual', created_at, updated_at FROM spans WHERE label = 'SPEAKER' AND "
            "document_id % 3 = 0 GROUP BY document_id", (di,))
        conn.execute(
            "INSERT INTO document_status(document_id, annotator_id, status, stance, updated_at) "
            "SELECT id, ?, 'done', 'neutral', '2024-01-01' FROM documents WHERE id % 3 = 0",
            (di,))
    return store


@pytest.mark.parametrize("labels", [None, ["QUOTE", "CUE"]])
def test_report_is_the_reference_on_an_uneven_corpus(uneven: Store, labels: list | None,
                                                     ) -> None:
    assert report(uneven, labels=labels) == _reference(uneven, labels)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(stances=st.lists(st.sampled_from(["favor", "against", None]), min_size=4, max_size=4))
def test_report_follows_stance_changes(uneven: Store, stances: list) -> None:
    with uneven.write() as conn:
        for i, stance in enumerate(stances):
            conn.execute("UPDATE document_status SET stance = ? WHERE document_id % 4 = ?",
                         (stance, i))
    assert report(uneven) == _reference(uneven)
