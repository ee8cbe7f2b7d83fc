"""Shared fixtures: temporary databases with the default schema; no terminal needed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotate.schema import Schema, default_schema
from annotate.store import Store
from annotate.store import suggestions as sugg_store
from annotate.store.documents import insert_document
from annotate.suggest.types import DocSuggestions, RelationSuggestion, SpanSuggestion

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpora" / "sample"
RUN = sugg_store.ModelRun("en_core_web_sm", "3.8.0", "1")

TEXT = 'NATO will help. "We stand with Ukraine," Stoltenberg said on November 30.'


def add_doc(store: Store, text: str = TEXT) -> int:
    with store.write() as conn:
        doc_id, _ = insert_document(conn, hash=str(hash(text)), text=text, title="t")
    return doc_id


def add_suggestions(store: Store, doc_id: int) -> dict[str, int]:
    q0 = TEXT.index("We")
    q1 = TEXT.index(",\"")
    s0 = TEXT.index("Stoltenberg")
    d0 = TEXT.index("November")
    spans = [
        SpanSuggestion(1, "QUOTE", q0, q1, TEXT[q0:q1], "quote.direct", 0.9, stance="favor"),
        SpanSuggestion(2, "SPEAKER", s0, s0 + 11, "Stoltenberg", "speaker.subject", 0.8,
                       canonical="Jens Stoltenberg"),
        SpanSuggestion(3, "DATE", d0, d0 + 11, "November 30", "date.dateparser", 0.7,
                       value="2022-11-30"),
    ]
    rels = [RelationSuggestion("ATTRIBUTED_TO", 1, 2, "speaker.subject", 0.8)]
    sugg_store.save(store, RUN, [(doc_id, DocSuggestions(spans, rels))])
    rows = store.all("SELECT id, label FROM suggestions WHERE document_id = ?", (doc_id,))
    return {r["label"]: r["id"] for r in rows}


@pytest.fixture
def schema() -> Schema:
    return default_schema()


@pytest.fixture
def store(tmp_path: Path, schema: Schema) -> Iterator[Store]:
    db = Store(tmp_path / "test.db")
    db.store_schema(schema)
    yield db
    db.close()


@pytest.fixture
def memory_store(schema: Schema) -> Iterator[Store]:
    db = Store(":memory:")
    db.store_schema(schema)
    yield db
    db.close()


def run_in_namespace(script: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run a shell script in a private mount namespace (`unshare -rm`), where it may mount a
    small tmpfs (a full disk) or a read-only bind (a read-only share) without touching the
    machine. Skips the test where user namespaces are not allowed."""
    if shutil.which("unshare") is None or subprocess.run(
            ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
            capture_output=True).returncode != 0:
        pytest.skip("no user mount namespaces here (unshare -rm)")
    env = {**os.environ, "PYTHON": sys.executable}
    return subprocess.run(["unshare", "-rm", "sh", "-ec", script], capture_output=True,
                          text=True, timeout=timeout, env=env)
