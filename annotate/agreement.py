"""Inter-annotator agreement: pure functions over plain data (stdlib only).

Kept free of the store and the UI so every figure in an agreement report can be checked
against published worked examples in isolation.

Stance (nominal) data is ``{unit_id: {annotator: value | None}}``; ``None`` means "not rated".
A unit whose values are all missing carries no information and is dropped by every metric.
Every metric returns ``None`` rather than NaN or an exception when it is undefined (no pairable
units, or a chance term that leaves a zero denominator), so a report can print "n/a" instead of
a number that looks meaningful. Bad *arguments* (e.g. ``q < 2``) still raise ``ValueError``.

Spans are half-open character ranges ``(start, end, label)``; relations (QUOTE -> SPEAKER) are
``((quote_start, quote_end), (speaker_start, speaker_end))``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Literal, TypedDict, TypeVar

# Unit, annotator and document ids are type variables rather than plain ``Hashable``: mapping
# keys are invariant, so ``dict[int, ...]`` or ``dict[str, ...]`` would not be accepted where
# ``Mapping[Hashable, ...]`` is asked for.
UnitT = TypeVar("UnitT", bound=Hashable)
RaterT = TypeVar("RaterT", bound=Hashable)
DocT = TypeVar("DocT", bound=Hashable)
StanceData = Mapping[UnitT, Mapping[RaterT, Hashable | None]]
Span = tuple[int, int, str]
Relation = tuple[tuple[int, int], tuple[int, int]]
MatchMode = Literal["exact", "overlap"]

# --- Stance: nominal agreement over units --------------------------------------------------------


def _units(data: StanceData[UnitT, RaterT]) -> list[list[Hashable]]:
    """Non-missing values of each unit, dropping units with no value at all."""
    units = [[v for v in ratings.values() if v is not None] for ratings in data.values()]
    return [u for u in units if u]


def _pairable(units: list[list[Hashable]]) -> list[list[Hashable]]:
    """Units with at least two values: the only ones that can show (dis)agreement."""
    return [u for u in units if len(u) >= 2]


def _unit_agreement(values: list[Hashable]) -> float:
    """Share of agreeing ordered pairs of ratings (by different annotators) in a unit, m >= 2."""
    m = len(values)
    distinct = len(set(values))
    if distinct == 1:  # the common cases, without counting (the same floats)
        return 1.0
    if distinct == m:
        return 0.0
    return sum(c * (c - 1) for c in Counter(values).values()) / (m * (m - 1))


def percent_agreement(data: StanceData[UnitT, RaterT]) -> float | None:
    """Observed agreement: the mean over pairable units of each unit's pairwise agreement.

    For a unit with m >= 2 ratings, its agreement is the share of its m(m-1) ordered pairs of
    ratings (by different annotators) that agree. Units count equally whatever m is, so a unit
    rated by many annotators does not outweigh the others; this is Gwet's p_a, the same figure
    `gwet_ac1` corrects for chance. Units with fewer than two ratings are skipped; ``None`` if
    none is left.
    """
    units = _pairable(_units(data))
    if not units:
        return None
    return sum(_unit_agreement(u) for u in units) / len(units)


def coincidence_matrix(
    data: StanceData[UnitT, RaterT],
) -> dict[tuple[Hashable, Hashable], float]:
    """Krippendorff's coincidences o_ck: pairs of values within units, weighted 1/(m_u - 1).

    Each pairable unit contributes its m_u(m_u - 1) ordered pairs of values with weight
    1/(m_u - 1), so every pairable value counts once in total (n = sum of all o_ck). Units with
    fewer than two values cannot be paired and are ignored, as in Krippendorff (2011).
    """
    o: dict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for values in _pairable(_units(data)):
        m = len(values)
        counts = Counter(values)
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_c - 1) if c == k else n_c * n_k
                if pairs:
                    o[(c, k)] += pairs / (m - 1)
    return dict(o)


def alpha_from_units(units: Iterable[list[Hashable]]) -> float | None:
    """Nominal alpha from value lists: 1 - (n - 1) * sum_{c!=k} o_ck / sum_{c!=k} n_c n_k."""
    disagree = 0.0  # sum over c != k of o_ck
    totals: Counter[Hashable] = Counter()  # n_c
    for values in units:
        m = len(values)
        if m < 2:
            continue
        distinct = len(set(values))
        if distinct == m:
            disagree += m  # (m * m - m) / (m - 1), exactly
        elif distinct > 1:
            disagree += (m * m - sum(n * n for n in Counter(values).values())) / (m - 1)
        totals.update(values)
    n = sum(totals.values())
    expected = n * n - sum(t * t for t in totals.values())  # sum over c != k of n_c n_k
    if expected == 0:
        return None
    return 1.0 - (n - 1) * disagree / expected


def krippendorff_alpha_nominal(data: StanceData[UnitT, RaterT]) -> float | None:
    """Krippendorff's alpha for nominal values, alpha = 1 - D_o / D_e, missing values allowed.

    D_o is the share of off-diagonal coincidences (see `coincidence_matrix`), D_e the share
    expected from the pooled value frequencies n_c. Returns ``None`` when D_e == 0: no pairable
    unit, or every pairable value identical. That case is *undefined*, not perfect agreement:
    with a single value in use nothing distinguishes agreement from a constant annotator, and
    reporting 1.0 would overstate reliability (the formula itself gives 0/0).
    """
    return alpha_from_units(_units(data))


def gwet_ac1(data: StanceData[UnitT, RaterT], q: int) -> float | None:
    """Gwet's AC1 for several raters with missing ratings (Gwet 2008; Gwet's Handbook, 2014).

    AC1 = (p_a - p_e) / (1 - p_e), where p_a is `percent_agreement` (mean over units with
    >= 2 ratings), pi_k = mean over all units with >= 1 rating of r_ik / r_i, and
    p_e = sum_k pi_k (1 - pi_k) / (q - 1). ``q`` is the number of categories in the schema,
    not the number seen, because categories nobody used still shape chance agreement.
    AC1 stays defined when one category dominates, where kappa and alpha collapse.
    Returns ``None`` without pairable units. Raises ``ValueError`` if q < 2 or the data has
    more distinct values than q.
    """
    if q < 2:
        raise ValueError(f"AC1 needs at least 2 categories, got q={q}")
    units = _units(data)
    categories = {v for u in units for v in u}
    if len(categories) > q:
        raise ValueError(f"data has {len(categories)} distinct values but q={q}")
    pa = percent_agreement(data)
    if pa is None:
        return None
    pi: dict[Hashable, float] = defaultdict(float)
    for u in units:
        if len(u) == 1 or len(set(u)) == 1:
            pi[u[0]] += len(u) / len(u) / len(units)
            continue
        for value, count in Counter(u).items():
            pi[value] += count / len(u) / len(units)
    pe = sum(p * (1 - p) for p in pi.values()) / (q - 1)
    return (pa - pe) / (1 - pe)  # pe <= 1/q < 1 for q >= 2


def cohen_kappa(data: StanceData[UnitT, RaterT], a: RaterT, b: RaterT) -> float | None:
    """Cohen's kappa between annotators ``a`` and ``b`` over the units both rated.

    kappa = (p_o - p_e) / (1 - p_e) with p_e from each annotator's own marginals. ``None`` if
    they share no rated unit, or if p_e == 1 (both used one and the same value throughout).
    """
    pairs = [(r[a], r[b]) for r in data.values() if r.get(a) is not None and r.get(b) is not None]
    if not pairs:
        return None
    n = len(pairs)
    po = sum(x == y for x, y in pairs) / n
    ca, cb = Counter(x for x, _ in pairs), Counter(y for _, y in pairs)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if pe == 1:
        return None
    return (po - pe) / (1 - pe)


def fleiss_kappa(data: StanceData[UnitT, RaterT]) -> float | None:
    """Fleiss' kappa (1971); defined only when every unit has the same number m >= 2 of ratings.

    The formula assumes a fixed number of raters per subject; with varying numbers it is no
    longer Fleiss' kappa, so ``None`` is returned (use alpha or AC1 instead). Units with no
    rating at all are dropped first. ``None`` also when P_e == 1 (a single value in use).
    """
    units = _units(data)
    sizes = {len(u) for u in units}
    if len(sizes) != 1 or (m := sizes.pop()) < 2:
        return None
    n = len(units)
    p_bar = sum(_unit_agreement(u) for u in units) / n
    totals: Counter[Hashable] = Counter()
    for u in units:
        totals.update(u)
    pe = sum((t / (n * m)) ** 2 for t in totals.values())
    if pe == 1:
        return None
    return (p_bar - pe) / (1 - pe)


def quantile(sorted_xs: Sequence[float], p: float) -> float:
    """Linear-interpolation quantile (R type 7, numpy's default) of a sorted sequence."""
    h = (len(sorted_xs) - 1) * p
    lo = int(h)
    hi = min(lo + 1, len(sorted_xs) - 1)
    return sorted_xs[lo] + (h - lo) * (sorted_xs[hi] - sorted_xs[lo])


def bootstrap_alpha_ci(
    data: StanceData[UnitT, RaterT], n: int = 1000, seed: int = 0, alpha: float = 0.05
) -> tuple[float, float] | None:
    """Percentile bootstrap interval for nominal alpha, resampling units with replacement.

    Units (not single values) are resampled because ratings within a unit are dependent. Only
    pairable units are resampled, since the others do not affect alpha. ``alpha`` is the error
    rate of the interval (0.05 -> 95 %), not Krippendorff's alpha.
    """
    return bootstrap_alpha_ci_grouped([[u] for u in _pairable(_units(data))], n, seed, alpha)


def bootstrap_alpha_ci_grouped(
    groups: Sequence[Sequence[Sequence[Hashable]]], n: int = 1000, seed: int = 0,
    alpha: float = 0.05,
) -> tuple[float, float] | None:
    """Percentile bootstrap interval for nominal alpha, resampling whole groups of units.

    `annotate agree` resamples documents (each a group of units: the document stance and its
    quotes), since units of one document are not independent. Alpha needs only two sums, so
    each group is reduced once to its disagreement term and value counts, and a resample is a
    weighted sum (numpy, seeded): 1,000 resamples of 10,000 documents stay well under a
    second. Resamples where alpha is undefined are skipped; ``None`` if every one is.
    """
    values = sorted({v for units in groups for u in units for v in u}, key=str)
    index = {v: i for i, v in enumerate(values)}
    disagree, counts = [], []
    for units in groups:
        row, d = group_sums(units, index)
        if any(row):
            disagree.append(d)
            counts.append(row)
    return bootstrap_alpha_rows(counts, disagree, n, seed, alpha)


def group_sums(units: Iterable[Sequence[Hashable]], index: dict[Hashable, int]
               ) -> tuple[list[int], float]:
    """A group's two sums for alpha: its value counts (one column per value in `index`) and
    its disagreement term; units with fewer than two ratings do not count."""
    d, row = 0.0, [0] * len(index)
    for unit in units:
        m = len(unit)
        if m < 2:
            continue
        if len(set(unit)) == 1:  # all agree: no disagreement, one count (same floats)
            row[index[unit[0]]] += m
            continue
        c = Counter(unit)
        d += (m * m - sum(k * k for k in c.values())) / (m - 1)
        for v, k in c.items():
            row[index[v]] += k
    return row, d


def bootstrap_alpha_rows(
    counts: Sequence[Sequence[int]], disagree: Sequence[float], n: int = 1000, seed: int = 0,
    alpha: float = 0.05,
) -> tuple[float, float] | None:
    """The bootstrap of `bootstrap_alpha_ci_grouped` from each group's two sums: its value
    counts (one column per value) and its disagreement term; groups in resampling order.

    Each resample is a row of weights (how often each group is drawn) times the table of
    sums. Resamples are drawn CHUNK at a time from the same stream, in the same order, as one
    `integers` call per resample would draw them. Groups with the same sums are one row of
    the table, their weights added, when every disagreement term is a whole number (always
    with up to three ratings a unit): the products and sums are then exact integers, so the
    interval is the same to the last bit, and a corpus's 50,000 documents shrink to a few
    hundred rows.
    """
    import numpy as np

    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be in (0, 1), got {alpha}")
    if not counts:
        return None
    groups_n = len(counts)
    classes: dict[tuple[float, ...], int] = {}
    if all(float(d).is_integer() for d in disagree):
        of = [classes.setdefault((*row, d), len(classes)) for row, d in zip(counts, disagree,
                                                                            strict=True)]
        table = np.array(list(classes), dtype=float)
        class_of = np.array(of, dtype=np.int32)
    else:  # one row a group: the products are not exact, keep their order
        table = np.column_stack([np.array(counts, dtype=float), np.array(disagree)])
        class_of = None
    width = len(table)
    rng = np.random.default_rng(seed)
    estimates = []
    chunk = max(1, min(n, 2_000_000 // groups_n))
    done = 0
    while done < n:
        rows = min(chunk, n - done)
        # int32 draws are the same stream as int64 ones below 2**31 (both take 32-bit
        # Lemire draws), and half the memory to go through
        draws = rng.integers(0, groups_n, (rows, groups_n), dtype=np.int32)
        drawn = draws if class_of is None else class_of[draws]
        drawn += (np.arange(rows) * width)[:, None]
        weights = np.bincount(drawn.ravel(), minlength=rows * width).reshape(rows, width)
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
    return quantile(estimates, alpha / 2), quantile(estimates, 1 - alpha / 2)


# --- Spans and relations: precision, recall, F1 with 1:1 matching --------------------------------


@dataclass(frozen=True)
class PRF:
    """Counts of a comparison against a reference; the rates derive from them.

    Keeping counts (not rates) lets documents, labels and pairs be micro-averaged by adding.
    Precision/recall are ``None`` when their denominator is 0. F1 = 2tp / (2tp + fp + fn),
    which is symmetric in the two sides, and ``None`` when both sides are empty: claiming
    1.0 for "nobody marked anything" would inflate agreement on empty documents.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else None

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int | None]:
        """JSON-ready dict with the rates and the counts behind them."""
        rates = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        return {**rates, "tp": self.tp, "fp": self.fp, "fn": self.fn}


def micro_prf(prfs: Iterable[PRF]) -> PRF:
    """Micro-average: sum tp/fp/fn over documents (or labels, or pairs) before taking rates."""
    return sum(prfs, PRF())


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    """(overlap length, union extent) of two half-open ranges."""
    return min(a[1], b[1]) - max(a[0], b[0]), max(a[1], b[1]) - min(a[0], b[0])


def _greedy_match(
    a: Sequence[tuple], b: Sequence[tuple], score: Callable[[tuple, tuple], tuple | None]
) -> list[tuple[int, int]]:
    """1:1 greedy matching: best-scoring candidate pairs first, each item used at most once.

    ``score`` returns a sort key (smaller is better) or ``None`` for "cannot match". Ties are
    broken by the sorted contents of the pair, which does not depend on which side is which,
    so swapping a and b yields the mirrored matching (hence a symmetric F1); then by index.
    """
    candidates = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            key = score(x, y)
            if key is not None:
                candidates.append((key, sorted((x, y)), i, j))
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    matches = []
    for _, _, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            matches.append((i, j))
    return sorted(matches)


def _check_mode(mode: str) -> None:
    if mode not in ("exact", "overlap"):
        raise ValueError(f"mode must be 'exact' or 'overlap', got {mode!r}")


def _exact_pairs(xs: Sequence[tuple], ys: Sequence[tuple]) -> list[tuple[int, int]]:
    """Identical items paired in index order: what the greedy matching does with them."""
    where: dict[tuple, list[int]] = defaultdict(list)
    for j, y in enumerate(ys):
        where[y].append(j)
    pairs = []
    for i, x in enumerate(xs):
        free = where.get(x)
        if free:
            pairs.append((i, free.pop(0)))
    return pairs


def _exact_then_greedy(
    xs: Sequence[tuple], ys: Sequence[tuple], score: Callable[[tuple, tuple], tuple | None]
) -> list[tuple[int, int]]:
    """The greedy matching, with identical items paired first.

    Exact; not a heuristic: an identical pair has the largest overlap either item can have
    and the smallest union, so the greedy takes it before any other pair of either item
    (ties only with identical copies, taken in index order as here). Only the leftovers,
    few when annotators mostly agree, go through the quadratic candidate list.
    """
    exact = _exact_pairs(xs, ys)
    used_a, used_b = {i for i, _ in exact}, {j for _, j in exact}
    rest_a = [i for i in range(len(xs)) if i not in used_a]
    rest_b = [j for j in range(len(ys)) if j not in used_b]
    if rest_a and rest_b:
        for i, j in _greedy_match([xs[i] for i in rest_a], [ys[j] for j in rest_b], score):
            exact.append((rest_a[i], rest_b[j]))
    return sorted(exact)


def match_spans(a: Sequence[Span], b: Sequence[Span], mode: MatchMode) -> list[tuple[int, int]]:
    """1:1 matching of same-label spans, as sorted (index in a, index in b) pairs.

    "exact": same start, end and label. "overlap": same label and a positive character
    overlap; pairs are taken greedily by largest overlap, then smallest union extent (the
    tighter fit), so a long span can match only one of the short spans it covers and the
    result is deterministic.
    """
    _check_mode(mode)
    xs, ys = [tuple(s) for s in a], [tuple(s) for s in b]  # lists from JSON compare as tuples
    if xs == ys:  # annotators who agree: the same list, paired in order
        return [(i, i) for i in range(len(xs))]
    if mode == "exact":
        return sorted(_exact_pairs(xs, ys))

    def score(x: tuple, y: tuple) -> tuple | None:
        if x[2] != y[2]:
            return None
        ov, union = _overlap(x[:2], y[:2])
        return (-ov, union) if ov > 0 else None

    return _exact_then_greedy(xs, ys, score)


def span_prf(a: Sequence[Span], b: Sequence[Span], mode: MatchMode) -> PRF:
    """Compare spans b against reference a: tp = matched, fn = unmatched in a, fp = in b."""
    tp = len(match_spans(a, b, mode))
    return PRF(tp, len(b) - tp, len(a) - tp)


def span_prf_by_label(a: Sequence[Span], b: Sequence[Span], mode: MatchMode) -> dict[str, PRF]:
    """`span_prf` split per label (matching never crosses labels, so one matching serves all)."""
    matches = match_spans(a, b, mode)
    tp = Counter(a[i][2] for i, _ in matches)
    n_a, n_b = Counter(s[2] for s in a), Counter(s[2] for s in b)
    return {
        label: PRF(tp[label], n_b[label] - tp[label], n_a[label] - tp[label])
        for label in sorted(n_a.keys() | n_b.keys())
    }


def match_relations(
    a: Sequence[Relation], b: Sequence[Relation], mode: MatchMode
) -> list[tuple[int, int]]:
    """1:1 matching of quote->speaker relations, as sorted (index in a, index in b) pairs.

    "exact": both the quote and the speaker offsets are equal. "overlap": both ends overlap;
    greedy by largest summed overlap, then smallest summed union extent.
    """
    _check_mode(mode)
    xs = [(tuple(q), tuple(s)) for q, s in a]
    ys = [(tuple(q), tuple(s)) for q, s in b]
    if mode == "exact":
        return sorted(_exact_pairs(xs, ys))

    def score(x: tuple, y: tuple) -> tuple | None:
        (qo, qu), (so, su) = _overlap(x[0], y[0]), _overlap(x[1], y[1])
        return (-(qo + so), qu + su) if qo > 0 and so > 0 else None

    return _exact_then_greedy(xs, ys, score)


def relation_prf(a: Sequence[Relation], b: Sequence[Relation], mode: MatchMode) -> PRF:
    """Compare relations b against reference a (see `match_relations`)."""
    tp = len(match_relations(a, b, mode))
    return PRF(tp, len(b) - tp, len(a) - tp)


class PairwiseAgreement(TypedDict):
    """Result of `pairwise_span_f1` / `pairwise_relation_f1`."""

    micro: PRF  # summed over all pairs, documents (and labels)
    by_label: dict[str, PRF]  # summed over pairs and documents, per label (empty for relations)
    pairs: dict[str, PRF]  # "a~b" -> summed over the documents both annotated
    mean_pair_f1: float | None  # unweighted mean of the pairs' F1 (those defined)


def _pairwise(
    docs: Mapping[DocT, Mapping[str, Sequence]],
    compare: Callable[[Sequence, Sequence], dict[str, PRF]],
) -> PairwiseAgreement:
    pairs: dict[str, PRF] = {}
    by_label: dict[str, PRF] = defaultdict(PRF)
    annotators = sorted({name for doc in docs.values() for name in doc})
    for x, y in combinations(annotators, 2):
        total = PRF()
        for doc in docs.values():
            if x in doc and y in doc:
                for label, prf in compare(doc[x], doc[y]).items():
                    total += prf
                    by_label[label] += prf
        pairs[f"{x}~{y}"] = total
    f1s = [p.f1 for p in pairs.values() if p.f1 is not None]
    return {
        "micro": micro_prf(pairs.values()),
        "by_label": dict(sorted(by_label.items())),
        "pairs": pairs,
        "mean_pair_f1": sum(f1s) / len(f1s) if f1s else None,
    }


def pairwise_span_f1(
    docs: Mapping[DocT, Mapping[str, Sequence[Span]]],
    mode: MatchMode,
    labels: Iterable[str] | None = None,
) -> PairwiseAgreement:
    """Span agreement over every pair of annotators, micro-averaged.

    An annotator counts as having annotated a document when it has an entry for it (an empty
    list means "annotated, found nothing"); a pair only compares documents both annotated.
    Within a pair the alphabetically first annotator is the reference (this only matters for
    precision/recall; F1 is symmetric). ``labels`` restricts the comparison to those labels,
    and each of them appears in ``by_label`` even when nobody used it.
    """
    _check_mode(mode)
    keep = None if labels is None else set(labels)

    def compare(a: Sequence[Span], b: Sequence[Span]) -> dict[str, PRF]:
        if keep is not None:
            a = [s for s in a if s[2] in keep]
            b = [s for s in b if s[2] in keep]
        return span_prf_by_label(a, b, mode)

    result = _pairwise(docs, compare)
    if keep is not None:
        result["by_label"] = {lab: result["by_label"].get(lab, PRF()) for lab in sorted(keep)}
    return result


def pairwise_relation_f1(
    docs: Mapping[DocT, Mapping[str, Sequence[Relation]]], mode: MatchMode
) -> PairwiseAgreement:
    """Relation agreement over every pair of annotators, as `pairwise_span_f1` (no labels)."""
    _check_mode(mode)
    result = _pairwise(docs, lambda a, b: {"": relation_prf(a, b, mode)})
    result["by_label"] = {}
    return result
