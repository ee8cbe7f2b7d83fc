"""Agreement metrics against published worked examples, hand arithmetic and properties."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotate.agreement import (
    PRF,
    bootstrap_alpha_ci,
    cohen_kappa,
    coincidence_matrix,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha_nominal,
    match_relations,
    match_spans,
    micro_prf,
    pairwise_relation_f1,
    pairwise_span_f1,
    percent_agreement,
    relation_prf,
    span_prf,
    span_prf_by_label,
)

# --- published data sets ------------------------------------------------------------------------

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C (nominal data,
# 4 observers x 12 units, missing values); published alpha = 0.743.
_KRIPP_ROWS = {
    "A": "1 2 3 3 2 1 4 1 2 . . .",
    "B": "1 2 3 3 2 2 4 1 2 5 . 3",
    "C": ". 3 3 3 2 3 4 2 2 5 1 .",
    "D": "1 2 3 3 2 4 4 1 2 5 1 .",
}
KRIPP = {
    unit: {
        obs: None if row.split()[unit] == "." else int(row.split()[unit])
        for obs, row in _KRIPP_ROWS.items()
    }
    for unit in range(12)
}

# Wikipedia, "Fleiss' kappa", worked example: 10 subjects x 14 raters x 5 categories; 0.210.
_FLEISS_TABLE = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def _from_counts(table: list[list[int]]) -> dict[int, dict[str, int]]:
    """Per-rater data from a subject x category count table (rater ids assigned in order)."""
    data = {}
    for subject, row in enumerate(table):
        values = [cat + 1 for cat, count in enumerate(row) for _ in range(count)]
        data[subject] = {f"r{i}": v for i, v in enumerate(values)}
    return data


def _two_raters(table: list[list[int]], cats: list[str]) -> dict[int, dict[str, str]]:
    """Units for raters a and b from a 2-rater contingency table (rows = a, columns = b)."""
    pairs = [
        (x, y) for i, x in enumerate(cats) for j, y in enumerate(cats) for _ in range(table[i][j])
    ]
    return {u: {"a": x, "b": y} for u, (x, y) in enumerate(pairs)}


# Cohen: a=yes&b=yes 20, a=yes&b=no 5, a=no&b=yes 10, a=no&b=no 15.
COHEN = _two_raters([[20, 5], [10, 15]], ["yes", "no"])

# --- Krippendorff's alpha -----------------------------------------------------------------------


def test_krippendorff_published_nominal_example() -> None:
    assert round(krippendorff_alpha_nominal(KRIPP), 3) == 0.743


def test_coincidence_matrix_matches_published_table() -> None:
    o = coincidence_matrix(KRIPP)
    # Krippendorff (2011) lists o_11=7, o_12=4/3, o_22=10, o_33=8, o_44=4, o_55=3 and n=40
    # (unit 12 has a single value and is left out).
    assert o[(1, 1)] == pytest.approx(7)
    assert o[(1, 2)] == pytest.approx(4 / 3) == o[(2, 1)]
    assert o[(2, 2)] == pytest.approx(10)
    assert o[(3, 3)] == pytest.approx(8)
    assert o[(4, 4)] == pytest.approx(4)
    assert o[(5, 5)] == pytest.approx(3)
    assert sum(o.values()) == pytest.approx(40)


def test_alpha_ignores_units_with_fewer_than_two_values() -> None:
    extra = {**KRIPP, "lonely": {"A": 7, "B": None}, "empty": {"A": None}}
    assert krippendorff_alpha_nominal(extra) == krippendorff_alpha_nominal(KRIPP)


def test_alpha_undefined_cases_return_none() -> None:
    # D_e == 0 with every value identical: undefined, deliberately not 1.0.
    assert krippendorff_alpha_nominal({1: {"a": "x", "b": "x"}, 2: {"a": "x", "b": "x"}}) is None
    assert krippendorff_alpha_nominal({1: {"a": "x", "b": None}}) is None  # nothing pairable
    assert krippendorff_alpha_nominal({}) is None


def test_alpha_perfect_and_systematic_disagreement() -> None:
    assert krippendorff_alpha_nominal({1: {"a": "x", "b": "x"}, 2: {"a": "y", "b": "y"}}) == 1.0
    # Two split units: sum_{c!=k} o_ck = 4, n = 4, sum_{c!=k} n_c n_k = 8 -> 1 - 3 * 4 / 8
    assert krippendorff_alpha_nominal({1: {"a": "x", "b": "y"}, 2: {"a": "y", "b": "x"}}) == -0.5


# --- Fleiss' and Cohen's kappa ------------------------------------------------------------------


def test_fleiss_wikipedia_example() -> None:
    assert round(fleiss_kappa(_from_counts(_FLEISS_TABLE)), 3) == 0.210


def test_fleiss_requires_equal_number_of_ratings() -> None:
    assert fleiss_kappa(KRIPP) is None  # units have 1 to 4 ratings
    assert fleiss_kappa({1: {"a": "x"}, 2: {"a": "y"}}) is None  # m = 1
    assert fleiss_kappa({1: {"a": "x", "b": "x"}, 2: {"a": "x", "b": "x"}}) is None  # P_e = 1
    # A unit nobody rated is dropped, not counted as a unit with 0 ratings.
    data = _from_counts(_FLEISS_TABLE)
    assert fleiss_kappa({**data, "none": {"r0": None}}) == fleiss_kappa(data)


def test_cohen_published_table() -> None:
    # p_o = 35/50 = .7; p_e = .5 * .6 + .5 * .4 = .5; kappa = .2 / .5
    assert round(cohen_kappa(COHEN, "a", "b"), 3) == 0.400
    assert cohen_kappa(COHEN, "b", "a") == pytest.approx(cohen_kappa(COHEN, "a", "b"))


def test_cohen_uses_only_units_both_rated() -> None:
    extra = {**COHEN, "x1": {"a": "yes"}, "x2": {"a": None, "b": "no"}, "x3": {"c": "no"}}
    assert cohen_kappa(extra, "a", "b") == pytest.approx(0.4)
    assert cohen_kappa(extra, "a", "c") is None
    assert cohen_kappa({1: {"a": "x", "b": "x"}}, "a", "b") is None  # p_e == 1


# --- percent agreement and Gwet's AC1 -----------------------------------------------------------

# Hand example: 3 raters, q = 3 categories, missing ratings.
#   u1: a a a   r=3, agreement 3*2/(3*2) = 1
#   u2: a b .   r=2, agreement 0
#   u3: b b c   r=3, agreement 2*1/(3*2) = 1/3
#   u4: c . .   r=1, not pairable: out of p_a, but in pi_k (n = 4 units with a rating)
# p_a  = (1 + 0 + 1/3) / 3 = 4/9
# pi_a = (3/3 + 1/2 + 0 + 0) / 4 = 3/8
# pi_b = (0 + 1/2 + 2/3 + 0) / 4 = 7/24
# pi_c = (0 + 0 + 1/3 + 1) / 4 = 1/3
# p_e  = [3/8 * 5/8 + 7/24 * 17/24 + 1/3 * 2/3] / (q - 1) = (382/576) / 2 = 191/576
# AC1  = (4/9 - 191/576) / (1 - 191/576) = (65/576) / (385/576) = 13/77 ~ 0.169
GWET_HAND = {
    "u1": {"r1": "a", "r2": "a", "r3": "a"},
    "u2": {"r1": "a", "r2": "b", "r3": None},
    "u3": {"r1": "b", "r2": "b", "r3": "c"},
    "u4": {"r1": "c", "r2": None, "r3": None},
}


def test_percent_agreement_hand_example() -> None:
    assert percent_agreement(GWET_HAND) == pytest.approx(4 / 9)
    assert percent_agreement({1: {"a": "x", "b": None}}) is None


def test_gwet_ac1_hand_example() -> None:
    assert gwet_ac1(GWET_HAND, q=3) == pytest.approx(13 / 77)
    assert round(gwet_ac1(GWET_HAND, q=3), 3) == 0.169


def _classic_ac1(data: dict, q: int) -> float:
    """Gwet (2008) two-rater AC1: pi_k = (p_Ak + p_Bk) / 2, p_e = sum pi_k(1-pi_k) / (q-1)."""
    n = len(data)
    pa = sum(r["a"] == r["b"] for r in data.values()) / n
    ca, cb = Counter(r["a"] for r in data.values()), Counter(r["b"] for r in data.values())
    pi = [(ca[k] + cb[k]) / (2 * n) for k in ca.keys() | cb.keys()]
    pe = sum(p * (1 - p) for p in pi) / (q - 1)
    return (pa - pe) / (1 - pe)


def test_gwet_ac1_two_raters_on_cohen_table() -> None:
    # p_a = .7, pi_yes = 55/100, p_e = 2 * .55 * .45 = .495, AC1 = .205 / .505
    assert gwet_ac1(COHEN, q=2) == pytest.approx(0.205 / 0.505)
    assert gwet_ac1(COHEN, q=2) == pytest.approx(_classic_ac1(COHEN, 2))


@given(
    st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), min_size=1, max_size=30),
    st.integers(4, 6),
)
def test_gwet_ac1_equals_classic_two_rater_formula(pairs: list, q: int) -> None:
    data = {u: {"a": x, "b": y} for u, (x, y) in enumerate(pairs)}
    assert gwet_ac1(data, q) == pytest.approx(_classic_ac1(data, q))


def test_gwet_ac1_bad_arguments_and_undefined() -> None:
    with pytest.raises(ValueError):
        gwet_ac1(GWET_HAND, q=1)
    with pytest.raises(ValueError):
        gwet_ac1(GWET_HAND, q=2)  # three values seen
    assert gwet_ac1({1: {"a": "x"}}, q=2) is None


def test_gwet_ac1_stays_defined_where_alpha_is_not() -> None:
    same = {u: {"a": "x", "b": "x"} for u in range(5)}
    assert krippendorff_alpha_nominal(same) is None
    assert gwet_ac1(same, q=3) == 1.0


# --- bootstrap ----------------------------------------------------------------------------------


def test_bootstrap_is_deterministic_and_brackets() -> None:
    first = bootstrap_alpha_ci(KRIPP, n=500, seed=7)
    assert first == bootstrap_alpha_ci(KRIPP, n=500, seed=7)
    assert first != bootstrap_alpha_ci(KRIPP, n=500, seed=8)
    lo, hi = first
    assert -1 <= lo <= krippendorff_alpha_nominal(KRIPP) <= hi <= 1


def test_bootstrap_undefined_and_bad_arguments() -> None:
    assert bootstrap_alpha_ci({1: {"a": "x", "b": "x"}}) is None
    assert bootstrap_alpha_ci({1: {"a": "x"}}) is None
    with pytest.raises(ValueError):
        bootstrap_alpha_ci(KRIPP, n=0)
    with pytest.raises(ValueError):
        bootstrap_alpha_ci(KRIPP, alpha=1.5)


# --- stance properties --------------------------------------------------------------------------

_unit = st.dictionaries(
    st.sampled_from(["a", "b", "c", "d"]), st.one_of(st.none(), st.sampled_from("xyz"))
)


@given(st.lists(_unit, max_size=15))
def test_alpha_at_most_one(units: list) -> None:
    data = dict(enumerate(units))
    alpha = krippendorff_alpha_nominal(data)
    assert alpha is None or alpha <= 1 + 1e-12
    pa = percent_agreement(data)
    assert pa is None or 0 <= pa <= 1


@given(st.lists(st.tuples(st.sampled_from("xyz"), st.integers(2, 5)), min_size=2, max_size=12))
def test_perfect_agreement_gives_alpha_one(units: list) -> None:
    data = {u: {f"r{i}": value for i in range(m)} for u, (value, m) in enumerate(units)}
    alpha = krippendorff_alpha_nominal(data)
    if len({value for value, _ in units}) >= 2:
        assert alpha == 1.0
    else:
        assert alpha is None


# --- spans --------------------------------------------------------------------------------------


def test_exact_versus_overlap() -> None:
    a = [(0, 10, "QUOTE"), (20, 25, "SPEAKER")]
    b = [(0, 9, "QUOTE"), (20, 25, "SPEAKER")]
    assert match_spans(a, b, "exact") == [(1, 1)]
    assert match_spans(a, b, "overlap") == [(0, 0), (1, 1)]
    exact = span_prf(a, b, "exact")
    assert (exact.tp, exact.fp, exact.fn) == (1, 1, 1)
    assert exact.f1 == 0.5
    assert span_prf(a, b, "overlap").f1 == 1.0


def test_labels_must_agree() -> None:
    a, b = [(0, 10, "QUOTE")], [(0, 10, "SPEAKER")]
    assert match_spans(a, b, "exact") == match_spans(a, b, "overlap") == []
    assert span_prf(a, b, "overlap") == PRF(tp=0, fp=1, fn=1)


def test_touching_spans_do_not_overlap() -> None:
    assert match_spans([(0, 5, "Q")], [(5, 9, "Q")], "overlap") == []


def test_one_long_span_matches_only_one_short_span() -> None:
    a = [(0, 100, "QUOTE")]
    b = [(0, 30, "QUOTE"), (40, 90, "QUOTE")]
    assert match_spans(a, b, "overlap") == [(0, 1)]  # the larger overlap wins
    prf = span_prf(a, b, "overlap")
    assert (prf.tp, prf.fp, prf.fn) == (1, 1, 0)
    assert prf.precision == 0.5 and prf.recall == 1.0


def test_greedy_prefers_largest_overlap_then_tightest() -> None:
    a = [(0, 10, "Q"), (8, 20, "Q")]
    b = [(5, 18, "Q")]
    assert match_spans(a, b, "overlap") == [(1, 0)]  # overlap 10 beats 5
    # Equal overlap: the span with the smaller union is the better fit.
    assert match_spans([(0, 10, "Q"), (0, 12, "Q")], [(0, 10, "Q")], "overlap") == [(0, 0)]
    assert match_spans([(0, 12, "Q"), (0, 10, "Q")], [(0, 10, "Q")], "overlap") == [(1, 0)]


def test_duplicates_match_one_to_one() -> None:
    a = [(0, 5, "Q"), (0, 5, "Q")]
    assert span_prf(a, [(0, 5, "Q")], "exact") == PRF(tp=1, fp=0, fn=1)


def test_json_lists_are_accepted() -> None:
    assert match_spans([[0, 5, "Q"]], [(0, 5, "Q")], "exact") == [(0, 0)]


def test_empty_sides_and_to_dict() -> None:
    both_empty = span_prf([], [], "exact")
    assert both_empty.to_dict() == {
        "precision": None,
        "recall": None,
        "f1": None,
        "tp": 0,
        "fp": 0,
        "fn": 0,
    }
    missed = span_prf([(0, 5, "Q")], [], "exact")
    assert (missed.precision, missed.recall, missed.f1) == (None, 0.0, 0.0)


def test_bad_mode_raises() -> None:
    with pytest.raises(ValueError):
        match_spans([], [], "fuzzy")  # type: ignore[arg-type]


def test_by_label_and_micro() -> None:
    a = [(0, 10, "QUOTE"), (12, 15, "SPEAKER"), (30, 35, "DATE")]
    b = [(0, 10, "QUOTE"), (12, 14, "SPEAKER")]
    by_label = span_prf_by_label(a, b, "exact")
    assert by_label == {
        "DATE": PRF(0, 0, 1),
        "QUOTE": PRF(1, 0, 0),
        "SPEAKER": PRF(0, 1, 1),
    }
    assert micro_prf(by_label.values()) == span_prf(a, b, "exact") == PRF(1, 1, 2)
    assert micro_prf([]) == PRF()


def test_pairwise_span_f1() -> None:
    docs = {
        "d1": {
            "ann": [(0, 10, "QUOTE"), (12, 15, "SPEAKER")],
            "bob": [(0, 10, "QUOTE"), (12, 15, "SPEAKER")],
            "cat": [(0, 8, "QUOTE")],
        },
        "d2": {"ann": [(0, 4, "QUOTE")], "bob": []},  # cat did not annotate d2
    }
    result = pairwise_span_f1(docs, "exact")
    assert list(result["pairs"]) == ["ann~bob", "ann~cat", "bob~cat"]
    assert result["pairs"]["ann~bob"] == PRF(tp=2, fp=0, fn=1)
    assert result["pairs"]["ann~cat"] == PRF(tp=0, fp=1, fn=2)  # d2 not counted for cat
    assert result["pairs"]["bob~cat"] == PRF(tp=0, fp=1, fn=2)
    assert result["micro"] == PRF(tp=2, fp=2, fn=5)
    assert result["by_label"] == {"QUOTE": PRF(1, 2, 3), "SPEAKER": PRF(1, 0, 2)}
    assert result["mean_pair_f1"] == pytest.approx((0.8 + 0 + 0) / 3)

    overlap = pairwise_span_f1(docs, "overlap", labels=["QUOTE", "DATE"])
    assert overlap["pairs"]["ann~cat"] == PRF(tp=1, fp=0, fn=0)
    assert overlap["by_label"] == {"DATE": PRF(), "QUOTE": PRF(tp=3, fp=0, fn=1)}
    assert overlap["micro"] == PRF(tp=3, fp=0, fn=1)


def test_pairwise_with_one_annotator() -> None:
    result = pairwise_span_f1({"d": {"ann": [(0, 1, "Q")]}}, "exact")
    assert result["pairs"] == {} and result["micro"] == PRF() and result["mean_pair_f1"] is None


_spans = st.lists(
    st.builds(
        lambda s, n, lab: (s, s + n, lab),
        st.integers(0, 30),
        st.integers(1, 10),
        st.sampled_from(["QUOTE", "SPEAKER"]),
    ),
    max_size=8,
)


@given(_spans, _spans, st.sampled_from(["exact", "overlap"]))
def test_span_f1_symmetric(a: list, b: list, mode: str) -> None:
    ab, ba = span_prf(a, b, mode), span_prf(b, a, mode)
    assert ab.f1 == ba.f1
    assert (ab.precision, ab.recall) == (ba.recall, ba.precision)
    assert sorted(match_spans(a, b, mode)) == sorted((j, i) for i, j in match_spans(b, a, mode))


# --- relations ----------------------------------------------------------------------------------


def test_relation_exact_and_overlap() -> None:
    a = [((0, 20), (25, 30)), ((40, 60), (62, 66))]
    b = [((0, 20), (25, 30)), ((41, 60), (62, 65)), ((70, 80), (25, 30))]
    assert match_relations(a, b, "exact") == [(0, 0)]
    assert relation_prf(a, b, "exact") == PRF(tp=1, fp=2, fn=1)
    assert match_relations(a, b, "overlap") == [(0, 0), (1, 1)]
    assert relation_prf(a, b, "overlap") == PRF(tp=2, fp=1, fn=0)


def test_relation_needs_both_ends() -> None:
    # Same quote, different speaker mention: no match even in overlap mode.
    assert relation_prf([((0, 20), (25, 30))], [((0, 20), (40, 45))], "overlap").f1 == 0.0


def test_relation_one_to_one() -> None:
    a = [((0, 50), (60, 65))]
    b = [((0, 20), (60, 65)), ((10, 50), (60, 65))]
    assert match_relations(a, b, "overlap") == [(0, 1)]  # overlap 40 + 5 beats 20 + 5


def test_pairwise_relation_f1() -> None:
    rel = ((0, 20), (25, 30))
    docs = {"d1": {"ann": [rel], "bob": [rel]}, "d2": {"ann": [rel], "bob": []}}
    result = pairwise_relation_f1(docs, "exact")
    assert result["pairs"] == {"ann~bob": PRF(tp=1, fp=0, fn=1)}
    assert result["micro"].f1 == pytest.approx(2 / 3)
    assert result["by_label"] == {}


_SPANS = st.lists(st.tuples(st.integers(0, 12), st.integers(1, 6), st.sampled_from("AB")).map(
    lambda t: (t[0], t[0] + t[1], t[2])), max_size=7)


@given(a=_SPANS, b=_SPANS)
def test_exact_pairs_first_is_the_plain_greedy_matching(a: list, b: list) -> None:
    """Pairing identical spans before the greedy pass changes nothing (it is only faster)."""
    from annotate.agreement.spans import _overlap
    from annotate.agreement.spans import greedy_match as _greedy_match

    def score(x: tuple, y: tuple) -> tuple | None:
        if x[2] != y[2]:
            return None
        ov, union = _overlap(x[:2], y[:2])
        return (-ov, union) if ov > 0 else None

    assert match_spans(a, b, "overlap") == _greedy_match(a, b, score)
    assert match_spans(a, b, "exact") == _greedy_match(
        a, b, lambda x, y: (0,) if x == y else None)
