"""Row-level change recording: the mechanism behind the event log, undo and redo.

Every annotator action runs inside one `Recorder`, which writes rows and remembers each row
as it was before and after. The list of changes is stored with the event, so undo restores the
"before" images and redo the "after" images, exactly, also after a restart. Undo and redo are
themselves events, so the log stays append-only and the history is complete.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from annotate.store.connection import Store, now

# The primary key columns of each table an action may touch.
KEYS: dict[str, tuple[str, ...]] = {
    "spans": ("id",),
    "relations": ("id",),
    "decisions": ("annotator_id", "suggestion_id"),
    "document_status": ("document_id", "annotator_id"),
}
UNDOABLE = "action NOT IN ('undo', 'redo')"


def _where(table: str) -> str:
    return " AND ".join(f'"{k}" = ?' for k in KEYS[table])


def _key(table: str, row: dict[str, Any]) -> list[Any]:
    return [row[k] for k in KEYS[table]]


class Recorder:
    """Writes rows inside the caller's transaction and records before/after images."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.changes: list[dict[str, Any]] = []

    def get(self, table: str, key: list[Any]) -> dict[str, Any] | None:
        row = self.conn.execute(f"SELECT * FROM {table} WHERE {_where(table)}", key).fetchone()
        return None if row is None else dict(row)

    def insert(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        cols = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" for _ in values)
        cur = self.conn.execute(
            f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(values.values())
        )
        key = [cur.lastrowid] if KEYS[table] == ("id",) else _key(table, values)
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
            # Relations cascade in SQLite; record them so undo brings them back too.
            for rel in self.conn.execute(
                "SELECT id FROM relations WHERE head_id = ? OR child_id = ?", (key[0], key[0])
            ).fetchall():
                self.delete("relations", [rel[0]])
        self.conn.execute(f"DELETE FROM {table} WHERE {_where(table)}", key)
        self.changes.append({"table": table, "before": before, "after": None})

    def log(
        self, annotator_id: int, document_id: int | None, action: str, target: int | None = None
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO events(annotator_id, document_id, action, target_event, changes, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (annotator_id, document_id, action, target, json.dumps(self.changes), now()),
        )
        return int(cur.lastrowid or 0)


def _restore(conn: sqlite3.Connection, changes: list[dict[str, Any]], side: str) -> Recorder:
    """Put each changed row back to its `side` image ("before" or "after")."""
    rec = Recorder(conn)
    ordered = reversed(changes) if side == "before" else iter(changes)
    for change in ordered:
        table, image = change["table"], change[side]
        other = change["after" if side == "before" else "before"]
        key = _key(table, image if image is not None else other)
        current = rec.get(table, key)
        if image is None:
            if current is not None:
                rec.conn.execute(f"DELETE FROM {table} WHERE {_where(table)}", key)
                rec.changes.append({"table": table, "before": current, "after": None})
        elif current is None:
            rec.insert(table, image)
        else:
            values = {k: v for k, v in image.items() if k not in KEYS[table]}
            rec.update(table, key, values)
    return rec


def undo(store: Store, annotator_id: int, document_id: int | None = None) -> int | None:
    """Undo the annotator's latest action not yet undone; returns its document, or None."""
    scope, params = _scope(annotator_id, document_id)
    with store.write() as conn:
        row = conn.execute(
            f"SELECT e.id, e.document_id, e.changes FROM events e WHERE {scope} AND {UNDOABLE} "
            "AND NOT EXISTS (SELECT 1 FROM events u WHERE u.target_event = e.id "
            "  AND u.action = 'undo' AND NOT EXISTS (SELECT 1 FROM events r "
            "  WHERE r.action = 'redo' AND r.target_event = e.id AND r.id > u.id)) "
            "ORDER BY e.id DESC LIMIT 1",
            params,
        ).fetchone()
        if row is None:
            return None
        rec = _restore(conn, json.loads(row["changes"]), "before")
        rec.log(annotator_id, row["document_id"], "undo", row["id"])
        return int(row["document_id"]) if row["document_id"] is not None else -1


def redo(store: Store, annotator_id: int, document_id: int | None = None) -> int | None:
    """Redo the most recently undone action, unless a new action came after that undo."""
    scope, params = _scope(annotator_id, document_id)
    with store.write() as conn:
        last_action = conn.execute(
            f"SELECT MAX(id) FROM events e WHERE {scope} AND {UNDOABLE}", params
        ).fetchone()[0]
        rows = conn.execute(
            f"SELECT e.id, e.target_event FROM events e WHERE {scope} AND action = 'undo' "
            "AND id > ? ORDER BY id DESC",
            [*params, last_action or 0],
        ).fetchall()
        for undo_row in rows:
            target = undo_row["target_event"]
            redone = conn.execute(
                "SELECT 1 FROM events WHERE action = 'redo' AND target_event = ? AND id > ?",
                (target, undo_row["id"]),
            ).fetchone()
            if redone:
                continue
            event = conn.execute(
                "SELECT document_id, changes FROM events WHERE id = ?", (target,)
            ).fetchone()
            rec = _restore(conn, json.loads(event["changes"]), "after")
            rec.log(annotator_id, event["document_id"], "redo", target)
            return int(event["document_id"]) if event["document_id"] is not None else -1
        return None


def _scope(annotator_id: int, document_id: int | None) -> tuple[str, list[Any]]:
    if document_id is None:
        return "e.annotator_id = ?", [annotator_id]
    return "e.annotator_id = ? AND e.document_id = ?", [annotator_id, document_id]
