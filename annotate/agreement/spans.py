"""Agreement on spans and relations: precision, recall and F1 under one-to-one matching
(exact, or greedy by overlap), per label and pairwise between annotators. Pure functions.

Spans are half-open character ranges ``(start, end, label)``; relations (QUOTE -> SPEAKER)
are ``((quote_start, quote_end), (speaker_start, speaker_end))``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Literal, TypedDict, TypeVar

DocT = TypeVar("DocT", bound=Hashable)
RaterT = TypeVar("RaterT", bound=Hashable)
Span = tuple[int, int, str]
Relation = tuple[tuple[int, int], tuple[int, int]]
MatchMode = Literal["exact", "overlap"]


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


def greedy_match(
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


def check_mode(mode: str) -> None:
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
        for i, j in greedy_match([xs[i] for i in rest_a], [ys[j] for j in rest_b], score):
            exact.append((rest_a[i], rest_b[j]))
    return sorted(exact)


def match_spans(a: Sequence[Span], b: Sequence[Span], mode: MatchMode) -> list[tuple[int, int]]:
    """1:1 matching of same-label spans, as sorted (index in a, index in b) pairs.

    "exact": same start, end and label. "overlap": same label and a positive character
    overlap; pairs are taken greedily by largest overlap, then smallest union extent (the
    tighter fit), so a long span can match only one of the short spans it covers and the
    result is deterministic.
    """
    check_mode(mode)
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
    check_mode(mode)
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
    check_mode(mode)
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
    check_mode(mode)
    result = _pairwise(docs, lambda a, b: {"": relation_prf(a, b, mode)})
    result["by_label"] = {}
    return result
