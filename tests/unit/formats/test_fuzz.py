"""Hostile input for every reader: one-line InputErrors only, and nothing half-written."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.importer import import_paths
from annotate.schema import default_schema
from annotate.store import Store

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
TEXT = "Stoltenberg said that NATO is ready."
KEYS = ["text", "meta", "spans", "relations", "label", "labels", "entities", "stance",
        "annotator", "_annotator_id", "options", "accept", "answer", "cats", "start", "end",
        "start_offset", "end_offset", "id", "from_id", "to_id", "type", "head_span",
        "child_span", "data", "annotations", "result", "value", "labels", "choices",
        "completed_by"]
SCALARS = (st.none() | st.booleans() | st.integers(-3, 60) | st.floats(allow_nan=False)
           | st.sampled_from(["QUOTE", "SPEAKER", "favor", "x", TEXT, "labels", "relation",
                              "choices", "textarea", "ATTRIBUTED_TO", ""]))
SHAPES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.sampled_from(KEYS), inner, max_size=5), max_leaves=25)
VALID = {
    ".jsonl": json.dumps({"text": TEXT, "annotator": "a", "spans": [
        {"start": 22, "end": 35, "label": "QUOTE"}, {"start": 0, "end": 11, "label": "SPEAKER"}],
        "relations": [{"label": "ATTRIBUTED_TO", "head_span": {"start": 22, "end": 35},
                       "child_span": {"start": 0, "end": 11}}]}) + "\n",
    ".json": json.dumps([{"data": {"text": TEXT}, "annotations": [{"completed_by": 1, "result": [
        {"id": "q", "type": "labels", "value": {"start": 22, "end": 35, "labels": ["QUOTE"]}}]}]}]),
    ".tsv": "#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Quote|label\n\n\n"
            "#Text=NATO is ready.\n1-1\t0-4\tNATO\tQUOTE[1]\n1-2\t5-7\tis\tQUOTE[1]\n"
            "1-3\t8-13\tready\t_\n1-4\t13-14\t.\t_\n",
    ".ann": "T1\tQUOTE 22 35\tNATO is ready\nT2\tSPEAKER 0 11\tStoltenberg\n"
            "R1\tATTRIBUTED_TO Arg1:T1 Arg2:T2\nA1\tStance T1 favor\n",
}


def _fresh(tmp_path: Path) -> Store:
    path = tmp_path / "fuzz.db"
    for p in tmp_path.glob("fuzz.db*"):
        p.unlink()
    store = Store(path)
    store.store_schema(default_schema())
    return store


def _check(tmp_path: Path, files: dict[str, bytes]) -> None:
    folder = tmp_path / "in"
    if folder.exists():
        for p in folder.iterdir():
            p.unlink()
    folder.mkdir(exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    store = _fresh(tmp_path)
    try:
        report = import_paths(store, [folder], annotator="fuzz")
        for error in report.errors:
            assert "\n" not in str(error) and str(error).startswith(str(folder))
        if report.errors:
            assert store.scalar("SELECT COUNT(*) FROM documents") == 0
            assert store.scalar("SELECT COUNT(*) FROM spans") == 0
            assert store.scalar("SELECT COUNT(*) FROM annotators") == 0
        assert store.scalar("PRAGMA integrity_check") == "ok"
    finally:
        store.close()


@SETTINGS
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".jsonl", ".json", ".tsv",
                                                              ".ann"]))
def test_random_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    files = {f"f{suffix}": data}
    if suffix == ".ann":
        files["f.txt"] = TEXT.encode()
    _check(tmp_path, files)


@SETTINGS
@given(records=st.lists(SHAPES, min_size=1, max_size=3), as_array=st.booleans())
def test_random_json_shapes(tmp_path: Path, records: list, as_array: bool) -> None:
    if as_array:
        _check(tmp_path, {"x.json": json.dumps(records).encode()})
    else:
        _check(tmp_path, {"x.jsonl": "\n".join(json.dumps(r) for r in records).encode()})


@SETTINGS
@given(suffix=st.sampled_from(sorted(VALID)), cut=st.floats(0, 1))
def test_truncated_files(tmp_path: Path, suffix: str, cut: float) -> None:
    data = VALID[suffix].encode()
    files = {f"f{suffix}": data[: int(len(data) * cut)]}
    if suffix == ".ann":
        files["f.txt"] = TEXT.encode()
    _check(tmp_path, files)


def test_known_crashes_are_one_line(tmp_path: Path) -> None:
    for name, data in {
        "surrogate.jsonl": b'{"text": "\\ud800 said"}\n',
        "surrogate.json": b'[{"data": {"text": "x\\udfff"}}]',
        "deep.jsonl": b"[" * 100_000 + b"\n",
        "deep.json": b"[" * 100_000,
        "digits.jsonl": b'{"text": "a", "meta": {"id": ' + b"9" * 5000 + b"}}\n",
        "typed.jsonl": b'{"text": ["not", "a", "string"]}\n',
        "typed2.jsonl": b'{"text": "abc", "annotator": "a", "spans": {"start": 1}}\n',
    }.items():
        _check(tmp_path, {name: data})
        store = _fresh(tmp_path)
        report = import_paths(store, [tmp_path / "in" / name])
        store.close()
        assert len(report.errors) == 1, name
