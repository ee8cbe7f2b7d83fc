"""Adjudication: agreed work merges into gold, disagreements are taken one by one, undoably."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from annotate.adjudicate import (
    GOLD,
    disagreements,
    gold_annotations,
    merge_agreed,
    review_documents,
    take,
)
from annotate.errors import AnnotateError
from annotate.importer import import_paths
from annotate.store import Store

TEXT = ("On Monday, Jens Stoltenberg said that Ukraine will join NATO. "
        "Critics said it will not happen.")


def _span(text: str, label: str, occurrence: str = "", **extra: str) -> dict:
    start = TEXT.index(text)
    return {"start": start, "end": start + len(text), "label": label, **extra}


def _rel(quote: dict, speaker: dict) -> dict:
    return {"label": "ATTRIBUTED_TO", "head_span": quote, "child_span": speaker}


def _records() -> list[dict]:
    jens = _span("Jens Stoltenberg", "SPEAKER", canonical="Jens Stoltenberg")
    critics = _span("Critics", "SPEAKER")
    out = []
    for name, stance, q_stance, date, q2, has_critics in [
        ("ann1", "favor", "favor", True, "it will not happen", True),
        ("ann2", "neutral", "favor", True, "will not happen", True),
        ("ann3", "favor", "against", False, None, False),
    ]:
        q1 = _span("Ukraine will join NATO", "QUOTE", stance=q_stance)
        spans = [jens, q1]
        rels = [_rel(q1, jens)]
        if date:
            spans.append(_span("Monday", "DATE", value="2022-11-28"))
        if has_critics:
            spans.append(critics)
        if q2:
            quote2 = _span(q2, "QUOTE", stance="against")
            spans.append(quote2)
            rels.append(_rel(quote2, critics))
        out.append({"text": TEXT, "meta": {"id": "d1"}, "annotator": name, "stance": stance,
                    "spans": spans, "relations": rels})
    return out


@pytest.fixture
def db(store: Store, tmp_path: Path) -> Store:
    path = tmp_path / "ann.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in _records()) + "\n")
    report = import_paths(store, [path])
    assert report.ok, report.errors
    return store


def _annotator_rows(store: Store) -> list[tuple]:
    return [tuple(r) for r in store.all(
        "SELECT s.* FROM spans s JOIN annotators a ON a.id = s.annotator_id "
        "WHERE a.role = 'annotator' ORDER BY s.id")]


def _gold(store: Store) -> list[tuple]:
    return [(r["label"], r["text"], r["stance"]) for r in store.all(
        "SELECT s.* FROM spans s JOIN annotators a ON a.id = s.annotator_id WHERE a.name = ? "
        "ORDER BY s.start", (GOLD,))]


def test_review_documents_need_enough_annotators(db: Store) -> None:
    assert review_documents(db, 2) == [1]
    assert review_documents(db, 4) == []


def test_unanimous_merge_writes_gold_with_provenance_and_leaves_annotators_alone(
    db: Store,
) -> None:
    before = _annotator_rows(db)
    report = merge_agreed(db, "carol")
    assert _annotator_rows(db) == before
    assert (report.spans, report.speakers, report.quote_stances) == (2, 1, 0)
    assert _gold(db) == [("SPEAKER", "Jens Stoltenberg", None),
                         ("QUOTE", "Ukraine will join NATO", None)]
    row = db.one("SELECT provenance, origin FROM spans WHERE text = 'Jens Stoltenberg' AND "
                 "annotator_id = (SELECT id FROM annotators WHERE name = 'gold')")
    prov = json.loads(row["provenance"])
    assert row["origin"] == "adjudicated"
    assert prov["adjudicator"] == "carol" and prov["taken_from"] == ["ann1", "ann2", "ann3"]
    assert "at" in prov
    assert db.scalar("SELECT role FROM annotators WHERE name = 'gold'") == "gold"
    again = merge_agreed(db, "carol")
    assert again.skipped == 1 and again.spans == 0
    assert len(_gold(db)) == 2


def test_disagreements_expose_every_version(db: Store) -> None:
    merge_agreed(db, "carol")
    found = {d.key: d for d in disagreements(db, 1)}
    assert set(found) == {
        "span:DATE:3-9", "span:SPEAKER:62-69", "span:QUOTE:75-93",
        "quote_stance:QUOTE:38-60", "document_stance"}
    stance = found["quote_stance:QUOTE:38-60"]
    assert {a: str(v) for a, v in stance.versions.items()} == {
        "ann1": "favor", "ann2": "favor", "ann3": "against"}
    assert found["span:DATE:3-9"].versions["ann3"] is None
    assert not any(d.resolved for d in found.values())


def test_take_is_one_undoable_gold_action(db: Store) -> None:
    merge_agreed(db, "carol")
    stance = next(d for d in disagreements(db, 1) if d.kind == "quote_stance")
    before = _annotator_rows(db)
    take(db, "carol", 1, stance, "ann3")
    assert ("QUOTE", "Ukraine will join NATO", "against") in _gold(db)
    assert _annotator_rows(db) == before
    assert next(d for d in disagreements(db, 1) if d.kind == "quote_stance").resolved
    gold_annotations(db).undo(1)
    assert ("QUOTE", "Ukraine will join NATO", None) in _gold(db)
    assert not next(d for d in disagreements(db, 1) if d.kind == "quote_stance").resolved


def test_taking_nothing_resolves_and_all_taken_marks_gold_done(db: Store) -> None:
    merge_agreed(db, "carol")
    for d in disagreements(db, 1):
        take(db, "carol", 1, d, "ann3")
    assert all(d.resolved for d in disagreements(db, 1))
    assert _gold(db) == [("SPEAKER", "Jens Stoltenberg", None),
                         ("QUOTE", "Ukraine will join NATO", "against")]
    status = db.one("SELECT status, stance, provenance FROM document_status WHERE "
                    "annotator_id = (SELECT id FROM annotators WHERE name = 'gold')")
    assert (status["status"], status["stance"]) == ("done", "favor")
    assert json.loads(status["provenance"])["taken_from"] == ["ann3"]


def test_take_quote_brings_stance_and_speaker(db: Store) -> None:
    merge_agreed(db, "carol")
    quote = next(d for d in disagreements(db, 1) if d.key == "span:QUOTE:75-93")
    take(db, "carol", 1, quote, "ann2")
    assert ("QUOTE", "will not happen", "against") in _gold(db)
    assert ("SPEAKER", "Critics", None) in _gold(db)
    gold = gold_annotations(db)
    q = next(s for s in gold.spans(1) if s.text == "will not happen")
    assert gold.span(gold.speakers(1)[q.id]).text == "Critics"


def test_majority_merges_more(db: Store) -> None:
    report = merge_agreed(db, "carol", strategy="majority")
    gold = _gold(db)
    assert ("DATE", "Monday", None) in gold and ("SPEAKER", "Critics", None) in gold
    assert ("QUOTE", "Ukraine will join NATO", "favor") in gold
    assert report.document_stances == 1
    keys = {d.key for d in disagreements(db, 1, strategy="majority")}
    assert keys == {"span:QUOTE:75-93"}


def test_bad_arguments_are_one_line_errors(db: Store) -> None:
    with pytest.raises(AnnotateError, match="strategy"):
        merge_agreed(db, "carol", strategy="vote")
    with pytest.raises(AnnotateError, match="fewer than 5"):
        disagreements(db, 1, min_annotators=5)


def _cli_db(db: Store) -> str:
    path = db.path
    db.close()
    return path


def test_review_list_only_reads_and_reads_like_the_text(
    db: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from annotate.cli import cli

    path = _cli_db(db)
    with Store(path) as reopened:
        events = reopened.scalar("SELECT COUNT(*) FROM events")
    result = CliRunner().invoke(cli, ["review", "--db", path, "--adjudicator", "carol",
                                      "--list"])
    assert result.exit_code == 0, result.output
    assert "merged" not in result.output
    with Store(path) as reopened:  # nothing was written
        assert reopened.scalar("SELECT COUNT(*) FROM events") == events
    assert "quote stance" in result.output and "ann3: against" in result.output
    assert "“" in result.output and not re.search(r"QUOTE \d+-\d+", result.output)
    assert "open disagreements" in result.output


def test_review_command_opens_the_screen_when_there_is_one(
    db: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from annotate.cli import cli
    from annotate.tui import review

    calls = []
    monkeypatch.setattr(review, "run_review", lambda *a: calls.append(a))
    path = _cli_db(db)
    result = CliRunner().invoke(cli, ["review", "--db", path, "--adjudicator", "carol",
                                      "--strategy", "majority", "--min-annotators", "3"])
    assert result.exit_code == 0, result.output
    assert calls == [(path, "carol", 3, "majority")]


def test_adjudicated_gold_exports(db: Store, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from annotate.export import run

    merge_agreed(db, "carol", strategy="majority")
    for d in disagreements(db, 1, strategy="majority"):
        take(db, "carol", 1, d, "ann1")
    monkeypatch.chdir(tmp_path)
    report = run(db, "jsonl", "gold", "exports/gold.jsonl")
    record = json.loads((tmp_path / "exports" / "gold.jsonl").read_text())
    assert report.documents == 1 and record["annotator"] == GOLD
    assert {s["text"] for s in record["spans"]} == {
        "Jens Stoltenberg", "Ukraine will join NATO", "Monday", "Critics", "it will not happen"}
    assert len(record["relations"]) == 2 and record["accept"] == ["favor"]


def test_taking_a_speaker_never_brings_back_one_the_adjudicator_trimmed(store: Store) -> None:
    """Gold's speaker was trimmed by hand; taking the version again reuses it."""
    from annotate.adjudicate import disagreements, gold_annotations, merge_agreed, take
    from annotate.store import Annotations
    from tests.conftest import TEXT, add_doc

    doc = add_doc(store)
    q0, q1 = TEXT.index("We"), TEXT.index(',"')
    s0 = TEXT.index("Stoltenberg")
    for name, (a, b) in (("alice", (s0 - 4, s0 + 11)), ("bob", (0, 4))):
        me = Annotations(store, name)
        quote = me.add_span(doc, "QUOTE", q0, q1)
        me.set_speaker(quote, me.add_span(doc, "SPEAKER", a, b))
        me.set_status(doc, "done")
    merge_agreed(store, "lead")
    d = next(d for d in disagreements(store, doc) if d.kind == "speaker")
    take(store, "lead", doc, d, "alice")
    gold = gold_annotations(store, "lead")
    speaker = next(s for s in gold.spans(doc) if s.label == "SPEAKER" and s.start == s0 - 4)
    gold.update_span(speaker.id, start=s0)  # the adjudicator trims "the Stoltenberg"
    d = next(d for d in disagreements(store, doc) if d.kind == "speaker")
    take(store, "lead", doc, d, "alice")  # taken again: the trimmed mention stands
    speakers = [(s.start, s.end) for s in gold.spans(doc) if s.label == "SPEAKER"]
    assert (s0 - 4, s0 + 11) not in speakers and (s0, s0 + 11) in speakers


def test_flagged_documents_come_first_in_review(store: Store) -> None:
    from annotate.adjudicate import review_documents
    from annotate.store import Annotations
    from tests.conftest import add_doc

    docs = [add_doc(store, f"Text number {i} was said.") for i in range(3)]
    for name in ("alice", "bob"):
        me = Annotations(store, name)
        for doc in docs:
            me.set_status(doc, "done")
    Annotations(store, "bob").add_flag(docs[2], "discuss", "is this a quote?")
    assert review_documents(store) == [docs[2], docs[0], docs[1]]
