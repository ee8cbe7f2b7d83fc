"""Span matching and precision/recall/F1 for the quality benchmark.

Pure functions, no spaCy, so they are unit-tested directly. Overlap is measured against
the gold span (|gold ∩ pred| / |gold|) and spans are matched one-to-one greedily, best
overlap first, so one long prediction cannot be credited for several gold quotes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Span = tuple[int, int]


def overlap(gold: Span, pred: Span) -> float:
    """|gold ∩ pred| / |gold| (0.0 for an empty gold span)."""
    length = gold[1] - gold[0]
    if length <= 0:
        return 0.0
    inter = min(gold[1], pred[1]) - max(gold[0], pred[0])
    return max(0, inter) / length


def match_spans(gold: Sequence[Span], pred: Sequence[Span], threshold: float
                ) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: (gold index, pred index) pairs with overlap ≥ threshold."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = overlap(g, p)
            if ov >= threshold and ov > 0:
                pairs.append((ov, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return sorted(out)


@dataclass
class PRF:
    """Counts and the derived precision, recall and F1."""

    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0

    def add(self, tp: int, n_gold: int, n_pred: int) -> None:
        self.tp += tp
        self.n_gold += n_gold
        self.n_pred += n_pred

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    """(precision, recall, F1) from counts."""
    s = PRF(tp, n_gold, n_pred)
    return s.precision, s.recall, s.f1
