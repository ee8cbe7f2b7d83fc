"""Model suggestions: which documents still need them, and writing them batch by batch."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotate.store.connection import Store, now

if TYPE_CHECKING:  # importing annotate.suggest would load spaCy, which the store never needs
    from annotate.suggest.types import DocSuggestions


@dataclass(frozen=True)
class ModelRun:
    """What made a suggestion: the pipeline, its version and the version of our rules."""

    model: str
    model_version: str
    rules_version: str

    @property
    def version(self) -> str:
        """Stored as one version string so a rule change is visible per suggestion."""
        return f"{self.model_version}+rules.{self.rules_version}"


def pending(store: Store, run: ModelRun, force: bool = False) -> Iterator[sqlite3.Row]:
    """Documents not yet pre-annotated by this model and rules version (all with `force`).

    A lazy cursor over id, text and published, so 10,000 documents are never all in memory.
    """
    sql = "SELECT id, text, published FROM documents d"
    params: tuple[str, ...] = ()
    if not force:
        sql += (
            " WHERE NOT EXISTS (SELECT 1 FROM preannotations p WHERE p.document_id = d.id "
            "AND p.model = ? AND p.model_version = ? AND p.rules_version = ?)"
        )
        params = (run.model, run.model_version, run.rules_version)
    # A separate connection's cursor would see a snapshot; one list of ids keeps memory small
    # and lets the caller write while iterating.
    ids = [int(r[0]) for r in store.all(sql + " ORDER BY d.id", params)]
    for document_id in ids:
        row = store.one("SELECT id, text, published FROM documents WHERE id = ?", (document_id,))
        if row is not None:
            yield row


def count_pending(store: Store, run: ModelRun, force: bool = False) -> int:
    if force:
        return int(store.scalar("SELECT COUNT(*) FROM documents") or 0)
    return int(store.scalar(
        "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM preannotations p "
        "WHERE p.document_id = d.id AND p.model = ? AND p.model_version = ? "
        "AND p.rules_version = ?)",
        (run.model, run.model_version, run.rules_version),
    ) or 0)


def save(store: Store, run: ModelRun, batch: list[tuple[int, DocSuggestions]]) -> int:
    """Write one batch in one transaction, replacing this model's earlier suggestions.

    Replacing drops annotators' accept/reject decisions on the old suggestions (their spans
    stay); that is what `--force` asks for.
    """
    written = 0
    stamp = now()
    with store.write() as conn:
        for document_id, sugg in batch:
            conn.execute(
                "DELETE FROM suggestions WHERE document_id = ? AND model = ?",
                (document_id, run.model),
            )
            conn.execute(
                "DELETE FROM suggested_doc_stances WHERE document_id = ? AND model = ?",
                (document_id, run.model),
            )
            ids: dict[int, int] = {}
            for span in sugg.spans:
                cur = conn.execute(
                    'INSERT INTO suggestions(document_id, label, start, "end", text, value, '
                    "canonical, stance, model, model_version, rule, score, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (document_id, span.label, span.start, span.end, span.text, span.value,
                     span.canonical, span.stance, run.model, run.version, span.rule,
                     span.score, stamp),
                )
                ids[span.key] = int(cur.lastrowid or 0)
                written += 1
            for rel in sugg.relations:
                if rel.head in ids and rel.child in ids:
                    conn.execute(
                        "INSERT INTO suggested_relations(document_id, label, head_id, child_id, "
                        "model, model_version, rule, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (document_id, rel.label, ids[rel.head], ids[rel.child], run.model,
                         run.version, rel.rule, rel.score),
                    )
            if sugg.doc_stance is not None:
                conn.execute(
                    "INSERT INTO suggested_doc_stances(document_id, value, model, model_version, "
                    "rule, score) VALUES (?, ?, ?, ?, ?, ?)",
                    (document_id, sugg.doc_stance.value, run.model, run.version,
                     sugg.doc_stance.rule, sugg.doc_stance.score),
                )
            conn.execute(
                "INSERT OR REPLACE INTO preannotations(document_id, model, model_version, "
                "rules_version, created_at) VALUES (?, ?, ?, ?, ?)",
                (document_id, run.model, run.model_version, run.rules_version, stamp),
            )
    return written


def suggested_doc_stance(store: Store, document_id: int) -> sqlite3.Row | None:
    return store.one(
        "SELECT * FROM suggested_doc_stances WHERE document_id = ? ORDER BY rowid DESC LIMIT 1",
        (document_id,),
    )


def suggested_relations(store: Store, document_id: int) -> dict[int, int]:
    """Suggested QUOTE id -> suggested SPEAKER id."""
    rows = store.all(
        "SELECT head_id, child_id FROM suggested_relations WHERE document_id = ?", (document_id,)
    )
    return {r["head_id"]: r["child_id"] for r in rows}
