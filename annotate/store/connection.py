"""Opening the database and running write transactions safely under concurrency.

Several annotators share one file on a server, so: WAL (readers never block the writer),
a busy timeout, `BEGIN IMMEDIATE` for every write (no lock upgrades that deadlock), and a
bounded retry when SQLite still answers "database is locked". The connection runs in
autocommit mode so that transactions are exactly the ones `Store.write()` opens.
"""

from __future__ import annotations

import os
import random
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from annotate.errors import StoreError
from annotate.schema import Schema, default_schema, loads
from annotate.store.migrations import check_version, migrate

BUSY_TIMEOUT_MS = 10_000
WRITE_RETRIES = 8


def now() -> str:
    """UTC timestamp with milliseconds, sortable as text."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class Store:
    """One connection to an annotation database, with its stored schema."""

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False) -> None:
        """Open (and migrate) a database.

        A file the user may not write is opened read-only, so reading commands still work on
        it and a write fails with one clear line instead of a traceback.
        """
        self.path = str(path)
        target = self.path
        if self.path != ":memory:":
            file = Path(self.path)
            if not create and not file.exists():
                raise StoreError(f"{self.path}: no such database (run `annotate init` first)")
            if file.exists() and not file.is_file():
                raise StoreError(f"{self.path}: not a file")
            read_only = read_only or (file.exists() and not os.access(file, os.W_OK))
            if read_only:
                target = f"{file.resolve().as_uri()}?mode=ro"
        self.read_only = read_only
        try:
            conn = sqlite3.connect(
                target,
                isolation_level=None,
                check_same_thread=False,
                timeout=BUSY_TIMEOUT_MS / 1000,
                uri=read_only,
            )
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:" and not read_only:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            if read_only:
                check_version(conn, self.path)
            else:
                migrate(conn, self.path)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: {_describe(exc)}") from None
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._lock = threading.RLock()
        self._depth = 0
        self._schema: Schema | None = None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; nested uses join the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            self._begin()
            self._depth = 1
            try:
                yield self.conn
            except BaseException:
                self._depth = 0
                self.conn.execute("ROLLBACK")
                raise
            self._depth = 0
            self._commit()

    def _begin(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the database is read-only; nothing was changed")
        for attempt in range(WRITE_RETRIES):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _is_locked(exc) or attempt == WRITE_RETRIES - 1:
                    raise self._fail(exc) from None
                time.sleep(0.05 * (attempt + 1) + random.random() * 0.05)
            except sqlite3.DatabaseError as exc:
                raise self._fail(exc) from None

    def _commit(self) -> None:
        for attempt in range(WRITE_RETRIES):
            try:
                self.conn.execute("COMMIT")
                return
            except sqlite3.OperationalError as exc:
                if not _is_locked(exc) or attempt == WRITE_RETRIES - 1:
                    self.conn.execute("ROLLBACK")
                    raise self._fail(exc) from None
                time.sleep(0.05 * (attempt + 1))

    def _fail(self, exc: sqlite3.DatabaseError) -> StoreError:
        return StoreError(f"{self.path}: {_describe(exc)}")

    # -- helpers ------------------------------------------------------------------------------

    def one(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def all(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    # -- stored settings and schema -------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        return self.scalar("SELECT value FROM meta WHERE key = ?", (key,))

    def set_meta(self, key: str, value: str) -> None:
        with self.write() as conn:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def schema(self) -> Schema:
        """The stored schema, else the packaged default."""
        if self._schema is None:
            text = self.get_meta("schema")
            self._schema = loads(text, f"{self.path}:meta.schema") if text else default_schema()
        return self._schema

    def use_schema(self, schema: Schema) -> None:
        """Use `schema` for this connection without storing it (`--schema` on a command)."""
        self._schema = schema

    def store_schema(self, schema: Schema) -> None:
        """Store the schema, refusing one that drops labels annotations already use."""
        used = {row[0] for row in self.all("SELECT DISTINCT label FROM spans")}
        missing = sorted(used - set(schema.label_names))
        if missing:
            raise StoreError(
                f"{self.path}: the new schema lacks labels already annotated: {', '.join(missing)}"
            )
        self.set_meta("schema", schema.source)
        self._schema = schema

    def annotator_id(self, name: str, role: str = "annotator") -> int:
        """The id of an annotator, created on first use."""
        row = self.one("SELECT id FROM annotators WHERE name = ?", (name,))
        if row is not None:
            return int(row[0])
        with self.write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO annotators(name, role, created_at) VALUES (?, ?, ?)",
                (name, role, now()),
            )
        return int(self.scalar("SELECT id FROM annotators WHERE name = ?", (name,)))


def _describe(exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "file is not a database" in text:
        return "not an SQLite database"
    if "readonly" in text or "read-only" in text:
        return "the database is read-only (check the file's permissions)"
    if "unable to open" in text:
        return "cannot open the database file (check the folder exists and is writable)"
    return text
