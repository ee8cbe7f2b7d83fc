"""Jump labels: one or two letters on every span on screen, typed to put the cursor there.

The keyboard answer to "click that span" (as vimium's link hints or EasyMotion): to reach
the wrong suggestion eight lines down the annotator types `g` and the letter drawn over it,
instead of tabbing through the seven right ones before it. Pure functions, no Textual:
the screen asks for the labels, the keystroke oracle plans with the same ones.

Labels are prefix-free, so the letters typed can never be the start of another label:
as many one-letter labels as the count allows, the rest two letters behind the remaining
prefixes. The spans nearest the cursor get the short ones.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

# home row first, then the rows above and below: the easiest letters go to the nearest
ALPHABET = "asdfjklghqweruiopzxcvbnmty"


def labels(count: int, alphabet: str = ALPHABET) -> list[str]:
    """`count` prefix-free labels, shortest first (one letter while the count allows).

    With n letters, s singles and the other n - s letters as prefixes hold
    s + (n - s) * n labels; s is the largest that still holds `count`. Beyond n * n
    spans on one screen (676) there are no more labels: the rest are not labelled.
    """
    n = len(alphabet)
    if count <= 0:
        return []
    if count <= n:
        return list(alphabet[:count])
    count = min(count, n * n)
    singles = max(0, (n * n - count) // (n - 1))
    out = list(alphabet[:singles])
    for prefix in alphabet[singles:]:
        for letter in alphabet:
            if len(out) == count:
                return out
            out.append(prefix + letter)
    return out


def assign(targets: Sequence[tuple[K, int]], cursor: int,
           alphabet: str = ALPHABET) -> dict[str, K]:
    """Label -> target for `(key, line)` targets, the ones on lines nearest the cursor's
    line first (ties: the earlier line, then the given order)."""
    order = sorted(range(len(targets)),
                   key=lambda i: (abs(targets[i][1] - cursor), targets[i][1], i))
    names = labels(len(order), alphabet)
    return {name: targets[i][0] for name, i in zip(names, order, strict=False)}
