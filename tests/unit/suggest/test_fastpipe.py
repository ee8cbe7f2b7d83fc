"""The tabled attribute ruler gives the Docs nlp.pipe gives, token for token."""

from __future__ import annotations

from annotate.suggest.fastpipe import parse
from tests.unit.suggest.fixtures import SEEDS, nlp  # noqa: F401

TEXTS = [
    "We're gonna win, ain't we? I wanna go. He can't.",  # the ruler's multi-token patterns
    "The minister said on Tuesday that the talks, which began in 2019, had failed.",
    "  Spaces\n\nand\tnew lines  ",
    "",
    "U.S. stocks fell 2.5% to $1,200.50 on Monday, the lowest since Oct. 3.",
    *[p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))],
]


def _attrs(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_,
             t.ent_iob_) for t in doc]


def test_same_docs_as_nlp_pipe(nlp):  # noqa: F811
    expected = [_attrs(d) for d in nlp.pipe(TEXTS)]
    assert [_attrs(d) for d in parse(nlp, TEXTS)] == expected
    assert [_attrs(d) for d in parse(nlp, TEXTS)] == expected  # the table once filled
