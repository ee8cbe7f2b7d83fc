"""`annotate import`: files into the database, one transaction a file.

A bad file is reported and skipped as a whole while the others go on; the report tells the
CLI which exit code to give.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from annotate.corpus import Record, iter_files, read_jsonl, read_txt
from annotate.errors import AnnotateError, InputError
from annotate.store import Annotations, Store
from annotate.store.annotations import NewSpan
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
    """Write a file's records in one transaction: (added, duplicates, annotated).

    Annotations go through `Annotations.import_document`, which never replaces work: a
    record for an annotator who already has different work on that text refuses the file.
    """
    added = dupes = annotated = 0
    with store.write() as conn:
        layers: dict[str, Annotations] = {}
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
            try:
                if record.annotator not in layers:
                    layers[record.annotator] = Annotations(store, record.annotator)
                outcome = layers[record.annotator].import_document(
                    doc_id,
                    [NewSpan(s.label, s.start, s.end, s.value, s.canonical, s.stance)
                     for s in record.spans],
                    [(head, child, label) for head, child, label in record.relations],
                    record.stance,
                )
            except AnnotateError as exc:
                raise InputError(record.path, record.line, str(exc)) from None
            annotated += outcome == "added"
    return added, dupes, annotated


__all__ = ["ImportReport", "import_paths", "write_records"]
