"""How the app names, keys and colours the store's flag kinds (`annotate.store.flags`).

Plain data, shared by the flag picker, the side panel and the queue, so a kind reads the
same everywhere. The store owns which kinds exist; a test checks this table covers them.
"""

from __future__ import annotations

from dataclasses import dataclass

FLAG_MARK = "⚑"


@dataclass(frozen=True)
class FlagKind:
    name: str        # the store's kind
    key: str         # its key in the flag picker
    shown: str       # how it reads on screen
    style: str


FLAG_KINDS: list[FlagKind] = [
    FlagKind("unsure", "u", "unsure", "bold black on yellow"),
    FlagKind("broken_text", "b", "broken text", "bold white on red"),
    FlagKind("discuss", "d", "needs discussion", "bold black on cyan"),
]
BY_NAME = {k.name: k for k in FLAG_KINDS}


def shown(kind: str) -> str:
    """A kind as it reads on screen (an unknown one, from a newer store, as it is stored)."""
    known = BY_NAME.get(kind)
    return known.shown if known is not None else kind.replace("_", " ")
