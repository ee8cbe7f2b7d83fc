"""Shared fixtures for the suggester tests: one spaCy pipeline per test session.

Every sentence in these tests is written for them (never taken from ../shared/data or
bench/gold), so they check the rules, not a benchmark.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from spacy.language import Language

from annotate.suggest import DocSuggestions, SpanSuggestion, load_pipeline, suggest_doc
from annotate.suggest.candidates import Candidate
from annotate.suggest.context import DocContext
from annotate.suggest.cues import compile_cues
from annotate.suggest.quotes import FAMILIES

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "corpora" / "sample"  # the seeds, verbatim (tests/test_import.py checks)


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def cues() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "schemas" / "news-quotes.yaml").read_text("utf-8"))["cues"]


def run(nlp: Language, cues: Any, text: str, published: Any = None) -> DocSuggestions:
    return suggest_doc(nlp(text), published, cues)


def context(nlp: Language, cues: Any, text: str) -> DocContext:
    return DocContext(nlp(text), compile_cues(cues))


def family(nlp: Language, cues: Any, name: str, text: str) -> list[Candidate]:
    """What one rule family proposes for ``text``, run alone."""
    return list(FAMILIES[name](context(nlp, cues, text)))


def proposals(nlp: Language, cues: Any, name: str, text: str
              ) -> list[tuple[str, ...]]:
    """(rule id, content of each part of the first reading..., speaker) per candidate."""
    ctx = context(nlp, cues, text)
    out = []
    for c in FAMILIES[name](ctx):
        parts = tuple(text[p.start:p.end] for p in c.readings[0].parts)
        speaker = ctx.doc[c.speaker.start:c.speaker.end].text if c.speaker else None
        out.append((c.rule.id, *parts, speaker))
    return out


def quotes(s: DocSuggestions) -> list[tuple[str, str | None, str | None]]:
    """(quote text, speaker text, speaker canonical) for each quote."""
    by_key = {x.key: x for x in s.spans}
    rel = {r.head: by_key[r.child] for r in s.relations}
    out = []
    for x in s.spans:
        if x.label == "quote":
            sp: SpanSuggestion | None = rel.get(x.key)
            out.append((x.text, sp.text if sp else None, sp.canonical if sp else None))
    return out


def dates(nlp: Language, cues: Any, text: str, published: date | None
          ) -> list[tuple[str, str | None]]:
    """(text, value) of each date suggested for ``text``."""
    return [(x.text, x.value) for x in run(nlp, cues, text, published).spans
            if x.label == "date"]
