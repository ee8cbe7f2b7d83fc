"""Read-only queries the terminal app needs that the rest of the store does not offer.

Kept in their own module (owned by the app's side) so they never collide with the store's
own modules; each is one indexed query. Nothing here writes.
"""

from __future__ import annotations

import sqlite3

from annotate.store.connection import Store
from annotate.store.views import assigned_only

SUGGESTION_COLUMNS = ('id, label, start, "end", text, value, canonical, stance, rule, model, '
                      "score, explanation")


def document_suggestions(store: Store, document_id: int) -> list[sqlite3.Row]:
    """Every active suggestion of a document (decided or not), in text order, with the
    columns of `SUGGESTION_COLUMNS` in that order.

    The app keeps them all, so that an undone decision reopens its suggestion without a
    query.
    """
    return store.all(
        f"SELECT {SUGGESTION_COLUMNS} FROM suggestions WHERE document_id = ? "
        'AND retired_at IS NULL ORDER BY start, "end"', (document_id,))


def event_actions(store: Store, event_ids: list[int]) -> dict[int, str]:
    """The action name of each event (undo / redo say what they undid)."""
    if not event_ids:
        return {}
    marks = ", ".join("?" for _ in event_ids)
    rows = store.all(f"SELECT id, action FROM events WHERE id IN ({marks})", event_ids)
    return {int(r["id"]): str(r["action"]) for r in rows}


def person_names(store: Store, annotator_id: int, speaker_label: str,
                 recent: int = 5000, limit: int = 500) -> list[str]:
    """Canonical names this annotator gave speakers lately (their last `recent` spans),
    most used first: the people a new mention most likely is."""
    rows = store.all(
        "SELECT canonical, COUNT(*) AS n FROM (SELECT canonical FROM spans "
        "WHERE annotator_id = ? AND label = ? AND canonical IS NOT NULL AND canonical != '' "
        "ORDER BY id DESC LIMIT ?) GROUP BY canonical ORDER BY n DESC, canonical LIMIT ?",
        (annotator_id, speaker_label, recent, limit),
    )
    return [str(r["canonical"]) for r in rows]


def last_event_id(store: Store, annotator_id: int, document_id: int) -> int:
    """The newest event of the annotator on the document (0 for none): where `events.since`
    starts for a screen that has just read the document."""
    return int(store.scalar("SELECT MAX(id) FROM events WHERE annotator_id = ? AND "
                            "document_id = ?", (annotator_id, document_id)) or 0)


def flagged_count(store: Store, annotator_id: int, status: str | None = None) -> int:
    """How many documents of the annotator's queue (with this status, None: any) they
    flagged: the queue's "flagged" filter says how many it holds.

    Driven by the annotator's flags, which are few next to the documents, so it stays cheap
    on a million-document queue; with assignments only the assigned documents count, as in
    `views.queue_page`.
    """
    sql = "SELECT COUNT(DISTINCT f.document_id) FROM flags f"
    if assigned_only(store, annotator_id):
        sql += (" JOIN assignments q ON q.document_id = f.document_id "
                "AND q.annotator_id = f.annotator_id")
    if status is not None:
        sql += (" LEFT JOIN document_status ds ON ds.document_id = f.document_id "
                "AND ds.annotator_id = f.annotator_id")
    sql += " WHERE f.annotator_id = :a"
    if status is not None:
        sql += " AND COALESCE(ds.status, 'todo') = :status"
    return int(store.scalar(sql, {"a": annotator_id, "status": status}) or 0)
