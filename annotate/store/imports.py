"""Work finished elsewhere, brought into an annotator's layer without replacing theirs.

An import is one event ('import'), so it is in the history like any action. It never
replaces work: "added" when the annotator had none on the document, "unchanged" when what they
have is exactly what comes in, and a refusal (nothing written) when they have different work
there, because silently merging or overwriting someone's annotations is the one thing an
import must not do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotate.errors import AnnotateError
from annotate.store.connection import now
from annotate.store.events import Recorder
from annotate.store.spans import STATUSES, NewSpan

if TYPE_CHECKING:
    from annotate.store.annotations import Annotations

def import_document(
    ann: Annotations, document_id: int, spans: list[NewSpan],
    relations: list[tuple[int, int, str]], stance: str | None = None, status: str = "done",
) -> str:
    """Write annotations finished elsewhere as one 'import' event.

    Never replaces work: "added" when the annotator had none on the document,
    "unchanged" when what they have is exactly this, and an AnnotateError (nothing
    written) when they already have different work there.
    """
    if status not in STATUSES:
        raise AnnotateError(f"{status!r} is not one of {', '.join(STATUSES)}")
    if stance is not None and stance not in ann.store.schema.stance.names:
        raise AnnotateError(f"{stance!r} is not a stance value of the schema")
    for head, child, _ in relations:
        if not (0 <= head < len(spans) and 0 <= child < len(spans)):
            raise AnnotateError("a relation refers to a span that is not there")
    have = _content(ann, document_id)
    want = (sorted(s.key for s in spans),
            sorted((spans[h].key, spans[c].key, label)
                   for h, c, label in relations), stance, status)
    if have == want:
        return "unchanged"
    if have != ([], [], None, None):
        raise AnnotateError(f"{ann.annotator} already has different work on document "
                            f"{document_id}; nothing was imported for it")

    def run(rec: Recorder) -> None:
        ids = [int(ann.insert_span(
            rec, document_id, s.label, s.start, s.end, "imported", value=s.value,
            canonical=s.canonical, stance=s.stance)["id"]) for s in spans]
        for head, child, label in relations:
            ann.link(rec, document_id, label, ids[head], ids[child], "imported")
        rec.upsert("document_status",
                   {"document_id": document_id, "annotator_id": ann.annotator_id},
                   {"status": status, "stance": stance, "updated_at": now()})

    with ann.store.write() as conn:
        rec = Recorder(conn)
        run(rec)
        rec.log(ann.annotator_id, document_id, "import")
    return "added"


def _content(ann: Annotations, document_id: int
             ) -> tuple[list[Any], list[Any], str | None, str | None]:
    """The annotator's work on a document, without ids (for comparing imports)."""
    keys = {s.id: s.key for s in ann.spans(document_id)}
    rels = sorted((keys[r["head_id"]], keys[r["child_id"]], r["label"]) for r in ann.store.all(
        "SELECT head_id, child_id, label FROM relations WHERE document_id = ? "
        "AND annotator_id = ?", (document_id, ann.annotator_id)))
    status = ann.store.one(
        "SELECT status, stance FROM document_status WHERE document_id = ? AND annotator_id = ?",
        (document_id, ann.annotator_id))
    return (sorted(keys.values()), rels, None if status is None else status["stance"],
            None if status is None else status["status"])

