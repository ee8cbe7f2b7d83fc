"""Jump labels: prefix-free, short where they can be, nearest the cursor first."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotate.tui.hints import ALPHABET, assign, labels


@given(st.integers(0, len(ALPHABET) ** 2 + 10))
def test_labels_are_distinct_prefix_free_and_as_short_as_the_count_allows(n: int) -> None:
    out = labels(n)
    assert len(out) == min(n, len(ALPHABET) ** 2)
    assert len(set(out)) == len(out)
    for a in out:
        assert all(a == b or not b.startswith(a) for b in out)
        assert set(a) <= set(ALPHABET) and 1 <= len(a) <= 2
    singles = sum(1 for a in out if len(a) == 1)
    # one more single would take a prefix away, and with it room for n labels
    more = singles + 1
    assert n <= len(ALPHABET) or more + (len(ALPHABET) - more) * len(ALPHABET) < n


def test_the_nearest_spans_get_the_one_letter_labels() -> None:
    targets = [(f"t{i}", line) for i, line in enumerate(range(0, 60, 2))]  # 30 spans
    named = assign(targets, cursor=30)
    by_target = {v: k for k, v in named.items()}
    assert by_target["t15"] == ALPHABET[0]  # on the cursor's line
    assert len(by_target["t14"]) == 1 and len(by_target["t0"]) == 2
    assert assign([], 3) == {}
