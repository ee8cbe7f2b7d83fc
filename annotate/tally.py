"""Agreement at corpus scale: tallies that give exactly the floats of annotate.agreement.

`annotate agree` on 50,000 documents x 3 annotators compares ~660,000 spans. The metric
functions of annotate.agreement take one dict per unit and count every unit again for each
metric; here the work is done once per *distinct* thing:

- Stance: a unit is a tuple of ratings (one per annotator, None when missing). There are few
  distinct tuples (with 3 annotators and 4 values at most 125), so each is analysed once and
  a metric is a sum over the units' pattern ids, taken in the units' order with the same
  float operations as the pure function: the same figure, bit for bit (the tests check it
  against annotate.agreement with hypothesis). The bootstrap's documents collapse the same way.
- Spans and relations: F1 needs, per annotator pair and label, how many items each side has
  (summed over the documents both did) and how many each side leaves unmatched. Identical
  lists leave nothing unmatched, so they cost one list comparison; otherwise exact matches
  are a set intersection, and only the leftovers go through the greedy overlap matching.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Hashable, Sequence
from itertools import combinations
from typing import Any

from annotate import agreement as ag
from annotate.agreement import PRF, PairwiseAgreement, bootstrap_alpha_rows, group_sums

Ratings = tuple[Hashable | None, ...]


class StanceTally:
    """Nominal ratings unit by unit (grouped by document for the bootstrap).

    Every ratings tuple has one place per rater, in `raters` order; the figures are those
    of annotate.agreement's functions on `{unit: dict(zip(raters, ratings))}` with the units in
    the order they were added.
    """

    def __init__(self, raters: Sequence[str]) -> None:
        self.raters = list(raters)
        self._ids: dict[Ratings, int] = {}
        self.patterns: list[Ratings] = []  # distinct ratings, in order of first use
        self.units: list[int] = []  # pattern id of each unit, in order
        self.groups: list[Hashable] = []  # the group (document) of each unit

    def add(self, group: Hashable, ratings: Ratings) -> None:
        pid = self._ids.get(ratings)
        if pid is None:
            pid = self._ids[ratings] = len(self.patterns)
            self.patterns.append(ratings)
        self.units.append(pid)
        self.groups.append(group)

    def report(self, pairs: Sequence[tuple[str, str]], q: int, samples: int,
               seed: int) -> dict[str, Any]:
        """What `annotate agree` shows for these units (see agree.stance_report)."""
        values = [tuple(v for v in p if v is not None) for p in self.patterns]
        m = [len(v) for v in values]
        pairable = [u for u in self.units if m[u] >= 2]
        return {
            "units": len(pairable),
            "percent_agreement": self._percent(values, pairable),
            "krippendorff_alpha": self._alpha(values, pairable),
            "alpha_ci95": self._bootstrap(values, m, samples, seed),
            "gwet_ac1": self._gwet(values, pairable, q) if self.units else None,
            "fleiss_kappa": self._fleiss(values, m),
            "cohen_kappa": {f"{a}~{b}": self._cohen(a, b) for a, b in pairs},
        }

    @staticmethod
    def _agreement_of(values: list[tuple[Hashable, ...]], units: list[int]) -> float:
        """The sum of the units' pairwise agreement, in unit order (as `sum()` takes it)."""
        share = {p: ag.unit_agreement(list(values[p])) for p in set(units)}
        return sum([share[p] for p in units])

    def _percent(self, values: list[tuple[Hashable, ...]], pairable: list[int]) -> float | None:
        if not pairable:
            return None
        return self._agreement_of(values, pairable) / len(pairable)

    def _alpha(self, values: list[tuple[Hashable, ...]], pairable: list[int]) -> float | None:
        """`alpha_from_units`: the disagreement term added unit by unit, counts by pattern."""
        terms: dict[int, float] = {}
        for p in set(pairable):
            u = values[p]
            distinct = len(set(u))
            terms[p] = 0.0 if distinct == 1 else len(u) if distinct == len(u) else \
                (len(u) ** 2 - sum(n * n for n in Counter(u).values())) / (len(u) - 1)
        disagree = 0.0
        for p in pairable:
            term = terms[p]
            if term:
                disagree += term
        totals: Counter[Hashable] = Counter()
        for p, k in Counter(pairable).items():
            for v in values[p]:
                totals[v] += k
        n = sum(totals.values())
        expected = n * n - sum(t * t for t in totals.values())
        if expected == 0:
            return None
        return 1.0 - (n - 1) * disagree / expected

    def _gwet(self, values: list[tuple[Hashable, ...]], pairable: list[int],
              q: int) -> float | None:
        """`gwet_ac1`: category shares added unit by unit in the same order and grouping."""
        if q < 2:
            raise ValueError(f"AC1 needs at least 2 categories, got q={q}")
        rated = [u for u in self.units if values[u]]
        categories = {v for p in set(rated) for v in values[p]}
        if len(categories) > q:
            raise ValueError(f"data has {len(categories)} distinct values but q={q}")
        if not pairable:
            return None
        pa = self._agreement_of(values, pairable) / len(pairable)
        count = len(rated)
        shares: dict[int, list[tuple[Hashable, float]]] = {}
        for p in set(rated):
            u = list(values[p])
            if len(u) == 1 or len(set(u)) == 1:
                shares[p] = [(u[0], len(u) / len(u) / count)]
            else:
                shares[p] = [(v, k / len(u) / count) for v, k in Counter(u).items()]
        pi: dict[Hashable, float] = defaultdict(float)
        for p in rated:
            for v, x in shares[p]:
                pi[v] += x
        pe = sum(x * (1 - x) for x in pi.values()) / (q - 1)
        return (pa - pe) / (1 - pe)

    def _fleiss(self, values: list[tuple[Hashable, ...]], m: list[int]) -> float | None:
        rated = [u for u in self.units if m[u]]
        sizes = {m[u] for u in set(rated)}
        if len(sizes) != 1 or (size := sizes.pop()) < 2:
            return None
        n = len(rated)
        p_bar = self._agreement_of(values, rated) / n
        uses = Counter(rated)
        totals: Counter[Hashable] = Counter()  # keys in order of first appearance, as update()
        for p, v in enumerate(values):
            for x in v:
                totals[x] += uses[p]
        pe = sum((t / (n * size)) ** 2 for t in totals.values())
        if pe == 1:
            return None
        return (p_bar - pe) / (1 - pe)

    def _cohen(self, a: str, b: str) -> float | None:
        i, j = self.raters.index(a), self.raters.index(b)
        n = same = 0
        ca: Counter[Hashable] = Counter()
        cb: Counter[Hashable] = Counter()
        for p, k in Counter(self.units).items():
            x, y = self.patterns[p][i], self.patterns[p][j]
            if x is None or y is None:
                continue
            n += k
            same += k * (x == y)
            ca[x] += k
            cb[y] += k
        if not n:
            return None
        po = same / n
        pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
        if pe == 1:
            return None
        return (po - pe) / (1 - pe)

    def _bootstrap(self, values: list[tuple[Hashable, ...]], m: list[int], samples: int,
                   seed: int) -> list[float] | None:
        """`bootstrap_alpha_ci_grouped` over the groups' units, identical groups reduced once."""
        members: dict[Hashable, list[int]] = {}
        for u, g in zip(self.units, self.groups, strict=True):
            members.setdefault(g, []).append(u)
        columns = sorted({v for p in set(self.units) for v in values[p]}, key=str)
        index = {v: i for i, v in enumerate(columns)}
        reduced: dict[tuple[int, ...], tuple[list[int], float]] = {}
        rows: list[list[int]] = []
        disagree: list[float] = []
        for units in members.values():
            key = tuple(u for u in units if m[u] >= 2)
            if not key:
                continue  # nothing pairable: the group does not enter the resamples
            found = reduced.get(key)
            if found is None:
                found = reduced[key] = group_sums([values[u] for u in key], index)
            rows.append(found[0])
            disagree.append(found[1])
        interval = bootstrap_alpha_rows(rows, disagree, samples, seed)
        return None if interval is None else list(interval)


# -- spans and relations --------------------------------------------------------------------


Score = Callable[[tuple, tuple], "tuple | None"]


def span_overlaps(x: tuple, y: tuple) -> tuple | None:
    """agreement's span score for two (start, end) of one label."""
    ov = min(x[1], y[1]) - max(x[0], y[0])
    return (-ov, max(x[1], y[1]) - min(x[0], y[0])) if ov > 0 else None


def relation_overlaps(x: tuple, y: tuple) -> tuple | None:
    """agreement's relation score for (quote start, end, speaker start, end)."""
    qo = min(x[1], y[1]) - max(x[0], y[0])
    so = min(x[3], y[3]) - max(x[2], y[2])
    if qo <= 0 or so <= 0:
        return None
    return (-(qo + so), max(x[1], y[1]) - min(x[0], y[0]) + max(x[3], y[3]) - min(x[2], y[2]))


class PairTally:
    """Pairwise exact and overlap F1 counts, fed one document and label at a time.

    For a pair (x, y) and a label it keeps how many items x brought over the documents both
    did, and how many each side left unmatched in each mode; then tp is what x brought less
    what x left, fp what y left, fn what x left (`pairwise_span_f1`'s figures, x being the
    alphabetically first annotator).
    """

    def __init__(self, annotators: Sequence[str], score: Score,
                 labels: Sequence[str] | None = None) -> None:
        self.names = sorted(annotators)  # the order of `add`'s lists
        self.score = score
        self.keep = None if labels is None else set(labels)
        self._pairs = list(combinations(range(len(self.names)), 2))
        # label -> per pair: [x's items, exact: x left, y left, overlap: x left, y left]
        self.counts: dict[str, list[list[int]]] = {}

    def add(self, label: str, lists: Sequence[list[tuple] | None]) -> None:
        """Each annotator's items of `label` in one document, in `names` order (None: the
        annotator did not do it; a list in a fixed order makes equal lists cheap)."""
        if self.keep is not None and label not in self.keep:
            return
        counts = self.counts.get(label)
        score = self.score
        for k, (i, j) in enumerate(self._pairs):
            lx, ly = lists[i], lists[j]
            if lx is None or ly is None:
                continue
            if counts is None:  # a label enters the figures once a pair compares it
                counts = self.counts[label] = [[0, 0, 0, 0, 0] for _ in self._pairs]
            c = counts[k]
            c[0] += len(lx)
            if lx == ly:
                continue
            sx, sy = set(lx), set(ly)
            rest_x: Collection[tuple]
            rest_y: Collection[tuple]
            if len(sx) == len(lx) and len(sy) == len(ly):
                rest_x, rest_y = sx - sy, sy - sx
            else:  # copies: as multisets (two copies match two copies)
                cx, cy = Counter(lx), Counter(ly)
                rest_x, rest_y = list((cx - cy).elements()), list((cy - cx).elements())
            nx, ny = len(rest_x), len(rest_y)
            c[1] += nx
            c[2] += ny
            if nx and ny:
                if nx == 1 == ny:
                    matched = int(score(next(iter(rest_x)), next(iter(rest_y))) is not None)
                else:
                    matched = _overlap_matches(list(rest_x), list(rest_y), score)
                c[3] += nx - matched
                c[4] += ny - matched
            else:
                c[3] += nx
                c[4] += ny

    def result(self, mode: str) -> PairwiseAgreement:
        """`pairwise_span_f1(docs, mode, labels)`'s dict (`by_label` has the labels someone
        used, or those asked for)."""
        ag.check_mode(mode)
        left = 1 if mode == "exact" else 3
        keys = [f"{self.names[i]}~{self.names[j]}" for i, j in self._pairs]
        pairs = dict.fromkeys(keys, PRF())
        by_label: dict[str, PRF] = defaultdict(PRF)
        for label, counts in self.counts.items():
            for key, c in zip(keys, counts, strict=True):
                prf = PRF(c[0] - c[left], c[left + 1], c[left])
                pairs[key] += prf
                by_label[label] += prf
        f1s = [p.f1 for p in pairs.values() if p.f1 is not None]
        out: PairwiseAgreement = {
            "micro": ag.micro_prf(pairs.values()), "by_label": dict(sorted(by_label.items())),
            "pairs": pairs, "mean_pair_f1": sum(f1s) / len(f1s) if f1s else None}
        if self.keep is not None:
            out["by_label"] = {lab: out["by_label"].get(lab, PRF()) for lab in sorted(self.keep)}
        return out


def _overlap_matches(xs: list[tuple], ys: list[tuple], score: Score) -> int:
    """How many 1:1 pairs agreement's greedy overlap matching makes between leftovers."""
    if not xs or not ys:
        return 0
    if len(xs) == 1:
        return int(any(score(xs[0], y) is not None for y in ys))
    if len(ys) == 1:
        return int(any(score(x, ys[0]) is not None for x in xs))
    return len(ag.greedy_match(xs, ys, score))


__all__ = ["PairTally", "StanceTally", "relation_overlaps", "span_overlaps"]
