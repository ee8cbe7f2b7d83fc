"""`annotate import`: files into the database, one transaction a file.

A bad file is reported and skipped as a whole while the others go on; the report tells the
CLI which exit code to give.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from annotate.corpus import Record, iter_files, read_jsonl, read_txt
from annotate.errors import InputError
from annotate.store import Store
from annotate.store.connection import now
from annotate.store.documents import insert_document


@dataclass
class ImportReport:
    files: int = 0
    documents: int = 0
    duplicates: int = 0
    annotated: int = 0
    errors: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def read_file(path: Path, store: Store) -> list[Record]:
    if path.suffix == ".jsonl":
        return read_jsonl(path, store.schema)
    return [read_txt(path)]


def import_paths(
    store: Store, paths: Iterable[str | Path], on_file: Callable[[Path, int], None] | None = None
) -> ImportReport:
    """Import .txt/.jsonl files and folders; returns counts and the files' problems."""
    report = ImportReport()
    try:
        files = list(iter_files(paths))
    except InputError as exc:
        report.errors.append(exc)
        return report
    for path in files:
        report.files += 1
        try:
            records = read_file(path, store)
            added, dupes, annotated = write_records(store, records)
        except InputError as exc:
            report.errors.append(exc)
            continue
        report.documents += added
        report.duplicates += dupes
        report.annotated += annotated
        if on_file is not None:
            on_file(path, added)
    return report


def write_records(store: Store, records: list[Record]) -> tuple[int, int, int]:
    """Write a file's records in one transaction: (added, duplicates, annotated)."""
    added = dupes = annotated = 0
    annotators = {r.annotator for r in records if r.annotator}
    ids = {name: store.annotator_id(name) for name in sorted(annotators)}
    with store.write() as conn:
        for record in records:
            doc_id, created = insert_document(
                conn, hash=record.hash, text=record.text, title=record.title,
                ext_id=record.ext_id, source=record.source, url=record.url,
                published=record.published, meta=record.meta,
            )
            added += created
            dupes += not created
            if not record.has_annotations and record.annotator is None:
                continue
            if record.annotator is None:
                raise InputError(record.path, record.line,
                                 "a record with spans needs an 'annotator'")
            stored = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if stored[0] != record.text:
                raise InputError(record.path, record.line,
                                 f"same article as document {doc_id} but with other whitespace; "
                                 "its span offsets would not fit")
            _replace_annotations(conn, doc_id, ids[record.annotator], record)
            annotated += 1
    return added, dupes, annotated


def _replace_annotations(
    conn: sqlite3.Connection, doc_id: int, annotator_id: int, record: Record
) -> None:
    """Imported annotations replace that annotator's earlier ones, so re-imports are idempotent.

    They count as done: they were finished elsewhere.
    """
    conn.execute("DELETE FROM spans WHERE document_id = ? AND annotator_id = ?",
                 (doc_id, annotator_id))
    stamp = now()
    span_ids = []
    for span in record.spans:
        cur = conn.execute(
            'INSERT INTO spans(document_id, annotator_id, label, start, "end", text, value, '
            "canonical, stance, origin, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'imported', ?, ?)",
            (doc_id, annotator_id, span.label, span.start, span.end,
             record.text[span.start:span.end], span.value, span.canonical, span.stance,
             stamp, stamp),
        )
        span_ids.append(int(cur.lastrowid or 0))
    for head, child, label in record.relations:
        conn.execute(
            "INSERT OR REPLACE INTO relations(document_id, annotator_id, label, head_id, "
            "child_id, origin, created_at) VALUES (?, ?, ?, ?, ?, 'imported', ?)",
            (doc_id, annotator_id, label, span_ids[head], span_ids[child], stamp),
        )
    conn.execute(
        "INSERT INTO document_status(document_id, annotator_id, status, stance, provenance, "
        "updated_at) VALUES (?, ?, 'done', ?, ?, ?) ON CONFLICT(document_id, annotator_id) "
        "DO UPDATE SET status = 'done', stance = excluded.stance, updated_at = excluded.updated_at",
        (doc_id, annotator_id, record.stance, None, stamp),
    )


__all__ = ["ImportReport", "import_paths", "write_records"]
