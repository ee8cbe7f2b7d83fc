"""Documents: adding them (deduplicated by hash), reading them, and the annotator's queue."""

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


@dataclass(frozen=True)
class QueueItem:
    """One line of an annotator's queue."""

    id: int
    title: str
    published: str | None
    status: str
    open_suggestions: int
    annotations: int
    seconds: float


def queue(store: Store, annotator_id: int, status: str | None = None) -> list[QueueItem]:
    """The annotator's documents with status and counts, in import order.

    Counts come from grouped subqueries so the queue stays one query on 10,000 documents.
    """
    rows = store.all(
        """
        SELECT d.id, d.title, d.published,
               COALESCE(ds.status, 'todo') AS status, COALESCE(ds.seconds, 0) AS seconds,
               COALESCE(sg.n, 0) - COALESCE(dc.n, 0) AS open_suggestions,
               COALESCE(sp.n, 0) AS annotations
        FROM documents d
        LEFT JOIN document_status ds ON ds.document_id = d.id AND ds.annotator_id = :a
        LEFT JOIN (SELECT document_id, COUNT(*) n FROM suggestions GROUP BY document_id) sg
               ON sg.document_id = d.id
        LEFT JOIN (SELECT document_id, COUNT(*) n FROM decisions WHERE annotator_id = :a
                   GROUP BY document_id) dc ON dc.document_id = d.id
        LEFT JOIN (SELECT document_id, COUNT(*) n FROM spans WHERE annotator_id = :a
                   GROUP BY document_id) sp ON sp.document_id = d.id
        WHERE (:status IS NULL OR COALESCE(ds.status, 'todo') = :status)
        ORDER BY d.id
        """,
        {"a": annotator_id, "status": status},
    )
    return [
        QueueItem(r["id"], r["title"], r["published"], r["status"], r["open_suggestions"],
                  r["annotations"], r["seconds"])
        for r in rows
    ]


def progress(store: Store, annotator_id: int) -> tuple[int, int]:
    """(done, total) for the annotator."""
    total = int(store.scalar("SELECT COUNT(*) FROM documents") or 0)
    done = int(store.scalar(
        "SELECT COUNT(*) FROM document_status WHERE annotator_id = ? AND status = 'done'",
        (annotator_id,),
    ) or 0)
    return done, total
