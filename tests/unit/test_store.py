"""Store: migrations, actions committed with their events, exact undo/redo across restarts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotate.errors import AnnotateError, StoreError
from annotate.store import Annotations, Store
from annotate.store import suggestions as sugg_store
from annotate.store.tables import SCHEMA_VERSION
from annotate.store.views import queue_page
from tests.conftest import TEXT, add_doc, add_suggestions


def test_new_database_has_version_and_wal(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.db")
    assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert {"documents", "spans", "events", "suggestions"} <= set(store.db.table_names())
    assert {"quotes", "progress"} <= set(store.db.view_names())


def test_refuses_newer_and_non_sqlite_files(tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this annotate supports"):
        Store(newer)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="junk.db: not an SQLite database"):
        Store(junk)
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.db", create=False)


def test_accepting_a_quote_brings_speaker_and_link(store: Store) -> None:
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice = Annotations(store, "alice")
    quote_id = alice.accept(ids["QUOTE"])
    spans = {s.label: s for s in alice.spans(doc)}
    assert set(spans) == {"QUOTE", "SPEAKER"}
    assert spans["QUOTE"].stance == "favor" and spans["QUOTE"].origin == "suggested"
    assert spans["SPEAKER"].canonical == "Jens Stoltenberg"
    assert alice.speakers(doc) == {quote_id: spans["SPEAKER"].id}
    assert [r["label"] for r in alice.open_suggestions(doc)] == ["DATE"]
    assert alice.status(doc)["status"] == "in_progress"
    row = store.one("SELECT * FROM quotes WHERE annotator = 'alice'")
    assert (row["speaker_canonical"], row["quote"]) == ("Jens Stoltenberg", "We stand with Ukraine")


def test_rejecting_a_quote_takes_its_own_speaker_suggestion_along(store: Store) -> None:
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice = Annotations(store, "alice")
    alice.reject(ids["QUOTE"])
    assert alice.decisions(doc) == {ids["QUOTE"]: "rejected", ids["SPEAKER"]: "rejected"}
    assert [r["label"] for r in alice.open_suggestions(doc)] == ["DATE"]
    assert [e["action"] for e in alice.history(doc)] == ["reject"]  # one event
    alice.undo(doc)
    assert alice.decisions(doc) == {}
    assert alice.redo(doc) is not None
    assert alice.decisions(doc) == {ids["QUOTE"]: "rejected", ids["SPEAKER"]: "rejected"}


def test_rejecting_a_quote_keeps_a_speaker_decided_or_marked_already(store: Store) -> None:
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice, bob = Annotations(store, "alice"), Annotations(store, "bob")
    alice.accept(ids["SPEAKER"])
    alice.reject(ids["QUOTE"])
    assert alice.decisions(doc)[ids["SPEAKER"]] == "accepted"
    start = TEXT.index("Stoltenberg")
    bob.add_span(doc, "SPEAKER", start, start + len("Stoltenberg"))  # marked by hand
    bob.reject(ids["QUOTE"])
    assert bob.decisions(doc) == {ids["QUOTE"]: "rejected"}


def test_rejecting_a_quote_keeps_a_speaker_another_quote_still_names(store: Store) -> None:
    from annotate.suggest.types import DocSuggestions, RelationSuggestion, SpanSuggestion

    text = '"We are ready," Kuleba said. "We will win," he added.'
    doc = add_doc(store, text)
    first, second = (text.index("We are ready"), text.index(",\"")), \
        (text.index("We will"), text.index(",\" he"))
    who = (text.index("Kuleba"), text.index("Kuleba") + 6)
    spans = [SpanSuggestion(1, "QUOTE", *first, text[slice(*first)], "q", 0.9),
             SpanSuggestion(2, "QUOTE", *second, text[slice(*second)], "q", 0.9),
             SpanSuggestion(3, "SPEAKER", *who, "Kuleba", "s", 0.8)]
    rels = [RelationSuggestion("ATTRIBUTED_TO", 1, 3, "s", 0.8),
            RelationSuggestion("ATTRIBUTED_TO", 2, 3, "s", 0.8)]
    sugg_store.save(store, sugg_store.ModelRun("m", "1", "1"), [(doc, DocSuggestions(spans, rels))])
    ids = {(r["label"], r["start"]): r["id"] for r in
           store.all("SELECT id, label, start FROM suggestions WHERE document_id = ?", (doc,))}
    q1, q2, speaker = ids[("QUOTE", first[0])], ids[("QUOTE", second[0])], ids[("SPEAKER", who[0])]
    alice = Annotations(store, "alice")
    alice.reject(q1)  # the second quote is open and names the same speaker: it stays open
    assert speaker not in alice.decisions(doc)
    alice.reject(q2)  # now no quote wants it
    assert alice.decisions(doc)[speaker] == "rejected"
    bob = Annotations(store, "bob")
    bob.accept(q2)
    bob.reject(q1)  # accepted along with the second quote: untouched
    assert bob.decisions(doc)[speaker] == "accepted"


def test_accept_all_is_one_undoable_step_with_speakers_and_links(store: Store) -> None:
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice, bob = Annotations(store, "alice"), Annotations(store, "bob")
    done = alice.accept_all(doc)
    assert (done.decided, done.accepted, done.left_open) == (3, 2, [])
    assert alice.decisions(doc) == {i: "accepted" for i in ids.values()}
    spans = {s.label: s for s in alice.spans(doc)}
    assert set(spans) == {"QUOTE", "SPEAKER", "DATE"}
    assert alice.speakers(doc) == {spans["QUOTE"].id: spans["SPEAKER"].id}
    assert spans["DATE"].value == "2022-11-30" and spans["QUOTE"].stance == "favor"
    assert alice.open_suggestions(doc) == [] and bob.decisions(doc) == {}
    assert [e["action"] for e in alice.history(doc)] == ["accept_all"]
    alice.undo(doc)
    assert alice.spans(doc) == [] and alice.decisions(doc) == {}
    assert store.scalar("SELECT COUNT(*) FROM relations") == 0
    alice.redo(doc)
    assert len(alice.spans(doc)) == 3 and alice.speakers(doc)


def test_accept_all_leaves_what_the_annotator_decided_otherwise(store: Store) -> None:
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice = Annotations(store, "alice")
    # alice marked her own QUOTE over the suggestion, and a DATE of her own next to it
    q0, d0 = TEXT.index("We"), TEXT.index("November")
    own = alice.add_span(doc, "QUOTE", q0, TEXT.index(" Ukraine"))
    alice.add_span(doc, "DATE", d0, d0 + len("November"))
    done = alice.accept_all(doc)
    # the quote suggestion overlaps her quote, the date hers: both left; the speaker only
    # comes with a quote, so it is left too
    assert done.decided == 0 and sorted(done.left_open) == sorted(ids.values())
    assert alice.decisions(doc) == {}
    assert [s.id for s in alice.spans(doc) if s.label == "QUOTE"] == [own]
    assert alice.history(doc)[0]["action"] == "add_span"  # nothing changed: no event


def test_accept_all_skips_what_was_decided_and_keeps_a_rejected_speaker_out(store: Store
                                                                            ) -> None:
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice = Annotations(store, "alice")
    alice.reject(ids["SPEAKER"])
    alice.reject(ids["DATE"])
    done = alice.accept_all(doc)
    assert (done.decided, done.left_open) == (1, [])
    assert [s.label for s in alice.spans(doc)] == ["QUOTE"]
    assert alice.speakers(doc) == {}
    assert alice.decisions(doc)[ids["DATE"]] == "rejected"


def test_annotators_do_not_see_each_other(store: Store) -> None:
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice, bob = Annotations(store, "alice"), Annotations(store, "bob")
    alice.accept(ids["QUOTE"])
    alice.reject(ids["DATE"])
    assert bob.spans(doc) == []
    assert len(bob.open_suggestions(doc)) == 3
    assert [q.open_suggestions for q in queue_page(store, bob.annotator_id)] == [3]
    assert [q.open_suggestions for q in queue_page(store, alice.annotator_id)] == [0]


def test_undo_and_redo_are_exact_and_survive_restart(tmp_path: Path, schema) -> None:
    path = tmp_path / "u.db"
    store = Store(path)
    store.store_schema(schema)
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice = Annotations(store, "alice")

    def snapshot(s: Store) -> list[tuple]:
        return [tuple(r) for r in s.all(
            "SELECT label, start, \"end\", stance, origin FROM spans ORDER BY id")] + [
            tuple(r) for r in s.all("SELECT head_id, child_id FROM relations")] + [
            tuple(r) for r in s.all("SELECT suggestion_id, decision FROM decisions")]

    states = [snapshot(store)]
    quote = alice.accept(ids["QUOTE"])
    states.append(snapshot(store))
    alice.set_quote_stance(quote, "against")
    states.append(snapshot(store))
    alice.update_span(quote, start=TEXT.index("stand"))
    states.append(snapshot(store))
    alice.reject(ids["DATE"])
    states.append(snapshot(store))
    store.close()

    store = Store(path)  # a restart: undo comes from the event log
    alice = Annotations(store, "alice")
    for expected in reversed(states[:-1]):
        assert alice.undo(doc).document_id == doc
        assert snapshot(store) == expected
    assert alice.undo(doc) is None
    for expected in states[1:]:
        assert alice.redo(doc).document_id == doc
        assert snapshot(store) == expected
    assert alice.redo(doc) is None
    # A new action after an undo clears what could be redone.
    alice.undo(doc)
    alice.set_document_stance(doc, "neutral")
    assert alice.redo(doc) is None
    actions = [e["action"] for e in alice.history(doc, limit=100)]
    assert actions.count("undo") == 5 and actions.count("redo") == 4


def test_edit_marks_origin_and_delete_rejects_suggestion(store: Store) -> None:
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice = Annotations(store, "alice")
    quote = alice.accept(ids["QUOTE"])
    alice.update_span(quote, end=TEXT.index(" with"))
    span = alice.span(quote)
    assert (span.text, span.origin) == ("We stand", "edited")
    alice.delete_span(quote)
    assert alice.decisions(doc)[ids["QUOTE"]] == "rejected"
    assert alice.speakers(doc) == {}
    alice.undo(doc)
    assert alice.span(quote).text == "We stand"
    assert alice.speakers(doc) != {}


def test_bad_actions_are_refused(store: Store) -> None:
    doc = add_doc(store)
    alice = Annotations(store, "alice")
    with pytest.raises(AnnotateError, match="outside the text"):
        alice.add_span(doc, "QUOTE", 5, 500)
    with pytest.raises(AnnotateError, match="not a label"):
        alice.add_span(doc, "PERSON", 0, 4)
    with pytest.raises(AnnotateError, match="not a stance value"):
        alice.set_document_stance(doc, "maybe")
    assert store.scalar("SELECT COUNT(*) FROM events") == 0


def test_manual_span_speaker_link_and_status(store: Store) -> None:
    doc = add_doc(store)
    alice = Annotations(store, "alice")
    q = alice.add_span(doc, "QUOTE", 0, 15)
    s = alice.add_span(doc, "SPEAKER", TEXT.index("Stoltenberg"), TEXT.index(" said"))
    alice.set_speaker(q, s)
    alice.set_status(doc, "done")
    alice.add_time(doc, 12.5)
    status = alice.status(doc)
    assert (status["status"], alice.seconds(doc)) == ("done", 12.5)
    assert alice.speakers(doc) == {q: s}
    alice.set_speaker(q, None)
    assert alice.speakers(doc) == {}


def test_preannotation_bookkeeping(store: Store) -> None:
    doc = add_doc(store)
    run = sugg_store.ModelRun("m", "1", "1")
    assert sugg_store.count_pending(store, run) == 1
    add_suggestions(store, doc)
    assert sugg_store.count_pending(store, sugg_store.ModelRun("en_core_web_sm", "3.8.0", "1")) == 0
    assert sugg_store.count_pending(store, sugg_store.ModelRun("en_core_web_sm", "3.8.0", "2")) == 1
    assert [r["id"] for r in sugg_store.pending(store, run, force=True)] == [doc]


def test_accept_with_changes_is_one_undo_step(store: Store) -> None:
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice = Annotations(store, "alice")
    quote = alice.accept(ids["QUOTE"], stance="against", end=TEXT.index(" with"))
    span = alice.span(quote)
    assert (span.stance, span.text, span.origin) == ("against", "We stand", "edited")
    alice.undo(doc)
    assert alice.spans(doc) == [] and alice.decisions(doc) == {}
    with pytest.raises(AnnotateError, match="not a stance value"):
        alice.accept(ids["QUOTE"], stance="maybe")
    assert alice.spans(doc) == []


def test_gold_edits_record_the_adjudicator(store: Store) -> None:
    import json

    doc = add_doc(store)
    gold = Annotations(store, "gold", role="gold", actor="lead")
    span = gold.add_span(doc, "QUOTE", 0, 15)
    row = gold.span(span)
    assert row.origin == "adjudicated"
    prov = json.loads(store.scalar("SELECT provenance FROM spans WHERE id = ?", (span,)))
    assert (prov["adjudicator"], prov["taken_from"], prov["edited"]) == ("lead", [], True)
    store.conn.execute(
        "UPDATE spans SET provenance = ? WHERE id = ?",
        (json.dumps({"adjudicator": "first", "taken_from": ["alice"], "at": "x"}), span))
    Annotations(store, "gold", role="gold", actor="second").update_span(span, end=10)
    prov = json.loads(store.scalar("SELECT provenance FROM spans WHERE id = ?", (span,)))
    assert (prov["adjudicator"], prov["taken_from"]) == ("second", ["alice"])
    gold.set_document_stance(doc, "favor")
    prov = json.loads(store.scalar("SELECT provenance FROM document_status WHERE annotator_id = ?",
                                   (gold.annotator_id,)))
    assert prov["adjudicator"] == "lead"
    # An annotator's own rows never get provenance.
    alice = Annotations(store, "alice")
    mine = alice.add_span(doc, "QUOTE", 0, 15)
    assert store.scalar("SELECT provenance FROM spans WHERE id = ?", (mine,)) is None
