"""The rule data: rule ids with their typed attributes, the word lists, the Matcher patterns,
and the rules version derived from all of it.

Rules are data (``annotate/suggest/data/*.yaml``) so they can be read, reviewed and diffed
without reading code, and code never parses a rule id for behaviour: a rule's ``kind``,
``continues``, ``nesting`` and ``cue_rule`` say what its quotes are. The rules version is a
hash of that data and of the suggesters' code, so a change can never be skipped by a re-run
(there is no version to forget to bump). Nothing here imports spaCy.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml

_PACKAGE = "annotate.suggest"
KINDS = frozenset({"direct", "indirect", "headline", "tail", "according", "question", "noun"})
NESTING = frozenset({"none", "outer"})
EXTENTS = frozenset({"clause", "phrase", "object"})


@dataclass(frozen=True)
class Rule:
    """One rule id and what the code may know about it."""

    id: str
    explanation: str
    family: str = ""
    precedence: int = 0
    score: float = 0.5
    kind: str = ""
    continues: bool = False
    nesting: str = "none"
    cue_rule: str | None = None
    extent: str = "clause"  # quote rules: where indirect content ends (clause | phrase | object)
    replaces: bool = False  # a speaker resolution that says more than the mention's rule
    # quote rules: the content may take in words in quotation marks no cue attributes
    # ('said she would run because there is "no question" she is "the best"')
    absorbs_orphans: bool = False

    def explain(self, cue: str = "", speaker: str = "") -> str:
        """The explanation with the cue and speaker filled in."""
        return self.explanation.format(cue=cue, speaker=speaker or "no speaker found")


@dataclass(frozen=True)
class QuoteWords:
    """Word lists and windows of the attribution rules (``lexicon.yaml: quotes``)."""

    labelling: frozenset[str]
    naming: frozenset[str]
    addressee: frozenset[str]
    time_marks: frozenset[str]
    attribution_deps: frozenset[str]
    request_verbs: frozenset[str]
    object_content_verbs: frozenset[str]
    anaphoric_objects: frozenset[str]
    title_function_words: frozenset[str]
    setting_prepositions: frozenset[str]
    not_reporting: frozenset[str]
    coordinators: frozenset[str]
    first_person: frozenset[str]
    relative: frozenset[str]
    subordinators: frozenset[str]
    leading_conjunctions: frozenset[str]
    aside_openers: frozenset[str]
    name_relatives: frozenset[str]
    thing_relatives: frozenset[str]
    concessives: frozenset[str]
    separators: frozenset[str]
    dashes: frozenset[str]
    left_window: int
    right_window: int
    content_window: int
    request_window: int
    ccomp_window: int
    short_attribution: int
    according_max_words: int
    according_final_max_words: int
    according_initial_max_words: int
    headline_max_chars: int
    max_paragraph_skip: int


@dataclass(frozen=True)
class SpeakerWords:
    """Word lists and windows of the speaker rules (``lexicon.yaml: speakers``)."""

    pronouns: frozenset[str]
    not_speakers: frozenset[str]
    np_words: frozenset[str]
    non_person: frozenset[str]
    postmod_preps: frozenset[str]
    relative_pronouns: frozenset[str]
    quoting: frozenset[str]
    artifacts: frozenset[str]
    receiving: frozenset[str]
    max_mention_tokens: int
    tail_subject_window: int


@dataclass(frozen=True)
class DateWords:
    """Word lists of the date tense rules (``lexicon.yaml: dates``)."""

    future_lemmas: frozenset[str]
    intent_lemmas: frozenset[str]
    clause_open: frozenset[str]


def _read(name: str) -> bytes:
    return resources.files(_PACKAGE).joinpath("data", name).read_bytes()


def _load(name: str) -> Any:
    return yaml.safe_load(_read(name).decode("utf-8"))


def _typed(cls: type, raw: Mapping[str, Any], where: str) -> Any:
    """Build a words dataclass from a YAML mapping, refusing missing or unknown keys."""
    names = {f.name for f in fields(cls)}
    if set(raw) != names:
        missing, unknown = sorted(names - set(raw)), sorted(set(raw) - names)
        raise ValueError(f"{where}: keys differ from {cls.__name__} "
                         f"(missing {missing}, unknown {unknown})")
    values = {}
    for f in fields(cls):
        v = raw[f.name]
        values[f.name] = int(v) if f.type == "int" else frozenset(str(w) for w in v)
    return cls(**values)


@lru_cache(maxsize=1)
def quote_words() -> QuoteWords:
    return _typed(QuoteWords, _load("lexicon.yaml")["quotes"], "lexicon.yaml: quotes")


@lru_cache(maxsize=1)
def speaker_words() -> SpeakerWords:
    return _typed(SpeakerWords, _load("lexicon.yaml")["speakers"], "lexicon.yaml: speakers")


@lru_cache(maxsize=1)
def date_words() -> DateWords:
    return _typed(DateWords, _load("lexicon.yaml")["dates"], "lexicon.yaml: dates")


@lru_cache(maxsize=1)
def _rules() -> dict[str, Rule]:
    out: dict[str, Rule] = {}
    for section, items in _load("rules.yaml").items():
        for raw in items:
            rule = Rule(**raw)
            if rule.id in out:
                raise ValueError(f"rules.yaml: {rule.id} is defined twice")
            if section == "quote" and (rule.kind not in KINDS or rule.nesting not in NESTING
                                       or rule.extent not in EXTENTS):
                raise ValueError(f"rules.yaml: {rule.id}: bad kind, nesting or extent")
            out[rule.id] = rule
    for rule in out.values():
        if rule.cue_rule is not None and rule.cue_rule not in out:
            raise ValueError(f"rules.yaml: {rule.id}: unknown cue_rule {rule.cue_rule}")
    return out


def rule(rule_id: str) -> Rule:
    """The rule with this id (KeyError for an id the data does not define)."""
    return _rules()[rule_id]


def all_rules() -> list[Rule]:
    return list(_rules().values())


@lru_cache(maxsize=1)
def patterns() -> dict[str, list[list[dict[str, Any]]]]:
    """Token Matcher patterns by id (``patterns.yaml``); ``$name`` values are filled from
    the schema's cue lists when the Matcher is built (see annotate.suggest.matchers)."""
    raw = _load("patterns.yaml")
    out: dict[str, list[list[dict[str, Any]]]] = {}
    for item in raw["matcher"]:
        out[item["id"]] = item["patterns"]
    return out


def digest(root: Traversable) -> str:
    """sha256 over the ``.py`` and ``.yaml`` files under ``root`` (names and contents, in
    path order; caches skipped): the suggesters' code and rule data."""
    h = hashlib.sha256()
    found: list[tuple[str, bytes]] = []
    stack: list[tuple[str, Traversable]] = [("", root)]
    while stack:
        prefix, node = stack.pop()
        for child in node.iterdir():
            name = f"{prefix}{child.name}"
            if child.is_dir():
                if child.name != "__pycache__":
                    stack.append((name + "/", child))
            elif child.name.endswith((".py", ".yaml")):
                found.append((name, child.read_bytes()))
    for name, data in sorted(found):
        h.update(name.encode() + b"\0" + data + b"\0")
    return h.hexdigest()


@lru_cache(maxsize=1)
def _code_digest() -> str:
    return digest(resources.files(_PACKAGE))


def rules_version(cues: Mapping[str, Any] | None = None) -> str:
    """A short hash of the rules' code, data and the schema's cue lists.

    Stored with every suggestion (beside the model's name and version), and what
    ``preannotate`` compares to decide that a document is already done: edit a word list,
    a pattern, a rule or a cue verb, and the next run redoes the corpus.
    """
    h = hashlib.sha256(_code_digest().encode())
    if cues:
        h.update(json.dumps(cues, sort_keys=True, default=str).encode())
    return h.hexdigest()[:12]
