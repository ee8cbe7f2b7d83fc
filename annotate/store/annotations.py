"""What an annotator does to a document, one committed, logged, undoable action a call.

The TUI calls these and only then repaints, so whatever the screen shows is already on disk.
Each method is one transaction with one event; an action that touches several rows (accepting
a quote also accepts its speaker and the link) is undone as a whole.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from typing import Any

from annotate.errors import AnnotateError
from annotate.store import events
from annotate.store.connection import Store, now
from annotate.store.events import Recorder

STATUSES = ("todo", "in_progress", "done", "skipped")


@dataclass(frozen=True)
class Span:
    """An annotator's span as the UI and exports see it."""

    id: int
    document_id: int
    label: str
    start: int
    end: int
    text: str
    value: str | None
    canonical: str | None
    stance: str | None
    origin: str
    suggestion_id: int | None

    @classmethod
    def from_row(cls, row: sqlite3.Row | dict[str, Any]) -> Span:
        return cls(
            row["id"], row["document_id"], row["label"], row["start"], row["end"], row["text"],
            row["value"], row["canonical"], row["stance"], row["origin"], row["suggestion_id"],
        )


class Annotations:
    """The actions of one annotator (or adjudicator, for the gold layer) on a database."""

    def __init__(
        self, store: Store, annotator: str, role: str = "annotator", actor: str | None = None
    ) -> None:
        """`actor` is who works on a gold layer (the adjudicator); their edits carry it."""
        self.store = store
        self.annotator = annotator
        self.role = role
        self.actor = actor
        self.annotator_id = store.annotator_id(annotator, role)

    def _provenance(self, previous: str | None = None) -> str | None:
        """On the gold layer, what the adjudicator changed by hand: who and when.

        An edit keeps whose version was taken (`taken_from`) and adds who edited it.
        """
        if self.role != "gold":
            return previous
        base = json.loads(previous) if previous else {"taken_from": []}
        base.update({"adjudicator": self.actor or base.get("adjudicator"), "edited": True,
                     "at": now()})
        return json.dumps(base)

    # -- reading ------------------------------------------------------------------------------

    def spans(self, document_id: int) -> list[Span]:
        rows = self.store.all(
            'SELECT * FROM spans WHERE document_id = ? AND annotator_id = ? ORDER BY start, "end"',
            (document_id, self.annotator_id),
        )
        return [Span.from_row(r) for r in rows]

    def span(self, span_id: int) -> Span:
        row = self.store.one(
            "SELECT * FROM spans WHERE id = ? AND annotator_id = ?", (span_id, self.annotator_id)
        )
        if row is None:
            raise AnnotateError(f"span {span_id} does not exist for {self.annotator}")
        return Span.from_row(row)

    def speakers(self, document_id: int) -> dict[int, int]:
        """QUOTE span id -> SPEAKER span id for this annotator's links."""
        rows = self.store.all(
            "SELECT head_id, child_id FROM relations WHERE document_id = ? AND annotator_id = ? "
            "AND label = 'ATTRIBUTED_TO'",
            (document_id, self.annotator_id),
        )
        return {r["head_id"]: r["child_id"] for r in rows}

    def decisions(self, document_id: int) -> dict[int, str]:
        rows = self.store.all(
            "SELECT suggestion_id, decision FROM decisions WHERE document_id = ? "
            "AND annotator_id = ?",
            (document_id, self.annotator_id),
        )
        return {r["suggestion_id"]: r["decision"] for r in rows}

    def open_suggestions(self, document_id: int) -> list[sqlite3.Row]:
        """Suggestions this annotator has neither accepted nor rejected, in text order."""
        return self.store.all(
            "SELECT s.* FROM suggestions s WHERE s.document_id = ? AND NOT EXISTS ("
            " SELECT 1 FROM decisions d WHERE d.suggestion_id = s.id AND d.annotator_id = ?)"
            ' ORDER BY s.start, s."end"',
            (document_id, self.annotator_id),
        )

    def status(self, document_id: int) -> dict[str, Any]:
        row = self.store.one(
            "SELECT * FROM document_status WHERE document_id = ? AND annotator_id = ?",
            (document_id, self.annotator_id),
        )
        if row is None:
            return {"status": "todo", "stance": None, "seconds": 0.0}
        return dict(row)

    # -- actions ------------------------------------------------------------------------------

    def _action(self, document_id: int, name: str, fn: Any) -> Any:
        with self.store.write() as conn:
            rec = Recorder(conn)
            result = fn(rec)
            self._touch(rec, document_id)
            rec.log(self.annotator_id, document_id, name)
            return result

    def _touch(self, rec: Recorder, document_id: int) -> None:
        """An action on a todo document puts it in progress."""
        current = rec.get("document_status", [document_id, self.annotator_id])
        if current is None or current["status"] == "todo":
            rec.upsert(
                "document_status",
                {"document_id": document_id, "annotator_id": self.annotator_id},
                {"status": "in_progress", "updated_at": now()},
            )

    def _text(self, document_id: int, start: int, end: int) -> str:
        text = self.store.scalar("SELECT text FROM documents WHERE id = ?", (document_id,))
        if text is None:
            raise AnnotateError(f"document {document_id} does not exist")
        if not 0 <= start < end <= len(text):
            raise AnnotateError(f"span {start}-{end} is outside the text (0-{len(text)})")
        return str(text[start:end])

    def _insert_span(
        self, rec: Recorder, document_id: int, label: str, start: int, end: int,
        origin: str, **extra: Any,
    ) -> dict[str, Any]:
        if label not in self.store.schema.label_names:
            raise AnnotateError(f"{label!r} is not a label of schema {self.store.schema.name}")
        stamp = now()
        if self.role == "gold" and origin == "manual":
            origin = "adjudicated"
            extra.setdefault("provenance", self._provenance())
        return rec.insert("spans", {
            "document_id": document_id, "annotator_id": self.annotator_id, "label": label,
            "start": start, "end": end, "text": self._text(document_id, start, end),
            "origin": origin, "created_at": stamp, "updated_at": stamp, **extra,
        })

    def accept(self, suggestion_id: int, **changes: Any) -> int:
        """Accept a suggestion; a QUOTE brings its suggested speaker and link along.

        `changes` (as for `update_span`) are applied in the same action, so editing or setting
        the stance of a suggestion is one step to undo, not two.
        """
        sug = self.store.one("SELECT * FROM suggestions WHERE id = ?", (suggestion_id,))
        if sug is None:
            raise AnnotateError(f"suggestion {suggestion_id} does not exist")

        def run(rec: Recorder) -> int:
            span_id = self._accept_one(rec, sug)
            if changes:
                span = Span.from_row(rec.get("spans", [span_id]) or {})
                rec.update("spans", [span_id], self._changes(span, changes))
            for rel in rec.conn.execute(
                "SELECT c.*, r.label AS relation FROM suggested_relations r JOIN suggestions c "
                "ON c.id = r.child_id WHERE r.head_id = ?", (suggestion_id,)
            ).fetchall():
                child = rec.get("decisions", [self.annotator_id, rel["id"]])
                if child is not None and child["decision"] == "rejected":
                    continue
                child_id = self._accept_one(rec, rel)
                self._link(rec, sug["document_id"], rel["relation"], span_id, child_id, "suggested")
            return span_id

        return int(self._action(sug["document_id"], "accept", run))

    def _accept_one(self, rec: Recorder, sug: sqlite3.Row) -> int:
        """The annotator's span for a suggestion, reusing one already at the same place."""
        existing = rec.conn.execute(
            'SELECT id FROM spans WHERE document_id = ? AND annotator_id = ? AND label = ? '
            'AND start = ? AND "end" = ?',
            (sug["document_id"], self.annotator_id, sug["label"], sug["start"], sug["end"]),
        ).fetchone()
        if existing is not None:
            span_id = int(existing[0])
        else:
            span_id = int(self._insert_span(
                rec, sug["document_id"], sug["label"], sug["start"], sug["end"], "suggested",
                value=sug["value"], canonical=sug["canonical"], stance=sug["stance"],
                suggestion_id=sug["id"],
            )["id"])
        rec.upsert(
            "decisions",
            {"annotator_id": self.annotator_id, "suggestion_id": sug["id"]},
            {"document_id": sug["document_id"], "decision": "accepted", "created_at": now()},
        )
        return span_id

    def reject(self, suggestion_id: int) -> None:
        sug = self.store.one("SELECT * FROM suggestions WHERE id = ?", (suggestion_id,))
        if sug is None:
            raise AnnotateError(f"suggestion {suggestion_id} does not exist")

        def run(rec: Recorder) -> None:
            rec.upsert(
                "decisions",
                {"annotator_id": self.annotator_id, "suggestion_id": suggestion_id},
                {"document_id": sug["document_id"], "decision": "rejected", "created_at": now()},
            )

        self._action(sug["document_id"], "reject", run)

    def add_span(
        self, document_id: int, label: str, start: int, end: int, *,
        value: str | None = None, canonical: str | None = None, stance: str | None = None,
    ) -> int:
        """A span the annotator made by hand."""

        def run(rec: Recorder) -> int:
            row = self._insert_span(
                rec, document_id, label, start, end, "manual",
                value=value, canonical=canonical, stance=stance,
            )
            return int(row["id"])

        return int(self._action(document_id, "add_span", run))

    def update_span(self, span_id: int, **changes: Any) -> None:
        """Change boundaries, label, value, canonical name or stance of a span."""
        span = self.span(span_id)
        values = self._changes(span, changes)

        def run(rec: Recorder) -> None:
            rec.update("spans", [span_id], values)

        self._action(span.document_id, "update_span", run)

    def _changes(self, span: Span, changes: dict[str, Any]) -> dict[str, Any]:
        """Validated column values for `changes` to `span`, with its new text and origin."""
        allowed = {"start", "end", "label", "value", "canonical", "stance"}
        unknown = set(changes) - allowed
        if unknown:
            raise AnnotateError(f"cannot change {', '.join(sorted(unknown))} of a span")
        if "label" in changes and changes["label"] not in self.store.schema.label_names:
            raise AnnotateError(f"{changes['label']!r} is not a label of the schema")
        if "stance" in changes and changes["stance"] is not None and (
            changes["stance"] not in self.store.schema.stance.names
        ):
            raise AnnotateError(f"{changes['stance']!r} is not a stance value of the schema")
        start, end = changes.get("start", span.start), changes.get("end", span.end)
        values = dict(changes, text=self._text(span.document_id, start, end), updated_at=now())
        if span.origin == "suggested" and {"start", "end", "label"} & set(changes):
            values["origin"] = "edited"
        if self.role == "gold":
            previous = self.store.scalar("SELECT provenance FROM spans WHERE id = ?", (span.id,))
            values["provenance"] = self._provenance(previous)
        return values

    def delete_span(self, span_id: int) -> None:
        """Remove a span; its suggestion, if any, counts as rejected so it does not come back."""
        span = self.span(span_id)

        def run(rec: Recorder) -> None:
            rec.delete("spans", [span_id])
            if span.suggestion_id is not None:
                rec.upsert(
                    "decisions",
                    {"annotator_id": self.annotator_id, "suggestion_id": span.suggestion_id},
                    {"document_id": span.document_id, "decision": "rejected",
                     "created_at": now()},
                )

        self._action(span.document_id, "delete_span", run)

    def set_speaker(self, quote_id: int, speaker_id: int | None) -> None:
        """Link a QUOTE to its SPEAKER (None removes the link)."""
        quote = self.span(quote_id)
        if speaker_id is not None and self.span(speaker_id).document_id != quote.document_id:
            raise AnnotateError("the speaker must be in the same document")

        def run(rec: Recorder) -> None:
            self._link(rec, quote.document_id, "ATTRIBUTED_TO", quote_id, speaker_id, "manual")

        self._action(quote.document_id, "set_speaker", run)

    def _link(
        self, rec: Recorder, document_id: int, label: str, head: int, child: int | None,
        origin: str,
    ) -> None:
        old = rec.conn.execute(
            "SELECT id, child_id FROM relations WHERE head_id = ? AND label = ?", (head, label)
        ).fetchone()
        if old is not None and old["child_id"] == child:
            return
        if old is not None:
            rec.delete("relations", [old["id"]])
        if child is not None:
            rec.insert("relations", {
                "document_id": document_id, "annotator_id": self.annotator_id, "label": label,
                "head_id": head, "child_id": child, "origin": origin, "created_at": now(),
                "provenance": self._provenance(),
            })

    def set_quote_stance(self, quote_id: int, stance: str | None) -> None:
        self.update_span(quote_id, stance=stance)

    def set_document_stance(self, document_id: int, stance: str | None) -> None:
        if stance is not None and stance not in self.store.schema.stance.names:
            raise AnnotateError(f"{stance!r} is not a stance value of the schema")

        def run(rec: Recorder) -> None:
            values = {"stance": stance, "updated_at": now()}
            if self.role == "gold":
                old = rec.get("document_status", [document_id, self.annotator_id])
                values["provenance"] = self._provenance(old["provenance"] if old else None)
            rec.upsert(
                "document_status",
                {"document_id": document_id, "annotator_id": self.annotator_id},
                values,
            )

        self._action(document_id, "document_stance", run)

    def set_status(self, document_id: int, status: str) -> None:
        if status not in STATUSES:
            raise AnnotateError(f"{status!r} is not one of {', '.join(STATUSES)}")

        def run(rec: Recorder) -> None:
            rec.upsert(
                "document_status",
                {"document_id": document_id, "annotator_id": self.annotator_id},
                {"status": status, "updated_at": now()},
            )

        with self.store.write() as conn:
            rec = Recorder(conn)
            run(rec)
            rec.log(self.annotator_id, document_id, f"status:{status}")

    def add_time(self, document_id: int, seconds: float) -> None:
        """Time spent reading a document; not an undoable action, so not in the event log."""
        if seconds <= 0:
            return
        with self.store.write() as conn:
            conn.execute(
                "INSERT INTO document_status(document_id, annotator_id, status, seconds, "
                "updated_at) VALUES (?, ?, 'in_progress', ?, ?) "
                "ON CONFLICT(document_id, annotator_id) DO UPDATE SET "
                "seconds = seconds + excluded.seconds, updated_at = excluded.updated_at",
                (document_id, self.annotator_id, seconds, now()),
            )

    def undo(self, document_id: int | None = None) -> int | None:
        """Undo the latest action (in this document, if given); returns its document id."""
        return events.undo(self.store, self.annotator_id, document_id)

    def redo(self, document_id: int | None = None) -> int | None:
        return events.redo(self.store, self.annotator_id, document_id)

    def history(self, document_id: int | None = None, limit: int = 50) -> list[dict[str, Any]]:
        sql = "SELECT id, document_id, action, target_event, created_at FROM events " \
              "WHERE annotator_id = ?"
        params: list[Any] = [self.annotator_id]
        if document_id is not None:
            sql += " AND document_id = ?"
            params.append(document_id)
        rows = self.store.all(sql + " ORDER BY id DESC LIMIT ?", [*params, limit])
        return [dict(r) for r in rows]


class Timer:
    """Measures time spent on a document, flushing to the store at most every few seconds."""

    def __init__(self, annotations: Annotations, document_id: int, flush_every: float = 5.0):
        self.annotations = annotations
        self.document_id = document_id
        self.flush_every = flush_every
        self._since = time.monotonic()

    def tick(self, force: bool = False) -> None:
        elapsed = time.monotonic() - self._since
        if force or elapsed >= self.flush_every:
            self.annotations.add_time(self.document_id, elapsed)
            self._since = time.monotonic()


def provenance(adjudicator: str, taken_from: list[str]) -> str:
    """JSON provenance for gold rows: who adjudicated, whose version was taken, when."""
    return json.dumps({"adjudicator": adjudicator, "taken_from": taken_from, "at": now()})
