"""Flags: an annotator marks a document or one of their spans for the lead, with a comment.

Unsure, broken text, needs discussion: what a lead must see first. A flag is the annotator's
own row, so adding or removing one is an action in the event log like any other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotate.errors import AnnotateError
from annotate.store.connection import now
from annotate.store.events import Recorder

if TYPE_CHECKING:
    from annotate.store.annotations import Annotations
    from annotate.store.connection import Store

FLAG_KINDS = ("unsure", "broken_text", "discuss")


def add_flag(ann: Annotations, document_id: int, kind: str, comment: str = "",
             span_id: int | None = None) -> int:
    if kind not in FLAG_KINDS:
        raise AnnotateError(f"{kind!r} is not one of {', '.join(FLAG_KINDS)}")
    if span_id is not None and ann.span(span_id).document_id != document_id:
        raise AnnotateError("the flagged span is in another document")

    def run(rec: Recorder) -> int:
        return int(rec.insert("flags", {
            "document_id": document_id, "annotator_id": ann.annotator_id, "span_id": span_id,
            "kind": kind, "comment": comment.strip(), "created_at": now()})["id"])

    return int(ann.action(document_id, "add_flag", run))


def remove_flag(ann: Annotations, flag_id: int) -> None:
    row = ann.store.one("SELECT * FROM flags WHERE id = ? AND annotator_id = ?",
                        (flag_id, ann.annotator_id))
    if row is None:
        raise AnnotateError(f"flag {flag_id} does not exist for {ann.annotator}")
    ann.action(row["document_id"], "remove_flag", lambda rec: rec.delete("flags", [flag_id]))


def flags_of(ann: Annotations, document_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in ann.store.all(
        "SELECT * FROM flags WHERE document_id = ? AND annotator_id = ? ORDER BY id",
        (document_id, ann.annotator_id))]


def document_flags(store: Store, document_id: int) -> list[dict[str, Any]]:
    """Every annotator's flags on a document, for the lead who adjudicates it: annotator,
    kind, comment and, for a span's flag, the span's label and text (in text order)."""
    return [dict(r) for r in store.all(
        "SELECT a.name AS annotator, f.kind, f.comment, s.label, s.text "
        "FROM flags f JOIN annotators a ON a.id = f.annotator_id "
        "LEFT JOIN spans s ON s.id = f.span_id "
        "WHERE f.document_id = ? ORDER BY a.name, COALESCE(s.start, -1), f.id",
        (document_id,))]
