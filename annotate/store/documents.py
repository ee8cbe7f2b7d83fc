"""Documents: adding them (deduplicated by hash) and reading them."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from annotate.store.connection import Store, now


@dataclass(frozen=True)
class Document:
    id: int
    hash: str
    title: str
    text: str
    ext_id: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Document:
        return cls(
            row["id"], row["hash"], row["title"], row["text"], row["ext_id"], row["source"],
            row["url"], row["published"], json.loads(row["meta"] or "{}"),
        )


def insert_document(
    conn: sqlite3.Connection, *, hash: str, text: str, title: str, ext_id: str | None = None,
    source: str | None = None, url: str | None = None, published: str | None = None,
    meta: dict[str, Any] | None = None,
) -> tuple[int, bool]:
    """Insert inside the caller's transaction; returns (id, created). Same hash -> same id."""
    row = conn.execute("SELECT id FROM documents WHERE hash = ?", (hash,)).fetchone()
    if row is not None:
        return int(row[0]), False
    cur = conn.execute(
        "INSERT INTO documents(hash, ext_id, title, text, source, url, published, meta, "
        "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (hash, ext_id, title, text, source, url, published, json.dumps(meta or {}), now()),
    )
    return int(cur.lastrowid or 0), True


def get_document(store: Store, document_id: int) -> Document | None:
    row = store.one("SELECT * FROM documents WHERE id = ?", (document_id,))
    return None if row is None else Document.from_row(row)


def document_ids(store: Store) -> list[int]:
    return [int(r[0]) for r in store.all("SELECT id FROM documents ORDER BY id")]


def progress(store: Store, annotator_id: int) -> tuple[int, int]:
    """(done, total) for the annotator's queue, from the maintained counts."""
    from annotate.store.views import status_counts

    counts = status_counts(store, annotator_id)
    return counts["done"], sum(counts.values())


def revision(store: Store, document_id: int) -> int:
    """Bumped whenever the document's suggestions or its own row change (a re-run, a new
    publication date): a screen that saw another revision reloads them."""
    return int(store.scalar(
        "SELECT revision FROM document_revisions WHERE document_id = ?", (document_id,)) or 0)


def insert_documents(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> int:
    """Bulk insert inside the caller's transaction, skipping texts already stored (same
    hash) or repeated in `rows`; returns how many were added. Each row: hash, ext_id, title,
    text, source, url, published, meta (JSON text), imported_at.

    No id is spent on a text that is not added, so ids stay consecutive, as users read them
    in the queue and pass them to `--doc` (an ignored `INSERT OR IGNORE` under
    AUTOINCREMENT uses one up). Repeats within `rows` go by a set. New texts, the common
    case, then go in with one `executemany` whose unique index is the only probe; only when
    that shows some were already stored is it rolled back (a savepoint) and redone without
    them, found by one probe of the hash index a chunk.
    """
    seen: set[str] = set()
    fresh: list[tuple[Any, ...]] = []
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            fresh.append(row)
    count = "SELECT n FROM counters WHERE name = 'documents'"
    insert = ("INSERT OR IGNORE INTO documents(hash, ext_id, title, text, source, url, "
              "published, meta, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    before = int(conn.execute(count).fetchone()[0])
    conn.execute("SAVEPOINT insert_documents")
    conn.executemany(insert, fresh)
    added = int(conn.execute(count).fetchone()[0]) - before
    if added < len(fresh):
        conn.execute("ROLLBACK TO insert_documents")
        hashes = list(seen)
        stored: set[str] = set()
        for i in range(0, len(hashes), _CHUNK):
            chunk = hashes[i:i + _CHUNK]
            stored.update(r[0] for r in conn.execute(
                f"SELECT hash FROM documents WHERE hash IN ({','.join('?' * len(chunk))})",
                chunk))
        conn.executemany(insert, [row for row in fresh if row[0] not in stored])
        added = int(conn.execute(count).fetchone()[0]) - before
    conn.execute("RELEASE insert_documents")
    return added


_CHUNK = 500  # bound parameters per probe (SQLite's limit is 32766 since 3.32)
