"""The version-1 schema, frozen: databases made by the first release, to test the upgrade."""

V1_SCHEMA = [
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
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
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL DEFAULT 'annotator' CHECK (role IN ('annotator', 'gold')),
        created_at TEXT NOT NULL
    )""",
    # One row a document and model run: lets a re-run skip what is done.
    """CREATE TABLE preannotations (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        model_version TEXT NOT NULL,
        rules_version TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (document_id, model, model_version, rules_version)
    )""",
    """CREATE TABLE suggestions (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
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
        created_at TEXT NOT NULL,
        CHECK (start >= 0 AND start < "end")
    )""",
    "CREATE INDEX suggestions_document ON suggestions(document_id, start)",
    """CREATE TABLE suggested_relations (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        head_id INTEGER NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
        child_id INTEGER NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        model_version TEXT NOT NULL,
        rule TEXT NOT NULL,
        score REAL NOT NULL
    )""",
    "CREATE INDEX suggested_relations_document ON suggested_relations(document_id)",
    """CREATE TABLE suggested_doc_stances (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        value TEXT NOT NULL,
        model TEXT NOT NULL,
        model_version TEXT NOT NULL,
        rule TEXT NOT NULL,
        score REAL NOT NULL,
        PRIMARY KEY (document_id, model, model_version)
    )""",
    # Annotations live per annotator; role 'gold' annotators hold the adjudicated layer.
    """CREATE TABLE spans (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
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
        suggestion_id INTEGER REFERENCES suggestions(id) ON DELETE SET NULL,
        provenance TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (start >= 0 AND start < "end")
    )""",
    "CREATE INDEX spans_document ON spans(document_id, annotator_id, start)",
    """CREATE TABLE relations (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        annotator_id INTEGER NOT NULL REFERENCES annotators(id),
        label TEXT NOT NULL,
        head_id INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
        child_id INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
        origin TEXT NOT NULL,
        provenance TEXT,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX relations_document ON relations(document_id, annotator_id)",
    "CREATE UNIQUE INDEX relations_head ON relations(head_id, label)",
    """CREATE TABLE decisions (
        annotator_id INTEGER NOT NULL REFERENCES annotators(id),
        suggestion_id INTEGER NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (annotator_id, suggestion_id)
    )""",
    "CREATE INDEX decisions_document ON decisions(document_id, annotator_id)",
    """CREATE TABLE document_status (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        annotator_id INTEGER NOT NULL REFERENCES annotators(id),
        status TEXT NOT NULL DEFAULT 'todo'
            CHECK (status IN ('todo', 'in_progress', 'done', 'skipped')),
        stance TEXT,
        seconds REAL NOT NULL DEFAULT 0,
        provenance TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (document_id, annotator_id)
    )""",
    # Append-only: every annotator action with the rows it changed before and after, so
    # history and undo are exact and survive restarts.
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        annotator_id INTEGER NOT NULL REFERENCES annotators(id),
        document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
        action TEXT NOT NULL,
        target_event INTEGER REFERENCES events(id),
        changes TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX events_annotator ON events(annotator_id, document_id, id)",
    """CREATE VIEW quotes AS
        SELECT q.document_id, d.title, a.name AS annotator, s.text AS speaker,
               s.canonical AS speaker_canonical, q.text AS quote, q.stance, q.start, q."end",
               q.origin
        FROM spans q
        JOIN documents d ON d.id = q.document_id
        JOIN annotators a ON a.id = q.annotator_id
        LEFT JOIN relations r ON r.head_id = q.id AND r.label = 'ATTRIBUTED_TO'
        LEFT JOIN spans s ON s.id = r.child_id
        WHERE q.label = 'QUOTE'""",
    """CREATE VIEW progress AS
        SELECT a.name AS annotator, ds.status, COUNT(*) AS documents,
               ROUND(SUM(ds.seconds) / 60.0, 1) AS minutes
        FROM document_status ds JOIN annotators a ON a.id = ds.annotator_id
        GROUP BY a.name, ds.status""",
    """CREATE VIEW suggested_quotes AS
        SELECT q.document_id, d.title, s.text AS speaker, s.canonical AS speaker_canonical,
               q.text AS quote, q.stance, q.rule, q.score, q.model
        FROM suggestions q
        JOIN documents d ON d.id = q.document_id
        LEFT JOIN suggested_relations r ON r.head_id = q.id
        LEFT JOIN suggestions s ON s.id = r.child_id
        WHERE q.label = 'QUOTE'""",
]

