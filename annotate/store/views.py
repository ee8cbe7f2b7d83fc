"""The annotator's queue and other read-only views the terminal app needs.

The app shows one page of the queue at a time and walks to neighbouring documents, so these
queries touch only the rows they return: keyset paging (`id > after`, never OFFSET), counts
read from the tables the triggers maintain, and per-row counts by correlated sub-queries on
indexed columns. They stay fast at a million documents.

Once any document is assigned, an annotator's queue holds the documents assigned to them
(leads see all); before that, everyone sees every document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from annotate.store.connection import Store
from annotate.store.spans import STATUSES


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
    flags: int = 0


_STATUS = "COALESCE(ds.status, 'todo')"


def assigned_only(store: Store, annotator_id: int) -> bool:
    """Whether the annotator's queue is their assignments (some exist and they are no lead)."""
    row = store.one(
        "SELECT role, EXISTS (SELECT 1 FROM assignment_counts WHERE n > 0) AS any_assigned "
        "FROM annotators WHERE id = ?", (annotator_id,))
    return row is not None and bool(row["any_assigned"]) and row["role"] == "annotator"


def _source(store: Store, annotator_id: int, status: str | None, flagged: bool) -> str:
    """FROM ... WHERE for the queue, driven by the smallest index that answers it."""
    base = ("FROM assignments q JOIN documents d ON d.id = q.document_id AND q.annotator_id = :a"
            if assigned_only(store, annotator_id) else "FROM documents d")
    sql = (f"{base} LEFT JOIN document_status ds ON ds.document_id = d.id "
           "AND ds.annotator_id = :a WHERE 1")
    if status is not None:
        sql += f" AND {_STATUS} = :status"
    if flagged:
        sql += (" AND EXISTS (SELECT 1 FROM flags f WHERE f.document_id = d.id "
                "AND f.annotator_id = :a)")
    return sql


def queue_page(
    store: Store, annotator_id: int, status: str | None = None, after: int | None = None,
    limit: int = 200, *, before: int | None = None, flagged: bool = False,
) -> list[QueueItem]:
    """One page of the queue in import order: the `limit` documents after id `after`.

    `before` pages backwards (the page ending just before that id), still returned in
    import order. Statuses other than todo are read from their index, so a filter on a few
    done documents among a million does not scan the rest.
    """
    params: dict[str, Any] = {"a": annotator_id, "status": status, "limit": limit,
                              "after": after or 0, "before": before}
    if status not in (None, "todo") and not assigned_only(store, annotator_id):
        source = ("FROM document_status ds JOIN documents d ON d.id = ds.document_id "
                  "WHERE ds.annotator_id = :a AND ds.status = :status")
        if flagged:
            source += (" AND EXISTS (SELECT 1 FROM flags f WHERE f.document_id = d.id "
                       "AND f.annotator_id = :a)")
    else:
        source = _source(store, annotator_id, status, flagged)
    where, order = ("d.id < :before", "DESC") if before is not None else ("d.id > :after", "ASC")
    rows = store.all(
        f"""
        SELECT d.id, d.title, d.published, {_STATUS} AS status,
               COALESCE((SELECT t.seconds FROM document_time t WHERE t.document_id = d.id
                         AND t.annotator_id = :a), 0) AS seconds,
               (SELECT COUNT(*) FROM suggestions s WHERE s.document_id = d.id
                AND s.retired_at IS NULL AND NOT EXISTS (
                    SELECT 1 FROM decisions x
                    WHERE x.annotator_id = :a AND x.suggestion_id = s.id)
                AND NOT EXISTS (SELECT 1 FROM spans p WHERE p.document_id = s.document_id
                    AND p.annotator_id = :a AND p.label = s.label AND p.start = s.start
                    AND p."end" = s."end")) AS open_suggestions,
               (SELECT COUNT(*) FROM spans p
                WHERE p.document_id = d.id AND p.annotator_id = :a) AS annotations,
               (SELECT COUNT(*) FROM flags f
                WHERE f.document_id = d.id AND f.annotator_id = :a) AS flags
        {source} AND {where}
        ORDER BY d.id {order} LIMIT :limit
        """,
        params,
    )
    items = [
        QueueItem(r["id"], r["title"], r["published"], r["status"], r["open_suggestions"],
                  r["annotations"], r["seconds"], r["flags"])
        for r in rows
    ]
    return items[::-1] if before is not None else items


def queue_count(store: Store, annotator_id: int, status: str | None = None) -> int:
    """How many documents the queue holds with this status filter (None: all)."""
    counts = status_counts(store, annotator_id)
    return sum(counts.values()) if status is None else counts.get(status, 0)


def status_counts(store: Store, annotator_id: int) -> dict[str, int]:
    """Documents per status in the annotator's queue, from the maintained counts.

    Documents never touched count as todo. With assignments, statuses of documents no
    longer assigned are not counted (a short join over the annotator's own status rows).
    """
    counts = dict.fromkeys(STATUSES, 0)
    if assigned_only(store, annotator_id):
        total = int(store.scalar(
            "SELECT n FROM assignment_counts WHERE annotator_id = ?", (annotator_id,)) or 0)
        rows = store.all(
            "SELECT ds.status, COUNT(*) n FROM document_status ds JOIN assignments q "
            "ON q.document_id = ds.document_id AND q.annotator_id = ds.annotator_id "
            "WHERE ds.annotator_id = ? GROUP BY ds.status", (annotator_id,))
    else:
        total = int(store.scalar("SELECT n FROM counters WHERE name = 'documents'") or 0)
        rows = store.all("SELECT status, n FROM status_counts WHERE annotator_id = ?",
                         (annotator_id,))
    for row in rows:
        counts[row["status"]] = int(row["n"])
    counts["todo"] += total - sum(counts.values())
    return counts


def neighbour(
    store: Store, annotator_id: int, document_id: int, step: int, status: str | None = None,
    flagged: bool = False,
) -> int | None:
    """The next (step > 0) or previous document id in queue order, within the queue's
    filter (a status, and only flagged documents when `flagged`)."""
    op, order = (">", "ASC") if step > 0 else ("<", "DESC")
    return store.scalar(
        f"SELECT d.id {_source(store, annotator_id, status, flagged)} AND d.id {op} :id "
        f"ORDER BY d.id {order} LIMIT 1",
        {"a": annotator_id, "status": status, "id": document_id},
    )


def next_unfinished(store: Store, annotator_id: int, document_id: int) -> int | None:
    """The first document after `document_id` (wrapping around) not done or skipped."""
    source = _source(store, annotator_id, None, False)
    sql = (f"SELECT d.id {source} AND {_STATUS} IN ('todo', 'in_progress') AND d.id {{op}} :id "
           "ORDER BY d.id LIMIT 1")
    params = {"a": annotator_id, "id": document_id}
    after = store.scalar(sql.format(op=">"), params)
    if after is not None:
        return int(after)
    before = store.scalar(sql.format(op="<"), params)
    return None if before is None else int(before)
