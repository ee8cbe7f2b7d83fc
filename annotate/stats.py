"""What is in a database: documents, suggestions, and each annotator's progress."""

from __future__ import annotations

from dataclasses import dataclass, field

from annotate.store import Store


@dataclass
class AnnotatorStats:
    name: str
    role: str
    spans: int
    relations: int
    done: int
    in_progress: int
    skipped: int
    minutes: float


@dataclass
class Stats:
    documents: int
    with_date: int
    preannotated: int
    suggestions: dict[str, int] = field(default_factory=dict)
    annotators: list[AnnotatorStats] = field(default_factory=list)


def collect(store: Store) -> Stats:
    """Counts for `annotate stats` and the summary `make run` prints."""
    stats = Stats(
        documents=int(store.scalar("SELECT COUNT(*) FROM documents") or 0),
        with_date=int(store.scalar("SELECT COUNT(*) FROM documents WHERE published IS NOT NULL")
                      or 0),
        preannotated=int(store.scalar("SELECT COUNT(DISTINCT document_id) FROM preannotations")
                         or 0),
    )
    for row in store.all("SELECT label, COUNT(*) n FROM suggestions WHERE retired_at IS NULL "
                         "GROUP BY label ORDER BY label"):
        stats.suggestions[row["label"]] = int(row["n"])
    rows = store.all(
        """
        SELECT a.name, a.role,
          (SELECT COUNT(*) FROM spans s WHERE s.annotator_id = a.id) AS spans,
          (SELECT COUNT(*) FROM relations r WHERE r.annotator_id = a.id) AS relations,
          (SELECT COUNT(*) FROM document_status d WHERE d.annotator_id = a.id
             AND d.status = 'done') AS done,
          (SELECT COUNT(*) FROM document_status d WHERE d.annotator_id = a.id
             AND d.status = 'in_progress') AS in_progress,
          (SELECT COUNT(*) FROM document_status d WHERE d.annotator_id = a.id
             AND d.status = 'skipped') AS skipped,
          (SELECT COALESCE(SUM(seconds), 0) / 60.0 FROM document_time t
             WHERE t.annotator_id = a.id) AS minutes
        FROM annotators a ORDER BY a.role, a.name
        """
    )
    stats.annotators = [
        AnnotatorStats(r["name"], r["role"], r["spans"], r["relations"], r["done"],
                       r["in_progress"], r["skipped"], round(float(r["minutes"]), 1))
        for r in rows
    ]
    return stats
