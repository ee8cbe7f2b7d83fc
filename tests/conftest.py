"""Shared fixtures: temporary databases with the default schema; no terminal needed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotate.schema import Schema, default_schema
from annotate.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpora" / "sample"


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
