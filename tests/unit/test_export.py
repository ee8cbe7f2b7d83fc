"""`annotate export`: spaCy (and a short training run), JSONL round trip, CoNLL, CSV, safety."""

from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.adjudicate import merge_agreed
from annotate.cli import cli
from annotate.export.common import Item, split
from annotate.export.layers import DocRow, Layer
from annotate.store import Store

SAMPLE = Path(__file__).resolve().parents[2] / "corpora" / "sample"
STANCES = ["against", "favor", None]


def _run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, result.output
    return result.output


def _gold_records() -> list[dict]:
    """Gold for the sample articles: speakers, a quote after the first 'that', dates."""
    out = []
    for path, stance in zip(sorted(SAMPLE.glob("*.txt")), STANCES, strict=True):
        text = path.read_text(encoding="utf-8")
        speakers = [{"start": m.start(), "end": m.end(), "label": "SPEAKER",
                     "canonical": "Jens Stoltenberg"} for m in re.finditer("Stoltenberg", text)]
        start = text.index("that ") + 7  # two letters into a word: char_span must expand
        end = text.index(".", start)
        quote = {"start": start, "end": end, "label": "QUOTE", "stance": "neutral"}
        dates = [{"start": m.start(), "end": m.end(), "label": "DATE", "value": "2022-11-30"}
                 for m in re.finditer(r"November 30|2022-11-30|today", text)]
        speaker = max((s for s in speakers if s["start"] < start), key=lambda s: s["start"])
        record = {"text": text, "meta": {"id": path.stem}, "annotator": "alice",
                  "spans": [*speakers, quote, *dates],
                  "relations": [{"label": "ATTRIBUTED_TO", "head_span": quote,
                                 "child_span": speaker}]}
        if stance:
            record["stance"] = stance
        out.append(record)
    return out


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    _run("init")
    _run("import", str(SAMPLE))
    Path("gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in _gold_records()))
    _run("import", "gold.jsonl")
    # Gold is written only through adjudication: alice's work, merged as the only version.
    with Store("annotations.db") as store:
        merge_agreed(store, "lead", min_annotators=1)
    return tmp_path


def _total_spans() -> int:
    return sum(len(r["spans"]) for r in _gold_records())


@pytest.mark.slow
def test_spacy_export_carries_attributes_and_trains(project: Path) -> None:
    from spacy.cli.train import train
    from spacy.tokens import DocBin
    from spacy.util import load_config

    from annotate.export.spacy import register_extensions

    out = _run("export", "--format", "spacy")
    assert "2 train / 1 dev" in out and "could not be placed" not in out
    folder = project / "exports" / "gold-spacy"
    import spacy

    register_extensions()
    nlp = spacy.blank("en")
    docs = [d for name in ("train", "dev") for shard in sorted((folder / name).glob("*.spacy"))
            for d in DocBin().from_disk(shard).get_docs(nlp.vocab)]
    assert len(docs) == 3
    spans = [s for d in docs for s in d.spans["sc"]]
    assert len(spans) == _total_spans()
    assert {s._.value for s in spans if s.label_ == "DATE"} == {"2022-11-30"}
    assert {s.kb_id_ for s in spans if s.label_ == "SPEAKER"} == {"Jens Stoltenberg"}
    quotes = [s for s in spans if s.label_ == "QUOTE"]
    assert {q._.stance for q in quotes} == {"neutral"}
    for q in quotes:
        speaker = q.doc.char_span(*q._.speaker)
        assert speaker is not None and speaker.text == "Stoltenberg"
    cats = [d.cats for d in docs if d.cats]
    assert len(cats) == 2 and all(sum(c.values()) == 1.0 for c in cats)
    config = load_config(folder / "config.cfg")
    assert config["paths"]["train"] == str(folder / "train")
    longest = max(len(s) for s in spans)
    assert config["components"]["spancat"]["suggester"]["max_size"] == longest
    assert config["nlp"]["pipeline"] == ["tok2vec", "spancat", "textcat"]
    elsewhere = project / "elsewhere"
    elsewhere.mkdir()
    os.chdir(elsewhere)  # paths resolve from the export folder, not the current one
    train(folder / "config.cfg", overrides={"training.max_steps": 3,
                                            "training.eval_frequency": 2})


def test_split_is_by_document_and_seeded() -> None:
    items = [Item(DocRow(i, "t", "", None, None, None, None, {}, f"h{i}"), Layer("a"))
             for i in range(20)]
    train, dev = split(items, 0.8, 7)
    assert (len(train), len(dev)) == (16, 4)
    assert {i.doc.id for i in train} | {i.doc.id for i in dev} == set(range(20))
    assert [i.doc.id for i in split(items, 0.8, 7)[1]] == [i.doc.id for i in dev]
    assert [i.doc.id for i in split(items, 0.8, 8)[1]] != [i.doc.id for i in dev]


def test_split_follows_content_not_database_ids() -> None:
    from annotate.export.common import dev_ids

    docs = [(i, f"hash{i}") for i in range(50)]
    renumbered = [(1000 - i, h) for i, h in docs]
    dev = {h for i, h in docs if i in dev_ids(docs, 0.8, 3)}
    assert len(dev) == 10
    assert dev == {h for i, h in renumbered if i in dev_ids(renumbered, 0.8, 3)}


def test_jsonl_round_trip_is_identical(project: Path) -> None:
    _run("export", "--format", "jsonl", "--source", "alice", "--out", "exports/first.jsonl")
    first = (project / "exports" / "first.jsonl").read_text()
    _run("init", "--db", "fresh.db")
    _run("import", "--db", "fresh.db", "exports/first.jsonl")
    _run("export", "--db", "fresh.db", "--format", "jsonl", "--source", "alice", "--out",
         "exports/second.jsonl")
    second = (project / "exports" / "second.jsonl").read_text()

    def without_time(text: str) -> list[dict]:
        return [{k: v for k, v in json.loads(line).items() if k != "_timestamp"}
                for line in text.splitlines()]

    assert without_time(second) == without_time(first)
    record = json.loads(first.splitlines()[0])
    assert record["answer"] == "accept" and record["annotator"] == "alice"
    assert record["_annotator_id"] == "alice" and record["_session_id"] == "annotate-alice"
    assert record["_view_id"] == "blocks" and isinstance(record["_timestamp"], int)
    assert record["accept"] == ["against"] and [o["id"] for o in record["options"]] == [
        "favor", "against", "neutral", "unclear"]
    assert all(s["type"] == "span" for s in record["spans"])
    assert isinstance(record["_input_hash"], int) and isinstance(record["_task_hash"], int)
    assert record["meta"]["published"] == "2022-11-30"
    tokens = record["tokens"]
    rel = record["relations"][0]
    quote = rel["head_span"]
    assert rel["head"] == quote["token_end"] and rel["label"] == "ATTRIBUTED_TO"
    assert tokens[quote["token_start"]]["start"] <= quote["start"] < \
        tokens[quote["token_start"]]["end"]
    assert tokens[quote["token_end"]]["end"] >= quote["end"]
    date = next(s for s in record["spans"] if s["label"] == "DATE")
    assert date["value"] == "2022-11-30"


def test_jsonl_of_suggestions_to_stdout(project: Path) -> None:
    import sqlite3

    conn = sqlite3.connect("annotations.db")
    conn.execute("INSERT INTO suggestions(document_id, label, start, \"end\", text, model, "
                 "model_version, rule, score, created_at, updated_at) VALUES (1, 'QUOTE', 0, 9, "
                 "substr((SELECT text FROM documents WHERE id = 1), 1, 9), 'm1', '1', 'r', 0.9, 'now', "
                 "'now')")
    conn.commit()
    conn.close()
    out = _run("export", "--format", "jsonl", "--source", "suggestions")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 1 and records[0]["annotator"] == "m1"
    assert records[0]["spans"][0]["start"] == 0


def test_conll_bio_columns(project: Path) -> None:
    _run("export", "--format", "conll", "--out", "exports/all.conll")
    lines = (project / "exports" / "all.conll").read_text().splitlines()
    assert sum(line.startswith("-DOCSTART-") for line in lines) == 3
    rows = [line.split(" ") for line in lines if line and not line.startswith("-DOCSTART-")]
    assert all(len(r) == 7 and r[1:3] == ["-X-", "_"] for r in rows)  # 4 labels in schema
    for col, label in zip(range(3, 7), ["SPEAKER", "QUOTE", "DATE", "CUE"], strict=True):
        previous = "O"
        for r in rows:
            assert r[col] in ("O", f"B-{label}", f"I-{label}")
            if r[col].startswith("I-"):
                assert previous != "O"
            previous = r[col]
    assert sum(r[3] == "B-SPEAKER" for r in rows) == sum(
        s["label"] == "SPEAKER" for rec in _gold_records() for s in rec["spans"])
    assert "" in lines  # sentences separated


def test_csv_one_row_per_quote(project: Path) -> None:
    _run("export", "--format", "csv")
    with (project / "exports" / "gold-quotes.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3
    assert rows[0]["speaker"] == "Stoltenberg" and rows[0]["canonical_speaker"] == \
        "Jens Stoltenberg"
    assert rows[0]["stance"] == "neutral" and rows[0]["annotator"] == "gold"
    assert all(set(row) == {"document_id", "title", "published", "speaker",
                            "canonical_speaker", "quote", "stance", "dates", "annotator"}
               for row in rows)
    with_dates = [r["dates"] for r in rows if r["dates"]]
    assert all(re.fullmatch(r"[^=;]+=2022-11-30(; [^=;]+=2022-11-30)*", d) for d in with_dates)


def test_existing_export_needs_force_and_dotdot_is_refused(project: Path) -> None:
    _run("export", "--format", "csv")
    out = _run("export", "--format", "csv", code=1)
    assert "exists; add --force" in out and len(out.strip().splitlines()) == 1
    _run("export", "--format", "csv", "--force")
    assert "through '..'" in _run("export", "--format", "csv", "--out", "../x.csv", code=1)
    assert "through '..'" in _run("export", "--format", "jsonl", "--out",
                                  "exports/../../x.jsonl", code=1)
    assert "through '..'" in _run("export", "--format", "csv", "--out",
                                  "exports/sub/../inside.csv", code=1)


@pytest.mark.parametrize("fmt", ["conll", "spacy", "brat", "labelstudio", "jsonl"])
@pytest.mark.parametrize("nth", [1, 3])
def test_a_full_disk_leaves_nothing(project: Path, monkeypatch: pytest.MonkeyPatch, fmt: str,
                                    nth: int) -> None:
    from annotate.export import common

    real_text, real_bytes = common.open_text, common.write_bytes
    writes = {"n": 0}

    def count() -> None:
        writes["n"] += 1
        if writes["n"] >= nth:
            raise common.disk_full()

    class Full:
        def __init__(self, fh):  # type: ignore[no-untyped-def]
            self.fh = fh

        def write(self, text: str) -> int:
            count()
            return int(self.fh.write(text))

        def close(self) -> None:
            self.fh.close()

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

    def full_bytes(path: Path, data: bytes) -> None:
        count()
        real_bytes(path, data)

    monkeypatch.setattr(common, "open_text", lambda path: Full(real_text(path)))
    monkeypatch.setattr(common, "write_bytes", full_bytes)
    out = _run("export", "--format", fmt, "--out", "exports/x" + (".jsonl" if fmt == "jsonl"
                                                                  else ""), code=1)
    assert "No space left on device" in out and "nothing was exported" in out
    assert len(out.strip().splitlines()) == 1
    assert list((project / "exports").iterdir()) == []


def test_symlinks_are_refused_and_force_never_deletes_through_them(project: Path) -> None:
    outside = project / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("precious")
    (project / "exports").mkdir(exist_ok=True)
    (project / "exports" / "link").symlink_to(outside)
    out = _run("export", "--format", "brat", "--out", "exports/link", "--force", code=1)
    assert "symbolic link" in out
    out = _run("export", "--format", "csv", "--out", "exports/link/x.csv", "--force", code=1)
    assert "symbolic link" in out
    assert (outside / "keep.txt").read_text() == "precious"


def test_exports_honour_the_umask(project: Path) -> None:
    old = os.umask(0o022)
    try:
        _run("export", "--format", "spacy")
        _run("export", "--format", "jsonl", "--out", "exports/a.jsonl")
    finally:
        os.umask(old)
    folder = project / "exports" / "gold-spacy"
    assert folder.stat().st_mode & 0o777 == 0o755
    assert (folder / "config.cfg").stat().st_mode & 0o777 == 0o644
    assert (project / "exports" / "a.jsonl").stat().st_mode & 0o777 == 0o644


def test_unknown_source_is_one_line(project: Path) -> None:
    out = _run("export", "--format", "csv", "--source", "nobody", code=1)
    assert "no annotator named nobody" in out
