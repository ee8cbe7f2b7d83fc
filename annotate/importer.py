"""`annotate import`: files into the database, streamed, one transaction a file.

Records are read lazily and written in batches (`executemany`, deduplicated by the text's
hash), so a file of a million articles never sits in memory. Each file is one transaction:
a problem anywhere in it (bad JSON, an unknown label, an annotator who already has
*different* work on a document) rolls the whole file back, annotator rows included, and the
other files go on. Imported annotation sets go through the store's
`Annotations.import_document`, which reports them added or unchanged and refuses a conflict:
an import never replaces anyone's work.

Sets of the same annotator for the same article within one file are merged first (Prodigy
writes one task per span or per label in binary recipes). A set's flags (on the document or
on one of its spans) are written with it, in the same transaction, and compared like the
rest when the set is already there.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from queue import Empty, Queue
from typing import Any

from annotate.corpus import AnnotationSet, FlagRecord, Record
from annotate.errors import AnnotateError, InputError
from annotate.formats.common import Mapper
from annotate.formats.files import Source, plan, read
from annotate.store import Annotations, Store
from annotate.store.annotations import NewSpan
from annotate.store.connection import now
from annotate.store.documents import insert_documents

BATCH = 2_000
BULK_CACHE_KIB = 128 * 1024


@dataclass
class ImportReport:
    files: int = 0
    documents: int = 0
    duplicates: int = 0
    annotated: int = 0  # annotation sets added
    unchanged: int = 0  # annotation sets already there, identical
    errors: list[InputError] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why)

    @property
    def ok(self) -> bool:
        return not self.errors


def import_paths(
    store: Store, paths: Iterable[str | Path], on_file: Callable[[Path, int], None] | None = None,
    annotator: str | None = None,
) -> ImportReport:
    """Import files and folders; returns counts, the files' problems and what was skipped.

    `annotator` names whose annotations a file brings when it names nobody itself.
    """
    report = ImportReport()
    try:
        sources, report.skipped = plan(paths)
    except InputError as exc:
        report.errors.append(exc)
        return report
    mapper = Mapper(store.schema)
    with _bulk_cache(store):
        _import_all(store, sources, mapper, annotator, report, on_file)
    return report


@contextmanager
def _bulk_cache(store: Store) -> Iterator[None]:
    """A bigger page cache while importing: the text-hash index of a million documents is
    probed for every new one, and SQLite's default 2 MB cache would send most probes to
    disk. This connection's setting only, put back afterwards."""
    before = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    store.conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        store.conn.execute(f"PRAGMA cache_size = {int(before)}")


def _import_all(store: Store, sources: list[Source], mapper: Mapper, annotator: str | None,
                report: ImportReport, on_file: Callable[[Path, int], None] | None) -> None:
    for source in sources:
        report.files += 1
        try:
            added, dupes, sets, same = import_source(store, source, mapper, annotator)
        except InputError as exc:
            report.errors.append(exc)
            continue
        report.documents += added
        report.duplicates += dupes
        report.annotated += sets
        report.unchanged += same
        if on_file is not None:
            on_file(source.path, added)


def import_source(store: Store, source: Source, mapper: Mapper, annotator: str | None
                  ) -> tuple[int, int, int, int]:
    """One file in one transaction: (documents added, duplicates, sets added, unchanged).

    A big file is read by a forked reader process, so parsing, validating and hashing run
    on the other core while this one writes; a small one (or where fork is missing) by a
    thread, which costs nothing to start.
    """
    with store.write() as conn:
        stamp = now()
        if _worth_a_process(source.path):
            batches = _process_batches(lambda: read(source, mapper, annotator), stamp)
        else:
            batches = _thread_batches(read(source, mapper, annotator), stamp)
        return _write_batches(store, batches, conn, stamp)


def write_records(store: Store, records: Iterable[Record],
                  conn: sqlite3.Connection | None = None) -> tuple[int, int, int, int]:
    """Write records (one transaction unless the caller holds one): documents in batches,
    then the merged annotation sets."""
    if conn is None:
        with store.write() as own:
            return write_records(store, records, own)
    stamp = now()
    return _write_batches(store, _thread_batches(iter(records), stamp), conn, stamp)


def _write_batches(store: Store, batches: Iterator[Batch], conn: sqlite3.Connection,
                   stamp: str) -> tuple[int, int, int, int]:
    added = dupes = 0
    pending: dict[tuple[int, str], tuple[AnnotationSet, Record]] = {}
    for batch, rows in batches:
        created = insert_documents(conn, rows)
        added += created
        dupes += len(rows) - created
        for record, row in zip(batch, rows, strict=True):
            if record is not None and record.sets:
                _collect(conn, record, row[0], pending)
    sets = same = 0
    people: dict[str, Annotations] = {}
    for (doc_id, name), (aset, record) in pending.items():
        try:
            people.setdefault(name, Annotations(store, name))
            result = _import(people[name], doc_id, aset)
        except AnnotateError as exc:
            problem = str(exc)
            if "already has different" in problem:
                what = "flags" if "different flags" in problem else "work"
                problem = (f"{name} already has different {what} on document {doc_id} "
                           "(nothing of this file was imported; remove that work first or "
                           "import it under another annotator name)")
            raise InputError(record.path, record.line, problem) from None
        sets += result == "added"
        same += result == "unchanged"
    return added, dupes, sets, same


Batch = tuple[list[Record | None], list[tuple[Any, ...]]]  # None: a record without sets
PROCESS_MIN_BYTES = 4 << 20  # below this a reader process costs more than it saves


def _rows(batch: list[Record], stamp: str) -> list[tuple[Any, ...]]:
    """The documents rows of a batch: hashed, metadata as JSON (the Python work of a row)."""
    return [(r.hash, r.ext_id, r.title, r.text, r.source, r.url, r.published,
             json.dumps(r.meta) if r.meta else "{}", stamp) for r in batch]


def _worth_a_process(path: Path) -> bool:
    try:
        big = path.stat().st_size >= PROCESS_MIN_BYTES
    except OSError:
        return False
    return big and "fork" in mp.get_all_start_methods()


def _process_batches(make: Callable[[], Iterator[Record]], stamp: str) -> Iterator[Batch]:
    """Batches read by a forked process and sent through a pipe, in order.

    The child only parses: it never touches the database (SQLite's locks are the parent's
    alone). A problem in the file comes back as the one-line InputError it is; the pipe's
    small buffer keeps the reader at most a few batches ahead, so memory stays flat.
    """
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)

    def produce() -> None:
        try:
            records = make()
            while batch := list(islice(records, BATCH)):
                # Only records that bring annotations travel whole; the rest as rows.
                send.send(([r if r.sets else None for r in batch], _rows(batch, stamp)))
            send.send(None)
        except InputError as exc:
            send.send(("input-error", exc.path, exc.line, exc.problem))
        except BaseException as exc:  # handed to the parent, which raises it
            send.send(("crash", f"{type(exc).__name__}: {exc}"))

    reader = ctx.Process(target=produce, name="import-reader", daemon=True)
    reader.start()
    send.close()
    try:
        while True:
            try:
                message = receive.recv()
            except EOFError:
                raise AnnotateError("the import's reader process stopped unexpectedly") \
                    from None
            if message is None:
                return
            if message[0] == "input-error":
                raise InputError(*message[1:])
            if message[0] == "crash":
                raise AnnotateError(f"reading failed: {message[1]}")
            yield message
    finally:
        receive.close()
        if reader.is_alive():
            reader.terminate()
        reader.join()


def _thread_batches(records: Iterator[Record], stamp: str) -> Iterator[Batch]:
    """Batches read ahead by a second thread, with their document rows (hashed, metadata
    as JSON) made there too, so SQLite's work on one batch (in C, without the GIL) overlaps
    the reading of the next. Errors come out here, in order."""
    queue: Queue[tuple[Batch | None, BaseException | None]] = Queue(maxsize=4)
    stop = threading.Event()

    def produce() -> None:
        try:
            while not stop.is_set():
                batch = list(islice(records, BATCH))
                queue.put(((list[Record | None](batch), _rows(batch, stamp)) if batch else None,
                           None))
                if not batch:
                    return
        except BaseException as exc:  # handed to the consumer, which raises it
            queue.put((None, exc))

    thread = threading.Thread(target=produce, name="import-reader", daemon=True)
    thread.start()
    try:
        while True:
            item, error = queue.get()
            if error is not None:
                raise error
            if item is None:
                return
            yield item
    finally:
        stop.set()
        while thread.is_alive():
            try:
                queue.get_nowait()
            except Empty:
                thread.join(0.01)


def _collect(conn: sqlite3.Connection, record: Record, text_hash: str,
             pending: dict[tuple[int, str], tuple[AnnotationSet, Record]]) -> None:
    row = conn.execute("SELECT id, text FROM documents WHERE hash = ?", (text_hash,)).fetchone()
    doc_id, stored = int(row[0]), row[1]
    if stored != record.text:
        raise InputError(record.path, record.line,
                         f"same article as document {doc_id} but with other whitespace; "
                         "its span offsets would not fit")
    for aset in record.sets:
        assert aset.annotator is not None, "readers name the annotator of every set"
        heads = [(h, label) for h, _, label in aset.relations]
        if len(set(heads)) != len(heads):
            raise InputError(record.path, record.line, "a span has two relations of the same "
                             "label (a quote has one speaker)")
        key = (doc_id, aset.annotator)
        if key not in pending:
            pending[key] = (aset, record)
            continue
        merged = pending[key][0]
        if aset.stance is not None and merged.stance not in (None, aset.stance):
            raise InputError(record.path, record.line, f"{aset.annotator} gives document "
                             f"stance {aset.stance} here and {merged.stance} on line "
                             f"{pending[key][1].line}")
        _merge(merged, aset)


def _merge(into: AnnotationSet, other: AnnotationSet) -> None:
    index = {(s.start, s.end, s.label): i for i, s in enumerate(into.spans)}
    mapping = []
    for s in other.spans:
        key = (s.start, s.end, s.label)
        if key not in index:
            index[key] = len(into.spans)
            into.spans.append(s)
        mapping.append(index[key])
    known = set(into.relations)
    for h, c, label in other.relations:
        rel = (mapping[h], mapping[c], label)
        if rel not in known:
            known.add(rel)
            into.relations.append(rel)
    into.stance = into.stance or other.stance
    have = set(into.flags)
    for f in other.flags:
        moved = FlagRecord(f.kind, f.comment, None if f.span is None else mapping[f.span])
        if moved not in have:  # the same flag brought by two tasks of one text is one flag
            into.flags.append(moved)


def _import(ann: Annotations, doc_id: int, aset: AnnotationSet) -> str:
    """Through the store's import action (added / unchanged / conflict), then the set's
    flags, in the same transaction (the caller's, one a file).

    The store's import takes no flags, so they are added right after it as the
    annotator's own flags on the spans just written; when the set was already there
    ("unchanged"), its flags must be the same too, or it is a conflict like any other.
    """
    spans = [NewSpan(s.label, s.start, s.end, s.value, s.canonical, s.stance)
             for s in aset.spans]
    result = str(ann.import_document(doc_id, spans, aset.relations, aset.stance,
                                     status=aset.status))
    if result == "added":
        if aset.flags:
            # the spans of a set just added, in the order import_document wrote them
            ids = [int(r[0]) for r in ann.store.conn.execute(
                "SELECT id FROM spans WHERE document_id = ? AND annotator_id = ? ORDER BY id",
                (doc_id, ann.annotator_id))]
            if len(ids) != len(spans):
                raise AnnotateError(f"document {doc_id}: {len(ids)} spans stored for "
                                    f"{len(spans)} imported; the flags cannot be placed")
            for f in aset.flags:
                ann.add_flag(doc_id, f.kind, f.comment, None if f.span is None else ids[f.span])
    elif _flag_keys(ann, doc_id) != Counter(
            (f.kind, f.comment, None if f.span is None else spans[f.span].key)
            for f in aset.flags):
        raise AnnotateError(f"{ann.annotator} already has different flags on document "
                            f"{doc_id}")
    return result


def _flag_keys(ann: Annotations, doc_id: int) -> Counter[tuple[Any, ...]]:
    """The annotator's flags on a document as (kind, comment, flagged span's key or None)."""
    keys = {s.id: s.key for s in ann.spans(doc_id)}
    return Counter((f["kind"], f["comment"], None if f["span_id"] is None else
                    keys.get(f["span_id"])) for f in ann.flags(doc_id))


__all__ = ["ImportReport", "import_paths", "import_source", "write_records"]
