"""The database's tables, triggers and reading views: the latest schema, as SQL.

Table names are plain so the file reads well in `sqlite-utils` or Datasette. A new database
gets `SCHEMA` at once (`migrations.migrate`); an older one is brought to it by `upgrades`.

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

def _revision_trigger(name: str, event: str, table: str, column: str) -> str:
    """A trigger that counts a document's revision up when `table` changes for it (a screen
    compares the number to tell its copy is stale)."""
    return f"""CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN
        INSERT INTO document_revisions(document_id, revision) VALUES (NEW.{column}, 1)
        ON CONFLICT(document_id) DO UPDATE SET revision = revision + 1;
    END"""


_TRIGGERS = [
    """CREATE TRIGGER documents_count AFTER INSERT ON documents BEGIN
        UPDATE counters SET n = n + 1 WHERE name = 'documents';
    END""",
    *(_revision_trigger(name, event, table, column) for name, event, table, column in (
        ("documents_revision", "UPDATE", "documents", "id"),
        ("suggestions_added", "INSERT", "suggestions", "document_id"),
        ("suggestions_changed", "UPDATE", "suggestions", "document_id"),
        ("suggested_relations_changed", "UPDATE", "suggested_relations", "document_id"))),
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
CUE_SPEAKERS = [
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

V2_SCHEMA: list[str] = _TABLES + _TRIGGERS
SCHEMA: list[str] = V2_SCHEMA + CUE_SPEAKERS
SCHEMA_VERSION = 3


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def create_views(conn: sqlite3.Connection, quote: str = "QUOTE",
                 attribution: str = "ATTRIBUTED_TO") -> None:
    """(Re)create the reading views for the schema's quote label and attribution relation."""
    for name, sql in _VIEWS.items():
        conn.execute(f"DROP VIEW IF EXISTS {name}")
        conn.execute(sql.format(quote=_quote(quote), attribution=_quote(attribution)))

