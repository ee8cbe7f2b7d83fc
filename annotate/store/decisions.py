"""Deciding suggestions: accepting one (a quote brings its suggested speaker and link) and
rejecting one (a quote takes along the speaker suggested for it alone).

Functions of an annotator's `Annotations`, as `flags` and `imports` are: each public one is
one action, one event, refused with one line when the suggestion is retired or already
decided (another window).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotate.errors import AnnotateError
from annotate.store.connection import now
from annotate.store.events import Recorder
from annotate.store.spans import Span

if TYPE_CHECKING:
    from annotate.store.annotations import Annotations


def _live_suggestion(ann: Annotations, suggestion_id: int) -> sqlite3.Row:
    sug = ann.store.one("SELECT * FROM suggestions WHERE id = ?", (suggestion_id,))
    if sug is None:
        raise AnnotateError(f"suggestion {suggestion_id} does not exist")
    if sug["retired_at"] is not None:
        raise AnnotateError("this suggestion was replaced by a newer pre-annotation run; "
                            "nothing was saved")
    return sug


def _undecided(ann: Annotations, rec: Recorder, sug: sqlite3.Row) -> None:
    decided = rec.get("decisions", [ann.annotator_id, sug["id"]])
    if decided is not None:
        raise AnnotateError(f"this {sug['label']} suggestion was already "
                            f"{decided['decision']} (in another window?); nothing was saved")


def accept(ann: Annotations, suggestion_id: int, **changes: Any) -> int:
    """Accept a suggestion; a QUOTE brings its suggested speaker and link along.

    `changes` (as for `update_span`) are applied in the same action, so editing or setting
    the stance of a suggestion is one step to undo, not two. The speaker brought along is
    the annotator's own span of that mention when there is one (the one accepted from the
    suggestion, maybe edited since, or one they marked over it), never a second one.
    """
    sug = _live_suggestion(ann, suggestion_id)

    def run(rec: Recorder) -> int:
        _undecided(ann, rec, sug)
        return _accept_with_relations(ann, rec, sug, changes)

    return int(ann.action(sug["document_id"], "accept", run))


def accept_all(ann: Annotations, document_id: int) -> AcceptedAll:
    """Accept every open suggestion of a document as one action (one undo takes it back).

    The annotator has read the article and fixed or rejected what was wrong; the rest is
    accepted as `accept` would, one by one in text order: a QUOTE with its speaker and link.
    A SPEAKER suggestion is accepted only along with a quote that names it (one whose quote
    went another way is no speaker of anything). A suggestion that overlaps a span the
    annotator already has of its label is left open: their own span says they saw it and
    chose otherwise, and a second span over it would be a duplicate, not a decision.
    """
    speaker_label = ann.store.schema.speaker_label
    quote_label = ann.store.schema.quote_label

    def run(rec: Recorder) -> AcceptedAll:
        accepted: list[int] = []
        left: list[int] = []
        rows = ann.open_suggestions(document_id)
        reach = _reach(ann, rec, document_id)
        # quotes first, so the speakers they bring are decided before the loose ones
        for sug in sorted(rows, key=lambda r: r["label"] != quote_label):
            if rec.get("decisions", [ann.annotator_id, sug["id"]]) is not None:
                continue  # decided a moment ago, along with its quote
            if sug["label"] == speaker_label or _overlaps_own(ann, rec, sug, reach):
                left.append(int(sug["id"]))
                continue
            _accept_with_relations(ann, rec, sug, {}, reach)
            accepted.append(int(sug["id"]))
        decided = {int(s["id"]) for s in rows
                   if rec.get("decisions", [ann.annotator_id, s["id"]]) is not None}
        return AcceptedAll(len(decided), len(accepted),
                           [i for i in left if i not in decided])

    done: AcceptedAll = ann.action(document_id, "accept_all", run)
    return done


@dataclass(frozen=True)
class AcceptedAll:
    """What `accept_all` did: suggestions decided (a quote's speaker counts), quotes and
    other suggestions accepted directly, and the ones it left open."""

    decided: int
    accepted: int
    left_open: list[int]


def _reach(ann: Annotations, rec: Recorder, document_id: int) -> dict[str, int]:
    """Per label, the longest span the annotator has or can get from a suggestion in the
    document: a span overlapping [s, e) starts after s minus it, which bounds the index
    range each overlap lookup reads (without it, accepting n suggestions read n² rows)."""
    own = rec.conn.execute(
        'SELECT label, MAX("end" - start) FROM spans WHERE document_id = ? AND '
        "annotator_id = ? GROUP BY label", (document_id, ann.annotator_id)).fetchall()
    suggested = rec.conn.execute(
        'SELECT label, MAX("end" - start) FROM suggestions WHERE document_id = ? AND '
        "retired_at IS NULL GROUP BY label", (document_id,)).fetchall()
    reach: dict[str, int] = {}
    for label, longest in [*own, *suggested]:
        reach[label] = max(reach.get(label, 0), int(longest))
    return reach


def _overlaps_own(ann: Annotations, rec: Recorder, sug: sqlite3.Row,
                  reach: dict[str, int]) -> bool:
    return rec.conn.execute(
        'SELECT 1 FROM spans WHERE document_id = ? AND annotator_id = ? AND label = ? '
        'AND start >= ? AND start < ? AND "end" > ? LIMIT 1',
        (sug["document_id"], ann.annotator_id, sug["label"],
         sug["start"] - reach.get(sug["label"], 0), sug["end"], sug["start"]),
    ).fetchone() is not None


def _accept_with_relations(ann: Annotations, rec: Recorder, sug: sqlite3.Row,
                           changes: dict[str, Any], reach: dict[str, int] | None = None
                           ) -> int:
    """The body of an accept: the span, its changes, the suggested speaker and link."""
    span_id = _accept_one(ann, rec, sug)
    if changes:
        span = Span.from_row(rec.get("spans", [span_id]) or {})
        rec.update("spans", [span_id], ann.checked_changes(span, changes))
    for rel in rec.conn.execute(
        "SELECT c.*, r.label AS relation FROM suggested_relations r JOIN suggestions c "
        "ON c.id = r.child_id WHERE r.head_id = ? AND r.retired_at IS NULL",
        (sug["id"],),
    ).fetchall():
        child = rec.get("decisions", [ann.annotator_id, rel["id"]])
        if child is not None and child["decision"] == "rejected":
            continue
        child_id = _mention_span(ann, rec, rel, reach)
        if child_id is None:
            child_id = _accept_one(ann, rec, rel)
        elif child is None:
            _decide(ann, rec, rel, "accepted")
        ann.link(rec, sug["document_id"], rel["relation"], span_id, child_id, "suggested")
    return span_id


def _mention_span(ann: Annotations, rec: Recorder, sug: sqlite3.Row,
                  reach: dict[str, int] | None = None) -> int | None:
    """The annotator's span for the mention a suggestion names, if they have one.

    First the span accepted from this very suggestion (perhaps edited), then one of the
    same label at the same place, then one of the same label overlapping it. `reach`
    (`_reach`) bounds the lookup; without it every span before the mention is read.
    """
    lowest = -1 if reach is None else sug["start"] - reach.get(sug["label"], 0)
    found = own_mention(ann, rec, sug["document_id"], sug["label"], sug["start"], sug["end"],
                        lowest=lowest, suggestion_id=sug["id"])
    if found is not None:
        return found
    row = rec.conn.execute(
        "SELECT id FROM spans WHERE annotator_id = ? AND suggestion_id = ?",
        (ann.annotator_id, sug["id"])).fetchone()
    return None if row is None else int(row[0])


def own_mention(ann: Annotations, rec: Recorder, document_id: int, label: str, start: int,
                end: int, *, lowest: int = -1, suggestion_id: int | None = None
                ) -> int | None:
    """The annotator's span of `label` over [start, end): the one accepted from
    `suggestion_id` first (when given), then one at that very place, then any overlapping
    one. Spans starting before `lowest` are not read (`_reach` bounds it)."""
    row = rec.conn.execute(
        'SELECT id FROM spans WHERE annotator_id = ? AND document_id = ? AND label = ? AND '
        'start >= ? AND start < ? AND "end" > ? ORDER BY (? IS NOT NULL AND '
        'suggestion_id IS NOT ?), NOT (start = ? AND "end" = ?), id LIMIT 1',
        (ann.annotator_id, document_id, label, lowest, end, start, suggestion_id,
         suggestion_id, start, end),
    ).fetchone()
    return None if row is None else int(row[0])


def _accept_one(ann: Annotations, rec: Recorder, sug: sqlite3.Row) -> int:
    """The annotator's span for a suggestion, reusing one already at the same place."""
    existing = rec.conn.execute(
        'SELECT id FROM spans WHERE document_id = ? AND annotator_id = ? AND label = ? '
        'AND start = ? AND "end" = ?',
        (sug["document_id"], ann.annotator_id, sug["label"], sug["start"], sug["end"]),
    ).fetchone()
    if existing is not None:
        span_id = int(existing[0])
    else:
        span_id = int(ann.insert_span(
            rec, sug["document_id"], sug["label"], sug["start"], sug["end"], "suggested",
            value=sug["value"], canonical=sug["canonical"], stance=sug["stance"],
            suggestion_id=sug["id"],
        )["id"])
    _decide(ann, rec, sug, "accepted")
    return span_id


def _decide(ann: Annotations, rec: Recorder, sug: sqlite3.Row, decision: str) -> None:
    rec.upsert(
        "decisions",
        {"annotator_id": ann.annotator_id, "suggestion_id": sug["id"]},
        {"document_id": sug["document_id"], "decision": decision, "created_at": now()},
    )


def reject(ann: Annotations, suggestion_id: int) -> None:
    """Reject a suggestion; a QUOTE takes along the SPEAKER suggested for it alone.

    The mirror of `accept`: a speaker suggestion exists because of its quote, so once the
    quote is rejected it would only stay open to be rejected by hand before the document
    is done. It goes only while it is still open (undecided, no span of the annotator's
    at its place) and no other quote suggestion that is open or accepted names it. One
    event: one undo brings both back.
    """
    sug = _live_suggestion(ann, suggestion_id)

    def run(rec: Recorder) -> None:
        _undecided(ann, rec, sug)
        _decide(ann, rec, sug, "rejected")
        if sug["label"] == ann.store.schema.quote_label:
            for child in _orphaned_speakers(ann, rec, sug):
                _decide(ann, rec, child, "rejected")

    ann.action(sug["document_id"], "reject", run)


def _orphaned_speakers(ann: Annotations, rec: Recorder, quote: sqlite3.Row) -> list[sqlite3.Row]:
    """The open suggestions `quote`'s live suggested relations point at that no other
    open or accepted quote suggestion points at (`quote` itself is being rejected)."""
    children = rec.conn.execute(
        "SELECT c.* FROM suggested_relations r JOIN suggestions c ON c.id = r.child_id "
        "WHERE r.head_id = ? AND r.label = ? AND r.retired_at IS NULL "
        "AND c.retired_at IS NULL",
        (quote["id"], ann.store.schema.attribution),
    ).fetchall()
    out = []
    for child in children:
        if rec.get("decisions", [ann.annotator_id, child["id"]]) is not None:
            continue
        marked = rec.conn.execute(
            'SELECT 1 FROM spans WHERE document_id = ? AND annotator_id = ? AND label = ? '
            'AND start = ? AND "end" = ?',
            (child["document_id"], ann.annotator_id, child["label"], child["start"],
             child["end"]),
        ).fetchone()
        if marked is not None:
            continue
        others = rec.conn.execute(
            "SELECT r.head_id FROM suggested_relations r JOIN suggestions h "
            "ON h.id = r.head_id WHERE r.document_id = ? AND r.child_id = ? "
            "AND r.head_id != ? AND r.retired_at IS NULL AND h.retired_at IS NULL",
            (child["document_id"], child["id"], quote["id"]),
        ).fetchall()
        if any(_still_wanted(ann, rec, int(o["head_id"])) for o in others):
            continue
        out.append(child)
    return out


def _still_wanted(ann: Annotations, rec: Recorder, suggestion_id: int) -> bool:
    """An other quote suggestion is open (undecided) or accepted by this annotator."""
    decided = rec.get("decisions", [ann.annotator_id, suggestion_id])
    return decided is None or decided["decision"] == "accepted"
