"""Shared fixtures for the suggester tests: one spaCy pipeline per test session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from spacy.language import Language

from annotate.suggest import DocSuggestions, SpanSuggestion, load_pipeline, suggest_doc

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


def quotes(s: DocSuggestions) -> list[tuple[str, str | None, str | None]]:
    """(quote text, speaker text, speaker canonical) for each QUOTE."""
    by_key = {x.key: x for x in s.spans}
    rel = {r.head: by_key[r.child] for r in s.relations}
    out = []
    for x in s.spans:
        if x.label == "quote":
            sp: SpanSuggestion | None = rel.get(x.key)
            out.append((x.text, sp.text if sp else None, sp.canonical if sp else None))
    return out
