"""Older database files brought to the latest schema, one version a step: `UPGRADES[v]`
takes version v to v + 1 (`migrations.migrate` runs them in one transaction)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from annotate.store.tables import CUE_SPEAKERS, V2_SCHEMA


def _upgrade_v1(conn: sqlite3.Connection) -> None:
    """Version 1 to 2: rebuild every table with AUTOINCREMENT ids and without cascades.

    Rows keep their ids. Seconds move to `document_time`; a document opened but never
    changed (status in_progress with no event) goes back to todo, because opening is not
    work. Counts are computed once here and maintained by triggers afterwards.
    """
    for name in ("quotes", "progress", "suggested_quotes"):
        conn.execute(f"DROP VIEW IF EXISTS {name}")
    old = ["meta", "documents", "annotators", "preannotations", "suggestions",
           "suggested_relations", "suggested_doc_stances", "spans", "relations", "decisions",
           "document_status", "events"]
    for table in old:
        conn.execute(f"ALTER TABLE {table} RENAME TO v1_{table}")
    for index in [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")]:
        conn.execute(f"DROP INDEX {index}")
    for statement in V2_SCHEMA:
        conn.execute(statement)
    stamp = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    copies = [
        "INSERT INTO meta SELECT * FROM v1_meta",
        "INSERT INTO documents SELECT * FROM v1_documents",
        "INSERT INTO annotators SELECT * FROM v1_annotators",
        "INSERT INTO preannotations SELECT * FROM v1_preannotations",
        'INSERT INTO suggestions(id, document_id, label, start, "end", text, value, canonical, '
        "stance, model, model_version, rule, score, created_at, updated_at) "
        'SELECT id, document_id, label, start, "end", text, value, canonical, stance, model, '
        "model_version, rule, score, created_at, created_at FROM v1_suggestions",
        "INSERT INTO suggested_relations(id, document_id, label, head_id, child_id, model, "
        f"model_version, rule, score, created_at) SELECT id, document_id, label, head_id, "
        f"child_id, model, model_version, rule, score, {stamp} FROM v1_suggested_relations",
        "INSERT OR REPLACE INTO suggested_doc_stances(document_id, value, model, model_version, "
        f"rule, score, created_at) SELECT document_id, value, model, model_version, rule, score, "
        f"{stamp} FROM v1_suggested_doc_stances ORDER BY rowid",
        "INSERT INTO spans SELECT * FROM v1_spans",
        "INSERT INTO relations SELECT * FROM v1_relations",
        "INSERT INTO decisions SELECT * FROM v1_decisions",
        "INSERT INTO document_time(document_id, annotator_id, seconds, updated_at) "
        "SELECT document_id, annotator_id, seconds, updated_at FROM v1_document_status "
        "WHERE seconds > 0",
        "INSERT INTO document_status(document_id, annotator_id, status, stance, provenance, "
        "updated_at) SELECT document_id, annotator_id, status, stance, provenance, updated_at "
        "FROM v1_document_status s WHERE status != 'in_progress' OR stance IS NOT NULL "
        "OR EXISTS (SELECT 1 FROM v1_events e WHERE e.annotator_id = s.annotator_id "
        "AND e.document_id = s.document_id)",
        # Version 1 wrote what an action was about into its name ('take span:QUOTE:1-9',
        # 'status:done'); the name is now only the action, the rest is data.
        "INSERT INTO events(id, annotator_id, document_id, action, target_event, changes, "
        "created_at, details) SELECT id, annotator_id, document_id, CASE "
        "WHEN action LIKE 'take %' THEN 'take' WHEN action LIKE 'status:%' THEN 'set_status' "
        "ELSE action END, target_event, changes, created_at, CASE WHEN action LIKE 'take %' "
        "THEN json_object('key', substr(action, 6)) ELSE '{}' END FROM v1_events",
    ]
    for statement in copies:
        conn.execute(statement)
    for table in reversed(old):
        conn.execute(f"DROP TABLE v1_{table}")
    # Ids handed out before the upgrade stay taken, also those of rows an undo removed and a
    # redo may bring back: the event log remembers them.
    for table in ("spans", "relations"):
        logged = conn.execute(
            "SELECT MAX(COALESCE(json_extract(c.value, '$.after.id'), "
            "json_extract(c.value, '$.before.id'))) FROM events e, json_each(e.changes) c "
            "WHERE json_extract(c.value, '$.table') = ?", (table,)).fetchone()[0]
        if logged is not None:
            conn.execute("INSERT INTO sqlite_sequence(name, seq) SELECT ?, 0 WHERE NOT EXISTS "
                         "(SELECT 1 FROM sqlite_sequence WHERE name = ?)", (table, table))
            conn.execute("UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?",
                         (int(logged), table))
    recount(conn)


def recount(conn: sqlite3.Connection) -> None:
    """Compute the maintained counts from the rows (after an upgrade; a check in tests)."""
    conn.execute("UPDATE counters SET n = (SELECT COUNT(*) FROM documents) "
                 "WHERE name = 'documents'")
    conn.execute("DELETE FROM status_counts")
    conn.execute("INSERT INTO status_counts(annotator_id, status, n) SELECT annotator_id, "
                 "status, COUNT(*) FROM document_status GROUP BY annotator_id, status")
    conn.execute("DELETE FROM assignment_counts")
    conn.execute("INSERT INTO assignment_counts(annotator_id, n) SELECT annotator_id, COUNT(*) "
                 "FROM assignments GROUP BY annotator_id")


def _upgrade_v2(conn: sqlite3.Connection) -> None:
    """Version 2 to 3: the cue speakers' table, empty. The rules version changed with it,
    so the next `preannotate` redoes the corpus and fills it."""
    for statement in CUE_SPEAKERS:
        conn.execute(statement)


UPGRADES: dict[int, Callable[[sqlite3.Connection], None]] = {1: _upgrade_v1, 2: _upgrade_v2}
