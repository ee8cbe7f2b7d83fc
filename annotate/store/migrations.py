"""Database schema, versioned in `PRAGMA user_version`; a newer file is refused, not guessed at.

`sqlite3 annotations.db 'pragma user_version'` answers without our code, and table names are
plain so the file reads well in `sqlite-utils` or Datasette.

A new database gets the latest schema (`SCHEMA`) at once; an older one is upgraded step by step
(`UPGRADES[v]` takes version v to v + 1) inside one transaction, so a failed upgrade leaves the
file as it was.

What the schema guarantees, and why:
- **Ids are never reused** (AUTOINCREMENT everywhere): undo and redo put rows back under their
  own id, so an id freed by an undo must never name another document's or annotator's row.
- **Nothing that work refers to is deleted.** Suggestions are retired (`retired_at`), not
  deleted, when a re-run no longer finds them, so decisions and spans keep pointing at them;
  foreign keys have no cascades, so a delete that would orphan a row fails loudly instead of
  silently removing work outside the event log.
- **The event log is the one history** of annotators' rows (spans, relations, decisions,
  document_status, flags); time spent is kept apart (`document_time`) because it is not an
  action anyone undoes.
- **Counts are maintained, not recounted** (`status_counts`, `counters`), by triggers, so the
  queue of a million documents opens without a scan; `document_revisions` tells a screen that a
  document's suggestions or metadata changed under it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from annotate.errors import StoreError

_TABLES = [
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        hash TEXT NOT NULL UNIQUE,
        ext_id TEXT,
        title TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        source TEXT,
        url TEXT,
        published TEXT,
        meta TEXT NOT NULL DEFAULT '{}',
        imported_at TEXT NOT NULL
    )""",
    """CREATE TABLE annotators (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL DEFAULT 'annotator' CHECK (role IN ('annotator', 'lead', 'gold')),
        created_at TEXT NOT NULL
    )""",
    # One row a document and model run: lets a re-run skip what is done.
    """CREATE TABLE preannotations (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        model TEXT NOT NULL,
        model_version TEXT NOT NULL,
        rules_version TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (document_id, model, model_version, rules_version)
    )""",
    """CREATE TABLE suggestions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        label TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        value TEXT,
        canonical TEXT,
        stance TEXT,
        model TEXT NOT NULL,
        model_version TEXT NOT NULL,
        rule TEXT NOT NULL,
        score REAL NOT NULL,
        explanation TEXT NOT NULL DEFAULT '',
        details TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        retired_at TEXT,
        CHECK (start >= 0 AND start < "end")
    )""",
    "CREATE INDEX suggestions_document ON suggestions(document_id, start)",
    # At most one live suggestion per place: a re-run finds it again instead of adding a twin.
    'CREATE UNIQUE INDEX suggestions_live ON suggestions(document_id, label, start, "end") '
    "WHERE retired_at IS NULL",
    """CREATE TABLE suggested_relations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        label TEXT NOT NULL,
        head_id INTEGER NOT NULL REFERENCES suggestions(id),
        child_id INTEGER NOT NULL REFERENCES suggestions(id),
        model TEXT NOT NULL,
        model_version TEXT NOT NULL,
        rule TEXT NOT NULL,
        score REAL NOT NULL,
        created_at TEXT NOT NULL,
        retired_at TEXT
    )""",
    "CREATE INDEX suggested_relations_document ON suggested_relations(document_id)",
    "CREATE INDEX suggested_relations_head ON suggested_relations(head_id)",
    "CREATE UNIQUE INDEX suggested_relations_live ON suggested_relations(head_id, label) "
    "WHERE retired_at IS NULL",
    # The latest run's stance for the whole document (nothing refers to it, so it is replaced).
    """CREATE TABLE suggested_doc_stances (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id),
        value TEXT NOT NULL,
        model TEXT NOT NULL,
        model_version TEXT NOT NULL,
        rule TEXT NOT NULL,
        score REAL NOT NULL,
        created_at TEXT NOT NULL
    )""",
    # Annotations live per annotator; role 'gold' annotators hold the adjudicated layer.
    """CREATE TABLE spans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        annotator_id INTEGER NOT NULL REFERENCES annotators(id),
        label TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        value TEXT,
        canonical TEXT,
        stance TEXT,
        origin TEXT NOT NULL CHECK (origin IN ('suggested', 'edited', 'manual', 'imported',
                                               'adjudicated')),
        suggestion_id INTEGER REFERENCES suggestions(id),
        provenance TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (start >= 0 AND start < "end")
    )""",
    "CREATE INDEX spans_document ON spans(document_id, annotator_id, start)",
    "CREATE INDEX spans_suggestion ON spans(suggestion_id) WHERE suggestion_id IS NOT NULL",
    """CREATE TABLE relations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        annotator_id INTEGER NOT NULL REFERENCES annotators(id),
        label TEXT NOT NULL,
        head_id INTEGER NOT NULL REFERENCES spans(id),
        child_id INTEGER NOT NULL REFERENCES spans(id),
        origin TEXT NOT NULL,
        provenance TEXT,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX relations_document ON relations(document_id, annotator_id)",
    "CREATE UNIQUE INDEX relations_head ON relations(head_id, label)",
    "CREATE INDEX relations_child ON relations(child_id)",
    """CREATE TABLE decisions (
        annotator_id INTEGER NOT NULL REFERENCES annotators(id),
        suggestion_id INTEGER NOT NULL REFERENCES suggestions(id),
        document_id INTEGER NOT NULL REFERENCES documents(id),
        decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (annotator_id, suggestion_id)
    )""",
    "CREATE INDEX decisions_document ON decisions(document_id, annotator_id)",
    """CREATE TABLE document_status (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        annotator_id INTEGER NOT NULL REFERENCES annotators(id),
        status TEXT NOT NULL DEFAULT 'todo'
            CHECK (status IN ('todo', 'in_progress', 'done', 'skipped')),
        stance TEXT,
        provenance TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (document_id, annotator_id)
    )""",
    "CREATE INDEX document_status_queue ON document_status(annotator_id, status, document_id)",
    # Time spent reading: measured, not decided, so not an event anyone undoes.
    """CREATE TABLE document_time (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        annotator_id INTEGER NOT NULL REFERENCES annotators(id),
        seconds REAL NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (document_id, annotator_id)
    )""",
    # Who is to annotate what; once any row exists, an annotator's queue holds only these.
    """CREATE TABLE assignments (
        annotator_id INTEGER NOT NULL REFERENCES annotators(id),
        document_id INTEGER NOT NULL REFERENCES documents(id),
        assigned_at TEXT NOT NULL,
        assigned_by TEXT,
        PRIMARY KEY (annotator_id, document_id)
    )""",
    "CREATE INDEX assignments_document ON assignments(document_id)",
    # How many annotators each planned document should have, so a release can be refilled.
    """CREATE TABLE assignment_plan (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id),
        wanted INTEGER NOT NULL CHECK (wanted >= 1)
    )""",
    # An annotator's flag on a document (span_id NULL) or on one of their spans.
    """CREATE TABLE flags (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        annotator_id INTEGER NOT NULL REFERENCES annotators(id),
        span_id INTEGER REFERENCES spans(id),
        kind TEXT NOT NULL CHECK (kind IN ('unsure', 'broken_text', 'discuss')),
        comment TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX flags_document ON flags(document_id, annotator_id)",
    "CREATE INDEX flags_span ON flags(span_id) WHERE span_id IS NOT NULL",
    # Append-only: every action with the rows it changed before and after, so history and
    # undo are exact and survive restarts.
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        annotator_id INTEGER NOT NULL REFERENCES annotators(id),
        document_id INTEGER REFERENCES documents(id),
        action TEXT NOT NULL,
        target_event INTEGER REFERENCES events(id),
        changes TEXT NOT NULL,
        created_at TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}'  -- what the action was about, as data (a take's key)
    )""",
    "CREATE INDEX events_annotator ON events(annotator_id, document_id, id)",
    "CREATE INDEX events_target ON events(target_event) WHERE target_event IS NOT NULL",
    # -- maintained counts ----------------------------------------------------------------------
    """CREATE TABLE counters (
        name TEXT PRIMARY KEY,
        n INTEGER NOT NULL
    )""",
    "INSERT INTO counters(name, n) VALUES ('documents', 0)",
    """CREATE TABLE status_counts (
        annotator_id INTEGER NOT NULL REFERENCES annotators(id),
        status TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (annotator_id, status)
    )""",
    """CREATE TABLE assignment_counts (
        annotator_id INTEGER PRIMARY KEY REFERENCES annotators(id),
        n INTEGER NOT NULL
    )""",
    """CREATE TABLE document_revisions (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id),
        revision INTEGER NOT NULL
    )""",
]

_TRIGGERS = [
    """CREATE TRIGGER documents_count AFTER INSERT ON documents BEGIN
        UPDATE counters SET n = n + 1 WHERE name = 'documents';
    END""",
    """CREATE TRIGGER documents_revision AFTER UPDATE ON documents BEGIN
        INSERT INTO document_revisions(document_id, revision) VALUES (NEW.id, 1)
        ON CONFLICT(document_id) DO UPDATE SET revision = revision + 1;
    END""",
    """CREATE TRIGGER suggestions_added AFTER INSERT ON suggestions BEGIN
        INSERT INTO document_revisions(document_id, revision) VALUES (NEW.document_id, 1)
        ON CONFLICT(document_id) DO UPDATE SET revision = revision + 1;
    END""",
    """CREATE TRIGGER suggestions_changed AFTER UPDATE ON suggestions BEGIN
        INSERT INTO document_revisions(document_id, revision) VALUES (NEW.document_id, 1)
        ON CONFLICT(document_id) DO UPDATE SET revision = revision + 1;
    END""",
    """CREATE TRIGGER suggested_relations_changed AFTER UPDATE ON suggested_relations BEGIN
        INSERT INTO document_revisions(document_id, revision) VALUES (NEW.document_id, 1)
        ON CONFLICT(document_id) DO UPDATE SET revision = revision + 1;
    END""",
    """CREATE TRIGGER status_added AFTER INSERT ON document_status BEGIN
        INSERT INTO status_counts(annotator_id, status, n) VALUES (NEW.annotator_id, NEW.status, 1)
        ON CONFLICT(annotator_id, status) DO UPDATE SET n = n + 1;
    END""",
    """CREATE TRIGGER status_removed AFTER DELETE ON document_status BEGIN
        UPDATE status_counts SET n = n - 1
        WHERE annotator_id = OLD.annotator_id AND status = OLD.status;
    END""",
    """CREATE TRIGGER status_changed AFTER UPDATE OF status, annotator_id ON document_status
    BEGIN
        UPDATE status_counts SET n = n - 1
        WHERE annotator_id = OLD.annotator_id AND status = OLD.status;
        INSERT INTO status_counts(annotator_id, status, n) VALUES (NEW.annotator_id, NEW.status, 1)
        ON CONFLICT(annotator_id, status) DO UPDATE SET n = n + 1;
    END""",
    """CREATE TRIGGER assignment_added AFTER INSERT ON assignments BEGIN
        INSERT INTO assignment_counts(annotator_id, n) VALUES (NEW.annotator_id, 1)
        ON CONFLICT(annotator_id) DO UPDATE SET n = n + 1;
    END""",
    """CREATE TRIGGER assignment_removed AFTER DELETE ON assignments BEGIN
        UPDATE assignment_counts SET n = n - 1 WHERE annotator_id = OLD.annotator_id;
    END""",
]

# Views for people reading the file with sqlite-utils or Datasette. They name labels, so they
# are made from the schema's roles whenever a schema is stored (`create_views`).
_VIEWS = {
    "quotes": """CREATE VIEW quotes AS
        SELECT q.document_id, d.title, a.name AS annotator, s.text AS speaker,
               s.canonical AS speaker_canonical, q.text AS quote, q.stance, q.start, q."end",
               q.origin
        FROM spans q
        JOIN documents d ON d.id = q.document_id
        JOIN annotators a ON a.id = q.annotator_id
        LEFT JOIN relations r ON r.head_id = q.id AND r.label = {attribution}
        LEFT JOIN spans s ON s.id = r.child_id
        WHERE q.label = {quote}""",
    "progress": """CREATE VIEW progress AS
        SELECT a.name AS annotator, ds.status, COUNT(*) AS documents,
               ROUND(COALESCE(SUM(t.seconds), 0) / 60.0, 1) AS minutes
        FROM document_status ds JOIN annotators a ON a.id = ds.annotator_id
        LEFT JOIN document_time t
          ON t.document_id = ds.document_id AND t.annotator_id = ds.annotator_id
        GROUP BY a.name, ds.status""",
    "suggested_quotes": """CREATE VIEW suggested_quotes AS
        SELECT q.document_id, d.title, s.text AS speaker, s.canonical AS speaker_canonical,
               q.text AS quote, q.stance, q.rule, q.score, q.model
        FROM suggestions q
        JOIN documents d ON d.id = q.document_id
        LEFT JOIN suggested_relations r ON r.head_id = q.id AND r.retired_at IS NULL
        LEFT JOIN suggestions s ON s.id = r.child_id
        WHERE q.label = {quote} AND q.retired_at IS NULL""",
}

# Version 3: who each speech cue attributes to, per document, as the latest pre-annotation
# run read it (`annotate.store.cue_speakers`; which run: `preannotations`). Nothing refers
# to a row: a run replaces them.
_CUE_SPEAKERS = [
    """CREATE TABLE cue_speakers (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        cue_start INTEGER NOT NULL,
        cue_end INTEGER NOT NULL,
        sent_start INTEGER NOT NULL,
        sent_end INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        canonical TEXT,
        rule TEXT NOT NULL,
        speech INTEGER NOT NULL,
        CHECK (start < "end" AND cue_start < cue_end AND sent_start < sent_end)
    )""",
    "CREATE INDEX cue_speakers_sentence ON cue_speakers(document_id, sent_start)",
]

_V2_SCHEMA: list[str] = _TABLES + _TRIGGERS
SCHEMA: list[str] = _V2_SCHEMA + _CUE_SPEAKERS
SCHEMA_VERSION = 3


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def create_views(conn: sqlite3.Connection, quote: str = "QUOTE",
                 attribution: str = "ATTRIBUTED_TO") -> None:
    """(Re)create the reading views for the schema's quote label and attribution relation."""
    for name, sql in _VIEWS.items():
        conn.execute(f"DROP VIEW IF EXISTS {name}")
        conn.execute(sql.format(quote=_quote(quote), attribution=_quote(attribution)))


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
    for statement in _V2_SCHEMA:
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
    for statement in _CUE_SPEAKERS:
        conn.execute(statement)


UPGRADES: dict[int, Callable[[sqlite3.Connection], None]] = {1: _upgrade_v1, 2: _upgrade_v2}


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_version(conn: sqlite3.Connection, path: str) -> int:
    """The file's version, refusing one made by a newer annotate or needing an upgrade."""
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: database schema version {version} is newer than this annotate "
            f"supports ({SCHEMA_VERSION}); upgrade annotate"
        )
    if version < SCHEMA_VERSION:
        raise StoreError(f"{path}: database schema version {version} needs an upgrade, "
                         "but the file is read-only")
    return version


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring the database to `SCHEMA_VERSION`; refuse one made by a newer annotate.

    Foreign keys are switched off for the upgrade (SQLite ignores the pragma inside a
    transaction, so it is set around it) and checked before the commit.
    """
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        check_version(conn, path)
    if version == SCHEMA_VERSION:
        return version
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read inside the write lock: another process may have migrated meanwhile.
        version = current_version(conn)
        if version == 0:
            for statement in SCHEMA:
                conn.execute(statement)
            create_views(conn)
        else:
            for number in range(version, SCHEMA_VERSION):
                UPGRADES[number](conn)
            create_views(conn)
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise StoreError(f"{path}: upgrade stopped, {len(problems)} rows refer to missing "
                             f"rows (first in table {problems[0][0]}); the file is unchanged")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return SCHEMA_VERSION
