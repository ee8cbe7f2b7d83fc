"""What every attribution rule shares: the hit it yields and a few token tests.

The rules themselves live in one module per family, run by
:func:`annotate.suggest.quotes.find_quotes` in this order:

- :mod:`~annotate.suggest.attr_direct`: the speech verb of a direct quote;
- :mod:`~annotate.suggest.attr_headlines`: title lines ("... — NATO Secretary General",
  "Brandt: ...");
- :mod:`~annotate.suggest.attr_tails`: fronted content with a final attribution;
- :mod:`~annotate.suggest.attr_according`: "according to X";
- :mod:`~annotate.suggest.attr_indirect`: indirect speech ("X said (that) ...");

with two helpers the direct and indirect rules both need:
:mod:`~annotate.suggest.attr_content` (where a speech verb's content begins) and
:mod:`~annotate.suggest.attr_coordination` (coordinated reports and their shared subject).

Each rule looks only at a few tokens around a speech-verb candidate (found once per
document from lemmas, see :class:`~annotate.suggest.textutil.DocIndex`) or around a regex
match, so the cost per document is linear in its length. The small parser is often wrong
on news text (long appositions, translated prose), so rules check word order themselves
and use the parse only where it helps (the subject of the verb).

This module is the bottom of that graph (it imports no rule family), so every family can
use it without import cycles.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotate.suggest.speakers import Mention
from annotate.suggest.textutil import DocIndex

QUOTE_CHARS = frozenset("\"“”«»„")
SENT_PUNCT = frozenset({".", "!", "?"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})
NP_START = frozenset({"DET", "PROPN", "PRON", "NOUN", "ADJ", "NUM"})


@dataclass
class QuoteHit:
    """One suggested quote before keys are assigned."""

    start: int
    end: int
    rule: str
    score: float
    cue: tuple[int, int] | None = None  # char span of the cue
    speaker: Mention | None = None  # token span of the speaker mention


def cue_span(idx: DocIndex, verb_i: int) -> tuple[int, int]:
    t = idx.doc[verb_i]
    return t.idx, t.idx + len(t.text)


def is_quote_tok(text: str) -> bool:
    return any(c in QUOTE_CHARS for c in text)
