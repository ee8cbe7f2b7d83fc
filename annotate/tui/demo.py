"""A small database to look at: corpora/sample with suggestions, for screenshots and tests.

Screenshots use the real spaCy suggester when it is installed. Tests (and machines without a
model) use `simple_suggestions`, a few regular expressions that give stable, deterministic
QUOTE / SPEAKER / DATE suggestions, so snapshots do not change with a model version.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import annotate
from annotate.errors import AnnotateError
from annotate.importer import import_paths
from annotate.schema import default_schema
from annotate.store import Store
from annotate.store.suggestions import ModelRun, save
from annotate.suggest.types import (
    DocSuggestions,
    RelationSuggestion,
    SpanSuggestion,
    StanceSuggestion,
)

SAMPLE = Path(annotate.__file__).resolve().parent.parent / "corpora" / "sample"
DEMO_RUN = ModelRun("demo_regex", "1.0", "demo")
_QUOTE = re.compile(r"[\"“]([^\"”\n]{12,})[\"”]")
_NAME = re.compile(r"\b(?:[A-Z][a-z]+|NATO)(?:[ -](?:[A-Z][a-z]+|NATO))+\b|\bthe NATO leader\b")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r") (\d{1,2})\b|\b(today|yesterday)\b")


def _date_value(match: re.Match[str], published: date | None) -> str | None:
    if published is None:
        return None
    if match.group(1):
        return f"{published.year}-{_MONTHS.index(match.group(1)) + 1:02d}-{int(match.group(2)):02d}"
    return published.isoformat() if match.group(3) == "today" else None


def simple_suggestions(text: str, published: date | None) -> DocSuggestions:
    """Direct quotes, the name right after (or before) each, and month-day dates."""
    out = DocSuggestions()
    names = [m for m in _NAME.finditer(text) if not m.group(0).startswith(("The ", "On "))]
    full = {m.group(0).split()[-1]: m.group(0) for m in names if " " in m.group(0)}
    key = 0
    for quote in _QUOTE.finditer(text):
        key += 1
        qkey = key
        out.spans.append(SpanSuggestion(qkey, "QUOTE", quote.start(1), quote.end(1),
                                        quote.group(1), "demo.direct_quote", 0.9))
        after = [m for m in names if quote.end() <= m.start() <= quote.end() + 60]
        before = [m for m in names if m.end() <= quote.start()]
        speaker = after[0] if after else (before[-1] if before else None)
        if speaker is None:
            continue
        key += 1
        name = speaker.group(0)
        canonical = full.get(name.split()[-1], name) if name != "the NATO leader" else None
        out.spans.append(SpanSuggestion(key, "SPEAKER", speaker.start(), speaker.end(), name,
                                        "demo.nearest_name", 0.7, canonical=canonical))
        out.relations.append(RelationSuggestion("ATTRIBUTED_TO", qkey, key, "demo.nearest",
                                                0.7))
    for match in _DATE.finditer(text):
        key += 1
        out.spans.append(SpanSuggestion(key, "DATE", match.start(), match.end(), match.group(0),
                                        "demo.month_day", 0.8,
                                        value=_date_value(match, published)))
    if "not be on the table" in text or "after victory" in text:
        out.doc_stance = StanceSuggestion("against", "demo.cue", 0.6)
    return out


def add_simple_suggestions(store: Store) -> int:
    batch = []
    for row in store.all("SELECT id, text, published FROM documents ORDER BY id"):
        published = date.fromisoformat(row["published"][:10]) if row["published"] else None
        batch.append((int(row["id"]), simple_suggestions(row["text"], published)))
    return save(store, DEMO_RUN, batch)


def build_demo(path: Path, *, model: bool = False) -> Store:
    """Create `path` from corpora/sample; spaCy suggestions if `model` and one is installed."""
    store = Store(path)
    store.store_schema(default_schema())
    report = import_paths(store, [SAMPLE])
    if report.errors:
        raise AnnotateError(str(report.errors[0]))
    if model:
        try:
            from annotate.preannotate import preannotate

            preannotate(store)
            return store
        except (ImportError, AnnotateError):
            pass  # no spaCy model here: the regex suggester below is the documented fallback
    add_simple_suggestions(store)
    return store
