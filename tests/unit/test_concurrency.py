"""Many annotators at once: 8 processes write to one database; nothing is lost or refused."""

from __future__ import annotations

import multiprocessing as mp
import time
from pathlib import Path

from annotate.schema import default_schema
from annotate.store import Annotations, Store
from annotate.store.documents import insert_document
from annotate.store.suggestions import ModelRun, save
from annotate.suggest.types import DocSuggestions, SpanSuggestion

WORKERS = 8
SECONDS = 3.0
MAX_ACTIONS = 400


def _annotate(path: str, name: str, doc_ids: list[int], out: mp.Queue) -> None:
    """Annotate for a bounded time; report how many actions the store confirmed."""
    try:
        store = Store(path, create=False)
        me = Annotations(store, name)
        done = {"spans": 0, "stances": 0, "status": 0}
        deadline = time.monotonic() + SECONDS
        i = 0
        while time.monotonic() < deadline and i < MAX_ACTIONS:
            doc = doc_ids[i % len(doc_ids)]
            me.add_span(doc, "QUOTE", i % 20, i % 20 + 5)
            done["spans"] += 1
            me.set_document_stance(doc, ["favor", "against", "neutral"][i % 3])
            done["stances"] += 1
            if i % 10 == 0:
                me.set_status(doc, ["done", "in_progress"][(i // 10) % 2])
                done["status"] += 1
            i += 1
        store.close()
        out.put((name, done, None))
    except Exception as exc:  # report to the parent, which fails the test with it
        out.put((name, None, repr(exc)))


def test_eight_annotators_at_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    store = Store(path)
    store.store_schema(default_schema())
    with store.write() as conn:
        doc_ids = [
            insert_document(conn, hash=f"h{i}", text=f"Article {i}: " + "words and more " * 10,
                            title=f"A{i}")[0]
            for i in range(5)
        ]
    store.close()

    ctx = mp.get_context("spawn")
    out: mp.Queue = ctx.Queue()
    procs = [ctx.Process(target=_annotate, args=(str(path), f"annotator{n}", doc_ids, out))
             for n in range(WORKERS)]
    for p in procs:
        p.start()
    results = [out.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    errors = [(name, err) for name, _, err in results if err]
    assert errors == []

    store = Store(path, create=False)
    assert store.scalar("PRAGMA integrity_check") == "ok"
    for name, done, _ in results:
        me = Annotations(store, name)
        spans = store.scalar("SELECT COUNT(*) FROM spans WHERE annotator_id = ?",
                             (me.annotator_id,))
        events = dict(store.all(
            "SELECT action, COUNT(*) FROM events WHERE annotator_id = ? GROUP BY action",
            (me.annotator_id,)))
        assert spans == done["spans"] > 0
        assert events.get("add_span") == done["spans"]
        assert events.get("document_stance") == done["stances"]
        assert events.get("set_status") == done["status"]
    store.close()


def test_backup_while_annotators_write(tmp_path: Path) -> None:
    """`annotate backup` takes a consistent copy while other processes keep writing."""
    from annotate.store.backup import backup

    path = tmp_path / "busy.db"
    store = Store(path)
    store.store_schema(default_schema())
    with store.write() as conn:
        doc_ids = [insert_document(conn, hash=f"b{i}", text="Some article text " * 20,
                                   title=f"B{i}")[0] for i in range(3)]
    ctx = mp.get_context("spawn")
    out: mp.Queue = ctx.Queue()
    procs = [ctx.Process(target=_annotate, args=(str(path), f"writer{n}", doc_ids, out))
             for n in range(3)]
    for p in procs:
        p.start()
    copies = []
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:
        copy = tmp_path / f"copy{len(copies)}.db"
        backup(store, copy)
        copies.append(copy)
        time.sleep(0.2)
    results = [out.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    store.close()
    assert [err for _, _, err in results if err] == []
    counts = []
    for copy in copies:
        with Store(copy, create=False) as snap:
            assert snap.scalar("PRAGMA integrity_check") == "ok"
            # A consistent snapshot: every span has its event, none half-written.
            spans = snap.scalar("SELECT COUNT(*) FROM spans")
            assert spans == snap.scalar("SELECT COUNT(*) FROM events WHERE action = 'add_span'")
            counts.append(spans)
    assert counts == sorted(counts) and len(copies) >= 3


def _rerun(path: str, doc_ids: list[int], out: mp.Queue) -> None:
    """Pre-annotation re-runs (the same rules, as `--force` does) for a few seconds."""
    try:
        store = Store(path, create=False)
        runs = 0
        deadline = time.monotonic() + SECONDS
        while time.monotonic() < deadline:
            for doc in doc_ids:
                suggestions_for(store, doc)
            runs += 1
        store.close()
        out.put(("rerun", runs, None))
    except Exception as exc:  # reported to the parent, which fails the test with it
        out.put(("rerun", None, repr(exc)))


def _decide(path: str, doc_ids: list[int], out: mp.Queue) -> None:
    """An annotator accepting, rejecting and undoing while the suggestions are re-run."""
    try:
        store = Store(path, create=False)
        me = Annotations(store, "annotator")
        actions = 0
        deadline = time.monotonic() + SECONDS
        while time.monotonic() < deadline:
            for doc in doc_ids:
                for i, sug in enumerate(me.open_suggestions(doc)):
                    (me.accept if i % 2 else me.reject)(sug["id"])
                    actions += 1
                while me.undo(doc) is not None:
                    actions += 1
        store.close()
        out.put(("decide", actions, None))
    except Exception as exc:  # reported to the parent, which fails the test with it
        out.put(("decide", None, repr(exc)))


def suggestions_for(store: Store, doc: int) -> None:
    text = store.scalar("SELECT text FROM documents WHERE id = ?", (doc,))
    spans = [SpanSuggestion(i, "QUOTE", i * 10, i * 10 + 8, text[i * 10:i * 10 + 8], "r", 0.5)
             for i in range(5)]
    save(store, ModelRun("m", "1", "1"), [(doc, DocSuggestions(spans))])


def test_preannotation_re_runs_while_people_annotate(tmp_path: Path) -> None:
    """`preannotate --force` during annotation: no error in anyone's actions."""
    path = tmp_path / "shared.db"
    store = Store(path)
    store.store_schema(default_schema())
    with store.write() as conn:
        doc_ids = [insert_document(conn, hash=f"h{i}", text="Words and more words. " * 5,
                                   title=f"A{i}")[0] for i in range(3)]
    for doc in doc_ids:
        suggestions_for(store, doc)
    store.close()
    ctx = mp.get_context("spawn")
    out: mp.Queue = ctx.Queue()
    procs = [ctx.Process(target=fn, args=(str(path), doc_ids, out)) for fn in (_rerun, _decide)]
    for p in procs:
        p.start()
    results = [out.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    assert [err for _, _, err in results if err] == []
    assert all(n for _, n, _ in results)
