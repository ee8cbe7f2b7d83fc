"""Round trips through every tool format: export, import into a fresh database, compare.

What must survive: every span (label, offsets), its value / canonical name / stance, every
relation, the document stance and the annotator.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.unit.test_export import _run, project  # noqa: F401  (the fixture)


def _layer(db: str, annotator: str = "alice") -> list[tuple]:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        'SELECT d.hash, s.label, s.start, s."end", s.value, s.canonical, s.stance, '
        "(SELECT h.label || ':' || h.start || '-' || c.start FROM relations r JOIN spans h ON "
        "h.id = r.head_id JOIN spans c ON c.id = r.child_id WHERE r.head_id = s.id), "
        "(SELECT stance FROM document_status x WHERE x.document_id = d.id AND "
        "x.annotator_id = a.id) FROM spans s JOIN documents d ON d.id = s.document_id "
        "JOIN annotators a ON a.id = s.annotator_id WHERE a.name = ? ORDER BY 1, 3, 4, 2",
        (annotator,)).fetchall()
    conn.close()
    return rows


@pytest.mark.parametrize(("fmt", "out", "imported"), [
    ("brat", "exports/b", "exports/b"),
    ("doccano", "exports/d.jsonl", "exports/d.jsonl"),
    ("labelstudio", "exports/ls", "exports/ls/tasks.json"),
    ("jsonl", "exports/p.jsonl", "exports/p.jsonl"),
])
def test_round_trip_keeps_everything(project: Path, fmt: str, out: str,  # noqa: F811
                                     imported: str) -> None:
    before = _layer("annotations.db")
    assert len(before) > 10 and any(r[7] for r in before) and any(r[4] for r in before)
    _run("export", "--format", fmt, "--source", "alice", "--out", out)
    _run("init", "--db", "fresh.db")
    _run("import", "--db", "fresh.db", imported)
    assert _layer("fresh.db") == before
    # importing the same again changes nothing and is not a conflict
    again = _run("import", "--db", "fresh.db", imported)
    assert "0 annotation sets added (3 unchanged)" in again
    assert _layer("fresh.db") == before


def _flags(db: str, annotator: str = "alice") -> list[tuple]:
    """(document hash, kind, comment, flagged span's label and offsets or None), sorted."""
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT d.hash, f.kind, f.comment, s.label, s.start, s.\"end\" FROM flags f "
        "JOIN documents d ON d.id = f.document_id JOIN annotators a ON a.id = f.annotator_id "
        "LEFT JOIN spans s ON s.id = f.span_id WHERE a.name = ?", (annotator,)).fetchall()
    conn.close()
    return sorted(rows, key=repr)


def _flag_alice(folder: Path) -> None:
    """Document and span flags, with and without comments, two on one span."""
    from annotate.store import Annotations, Store

    with Store(folder / "annotations.db") as store:
        alice = Annotations(store, "alice")
        for n, doc_id in enumerate(sorted(r[0] for r in store.all(
                "SELECT DISTINCT document_id FROM spans s JOIN annotators a ON a.id = "
                "s.annotator_id WHERE a.name = 'alice'"))):
            quote = next(s for s in alice.spans(doc_id) if s.label == "QUOTE")
            alice.add_flag(doc_id, "broken_text", f"paragraph {n} cut: see the source")
            alice.add_flag(doc_id, "unsure", "is this \"that\" clause a quote?", quote.id)
            if n == 0:
                alice.add_flag(doc_id, "discuss", "", quote.id)
                alice.add_flag(doc_id, "unsure")


def _read_export(path: Path) -> object:
    """An export's content, parsed (Prodigy's _timestamp is when the import ran: left out)."""
    if path.is_dir():
        return {p.relative_to(path).as_posix(): _read_export(p)
                for p in sorted(path.rglob("*")) if p.is_file()}
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        records = [json.loads(line) for line in text.splitlines()]
        for r in records:
            r.pop("_timestamp", None)
        return records
    return json.loads(text) if path.suffix == ".json" else text


@pytest.mark.parametrize(("fmt", "out", "imported"), [
    ("jsonl", "exports/p.jsonl", "exports/p.jsonl"),
    ("brat", "exports/b", "exports/b"),
    ("doccano", "exports/d.jsonl", "exports/d.jsonl"),
    ("labelstudio", "exports/ls", "exports/ls/tasks.json"),
])
def test_flags_travel_and_the_round_trip_is_identical(
        project: Path, fmt: str, out: str, imported: str) -> None:  # noqa: F811
    _flag_alice(project)
    flags, layer = _flags("annotations.db"), _layer("annotations.db")
    assert len(flags) == 8 and any(f[3] is None for f in flags)  # document and span flags
    _run("export", "--format", fmt, "--source", "alice", "--out", out)
    _run("init", "--db", "fresh.db")
    _run("import", "--db", "fresh.db", imported)
    assert _flags("fresh.db") == flags and _layer("fresh.db") == layer
    again = out.replace("exports/", "exports/again-")
    _run("export", "--db", "fresh.db", "--format", fmt, "--source", "alice", "--out", again)
    assert _read_export(Path(again)) == _read_export(Path(out))
    # the same again: unchanged, flags and all; different flags: a conflict, nothing written
    assert "0 annotation sets added (3 unchanged)" in _run("import", "--db", "fresh.db", imported)
    import sqlite3 as sq

    with sq.connect("fresh.db") as conn:
        conn.execute("UPDATE flags SET comment = 'changed' WHERE kind = 'broken_text'")
    events = sq.connect("fresh.db").execute("SELECT COUNT(*) FROM events").fetchone()
    conflict = _run("import", "--db", "fresh.db", imported, code=1)
    assert "alice already has different flags on document" in conflict
    assert sq.connect("fresh.db").execute("SELECT COUNT(*) FROM events").fetchone() == events


def test_flag_errors_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _run("init")
    text = "Stoltenberg said that NATO is ready."
    base = {"text": text, "annotator": "alice",
            "spans": [{"start": 0, "end": 11, "label": "SPEAKER"}]}
    for flags, problem in (
            ([{"kind": "maybe"}], "flag kind 'maybe' is not one of unsure, broken_text"),
            ([{"kind": "unsure", "span": 1}], "'span' must be the index of one of the"),
            ([{"kind": "unsure", "span": True}], "'span' must be the index"),
            ([{"kind": "unsure", "comment": 3}], "a flag's comment must be a string"),
            ({"kind": "unsure"}, "'flags' must be a list")):
        Path("f.jsonl").write_text(json.dumps({**base, "flags": flags}) + "\n")
        out = _run("import", "f.jsonl", code=1)
        assert "f.jsonl:1: flags" in out or "f.jsonl:1: 'flags'" in out, out
        assert problem in out and "Traceback" not in out
    # a flag alone is an annotation set; kinds in any case, spaces for underscores
    Path("f.jsonl").write_text(json.dumps({"text": text, "annotator": "bob", "flags": [
        {"kind": "Broken Text", "comment": "  cut  "}]}) + "\n")
    assert "1 annotation sets added" in _run("import", "f.jsonl")
    assert _flags("annotations.db", "bob")[0][1:3] == ("broken_text", "cut")


def test_brat_notes_that_are_no_flags_stay_out(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _run("init")
    Path("a.txt").write_text("Stoltenberg said that NATO is ready.")
    Path("a.ann").write_text("T1\tSPEAKER 0 11\tStoltenberg\n"
                             "#1\tAnnotatorNotes T1\tchecked against the wire copy\n"
                             "#2\tAnnotatorNotes T1\tDiscuss: first name missing\n")
    _run("import", "--annotator", "alice", "a.txt")
    assert [f[1:] for f in _flags("annotations.db")] == [
        ("discuss", "first name missing", "SPEAKER", 0, 11)]
    Path("a.ann").write_text("T1\tSPEAKER 0 11\tStoltenberg\n"
                             "#1\tAnnotatorNotes R9\tunsure\n")
    out = _run("import", "--annotator", "carol", "a.txt", code=1)
    assert "a.ann:2: a flag note must be on a text-bound annotation" in out


def test_brat_folder_is_what_brat_reads(project: Path) -> None:  # noqa: F811
    _run("export", "--format", "brat", "--out", "exports/b")
    folder = project / "exports" / "b"
    conf = (folder / "annotation.conf").read_text()
    assert "[entities]\nSPEAKER\nQUOTE\nDATE\nCUE" in conf
    assert "ATTRIBUTED_TO\tArg1:QUOTE, Arg2:SPEAKER" in conf
    first = sorted(folder.glob("*.ann"))[0]
    ann = first.read_text().splitlines()
    text = first.with_suffix(".txt").read_text()
    for line in ann:
        if line.startswith("T"):
            _, head, covered = line.split("\t")
            _label, start, end = head.split(" ")
            assert text[int(start):int(end)].replace("\n", " ") == covered
    assert any(line.startswith("R1\tATTRIBUTED_TO Arg1:T") for line in ann)
    assert any(line.startswith("A1\tStance T") for line in ann)


def test_conll_single_column_reads_in_spacy_convert(project: Path) -> None:  # noqa: F811
    from spacy.training.converters import conll_ner_to_docs

    out = _run("export", "--format", "conll", "--label", "QUOTE,SPEAKER", "--out",
               "exports/q.conll")
    assert "3 documents" in out
    text = (project / "exports" / "q.conll").read_text()
    rows = [line.split(" ") for line in text.splitlines() if line and
            not line.startswith("-DOCSTART-")]
    assert all(len(r) == 4 for r in rows)
    docs = list(conll_ner_to_docs(text, n_sents=10))
    found = {e.label_ for d in docs for e in d.ents}
    assert found == {"QUOTE", "SPEAKER"}
    quotes = sum(r[3] == "B-QUOTE" for r in rows)
    assert quotes == 3


def test_conll_bio_stays_valid_across_sentences(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    text = 'Stoltenberg said: "We are ready. We will act. Nothing changes." Then he left.'
    start = text.index("We are")
    end = text.index('changes.') + len("changes.")
    Path("g.jsonl").write_text(json.dumps({
        "text": text, "annotator": "alice",
        "spans": [{"start": start, "end": end, "label": "QUOTE"},
                  {"start": start, "end": start + 6, "label": "QUOTE"},
                  {"start": 0, "end": 11, "label": "SPEAKER"}]}) + "\n")
    _run("init")
    _run("import", "g.jsonl")
    out = _run("export", "--format", "conll", "--source", "alice", "--out", "exports/a.conll")
    assert "1 spans lie inside a longer span" in out
    blocks = (tmp_path / "exports" / "a.conll").read_text().split("\n\n")
    for block in blocks:
        tags = [line.split(" ")[4] for line in block.splitlines()
                if line and not line.startswith("-DOCSTART-")]
        if tags:
            assert not tags[0].startswith("I-")  # no block starts inside a quote
    quote_block = next(b for b in blocks if "B-QUOTE" in b)
    assert quote_block.count("I-QUOTE") == 10  # all 11 tokens of the quote in one block


def test_gold_named_records_are_refused(project: Path) -> None:  # noqa: F811
    _run("export", "--format", "doccano", "--out", "exports/g.jsonl")  # gold's layer
    _run("init", "--db", "fresh.db")
    out = _run("import", "--db", "fresh.db", "exports/g.jsonl", code=1)
    assert "gold" in out and "Traceback" not in out
    assert sqlite3.connect("fresh.db").execute("SELECT COUNT(*) FROM documents").fetchone() \
        == (0,)
