"""Span matching and PRF used by bench/quality.py."""

from __future__ import annotations

import pytest

from annotate.suggest.evaluate import PRF, match_spans, overlap, prf


def test_overlap_is_relative_to_gold():
    assert overlap((0, 10), (0, 5)) == 0.5
    assert overlap((0, 10), (5, 100)) == 0.5
    assert overlap((0, 10), (20, 30)) == 0.0
    assert overlap((5, 5), (0, 10)) == 0.0


def test_greedy_one_to_one():
    gold = [(0, 10), (12, 20)]
    pred = [(0, 20)]  # one long prediction covers both
    assert match_spans(gold, pred, 0.3) == [(0, 0)]
    assert match_spans(gold, [(0, 9), (12, 20), (0, 2)], 0.8) == [(0, 0), (1, 1)]
    assert match_spans(gold, [(0, 2)], 0.3) == []


def test_prf():
    assert prf(2, 4, 2) == (1.0, 0.5, pytest.approx(2 / 3))
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    acc = PRF()
    acc.add(1, 2, 1)
    acc.add(1, 2, 3)
    assert (acc.precision, acc.recall) == (0.5, 0.5)
