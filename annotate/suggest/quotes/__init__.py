"""QUOTE spans with their cue and speaker mention: the rule families and their resolver.

Each family is a pure function of a :class:`~annotate.suggest.context.DocContext` that
yields :class:`~annotate.suggest.candidates.Candidate` objects, and can be run and tested
alone (``FAMILIES["tails"](ctx)``):

- ``direct`` (:mod:`.direct`): quotes in quotation marks, their speech verb on either side,
  partial quotes inside indirect content, quotes nested in quotes;
- ``headlines`` (:mod:`.headlines`): title lines ("... — NATO Secretary General",
  "Brandt: ...");
- ``tails`` (:mod:`.tails`): fronted content with a final attribution ("..., Stoltenberg
  explains.", "... - Stoltenberg stressed.", "A, he said, and B.");
- ``according`` (:mod:`.according`): "according to X, ..." and "..., according to X.";
- ``as_reported`` (:mod:`.as_reported`): "As X reported, ...", "As reported by X, ..." and
  "X is reportedly ...";
- ``questions`` (:mod:`.questions`): "asked whether ...", "was asked about ...";
- ``indirect`` (:mod:`.indirect`): "X said (that) ...", "X called on Y to ...";
- ``nouns`` (:mod:`.nouns`): "his claim that ...", "the announcement that ...".

:func:`~annotate.suggest.resolve.resolve` then keeps, by the precedence each rule declares
in ``data/rules.yaml``, the candidates whose cue and text no stronger one explained.

SPEAKER mentions are the subject (or inverted subject) as the parser gives it, with the
fixes of :mod:`annotate.suggest.speakers`; cue words come from the schema (``cues``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from annotate.suggest.candidates import Candidate, Quote
from annotate.suggest.context import DocContext
from annotate.suggest.quotes.according import according_to
from annotate.suggest.quotes.as_reported import as_reported
from annotate.suggest.quotes.direct import direct
from annotate.suggest.quotes.headlines import headlines
from annotate.suggest.quotes.indirect import indirect
from annotate.suggest.quotes.nouns import noun_cues
from annotate.suggest.quotes.questions import questions
from annotate.suggest.quotes.tails import tails
from annotate.suggest.resolve import resolve

Family = Callable[[DocContext], Iterable[Candidate]]

#: every family by name, in no particular order: precedence comes from the rule data
FAMILIES: dict[str, Family] = {
    "direct": direct,
    "headlines": headlines,
    "tails": tails,
    "according": according_to,
    "as_reported": as_reported,
    "questions": questions,
    "indirect": indirect,
    "nouns": noun_cues,
}


def candidates(ctx: DocContext) -> list[Candidate]:
    """What every family proposes for the document."""
    return [c for family in FAMILIES.values() for c in family(ctx)]


def find_quotes(ctx: DocContext) -> list[Quote]:
    """The quotes of the document, in text order, after the resolver."""
    return resolve(ctx, candidates(ctx))
