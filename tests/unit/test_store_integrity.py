"""The scenarios that lost or moved work, replayed against the store: each must now hold."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from annotate.errors import AnnotateError, StoreError
from annotate.schema import default_schema
from annotate.store import Annotations, Store
from annotate.store import suggestions as sugg_store
from annotate.store.events import replay
from annotate.store.tables import SCHEMA_VERSION
from annotate.store.upgrades import recount
from annotate.store.views import queue_page, status_counts
from annotate.suggest.types import DocSuggestions, SpanSuggestion
from tests.conftest import RUN, TEXT, add_doc, add_suggestions
from tests.unit.v1_schema import V1_SCHEMA

OTHER = "Kuleba said the summit on Friday will decide. Nothing else was said that day."


def owners(store: Store) -> dict[tuple[str, int], tuple[int, int]]:
    """Every annotator row's (document, annotator), by table and id."""
    out = {}
    for table in ("spans", "relations"):
        for r in store.all(f"SELECT id, document_id, annotator_id FROM {table}"):
            out[(table, r["id"])] = (r["document_id"], r["annotator_id"])
    return out


def test_ids_are_never_reused_across_documents(store: Store) -> None:
    """a u on document 1, ] a on document 2, [ ctrl+r: each span stays where it belongs."""
    doc1, doc2 = add_doc(store), add_doc(store, OTHER)
    ids1 = add_suggestions(store, doc1)
    sugg_store.save(store, RUN, [(doc2, DocSuggestions([
        SpanSuggestion(1, "DATE", OTHER.index("Friday"), OTHER.index("Friday") + 6, "Friday",
                       "date", 0.9, value="2022-12-02")]))])
    date2 = store.scalar("SELECT id FROM suggestions WHERE document_id = ?", (doc2,))
    alice = Annotations(store, "alice")
    quote = alice.accept(ids1["QUOTE"])
    alice.undo(doc1)
    date_span = alice.accept(date2)
    assert date_span > quote  # the id the undo freed is not handed out again
    alice.redo(doc1)
    rows = {r["id"]: (r["document_id"], r["label"]) for r in store.all("SELECT * FROM spans")}
    assert rows[date_span] == (doc2, "DATE")
    assert rows[quote] == (doc1, "QUOTE")


def test_undo_redo_across_annotators_never_moves_rows(store: Store) -> None:
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice, bob = Annotations(store, "alice"), Annotations(store, "bob")
    alice.accept(ids["QUOTE"])
    alice.undo(doc)
    bob.accept(ids["SPEAKER"])
    before = owners(store)
    alice.redo(doc)
    after = owners(store)
    assert all(after[k] == v for k, v in before.items())
    assert bob.decisions(doc) == {ids["SPEAKER"]: "accepted"}
    assert [s.label for s in bob.spans(doc)] == ["SPEAKER"]


def test_preannotate_force_keeps_every_decision(store: Store) -> None:
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice = Annotations(store, "alice")
    alice.accept(ids["QUOTE"])
    alice.reject(ids["DATE"])
    alice.set_status(doc, "done")
    decisions, spans = alice.decisions(doc), alice.spans(doc)
    open_before = len(alice.open_suggestions(doc))
    events_before = store.scalar("SELECT COUNT(*) FROM events")
    add_suggestions(store, doc)  # the same rules again (--force)
    assert alice.decisions(doc) == decisions and alice.spans(doc) == spans
    assert len(alice.open_suggestions(doc)) == open_before == 0
    assert store.scalar("SELECT COUNT(*) FROM suggestions WHERE retired_at IS NULL") == 3
    assert store.scalar("SELECT COUNT(*) FROM events") == events_before
    # New rules that no longer find the DATE retire it: the rejection stays recorded.
    q0, q1 = TEXT.index("We"), TEXT.index(',"')
    sugg_store.save(store, sugg_store.ModelRun("m2", "1", "2"), [(doc, DocSuggestions([
        SpanSuggestion(1, "QUOTE", q0, q1, TEXT[q0:q1], "quote.direct", 0.95)]))])
    assert alice.decisions(doc) == decisions and alice.spans(doc) == spans
    retired = store.scalar("SELECT retired_at FROM suggestions WHERE id = ?", (ids["DATE"],))
    assert retired is not None
    with pytest.raises(AnnotateError, match="newer pre-annotation run"):
        Annotations(store, "bob").accept(ids["DATE"])
    assert alice.undo(doc) is not None  # the history still applies


def test_a_rerun_that_moves_a_suggestion_does_not_reopen_an_edited_span(store: Store) -> None:
    """alice fixed a suggestion's boundaries; new rules suggest exactly her fix."""
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice = Annotations(store, "alice")
    span = alice.accept(ids["DATE"])
    d0 = TEXT.index("on November")
    alice.update_span(span, start=d0)
    sugg_store.save(store, sugg_store.ModelRun("m", "1", "2"), [(doc, DocSuggestions([
        SpanSuggestion(1, "DATE", d0, d0 + 14, TEXT[d0:d0 + 14], "date", 0.9)]))])
    assert [s["label"] for s in alice.open_suggestions(doc)] == []
    assert [s["label"] for s in Annotations(store, "bob").open_suggestions(doc)] == ["DATE"]


def test_accepting_a_quote_keeps_the_speaker_the_annotator_edited(store: Store) -> None:
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice = Annotations(store, "alice")
    speaker = alice.accept(ids["SPEAKER"])
    s0 = TEXT.index("Stoltenberg")
    alice.update_span(speaker, end=s0 + 5)  # "Stolt": edited to something else entirely
    quote = alice.accept(ids["QUOTE"])
    speakers = [s for s in alice.spans(doc) if s.label == "SPEAKER"]
    assert [s.id for s in speakers] == [speaker]
    assert alice.speakers(doc) == {quote: speaker}


def test_accepting_a_quote_reuses_a_speaker_marked_by_hand(store: Store) -> None:
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice = Annotations(store, "alice")
    s0 = TEXT.index("Stoltenberg")
    mine = alice.add_span(doc, "SPEAKER", s0, s0 + 11)
    quote = alice.accept(ids["QUOTE"])
    assert [s.id for s in alice.spans(doc) if s.label == "SPEAKER"] == [mine]
    assert alice.speakers(doc) == {quote: mine}
    assert alice.decisions(doc)[ids["SPEAKER"]] == "accepted"


def test_a_stale_window_cannot_overrule_the_other(tmp_path: Path) -> None:
    path = tmp_path / "two.db"
    first = Store(path)
    doc = add_doc(first)
    ids = add_suggestions(first, doc)
    second = Store(path)
    assert not second.external_change()
    Annotations(first, "alice").accept(ids["QUOTE"])
    assert second.external_change() and not second.external_change()
    stale = Annotations(second, "alice")
    with pytest.raises(AnnotateError, match="already accepted"):
        stale.reject(ids["QUOTE"])
    assert stale.decisions(doc)[ids["QUOTE"]] == "accepted"
    assert len(stale.spans(doc)) == 2


def test_undo_refuses_when_someone_changed_the_row_since(store: Store) -> None:
    """alice corrects the publication date, bob corrects it again: alice's undo would
    overwrite bob's fix, so it is refused and changes nothing."""
    doc = add_doc(store)
    alice, bob = Annotations(store, "alice"), Annotations(store, "bob")
    alice.set_published(doc, "2022-11-30")
    bob.set_published(doc, "2022-12-01")
    events = store.scalar("SELECT COUNT(*) FROM events")
    with pytest.raises(AnnotateError, match="the document has changed since"):
        alice.undo(doc)
    assert store.scalar("SELECT published FROM documents") == "2022-12-01"
    assert store.scalar("SELECT COUNT(*) FROM events") == events
    bob.undo(doc)
    alice.undo(doc)
    assert store.scalar("SELECT published FROM documents") is None


def test_a_shared_row_changed_and_changed_back_still_blocks_an_older_undo(
        store: Store) -> None:
    """A -> B -> A by three people: the row looks as alice left it, but undoing her change
    now would interleave their histories (found by the store's property test: afterwards
    no order of undos led back to the start). Refused; newest first still unwinds it all,
    and a change made and undone since does not count."""
    doc = add_doc(store)
    alice, bob, carol = (Annotations(store, n) for n in ("alice", "bob", "carol"))
    alice.set_published(doc, "2022-11-30")
    carol.set_published(doc, None)
    bob.set_published(doc, "2022-11-30")
    with pytest.raises(AnnotateError, match="the document has changed since"):
        alice.undo(doc)
    assert store.scalar("SELECT published FROM documents") == "2022-11-30"
    bob.undo(doc)
    carol.undo(doc)  # carol's change made and undone after alice's: it nets to nothing
    assert alice.undo(doc) is not None
    assert store.scalar("SELECT published FROM documents") is None
    assert alice.redo(doc) is not None
    with pytest.raises(AnnotateError, match="changed since"):
        carol.redo(doc)  # redo would put carol's change over alice's redone one


def test_gold_is_written_only_through_review(store: Store) -> None:
    with pytest.raises(AnnotateError, match="only through `annotate review`"):
        Annotations(store, "gold")
    assert store.scalar("SELECT COUNT(*) FROM annotators") == 0
    Annotations(store, "gold", role="gold", actor="lead")
    with pytest.raises(AnnotateError, match="only through"):
        store.annotator_id("gold")


def test_import_never_replaces_work(store: Store) -> None:
    doc = add_doc(store)
    alice = Annotations(store, "alice")
    s0 = TEXT.index("Stoltenberg")
    from annotate.store.annotations import NewSpan

    work = [NewSpan("SPEAKER", s0, s0 + 11, canonical="Jens Stoltenberg"),
            NewSpan("QUOTE", TEXT.index("We"), TEXT.index(',"'))]
    assert alice.import_document(doc, work, [(1, 0, "ATTRIBUTED_TO")], "favor") == "added"
    assert alice.import_document(doc, work, [(1, 0, "ATTRIBUTED_TO")], "favor") == "unchanged"
    with pytest.raises(AnnotateError, match="already has different work"):
        alice.import_document(doc, work[:1], [], "favor")
    assert len(alice.spans(doc)) == 2 and alice.status(doc)["status"] == "done"


def test_a_refused_transaction_writes_no_annotator(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write():
        Annotations(store, "carol")
        raise RuntimeError("the file was refused")
    assert store.scalar("SELECT COUNT(*) FROM annotators") == 0


def test_disk_full_saves_nothing_and_says_so(store: Store) -> None:
    doc = add_doc(store)
    alice = Annotations(store, "alice")
    alice.add_span(doc, "QUOTE", 0, 4)
    pages = store.scalar("PRAGMA page_count")
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    big = "x" * 20_000
    with pytest.raises(StoreError, match="disk is full"), store.write() as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES ('filler', ?)", (big,))
    assert not store.conn.in_transaction
    with pytest.raises(StoreError, match="nothing was saved"):
        for _ in range(50):
            alice.add_time(doc, 1.0)
            alice.add_flag(doc, "discuss", big)
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    alice.add_span(doc, "QUOTE", 5, 9)  # the store works again once there is room


def test_a_deleted_or_replaced_file_stops_writing(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    store = Store(path)
    doc = add_doc(store)
    alice = Annotations(store, "alice")
    alice.add_span(doc, "QUOTE", 0, 4)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    fresh = Store(path)
    fresh.close()
    with pytest.raises(StoreError, match="replaced by another file"):
        alice.add_span(doc, "QUOTE", 5, 9)
    with pytest.raises(StoreError, match="replaced"):  # and it stays refused
        store.external_change()
    gone = tmp_path / "b.db"
    other = Store(gone)
    os.unlink(gone)
    with pytest.raises(StoreError, match="was deleted"):
        other.set_meta("x", "y")


def test_reading_a_corrupted_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    store = Store(path)
    add_doc(store)
    store.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as err:
        Store(path)
    assert str(err.value).startswith(str(path)) and "\n" not in str(err.value)


def test_published_date_correction_re_resolves_open_dates(store: Store) -> None:
    doc = add_doc(store)
    d0 = TEXT.index("November")
    sugg_store.save(store, RUN, [(doc, DocSuggestions([
        SpanSuggestion(1, "DATE", d0, d0 + 11, "November 30", "date", 0.9, value=None,
                       details={"tense": "past"})]))])
    alice = Annotations(store, "alice")
    assert alice.set_published(doc, "2023-01-05") == 1
    assert store.scalar("SELECT value FROM suggestions") == "2022-11-30"
    assert store.scalar("SELECT published FROM documents") == "2023-01-05"
    alice.undo(doc)
    assert store.scalar("SELECT value FROM suggestions") is None
    with pytest.raises(AnnotateError, match="YYYY-MM-DD"):
        alice.set_published(doc, "5 Jan 2023")


def test_date_values_are_validated(store: Store) -> None:
    doc = add_doc(store)
    alice = Annotations(store, "alice")
    span = alice.add_span(doc, "DATE", TEXT.index("November"), len(TEXT) - 1, value="2022-11")
    for good in ("2022", "2022-11-30", "2022-Q4", "2022-H2", "2022-W48", "2022-FA"):
        alice.update_span(span, value=good)
    for bad in ("2022-13", "2022-02-30", "Nov 2022", "2022-Q5", ""):
        with pytest.raises(AnnotateError, match="not a date value|not a day"):
            alice.update_span(span, value=bad)


def test_maintained_counts_match_the_rows(store: Store) -> None:
    docs = [add_doc(store, f"Document number {i} said nothing.") for i in range(5)]
    alice = Annotations(store, "alice")
    alice.add_span(docs[0], "QUOTE", 0, 8)
    alice.set_status(docs[1], "done")
    alice.set_status(docs[2], "skipped")
    alice.set_status(docs[2], "done")
    alice.undo(docs[2])
    counts = status_counts(store, alice.annotator_id)
    assert counts == {"todo": 2, "in_progress": 1, "done": 1, "skipped": 1}
    before = store.all("SELECT * FROM status_counts ORDER BY annotator_id, status")
    with store.write() as conn:
        recount(conn)
    assert [tuple(r) for r in store.all("SELECT * FROM status_counts ORDER BY "
                                        "annotator_id, status")] == [tuple(r) for r in before]
    page = queue_page(store, alice.annotator_id, limit=2)
    assert [i.id for i in page] == docs[:2]
    assert [i.id for i in queue_page(store, alice.annotator_id, after=page[-1].id)] == docs[2:]
    assert [i.id for i in queue_page(store, alice.annotator_id, before=docs[3], limit=2)] == \
        docs[1:3]
    assert [i.id for i in queue_page(store, alice.annotator_id, status="done")] == [docs[1]]


def test_the_event_log_replays_to_the_tables(store: Store) -> None:
    doc = add_doc(store)
    ids = add_suggestions(store, doc)
    alice = Annotations(store, "alice")
    quote = alice.accept(ids["QUOTE"])
    alice.delete_span(quote)
    alice.undo(doc)
    alice.add_flag(doc, "unsure", "who is speaking?", span_id=quote)
    tables = ("spans", "relations", "decisions", "document_status", "flags")
    state = replay(store.conn, tables)
    for table in tables:
        rows = {tuple(r[k] for k in _keys(table)): dict(r) for r in store.all(
            f"SELECT * FROM {table}")}
        assert rows == state[table], table


def _keys(table: str) -> tuple[str, ...]:
    from annotate.store.events import KEYS

    return KEYS[table]


def test_upgrading_a_version_1_database_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    for statement in V1_SCHEMA:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    stamp = "2022-11-30T00:00:00.000+00:00"
    conn.execute("INSERT INTO documents(id, hash, title, text, imported_at) VALUES "
                 "(1, 'h', 't', ?, ?)", (TEXT, stamp))
    conn.execute("INSERT INTO annotators(id, name, created_at) VALUES (1, 'alice', ?)", (stamp,))
    conn.execute("INSERT INTO suggestions(id, document_id, label, start, \"end\", text, model, "
                 "model_version, rule, score, created_at) VALUES (1, 1, 'QUOTE', 0, 4, 'NATO', "
                 "'m', '1', 'r', 0.5, ?)", (stamp,))
    conn.execute("INSERT INTO spans(id, document_id, annotator_id, label, start, \"end\", text, "
                 "origin, suggestion_id, created_at, updated_at) VALUES (3, 1, 1, 'QUOTE', 0, 4, "
                 "'NATO', 'suggested', 1, ?, ?)", (stamp, stamp))
    gone = {"id": 7, "document_id": 1, "annotator_id": 1, "label": "QUOTE", "start": 5,
            "end": 9}  # a span an undo removed: its id stays taken
    conn.execute("INSERT INTO events(annotator_id, document_id, action, changes, created_at) "
                 "VALUES (1, 1, 'add_span', ?, ?)",
                 (json.dumps([{"table": "spans", "before": None, "after": gone}]), stamp))
    conn.execute("INSERT INTO decisions VALUES (1, 1, 1, 'accepted', ?)", (stamp,))
    conn.execute("INSERT INTO document_status VALUES (1, 1, 'in_progress', NULL, 42.5, NULL, ?)",
                 (stamp,))
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
    assert store.scalar("SELECT seconds FROM document_time") == 42.5
    assert store.scalar("SELECT status FROM document_status") == "in_progress"
    assert store.scalar("SELECT COUNT(*) FROM spans") == 1
    assert store.scalar("SELECT n FROM counters WHERE name = 'documents'") == 1
    assert Annotations(store, "alice").add_span(1, "QUOTE", 10, 14) == 8
    assert store.scalar("PRAGMA foreign_key_check") is None


def test_upgrading_a_version_2_database_adds_the_cue_speakers(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    store = Store(path)
    store.store_schema(default_schema())
    doc = add_doc(store)
    Annotations(store, "alice").add_span(doc, "QUOTE", 0, 4)
    store.close()
    conn = sqlite3.connect(path)  # what version 2 was: this annotate without the table
    conn.execute("DROP TABLE cue_speakers")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
    assert store.scalar("SELECT COUNT(*) FROM cue_speakers") == 0
    assert store.scalar("SELECT COUNT(*) FROM spans") == 1
    store.close()
