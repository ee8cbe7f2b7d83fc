"""The annotator's queue and other read-only views the terminal app needs.

The app shows one page of the queue at a time and walks to neighbouring documents, so these
queries touch only the rows they return: correlated sub-queries on indexed columns instead
of grouping every span of a 10,000-document database on each refresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from annotate.store.connection import Store


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

_STATUS = "COALESCE(ds.status, 'todo')"
_FROM = (
    "FROM documents d LEFT JOIN document_status ds "
    "ON ds.document_id = d.id AND ds.annotator_id = :a "
    f"WHERE (:status IS NULL OR {_STATUS} = :status)"
)


def queue_page(
    store: Store, annotator_id: int, status: str | None = None, offset: int = 0,
    limit: int = 200,
) -> list[QueueItem]:
    """One page of the annotator's queue in import order, with exact open-suggestion counts."""
    rows = store.all(
        f"""
        SELECT d.id, d.title, d.published, {_STATUS} AS status,
               COALESCE(ds.seconds, 0) AS seconds,
               (SELECT COUNT(*) FROM suggestions s WHERE s.document_id = d.id AND NOT EXISTS (
                    SELECT 1 FROM decisions x
                    WHERE x.annotator_id = :a AND x.suggestion_id = s.id)) AS open_suggestions,
               (SELECT COUNT(*) FROM spans p
                WHERE p.document_id = d.id AND p.annotator_id = :a) AS annotations
        {_FROM}
        ORDER BY d.id LIMIT :limit OFFSET :offset
        """,
        {"a": annotator_id, "status": status, "limit": limit, "offset": offset},
    )
    return [
        QueueItem(r["id"], r["title"], r["published"], r["status"], r["open_suggestions"],
                  r["annotations"], r["seconds"])
        for r in rows
    ]


def queue_count(store: Store, annotator_id: int, status: str | None = None) -> int:
    """How many documents the queue holds with this status filter (None: all)."""
    params: dict[str, Any] = {"a": annotator_id, "status": status}
    return int(store.scalar(f"SELECT COUNT(*) {_FROM}", params) or 0)


def status_counts(store: Store, annotator_id: int) -> dict[str, int]:
    """Documents per status for the annotator; documents never touched count as todo."""
    total = int(store.scalar("SELECT COUNT(*) FROM documents") or 0)
    counts = {"todo": 0, "in_progress": 0, "done": 0, "skipped": 0}
    for row in store.all(
        "SELECT status, COUNT(*) n FROM document_status WHERE annotator_id = ? GROUP BY status",
        (annotator_id,),
    ):
        counts[row["status"]] = int(row["n"])
    counts["todo"] += total - sum(counts.values())
    return counts


def neighbour(
    store: Store, annotator_id: int, document_id: int, step: int, status: str | None = None
) -> int | None:
    """The next (step > 0) or previous document id in queue order, within the filter."""
    op, order = (">", "ASC") if step > 0 else ("<", "DESC")
    return store.scalar(
        f"SELECT d.id {_FROM} AND d.id {op} :id ORDER BY d.id {order} LIMIT 1",
        {"a": annotator_id, "status": status, "id": document_id},
    )


def next_unfinished(store: Store, annotator_id: int, document_id: int) -> int | None:
    """The first document after `document_id` (wrapping around) not done or skipped."""
    sql = (
        "SELECT d.id FROM documents d LEFT JOIN document_status ds "
        "ON ds.document_id = d.id AND ds.annotator_id = ? "
        "WHERE COALESCE(ds.status, 'todo') IN ('todo', 'in_progress') AND d.id {op} ? "
        "ORDER BY d.id LIMIT 1"
    )
    after = store.scalar(sql.format(op=">"), (annotator_id, document_id))
    if after is not None:
        return int(after)
    before = store.scalar(sql.format(op="<"), (annotator_id, document_id))
    return None if before is None else int(before)
