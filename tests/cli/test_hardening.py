"""Bad input never half-writes and always gets one clear line (hypothesis-driven)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.cli import cli
from annotate.importer import import_paths
from annotate.schema import default_schema
from annotate.store import Store
from annotate.store import connection as connection_module
from tests.conftest import SAMPLE

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**6) | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12,
)


def _fresh(tmp_path: Path, name: str) -> Store:
    path = tmp_path / f"{name}.db"
    path.unlink(missing_ok=True)
    store = Store(path)
    store.store_schema(default_schema())
    return store


def _check_all_or_nothing(store: Store, path: Path) -> None:
    report = import_paths(store, [path])
    count = store.scalar("SELECT COUNT(*) FROM documents")
    if report.errors:
        assert count == 0
        assert len(report.errors) == 1
        message = str(report.errors[0])
        assert message.startswith(str(path)) and "\n" not in message
    assert store.scalar("PRAGMA integrity_check") == "ok"


@SETTINGS
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".jsonl"]))
def test_random_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    store = _fresh(tmp_path, "bytes")
    _check_all_or_nothing(store, path)
    store.close()


@SETTINGS
@given(records=st.lists(st.dictionaries(
    st.sampled_from(["text", "meta", "spans", "relations", "stance", "annotator"]),
    JSON_VALUES, min_size=1), min_size=1, max_size=3))
def test_jsonl_with_wrong_types(tmp_path: Path, records: list[dict]) -> None:
    path = tmp_path / "typed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    store = _fresh(tmp_path, "typed")
    _check_all_or_nothing(store, path)
    store.close()


@SETTINGS
@given(start=st.integers(-3, 40), end=st.integers(-3, 40),
       label=st.sampled_from(["QUOTE", "SPEAKER", "DATE", "quote", "X", "Quotation"]))
def test_spans_in_and_out_of_range(tmp_path: Path, start: int, end: int, label: str) -> None:
    text = "He said the plan is good."  # 25 characters
    path = tmp_path / "spans.jsonl"
    path.write_text(json.dumps({"text": text, "annotator": "a", "spans": [
        {"start": start, "end": end, "label": label}]}) + "\n")
    store = _fresh(tmp_path, "spans")
    report = import_paths(store, [path])
    # labels map through the schema case-insensitively ("quote" is QUOTE)
    valid = 0 <= start < end <= len(text) and label in {"QUOTE", "SPEAKER", "DATE", "quote"}
    assert report.ok == valid
    assert store.scalar("SELECT COUNT(*) FROM spans") == (1 if valid else 0)
    store.close()


def test_huge_line_imports(tmp_path: Path, store: Store) -> None:
    text = "Stoltenberg said that NATO is ready. " * 150_000  # ~5.5 MB on one line
    path = tmp_path / "huge.jsonl"
    path.write_text(json.dumps({"text": text}) + "\n")
    report = import_paths(store, [path])
    assert report.ok and report.documents == 1


def test_read_only_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "ro.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "--db", str(db)]).exit_code == 0
    assert runner.invoke(cli, ["import", "--db", str(db), str(SAMPLE)]).exit_code == 0
    # Root may write any file, so simulate a file the user cannot write.
    real_access = connection_module.os.access
    monkeypatch.setattr(connection_module.os, "access",
                        lambda path, mode: not mode & os.W_OK and real_access(path, mode))
    result = runner.invoke(cli, ["stats", "--db", str(db)])
    assert result.exit_code == 0 and "3 documents" in result.output
    other = tmp_path / "new.txt"
    other.write_text("A new article.\n")
    result = runner.invoke(cli, ["import", "--db", str(db), str(other)])
    assert result.exit_code == 1
    assert f"{db}: the database is read-only; nothing was changed" in result.output


def test_database_from_a_newer_version(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    result = CliRunner().invoke(cli, ["stats", "--db", str(db)])
    assert result.exit_code == 1
    assert result.output.strip().startswith(f"✘ {db}: database schema version 99 is newer")
