"""Parsing with the pipeline's own components, its attribute ruler served from a table.

spaCy's ``attribute_ruler`` maps each token's tag (and a few word forms) to its coarse POS,
morphology and some lemmas with a Matcher of some 180 patterns run over every token: about
an eighth of the small English pipeline's time. Almost all of those patterns look at one
token only (its TAG, LOWER, DEP and IS_SPACE), so their outcome for a token is a function of
those four values: :class:`TabledAttributeRuler` computes it once per distinct combination
(by running the real ruler on a one-token Doc) and then copies it onto the Doc's arrays.
A document where a pattern of several tokens matches ("gon na", "ai n't") goes through the
real ruler, so the result is always the ruler's own (tests compare them token by token).

:func:`parse` is ``nlp.pipe`` over the same components in the same order with that one
replaced; any other pipeline, or one without a standard attribute ruler, is piped as is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

#: distinct (tag, lower, dep, is_space) combinations kept; the table starts again when full,
#: so memory stays bounded on any corpus
MAX_ENTRIES = 200_000


class TabledAttributeRuler:
    """An attribute ruler's single-token outcomes, computed once per token type."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        self.multi = Matcher(self.vocab)
        for n, pattern in enumerate(ruler.patterns):
            alternatives: list[list[dict[str, Any]]] = list(pattern["patterns"])  # type: ignore[arg-type]
            if any(len(alternative) > 1 for alternative in alternatives):
                self.multi.add(f"multi{n}", alternatives)
        self.table: dict[tuple[int, ...], tuple[int, int, int, int, int]] = {}

    def _outcome(self, key: tuple[int, ...]) -> tuple[int, int, int, int, int]:
        tag, lower, dep, _ = key
        strings = self.vocab.strings
        one = Doc(self.vocab, words=[strings[lower]], spaces=[False], tags=[strings[tag]],
                  deps=[strings[dep]], heads=[0])
        token = self.ruler(one)[0]
        morph = int(token.morph.key)  # type: ignore[attr-defined]  # missing from the stubs
        return token.pos, morph, token.lemma, token.tag, token.dep

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or self.multi(doc):
            return self.ruler(doc)
        keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        out = doc.to_array([POS, MORPH, LEMMA]).astype("uint64")
        changed: list[tuple[int, int, int]] = []  # tokens whose tag or dep the ruler sets
        if len(self.table) > MAX_ENTRIES:
            self.table.clear()
        for i, raw in enumerate(keys):
            key = tuple(raw)
            found = self.table.get(key)
            if found is None:
                found = self.table[key] = self._outcome(key)
            pos, morph, lemma, tag, dep = found
            out[i, 0], out[i, 1] = pos, morph
            if lemma:
                out[i, 2] = lemma
            if tag != key[0] or dep != key[2]:
                changed.append((i, tag, dep))
        doc.from_array([POS, MORPH, LEMMA], out)  # type: ignore[arg-type]  # an int array
        for i, tag, dep in changed:
            doc[i].tag, doc[i].dep = tag, dep
        return doc

    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def _tabled(nlp: Language) -> TabledAttributeRuler | None:
    """The table for ``nlp``'s attribute ruler (kept on the pipeline object), if standard."""
    if "attribute_ruler" not in nlp.pipe_names:
        return None
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return None
    cached = getattr(nlp, "_annotate_tabled_ruler", None)
    if cached is None or cached.ruler is not ruler:
        cached = TabledAttributeRuler(ruler)
        nlp._annotate_tabled_ruler = cached  # type: ignore[attr-defined]
    return cached


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """The Docs ``nlp.pipe(texts)`` gives, lazily, with the attribute ruler tabled."""
    tabled = _tabled(nlp)
    if tabled is None:
        yield from nlp.pipe(texts, batch_size=batch_size)
        return
    docs: Iterator[Doc] = (nlp.make_doc(text) for text in texts)
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":
            docs = tabled.pipe(docs)
        elif hasattr(proc, "pipe"):
            docs = proc.pipe(docs, batch_size=batch_size)
        else:
            docs = map(proc, docs)
    yield from docs
