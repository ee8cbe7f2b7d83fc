"""The rule data: every rule the code names exists, typed attributes are valid, the word
lists load, the patterns build, and the rules version follows code, data and cue lists."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from spacy.vocab import Vocab

from annotate.suggest import rulebook
from annotate.suggest.matchers import matcher_for
from annotate.suggest.rulebook import (
    KINDS,
    NESTING,
    all_rules,
    date_words,
    digest,
    patterns,
    quote_words,
    rule,
    rules_version,
    speaker_words,
)

PACKAGE = Path(rulebook.__file__).parent


def test_every_rule_the_code_names_is_defined():
    named = set()
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text("utf-8")
        named |= set(re.findall(r"""rule\(\s*"([a-z_.→]+)"\s*\)""", text))
        named |= set(re.findall(r'"((?:quote|speaker|date|cue)\.[a-z_.→]+)"', text))
    defined = {r.id for r in all_rules()}
    assert named and named <= defined, named - defined


def test_quote_rules_have_a_family_a_kind_and_an_explanation():
    quote_rules = [r for r in all_rules() if r.id.startswith("quote.")]
    assert quote_rules
    for r in quote_rules:
        assert r.family and r.kind in KINDS and r.nesting in NESTING
        assert 0 < r.score <= 1 and r.precedence > 0
        assert r.explain(cue="said", speaker="the mayor")
        if r.cue_rule is not None:
            assert rule(r.cue_rule).id.startswith("cue.")


def test_unknown_rule_is_a_key_error():
    with pytest.raises(KeyError):
        rule("quote.no_such_rule")


def test_word_lists_and_windows_load():
    assert "call" in quote_words().labelling and quote_words().left_window > 0
    assert "he" in speaker_words().pronouns
    assert "plan" in date_words().future_lemmas


def test_patterns_build_a_matcher_with_the_cue_lists():
    assert {"speech_verb", "call_on", "ask_wh", "noun_cue", "date_weekday"} <= set(patterns())
    matcher = matcher_for(Vocab(), ["say", "tell"])
    assert len(matcher) == len(patterns())


def test_rules_version_follows_the_cue_lists():
    assert re.fullmatch(r"[0-9a-f]{12}", rules_version())
    assert rules_version({"speech_verbs": ["say"]}) != rules_version({"speech_verbs": ["tell"]})
    assert rules_version({"speech_verbs": ["say"]}) == rules_version({"speech_verbs": ["say"]})


def test_rules_version_follows_code_and_data(tmp_path):
    """Edit a word list or a rule module and the digest (so the version) changes; caches
    and other files do not count."""
    copy = tmp_path / "suggest"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    base = digest(copy)
    assert base == digest(PACKAGE)
    (copy / "__pycache__").mkdir()
    (copy / "__pycache__" / "x.pyc").write_bytes(b"cache")
    (copy / "notes.txt").write_text("not rules")
    assert digest(copy) == base
    lexicon = copy / "data" / "lexicon.yaml"
    lexicon.write_text(lexicon.read_text("utf-8") + "\n# a comment\n", "utf-8")
    assert digest(copy) != base
    edited = digest(copy)
    (copy / "quotes" / "tails.py").write_text("# replaced\n", "utf-8")
    assert digest(copy) != edited
