"""What an annotator does to a document, one committed, logged, undoable action a call.

The TUI calls these and only then repaints, so whatever the screen shows is already on disk.
Each method is one transaction with one event; an action that touches several rows (accepting
a quote also accepts its speaker and the link) is undone as a whole.

Actions check what they are about to change and refuse, with one line, what would silently
overwrite work: deciding a suggestion that is already decided (another window did it), a
suggestion a newer pre-annotation run retired, a second span of a label over a mention the
annotator already marked.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from annotate.errors import AnnotateError
from annotate.store import cue_speakers, decisions, events, imports, values
from annotate.store import flags as flags_
from annotate.store.connection import Store, now
from annotate.store.decisions import AcceptedAll
from annotate.store.events import Event, Recorder
from annotate.store.flags import FLAG_KINDS
from annotate.store.spans import STATUSES, NewSpan, Span
from annotate.store.suggestions import resolve_dates
from annotate.store.timing import Timer

GOLD_LAYER = "gold"


class Annotations:
    """The actions of one annotator (or adjudicator, for the gold layer) on a database."""

    def __init__(
        self, store: Store, annotator: str, role: str = "annotator", actor: str | None = None
    ) -> None:
        """`actor` is who works on a gold layer (the adjudicator); their edits carry it.

        The gold layer's name is reserved: as an annotator it is refused before anything is
        written, so gold can only be changed through review.
        """
        if (annotator == GOLD_LAYER) != (role == "gold"):
            raise AnnotateError(f"{annotator!r} is the adjudicated gold layer: it is written "
                                "only through `annotate review`" if annotator == GOLD_LAYER
                                else f"the gold layer is called {GOLD_LAYER!r}")
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
            raise AnnotateError(f"span {span_id} does not exist for {self.annotator} (removed "
                                "in another window?)")
        return Span.from_row(row)

    def speakers(self, document_id: int) -> dict[int, int]:
        """QUOTE span id -> SPEAKER span id for this annotator's links."""
        rows = self.store.all(
            "SELECT head_id, child_id FROM relations WHERE document_id = ? AND annotator_id = ? "
            "AND label = ?",
            (document_id, self.annotator_id, self.store.schema.attribution),
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
        """Live suggestions this annotator has not decided, in text order.

        One the annotator already has as a span (same label and place, e.g. a suggestion a
        re-run found again after they had edited the old one to fit) is not asked again.
        """
        return self.store.all(
            "SELECT s.* FROM suggestions s WHERE s.document_id = ? AND s.retired_at IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.suggestion_id = s.id "
            "AND d.annotator_id = ?) AND NOT EXISTS (SELECT 1 FROM spans p WHERE "
            "p.document_id = s.document_id AND p.annotator_id = ? AND p.label = s.label "
            'AND p.start = s.start AND p."end" = s."end") ORDER BY s.start, s."end"',
            (document_id, self.annotator_id, self.annotator_id),
        )

    def status(self, document_id: int) -> dict[str, Any]:
        row = self.store.one(
            "SELECT * FROM document_status WHERE document_id = ? AND annotator_id = ?",
            (document_id, self.annotator_id),
        )
        if row is None:
            return {"status": "todo", "stance": None}
        return dict(row)

    def seconds(self, document_id: int) -> float:
        """Time this annotator has spent on the document."""
        return float(self.store.scalar(
            "SELECT seconds FROM document_time WHERE document_id = ? AND annotator_id = ?",
            (document_id, self.annotator_id)) or 0.0)

    # -- actions ------------------------------------------------------------------------------

    def action(self, document_id: int, name: str, fn: Any) -> Any:
        with self.store.write() as conn:
            rec = Recorder(conn)
            result = fn(rec)
            if not rec.changes:
                return result
            self._touch(rec, document_id)
            rec.log(self.annotator_id, document_id, name)
            return result

    def _touch(self, rec: Recorder, document_id: int) -> None:
        """The first change to a todo document puts it in progress (opening it does not)."""
        current = rec.get("document_status", [document_id, self.annotator_id])
        if current is None or current["status"] == "todo":
            rec.upsert(
                "document_status",
                {"document_id": document_id, "annotator_id": self.annotator_id},
                {"status": "in_progress", "updated_at": now()},
            )

    def _text(self, document_id: int, start: int, end: int,
              rec: Recorder | None = None) -> str:
        """The text of a span. Within an action (`rec`) the article is read once: accepting
        a thousand suggestions must not read a long article a thousand times."""
        text = rec.memo.get(("text", document_id)) if rec is not None else None
        if text is None:
            text = self.store.scalar("SELECT text FROM documents WHERE id = ?",
                                     (document_id,))
            if text is None:
                raise AnnotateError(f"document {document_id} does not exist")
            if rec is not None:
                rec.memo[("text", document_id)] = text
        if not 0 <= start < end <= len(text):
            raise AnnotateError(f"span {start}-{end} is outside the text (0-{len(text)})")
        return str(text[start:end])

    # -- building blocks of actions: they write through the caller's Recorder ----------------

    def insert_span(
        self, rec: Recorder, document_id: int, label: str, start: int, end: int,
        origin: str, **extra: Any,
    ) -> dict[str, Any]:
        schema = self.store.schema
        if label not in schema.label_names:
            raise AnnotateError(f"{label!r} is not a label of schema {schema.name}")
        self._check_attributes(label, extra)
        stamp = now()
        if self.role == "gold" and origin == "manual":
            origin = "adjudicated"
            extra.setdefault("provenance", self._provenance())
        return rec.insert("spans", {
            "document_id": document_id, "annotator_id": self.annotator_id, "label": label,
            "start": start, "end": end, "text": self._text(document_id, start, end, rec),
            "origin": origin, "created_at": stamp, "updated_at": stamp, **extra,
        })

    def _check_attributes(self, label: str, attrs: dict[str, Any]) -> None:
        schema = self.store.schema
        if attrs.get("value") is not None and label == schema.date_label:
            values.check_date_value(attrs["value"])
        if attrs.get("stance") is not None and attrs["stance"] not in schema.stance.names:
            raise AnnotateError(f"{attrs['stance']!r} is not a stance value of the schema")
        canonical = attrs.get("canonical")
        if canonical is not None and (not isinstance(canonical, str) or not canonical.strip()):
            raise AnnotateError("a canonical name must not be empty")

    def accept(self, suggestion_id: int, **changes: Any) -> int:
        """Accept a suggestion; a QUOTE brings its suggested speaker and link along (see
        `decisions.accept`). Returns the annotator's span."""
        return decisions.accept(self, suggestion_id, **changes)

    def accept_all(self, document_id: int) -> AcceptedAll:
        """Accept every open suggestion of a document, as one action (see
        `decisions.accept_all`: speakers only with their quotes; none over the annotator's
        own spans)."""
        return decisions.accept_all(self, document_id)

    def reject(self, suggestion_id: int) -> None:
        """Reject a suggestion; a QUOTE takes along the SPEAKER suggested for it alone (see
        `decisions.reject`)."""
        decisions.reject(self, suggestion_id)

    def add_span(
        self, document_id: int, label: str, start: int, end: int, *,
        value: str | None = None, canonical: str | None = None, stance: str | None = None,
    ) -> int:
        """A span the annotator made by hand. A QUOTE comes linked to the speaker the parse
        reads for the nearest speech cue of its sentence, when there is one
        (`cue_speakers.speaker_for`): one event, so one undo takes back both."""

        schema = self.store.schema

        def run(rec: Recorder) -> int:
            row = self.insert_span(
                rec, document_id, label, start, end, "manual",
                value=value, canonical=canonical, stance=stance,
            )
            if label == schema.quote_label:
                speaker = cue_speakers.speaker_for(self, rec, document_id, start, end)
                if speaker is not None:
                    self.link(rec, document_id, schema.attribution, int(row["id"]), speaker,
                              "suggested")
            return int(row["id"])

        return int(self.action(document_id, "add_span", run))

    def update_span(self, span_id: int, **changes: Any) -> None:
        """Change boundaries, label, value, canonical name or stance of a span."""
        span = self.span(span_id)

        def run(rec: Recorder) -> None:
            current = Span.from_row(rec.get("spans", [span_id]) or {})
            rec.update("spans", [span_id], self.checked_changes(current, changes))

        self.action(span.document_id, "update_span", run)

    def checked_changes(self, span: Span, changes: dict[str, Any]) -> dict[str, Any]:
        """Validated column values for `changes` to `span`, with its new text and origin."""
        allowed = {"start", "end", "label", "value", "canonical", "stance"}
        unknown = set(changes) - allowed
        if unknown:
            raise AnnotateError(f"cannot change {', '.join(sorted(unknown))} of a span")
        label = changes.get("label", span.label)
        if label not in self.store.schema.label_names:
            raise AnnotateError(f"{label!r} is not a label of the schema")
        self._check_attributes(label, changes)
        start, end = changes.get("start", span.start), changes.get("end", span.end)
        values_ = dict(changes, text=self._text(span.document_id, start, end), updated_at=now())
        if span.origin == "suggested" and {"start", "end", "label"} & set(changes):
            values_["origin"] = "edited"
        if self.role == "gold":
            previous = self.store.scalar("SELECT provenance FROM spans WHERE id = ?", (span.id,))
            values_["provenance"] = self._provenance(previous)
        return values_

    def delete_span(self, span_id: int) -> None:
        """Remove a span; its suggestion, if any, counts as rejected so it does not come back."""
        span = self.span(span_id)

        def run(rec: Recorder) -> None:
            speakers = [int(r[0]) for r in rec.conn.execute(
                "SELECT child_id FROM relations WHERE head_id = ?", (span_id,))]
            rec.delete("spans", [span_id])
            for speaker in speakers:
                cue_speakers.drop_if_unlinked(rec, speaker)
            if span.suggestion_id is not None:
                rec.upsert(
                    "decisions",
                    {"annotator_id": self.annotator_id, "suggestion_id": span.suggestion_id},
                    {"document_id": span.document_id, "decision": "rejected",
                     "created_at": now()},
                )

        self.action(span.document_id, "delete_span", run)

    def set_speaker(self, quote_id: int, speaker_id: int | None) -> None:
        """Link a QUOTE to its SPEAKER (None removes the link)."""
        schema = self.store.schema
        quote = self.span(quote_id)
        if quote.label != schema.quote_label:
            raise AnnotateError(f"only a {schema.quote_label} has a speaker")
        if speaker_id is not None:
            speaker = self.span(speaker_id)
            if speaker.document_id != quote.document_id:
                raise AnnotateError("the speaker must be in the same document")
            if speaker.label != schema.speaker_label:
                raise AnnotateError(f"a speaker must be a {schema.speaker_label} span")

        def run(rec: Recorder) -> None:
            self.link(rec, quote.document_id, schema.attribution, quote_id, speaker_id,
                       "manual")

        self.action(quote.document_id, "set_speaker", run)

    def add_speaker(self, quote_id: int, start: int, end: int) -> int:
        """Mark [start, end) as the quote's SPEAKER and link it: one event, so one undo
        takes back both (marking a mention and then linking it are one decision). A SPEAKER
        the annotator already has at that place is linked instead of a second one."""
        schema = self.store.schema
        quote = self.span(quote_id)
        if quote.label != schema.quote_label:
            raise AnnotateError(f"only a {schema.quote_label} has a speaker")

        def run(rec: Recorder) -> int:
            row = rec.conn.execute(
                'SELECT id FROM spans WHERE document_id = ? AND annotator_id = ? AND label = ? '
                'AND start = ? AND "end" = ?',
                (quote.document_id, self.annotator_id, schema.speaker_label, start, end),
            ).fetchone()
            speaker_id = int(row[0]) if row is not None else int(self.insert_span(
                rec, quote.document_id, schema.speaker_label, start, end, "manual")["id"])
            self.link(rec, quote.document_id, schema.attribution, quote_id, speaker_id,
                      "manual")
            return speaker_id

        return int(self.action(quote.document_id, "set_speaker", run))

    def link(
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
        if old is not None:
            cue_speakers.drop_if_unlinked(rec, int(old["child_id"]))

    def set_quote_stance(self, quote_id: int, stance: str | None) -> None:
        self.update_span(quote_id, stance=stance)

    def set_document_stance(self, document_id: int, stance: str | None) -> None:
        if stance is not None and stance not in self.store.schema.stance.names:
            raise AnnotateError(f"{stance!r} is not a stance value of the schema")

        def run(rec: Recorder) -> None:
            changes: dict[str, Any] = {"stance": stance, "updated_at": now()}
            if self.role == "gold":
                old = rec.get("document_status", [document_id, self.annotator_id])
                changes["provenance"] = self._provenance(old["provenance"] if old else None)
            rec.upsert(
                "document_status",
                {"document_id": document_id, "annotator_id": self.annotator_id},
                changes,
            )

        self.action(document_id, "document_stance", run)

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
            if rec.changes:
                rec.log(self.annotator_id, document_id, "set_status")

    def set_published(self, document_id: int, published: str | None) -> int:
        """Correct the document's publication date; open DATE suggestions follow it.

        One undoable action on the document row. The values of its live DATE suggestions
        are derived from the date (resolved again with the tense they were first read with),
        like a re-run would: they follow the date on undo and redo too, and never conflict
        with a re-run made since. Spans already accepted keep their values (the annotator
        decided them). Returns how many suggestions changed value.
        """
        iso = None if published is None else values.parse_iso_date(published).isoformat()

        def run(rec: Recorder) -> None:
            if rec.get("documents", [document_id]) is None:
                raise AnnotateError(f"document {document_id} does not exist")
            rec.update("documents", [document_id], {"published": iso})

        with self.store.write() as conn:
            self.action(document_id, "set_published", run)
            return resolve_dates(conn, self.store.schema.date_label, document_id)

    def add_flag(self, document_id: int, kind: str, comment: str = "",
                 span_id: int | None = None) -> int:
        """Flag the document (or one of the annotator's spans) for the lead, with a comment."""
        return flags_.add_flag(self, document_id, kind, comment, span_id)

    def remove_flag(self, flag_id: int) -> None:
        flags_.remove_flag(self, flag_id)

    def flags(self, document_id: int) -> list[dict[str, Any]]:
        return flags_.flags_of(self, document_id)

    def import_document(
        self, document_id: int, spans: list[NewSpan], relations: list[tuple[int, int, str]],
        stance: str | None = None, status: str = "done",
    ) -> str:
        """Write work finished elsewhere as one 'import' event (see `imports`)."""
        return imports.import_document(self, document_id, spans, relations, stance, status)

    def add_time(self, document_id: int, seconds: float) -> None:
        """Time spent reading a document; measured, not an action, so not in the event log."""
        if seconds <= 0:
            return
        with self.store.write() as conn:
            conn.execute(
                "INSERT INTO document_time(document_id, annotator_id, seconds, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(document_id, annotator_id) DO UPDATE SET "
                "seconds = seconds + excluded.seconds, updated_at = excluded.updated_at",
                (document_id, self.annotator_id, seconds, now()),
            )

    def undo(self, document_id: int | None = None) -> Event | None:
        """Undo the latest action (in this document, if given); returns the event undone."""
        return events.undo(self.store, self.annotator_id, document_id)

    def redo(self, document_id: int | None = None) -> Event | None:
        return events.redo(self.store, self.annotator_id, document_id)

    def events_since(self, document_id: int, after_id: int) -> list[Event]:
        return events.since(self.store, self.annotator_id, document_id, after_id)

    def history(self, document_id: int | None = None, limit: int = 50) -> list[dict[str, Any]]:
        sql = "SELECT id, document_id, action, target_event, created_at FROM events " \
              "WHERE annotator_id = ?"
        params: list[Any] = [self.annotator_id]
        if document_id is not None:
            sql += " AND document_id = ?"
            params.append(document_id)
        rows = self.store.all(sql + " ORDER BY id DESC LIMIT ?", [*params, limit])
        return [dict(r) for r in rows]


def provenance(adjudicator: str, taken_from: list[str]) -> str:
    """JSON provenance for gold rows: who adjudicated, whose version was taken, when."""
    return json.dumps({"adjudicator": adjudicator, "taken_from": taken_from, "at": now()})


# What other modules take from here (the layer's data types live in their own modules).
__all__ = ["FLAG_KINDS", "GOLD_LAYER", "STATUSES", "Annotations", "NewSpan", "Span", "Timer",
           "provenance"]
