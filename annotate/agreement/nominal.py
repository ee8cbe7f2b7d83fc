"""Nominal agreement on stance: percent agreement, Krippendorff's alpha, Gwet's AC1, Cohen's
and Fleiss' kappa, and alpha's bootstrap interval. Pure functions over plain data.

Stance data is ``{unit_id: {annotator: value | None}}``; ``None`` means "not rated". A unit
whose values are all missing carries no information and is dropped by every metric. Every
metric returns ``None`` rather than NaN or an exception when it is undefined (no pairable
units, or a chance term that leaves a zero denominator), so a report can print "n/a" instead
of a number that looks meaningful. Bad *arguments* (e.g. ``q < 2``) still raise ``ValueError``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

# Unit and annotator ids are type variables rather than plain ``Hashable``: mapping keys are
# invariant, so ``dict[int, ...]`` or ``dict[str, ...]`` would not be accepted where
# ``Mapping[Hashable, ...]`` is asked for.
UnitT = TypeVar("UnitT", bound=Hashable)
RaterT = TypeVar("RaterT", bound=Hashable)
StanceData = Mapping[UnitT, Mapping[RaterT, Hashable | None]]


# --- Stance: nominal agreement over units --------------------------------------------------------


def _units(data: StanceData[UnitT, RaterT]) -> list[list[Hashable]]:
    """Non-missing values of each unit, dropping units with no value at all."""
    units = [[v for v in ratings.values() if v is not None] for ratings in data.values()]
    return [u for u in units if u]


def _pairable(units: list[list[Hashable]]) -> list[list[Hashable]]:
    """Units with at least two values: the only ones that can show (dis)agreement."""
    return [u for u in units if len(u) >= 2]


def unit_agreement(values: list[Hashable]) -> float:
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
    return sum(unit_agreement(u) for u in units) / len(units)


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
    p_bar = sum(unit_agreement(u) for u in units) / n
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
