"""The spaCy Matcher built from ``data/patterns.yaml`` and the schema's cue lists.

Built once per (vocabulary, speech-verb list) and reused for every document: one Matcher
call per document finds every pattern, so the rules look up matches instead of scanning
tokens themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher
from spacy.vocab import Vocab

from annotate.suggest.rulebook import patterns

_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
              "speak": ("spoke",)}
_CACHE: dict[tuple[int, frozenset[str]], tuple[Vocab, Matcher]] = {}


@lru_cache(maxsize=8)
def speech_forms(speech_verbs: frozenset[str]) -> frozenset[str]:
    """Past and third-person forms of the speech verbs ('said', 'says', 'reported')."""
    out: set[str] = set()
    for v in speech_verbs:
        stem = v[:-1] if v.endswith("e") else v
        out.update((f"{v}s", f"{stem}ed", *_IRREGULAR.get(v, ())))
    return frozenset(out)


def _fill(value: Any, lists: dict[str, list[str]]) -> Any:
    """Replace ``$name`` strings in a pattern by the named cue list."""
    if isinstance(value, str) and value.startswith("$"):
        return lists[value[1:]]
    if isinstance(value, dict):
        return {k: _fill(v, lists) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, lists) for v in value]
    return value


def matcher_for(vocab: Vocab, speech_verbs: Iterable[str]) -> Matcher:
    """The Matcher of every pattern in ``patterns.yaml`` for this vocabulary and cue list."""
    verbs = frozenset(speech_verbs)
    key = (id(vocab), verbs)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is vocab:
        return cached[1]
    lists = {"speech_verbs": sorted(verbs), "speech_forms": sorted(speech_forms(verbs))}
    matcher = Matcher(vocab)
    for pid, pats in patterns().items():
        matcher.add(pid, _fill(pats, lists))
    _CACHE[key] = (vocab, matcher)
    return matcher
