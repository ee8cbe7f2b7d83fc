"""Import: txt and JSONL, dedup, publication dates, annotations, and bad input per file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotate.corpus import find_dateline, normalise, text_hash, title_of
from annotate.importer import import_paths
from annotate.store import Annotations, Store
from tests.conftest import SAMPLE

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_sample_corpus_is_the_seeds_verbatim() -> None:
    names = sorted(p.name for p in SAMPLE.glob("*.txt"))
    assert len(names) == 3
    if SEEDS.is_dir():
        for name in names:
            assert (SAMPLE / name).read_bytes() == (SEEDS / name).read_bytes()


def test_import_sample_with_dates_titles_and_dedup(store: Store) -> None:
    report = import_paths(store, [SAMPLE])
    assert report.ok and (report.files, report.documents) == (3, 3)
    rows = store.all("SELECT ext_id, title, published FROM documents ORDER BY ext_id")
    assert [r["published"] for r in rows] == ["2022-11-30", "2022-11-30", None]
    assert rows[0]["title"].startswith("Ukraine's entry into NATO")
    assert rows[1]["title"].startswith("NATO’s primary priority")
    assert rows[2]["title"].startswith("Stoltenberg acknowledges lack of certainty")
    again = import_paths(store, [SAMPLE])
    assert (again.documents, again.duplicates) == (0, 3)


def test_text_is_kept_verbatim_and_hash_normalised(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nBody  text.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Title \n Body text.", encoding="utf-8")
    report = import_paths(store, [tmp_path])
    assert (report.documents, report.duplicates) == (1, 1)
    assert store.scalar("SELECT text FROM documents") == "Title\n\nBody  text.\n"
    assert normalise("a\u0301  b\n") == "\u00e1 b"
    assert text_hash("x  y") == text_hash(" x y\n")


def test_datelines_and_titles() -> None:
    assert find_dateline(" date 2022-11-30 NATO’s primary") == "2022-11-30"
    assert find_dateline("Title\nPublished: 30 November 2022\nBody") == "2022-11-30"
    assert find_dateline("Title\nPublication date\n\nBody") is None
    assert find_dateline("We met on 2021-01-01 in the text far away" + " x" * 300) is None
    assert title_of("\n\n  A title  \nbody") == "A title"


def test_jsonl_meta_and_annotations(store: Store, tmp_path: Path) -> None:
    text = "Stoltenberg said that NATO is ready."
    record = {
        "text": text,
        "meta": {"id": "n1", "title": "T", "published": "2024-05-02T10:00:00",
                 "source": "wire", "url": "http://x", "section": "world"},
        "annotator": "carol",
        "spans": [{"start": 0, "end": 11, "label": "SPEAKER", "canonical": "Jens Stoltenberg"},
                  {"start": 22, "end": 35, "label": "QUOTE", "stance": "favor",
                   "text": "NATO is ready"}],
        "relations": [{"label": "ATTRIBUTED_TO",
                       "head_span": {"start": 22, "end": 35, "label": "QUOTE"},
                       "child_span": {"start": 0, "end": 11, "label": "SPEAKER"}}],
        "stance": "favor",
    }
    report = import_paths(store, [write_jsonl(tmp_path / "a.jsonl", [record])])
    assert report.ok and report.annotated == 1
    doc = store.one("SELECT * FROM documents")
    assert (doc["ext_id"], doc["title"], doc["published"]) == ("n1", "T", "2024-05-02")
    assert json.loads(doc["meta"]) == {"section": "world"}
    carol = Annotations(store, "carol")
    status = carol.status(doc["id"])
    assert (status["status"], status["stance"]) == ("done", "favor")
    assert [s.origin for s in carol.spans(doc["id"])] == ["imported", "imported"]
    assert len(carol.speakers(doc["id"])) == 1
    # Importing the same annotator's record again replaces, never doubles.
    import_paths(store, [tmp_path / "a.jsonl"])
    assert store.scalar("SELECT COUNT(*) FROM spans") == 2


BAD_LINES = [
    ('{"text": ""}', "a.jsonl:1: empty text"),
    ('{"meta": {}}', "a.jsonl:1: 'text' is required"),
    ("{broken", "a.jsonl:1: invalid JSON"),
    ("[1, 2]", "a.jsonl:1: expected a JSON object"),
    ('{"text": "abc", "meta": {"published": "soon"}}', "meta.published 'soon' is not a date"),
    ('{"text": "abc", "meta": {"title": 3}}', "meta.title must be a string"),
    ('{"text": "abc", "annotator": "a", "spans": [{"start": 1, "end": 9, "label": "QUOTE"}]}',
     "spans[0]: span 1-9 is outside the text (length 3)"),
    ('{"text": "abc", "annotator": "a", "spans": [{"start": "0", "end": 2, "label": "QUOTE"}]}',
     "spans[0]: start and end must be integers"),
    ('{"text": "abc", "annotator": "a", "spans": [{"start": 0, "end": 2, "label": "PERSON"}]}',
     "spans[0]: label 'PERSON' is not in schema news-quotes"),
    ('{"text": "abc", "annotator": "a", "spans": [{"start": 0, "end": 2, "label": "QUOTE"}], '
     '"relations": [{"label": "ATTRIBUTED_TO", "head_span": {"start": 0, "end": 2, '
     '"label": "QUOTE"}, "child_span": {"start": 2, "end": 3, "label": "SPEAKER"}}]}',
     "relations[0]: child_span 2-3 SPEAKER is not one of the record's spans"),
    ('{"text": "abc", "stance": "maybe", "annotator": "a"}', "stance 'maybe' is not one of"),
    ('{"text": "abc", "spans": [{"start": 0, "end": 2, "label": "QUOTE"}]}',
     "a record with annotations needs an 'annotator'"),
]


@pytest.mark.parametrize(("line", "expected"), BAD_LINES)
def test_bad_jsonl_rejects_the_whole_file(
    store: Store, tmp_path: Path, line: str, expected: str
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "A good article."}\n' + line.replace("a.jsonl:1", "") + "\n")
    good = write_jsonl(tmp_path / "b.jsonl", [{"text": "Another article."}])
    report = import_paths(store, [path, good])
    assert len(report.errors) == 1
    message = str(report.errors[0])
    assert expected.replace("a.jsonl:1", "a.jsonl:2") in message or expected in message
    assert message.startswith(str(path) + ":")
    assert "\n" not in message
    # Nothing of the bad file, all of the good one.
    assert [r[0] for r in store.all("SELECT text FROM documents")] == ["Another article."]


def test_bad_txt_files(store: Store, tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 news\n".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("  \n\n")
    (tmp_path / "nul.txt").write_bytes(b"line one\nline\x00two")
    report = import_paths(store, [tmp_path])
    messages = sorted(str(e) for e in report.errors)
    assert messages == [
        f"{tmp_path / 'empty.txt'}: empty text",
        f"{tmp_path / 'latin1.txt'}:1: not UTF-8 (byte 0xe9 at offset 3)",
        f"{tmp_path / 'nul.txt'}:2: contains a NUL byte; not a text file",
    ]
    assert store.scalar("SELECT COUNT(*) FROM documents") == 0


def test_missing_and_unsupported_paths(store: Store, tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a,b")
    assert "unsupported file type" in str(import_paths(store, [tmp_path / "x.csv"]).errors[0])
    assert "no such file" in str(import_paths(store, [tmp_path / "nope"]).errors[0])


def test_prodigy_rejected_and_ignored_records_bring_text_only(store: Store, tmp_path: Path) -> None:
    base = {"text": "Stoltenberg said that NATO is ready.", "annotator": "dan",
            "spans": [{"start": 22, "end": 35, "label": "QUOTE"}]}
    path = write_jsonl(tmp_path / "p.jsonl", [
        {**base, "answer": "reject"},
        {**base, "text": "Another text entirely.", "spans": [], "answer": "ignore"},
    ])
    report = import_paths(store, [path])
    assert report.ok and report.documents == 2 and report.annotated == 0
    assert store.scalar("SELECT COUNT(*) FROM spans") == 0
    bad = write_jsonl(tmp_path / "q.jsonl", [{**base, "answer": "maybe"}])
    assert "answer 'maybe' is not accept, reject or ignore" in str(
        import_paths(store, [bad]).errors[0])


def test_a_big_file_read_by_a_reader_process_imports_the_same(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past PROCESS_MIN_BYTES a forked process reads the file: same result, same errors."""
    import annotate.importer as importer

    monkeypatch.setattr(importer, "PROCESS_MIN_BYTES", 0)
    lines = [json.dumps({"text": f"Article {i}. The minister said so on day {i}."})
             for i in range(5000)]
    lines.append(json.dumps({"text": "Article 7. The minister said so on day 7."}))  # a dupe
    text = "Quote me. She said it."
    lines.append(json.dumps({"text": text, "annotator": "ann", "spans": [
        {"start": 0, "end": 8, "label": "QUOTE"}]}))
    good = tmp_path / "big.jsonl"
    good.write_text("\n".join(lines) + "\n")
    report = import_paths(store, [good])
    assert report.ok and (report.documents, report.duplicates, report.annotated) == (
        5001, 1, 1)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([*lines[:3000], "{broken", *lines[3000:]]) + "\n")
    before = store.scalar("SELECT COUNT(*) FROM documents")
    report = import_paths(store, [bad])
    assert not report.ok and str(report.errors[0]).startswith(f"{bad}:3001:")
    assert store.scalar("SELECT COUNT(*) FROM documents") == before


def test_ids_stay_consecutive_over_repeats_and_re_imports(store: Store, tmp_path: Path) -> None:
    """A text repeated in a file (one record per annotator) or imported again spends no id:
    the ids users read in the queue and pass to `--doc` stay 1, 2, 3."""
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({"text": t, "annotator": a}) + "\n"
                            for t in ["One text.", "Two text."] for a in ["ann", "bob"]),
                    encoding="utf-8")
    assert import_paths(store, [path]).ok
    assert import_paths(store, [path]).ok
    more = tmp_path / "b.jsonl"
    more.write_text(json.dumps({"text": "Three text."}) + "\n", encoding="utf-8")
    assert import_paths(store, [more]).ok
    ids = [r[0] for r in store.all("SELECT id FROM documents ORDER BY id")]
    assert ids == [1, 2, 3]
