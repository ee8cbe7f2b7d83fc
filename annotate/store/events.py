"""Row-level change recording: the mechanism behind the event log, undo and redo.

Every action runs inside one `Recorder`, which writes rows and remembers each row as it was
before and after. The list of changes is stored with the event, so undo restores the "before"
images and redo the "after" images, exactly, also after a restart. Undo and redo are events
too, so the log stays append-only and replaying it gives the tables.

Undo and redo refuse rather than clobber: each row must still be as the event left it (undo)
or as it found it (redo). A row changed since, by the same annotator in another window or by
someone else, makes the step fail with a message and change nothing.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from annotate.errors import AnnotateError
from annotate.store.connection import Store, now

# The primary key columns of each table an action may touch.
KEYS: dict[str, tuple[str, ...]] = {
    "spans": ("id",),
    "relations": ("id",),
    "decisions": ("annotator_id", "suggestion_id"),
    "document_status": ("document_id", "annotator_id"),
    "flags": ("id",),
    # A shared row an action may change: a document's publication date.
    "documents": ("id",),
}
# Columns an image keeps, where not all: a document's text never changes and is large.
_IMAGED = {"documents": "id, published"}
# Rows that hang on a span and go (and come back) with it.
_SPAN_DEPENDENTS = (("relations", "head_id = ? OR child_id = ?"), ("flags", "span_id = ?"))
STEPS = ("undo", "redo")


@dataclass(frozen=True)
class Event:
    """One logged action: who, where, what, and the row images it changed."""

    id: int
    annotator_id: int
    document_id: int | None
    action: str
    target_event: int | None
    changes: list[dict[str, Any]]
    details: dict[str, Any]

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Event:
        return cls(int(row["id"]), int(row["annotator_id"]), row["document_id"], row["action"],
                   row["target_event"], json.loads(row["changes"]),
                   json.loads(row["details"] or "{}"))

    def count(self, table: str) -> int:
        return sum(1 for c in self.changes if c["table"] == table)


def _where(table: str) -> str:
    return " AND ".join(f'"{k}" = ?' for k in KEYS[table])


def _key(table: str, row: dict[str, Any]) -> list[Any]:
    return [row[k] for k in KEYS[table]]


class Recorder:
    """Writes rows inside the caller's transaction and records before/after images."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.changes: list[dict[str, Any]] = []
        # what the action reads many times and cannot change under it (a document's text:
        # the transaction holds the write lock), read once
        self.memo: dict[Any, Any] = {}

    def get(self, table: str, key: list[Any]) -> dict[str, Any] | None:
        columns = _IMAGED.get(table, "*")
        row = self.conn.execute(f"SELECT {columns} FROM {table} WHERE {_where(table)}",
                                key).fetchone()
        return None if row is None else dict(row)

    def insert(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        cols = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" for _ in values)
        cur = self.conn.execute(
            f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(values.values())
        )
        key = [cur.lastrowid] if KEYS[table] == ("id",) and "id" not in values else \
            _key(table, values)
        after = self.get(table, key)
        assert after is not None
        self.changes.append({"table": table, "before": None, "after": after})
        return after

    def update(self, table: str, key: list[Any], values: dict[str, Any]) -> dict[str, Any]:
        before = self.get(table, key)
        if before is None:
            raise LookupError(f"{table} {key} does not exist")
        sets = ", ".join(f'"{c}" = ?' for c in values)
        self.conn.execute(
            f"UPDATE {table} SET {sets} WHERE {_where(table)}", [*values.values(), *key]
        )
        after = self.get(table, key)
        assert after is not None
        if after != before:
            self.changes.append({"table": table, "before": before, "after": after})
        return after

    def upsert(self, table: str, key_values: dict[str, Any], values: dict[str, Any]) -> dict:
        key = _key(table, key_values)
        if self.get(table, key) is None:
            return self.insert(table, {**key_values, **values})
        return self.update(table, key, values)

    def delete(self, table: str, key: list[Any]) -> None:
        before = self.get(table, key)
        if before is None:
            return
        if table == "spans":
            # What hangs on the span goes first, recorded, so undo brings it back too.
            for dependent, where in _SPAN_DEPENDENTS:
                params = [key[0]] * where.count("?")
                for row in self.conn.execute(
                        f"SELECT id FROM {dependent} WHERE {where}", params).fetchall():
                    self.delete(dependent, [row[0]])
        self.conn.execute(f"DELETE FROM {table} WHERE {_where(table)}", key)
        self.changes.append({"table": table, "before": before, "after": None})

    def log(
        self, annotator_id: int, document_id: int | None, action: str, target: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> int:
        """Append the event; `details` says what the action was about, as data."""
        cur = self.conn.execute(
            "INSERT INTO events(annotator_id, document_id, action, target_event, changes, "
            "created_at, details) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (annotator_id, document_id, action, target, json.dumps(self.changes), now(),
             json.dumps(details or {})),
        )
        return int(cur.lastrowid or 0)


def _describe_row(table: str, image: dict[str, Any]) -> str:
    if table == "spans":
        return f"{image['label']} span {image['start']}-{image['end']}"
    return {"relations": "a speaker link", "decisions": "a decision on a suggestion",
            "document_status": "the document's status or stance", "flags": "a flag",
            "documents": "the document"}.get(table, table)


def _restore(conn: sqlite3.Connection, changes: list[dict[str, Any]], side: str) -> Recorder:
    """Put each changed row back to its `side` image ("before" or "after").

    First every row is checked to be as the other side left it; one that is not means
    somebody changed it since, and nothing is written.
    """
    other_side = "after" if side == "before" else "before"
    ordered = list(reversed(changes)) if side == "before" else list(changes)
    rec = Recorder(conn)
    expected: dict[tuple[str, tuple[Any, ...]], tuple[dict[str, Any] | None, str]] = {}
    for change in ordered:
        table, image, other = change["table"], change[side], change[other_side]
        some = image if image is not None else other
        expected.setdefault((table, tuple(_key(table, some))), (other, _describe_row(table, some)))
    for (table, place), (want, what) in expected.items():
        if rec.get(table, list(place)) != want:
            raise AnnotateError(f"{what} has changed since (in another window or by someone "
                                "else); nothing was undone or redone")
    for change in ordered:
        table, image, other = change["table"], change[side], change[other_side]
        key = _key(table, image if image is not None else other)
        current = rec.get(table, key)
        if image is None:
            if current is not None:
                rec.conn.execute(f"DELETE FROM {table} WHERE {_where(table)}", key)
                rec.changes.append({"table": table, "before": current, "after": None})
        elif current is None:
            rec.insert(table, image)
        else:
            rec.update(table, key, {k: v for k, v in image.items() if k not in KEYS[table]})
    return rec


# Rows anyone may change (all other tables hold one annotator's rows): for these, a row that
# merely *looks* as the event left it is not enough, since another annotator may have changed
# it and changed it back (A -> B -> A). Undoing past that would interleave two people's
# histories, so that later undos find rows in states no history explains.
SHARED_TABLES = frozenset({"documents"})


def _touched_since(conn: sqlite3.Connection, event: Event, since_id: int) -> str | None:
    """The description of a shared row of `event` that a write after `since_id` changed
    (anyone's action, undo or redo), or None. An action made after `since_id` and undone
    since cancels out (its writes net to nothing), and so do the event's own records."""
    rows = {(c["table"], tuple(_key(c["table"], c["after"] or c["before"])))
            for c in event.changes if c["table"] in SHARED_TABLES}
    if not rows:
        return None
    for later in conn.execute(
            "SELECT id, action, target_event, changes FROM events WHERE document_id IS ? "
            "AND id > ? AND changes LIKE ?", (event.document_id, since_id, '%"documents"%')
    ).fetchall():
        owner = int(later["target_event"]) if later["action"] in ("undo", "redo") \
            else int(later["id"])
        if owner == event.id or (owner > since_id and _undone(conn, owner)):
            continue  # this event's own records; an action made since and undone since
        for change in json.loads(later["changes"]):
            image = change["after"] or change["before"]
            if change["table"] in SHARED_TABLES and \
                    (change["table"], tuple(_key(change["table"], image))) in rows:
                return _describe_row(change["table"], image)
    return None


def _last_touch(conn: sqlite3.Connection, event_id: int) -> int:
    """The id of the event's latest undo or redo record, else its own."""
    row = conn.execute("SELECT MAX(id) FROM events WHERE target_event = ? AND action IN "
                       "('undo', 'redo')", (event_id,)).fetchone()
    return int(row[0] or event_id)


def _check_shared(conn: sqlite3.Connection, event: Event) -> None:
    what = _touched_since(conn, event, _last_touch(conn, event.id))
    if what is not None:
        raise AnnotateError(f"{what} has changed since (in another window or by someone "
                            "else); nothing was undone or redone")


def _undone(conn: sqlite3.Connection, event_id: int) -> bool:
    """Whether the latest undo/redo of an event is an undo."""
    row = conn.execute(
        "SELECT action FROM events WHERE target_event = ? AND action IN ('undo', 'redo') "
        "ORDER BY id DESC LIMIT 1", (event_id,)).fetchone()
    return row is not None and row[0] == "undo"


def undo(store: Store, annotator_id: int, document_id: int | None = None) -> Event | None:
    """Undo the annotator's latest action not yet undone; returns it, or None."""
    scope, params = _scope(annotator_id, document_id)
    with store.write() as conn:
        for row in conn.execute(
            f"SELECT * FROM events e WHERE {scope} AND action NOT IN ('undo', 'redo') "
            "ORDER BY id DESC", params,
        ):
            if _undone(conn, row["id"]):
                continue
            event = Event.from_row(row)
            _check_shared(conn, event)
            rec = _restore(conn, event.changes, "before")
            rec.log(annotator_id, event.document_id, "undo", event.id)
            _follow_documents(store, conn, event)
            return event
        return None


def redo(store: Store, annotator_id: int, document_id: int | None = None) -> Event | None:
    """Redo the most recently undone action, unless a new action came after that undo."""
    scope, params = _scope(annotator_id, document_id)
    with store.write() as conn:
        last_action = conn.execute(
            f"SELECT MAX(id) FROM events e WHERE {scope} AND action NOT IN ('undo', 'redo')",
            params,
        ).fetchone()[0]
        for undo_row in conn.execute(
            f"SELECT id, target_event FROM events e WHERE {scope} AND action = 'undo' "
            "AND id > ? ORDER BY id DESC", [*params, last_action or 0],
        ).fetchall():
            target = int(undo_row["target_event"])
            if not _undone(conn, target):
                continue
            row = conn.execute("SELECT * FROM events WHERE id = ?", (target,)).fetchone()
            event = Event.from_row(row)
            _check_shared(conn, event)
            rec = _restore(conn, event.changes, "after")
            rec.log(annotator_id, event.document_id, "redo", target)
            _follow_documents(store, conn, event)
            return event
        return None


def _follow_documents(store: Store, conn: sqlite3.Connection, event: Event) -> None:
    """What derives from a document row (its DATE suggestions' values) follows it back."""
    from annotate.store.suggestions import resolve_dates

    for change in event.changes:
        if change["table"] == "documents":
            image = change["after"] or change["before"]
            resolve_dates(conn, store.schema.date_label, int(image["id"]))


def since(store: Store, annotator_id: int, document_id: int, after_id: int) -> list[Event]:
    """The annotator's events on a document after `after_id`, oldest first.

    Applying their `after` images in order brings a copy of the annotator's rows up to date,
    which is how a screen follows the database without re-reading the whole document.
    """
    rows = store.all(
        "SELECT * FROM events WHERE annotator_id = ? AND document_id = ? AND id > ? ORDER BY id",
        (annotator_id, document_id, after_id))
    return [Event.from_row(r) for r in rows]


def latest_id(store: Store) -> int:
    """The id of the newest event of anyone (0 for none)."""
    return int(store.scalar("SELECT COALESCE(MAX(id), 0) FROM events") or 0)


def replay(conn: sqlite3.Connection, tables: tuple[str, ...]) -> dict[str, dict[tuple, dict]]:
    """The rows of `tables` that applying every event's `after` images from nothing gives.

    The check behind "the event log is the one history": replaying it must give the tables.
    """
    state: dict[str, dict[tuple, dict]] = {t: {} for t in tables}
    for (changes,) in conn.execute("SELECT changes FROM events ORDER BY id"):
        for change in json.loads(changes):
            table = change["table"]
            if table not in state:
                continue
            image = change["after"] if change["after"] is not None else change["before"]
            key = tuple(_key(table, image))
            if change["after"] is None:
                state[table].pop(key, None)
            else:
                state[table][key] = change["after"]
    return state


def _scope(annotator_id: int, document_id: int | None) -> tuple[str, list[Any]]:
    if document_id is None:
        return "e.annotator_id = ?", [annotator_id]
    return "e.annotator_id = ? AND e.document_id = ?", [annotator_id, document_id]


__all__ = ["KEYS", "STEPS", "Event", "Recorder", "latest_id", "redo", "replay", "since", "undo"]
