"""The patterns of ``data/patterns.yaml``, built for a vocabulary and the schema's cue lists.

They are spaCy Matcher patterns, run so that suggesting stays cheap next to the parse:

- a pattern of single tokens tested only on LEMMA, LOWER, POS and TAG (the speech verbs,
  "today") is a set lookup on the Doc's attribute columns (``Doc.to_array``);
- any other pattern runs in spaCy's Matcher, but only on short windows around the tokens
  it cannot match without (its first required token: "ask" for "asked ... whether"), so a
  document without them costs nothing and long documents cost little.

Built once per (vocabulary, speech-verb list) and reused for every document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.matcher import Matcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

from annotate.suggest.rulebook import patterns

_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
              "speak": ("spoke",)}
_ARRAY_ATTRS = {"LEMMA": 0, "LOWER": 1, "POS": 2, "TAG": 3}
_CACHE: dict[tuple[int, frozenset[str]], tuple[Vocab, PatternSet]] = {}


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


def _values(spec: Any) -> list[str] | None:
    """The accepted values of a token predicate (``"x"`` or ``{"IN": [...]}``)."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return [str(v) for v in spec["IN"]]
    return None


@dataclass
class _Vectorized:
    """Single-token patterns as sets of attribute values per attribute column."""

    alternatives: list[list[tuple[int, frozenset[int]]]]  # per alternative: (column, values)

    def run(self, cols: list[list[int]]) -> list[tuple[int, int]]:
        hits: set[int] = set()
        for tests in self.alternatives:
            (col, values), rest = tests[0], tests[1:]
            first = cols[col]
            hits.update(i for i, v in enumerate(first) if v in values and all(
                cols[c][i] in vs for c, vs in rest))
        return [(i, i + 1) for i in sorted(hits)]


@dataclass
class _Windowed:
    """A spaCy Matcher run only around tokens the pattern cannot match without."""

    matcher: Matcher
    triggers: list[tuple[int, frozenset[int], int]]  # (column, values, offset in the pattern)
    reach: int  # the longest the pattern can be

    def run(self, doc: Doc, cols: list[list[int]]) -> list[tuple[int, int]]:
        starts: set[int] = set()
        for col, values, offset in self.triggers:
            starts.update(max(0, i - offset) for i, v in enumerate(cols[col]) if v in values)
        out: set[tuple[int, int]] = set()
        windows: list[list[int]] = []  # [start, end), overlapping ones merged
        for s in sorted(starts):
            end = min(len(doc), s + self.reach)
            if windows and s <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], end)
            else:
                windows.append([s, end])
        for s, end in windows:
            for _, a, b in self.matcher(doc[s:end]):
                out.add((s + a, s + b))
        return sorted(out)


class PatternSet:
    """Every pattern of ``patterns.yaml``, each run the cheapest way it allows."""

    def __init__(self, vocab: Vocab, speech_verbs: frozenset[str]) -> None:
        lists = {"speech_verbs": sorted(speech_verbs),
                 "speech_forms": sorted(speech_forms(speech_verbs))}
        self._vectorized: dict[str, _Vectorized] = {}
        self._windowed: dict[str, _Windowed] = {}
        for pid, pats in patterns().items():
            filled = _fill(pats, lists)
            vec = self._vectorize(vocab, filled)
            if vec is not None:
                self._vectorized[pid] = vec
            else:
                self._windowed[pid] = self._window(vocab, pid, filled)

    @staticmethod
    def _column(vocab: Vocab, key: str, values: list[str]) -> tuple[int, frozenset[int]]:
        if key == "POS":
            ids = [POS_IDS[v] for v in values]
        else:
            ids = [vocab.strings.add(v) for v in values]
        return _ARRAY_ATTRS[key], frozenset(int(i) for i in ids)

    def _vectorize(self, vocab: Vocab, pats: list[list[dict[str, Any]]]) -> _Vectorized | None:
        alternatives = []
        for pat in pats:
            if len(pat) != 1 or not set(pat[0]) <= set(_ARRAY_ATTRS):
                return None
            tests = []
            for key, spec in pat[0].items():
                values = _values(spec)
                if values is None:
                    return None
                tests.append(self._column(vocab, key, values))
            alternatives.append(tests)
        return _Vectorized(alternatives)

    def _window(self, vocab: Vocab, pid: str, pats: list[list[dict[str, Any]]]) -> _Windowed:
        matcher = Matcher(vocab)
        matcher.add(pid, pats)
        triggers = []
        reach = 0
        for pat in pats:
            length = 0
            trigger = None
            for offset, tok in enumerate(pat):
                op = str(tok.get("OP", ""))
                if op.startswith("{"):
                    length += int(op.strip("{}").split(",")[-1] or 10)
                else:
                    length += 1
                if trigger is None and op in {"", "!"} and op != "!":
                    for key in ("LEMMA", "LOWER"):
                        values = _values(tok.get(key))
                        if values is not None:
                            col, ids = self._column(vocab, key, values)
                            trigger = (col, ids, offset)
                            break
            if trigger is None:  # no token to look for: match the whole document
                trigger = (_ARRAY_ATTRS["POS"], frozenset(POS_IDS.values()), 0)
            triggers.append(trigger)
            reach = max(reach, length)
        return _Windowed(matcher, triggers, reach)

    def __call__(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """Token spans [start, end) of every pattern's matches, by pattern id."""
        if not len(doc):
            return {}
        arr = doc.to_array([LEMMA, LOWER, POS, TAG]).reshape(len(doc), 4)
        cols = [arr[:, k].tolist() for k in range(4)]
        out = {pid: vec.run(cols) for pid, vec in self._vectorized.items()}
        out.update((pid, win.run(doc, cols)) for pid, win in self._windowed.items())
        return out


def patterns_for(vocab: Vocab, speech_verbs: Iterable[str]) -> PatternSet:
    """The patterns for this vocabulary and cue list (built once, then cached)."""
    verbs = frozenset(speech_verbs)
    key = (id(vocab), verbs)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is vocab:
        return cached[1]
    built = PatternSet(vocab, verbs)
    _CACHE[key] = (vocab, built)
    return built


def matcher_for(vocab: Vocab, speech_verbs: Iterable[str]) -> Matcher:
    """All patterns in one plain spaCy Matcher (for reading and testing a pattern alone)."""
    verbs = frozenset(speech_verbs)
    lists = {"speech_verbs": sorted(verbs), "speech_forms": sorted(speech_forms(verbs))}
    matcher = Matcher(vocab)
    for pid, pats in patterns().items():
        matcher.add(pid, _fill(pats, lists))
    return matcher
