"""Opening the database and running write transactions safely under concurrency.

Several annotators share one file on a server, so: WAL (readers never block the writer),
a busy timeout, `BEGIN IMMEDIATE` for every write (no lock upgrades that deadlock), and a
bounded retry when SQLite still answers "database is locked". The connection runs in
autocommit mode so that transactions are exactly the ones `Store.write()` opens.
"""

from __future__ import annotations

import functools
import os
import random
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotate.errors import AnnotateError, StoreError
from annotate.schema import Schema, default_schema, loads
from annotate.store.migrations import check_version, migrate
from annotate.store.tables import create_views

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 10_000
WRITE_RETRIES = 8


def now() -> str:
    """UTC timestamp with milliseconds, sortable as text."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the database file, None when it is gone."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _read_only_filesystem(folder: Path) -> bool:
    """True on a read-only mount, where SQLite cannot make a WAL database's -shm file."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


class Store:
    """One connection to an annotation database, with its stored schema."""

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False) -> None:
        """Open (and migrate) a database.

        A file the user may not write is opened read-only, so reading commands still work on
        it and a write fails with one clear line instead of a traceback. On a read-only mount
        SQLite cannot create the WAL's shared-memory file, so the file is opened immutable:
        nobody can write it there anyway.
        """
        self.path = str(path)
        target = self.path
        uri = False
        self._file: Path | None = None
        if self.path != ":memory:":
            file = Path(self.path)
            if not create and not file.exists():
                raise StoreError(f"{self.path}: no such database (run `annotate init` first)")
            if file.exists() and not file.is_file():
                raise StoreError(f"{self.path}: not a file")
            frozen = file.exists() and _read_only_filesystem(file.resolve().parent)
            read_only = read_only or frozen or (file.exists() and not os.access(file, os.W_OK))
            if read_only:
                target = f"{file.resolve().as_uri()}?mode=ro" + ("&immutable=1" if frozen else "")
                uri = True
            self._file = file
        self.read_only = read_only
        try:
            conn = sqlite3.connect(
                target,
                isolation_level=None,
                check_same_thread=False,
                timeout=BUSY_TIMEOUT_MS / 1000,
                uri=uri,
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
        self._lock = threading.RLock()
        self._depth = 0
        self._schema: Schema | None = None
        self._identity = None if self._file is None else _identity(self._file)
        self._lost: str | None = None
        self._data_version = self._read_data_version()

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """The same connection as a sqlite-utils `Database`, for browsing and tests.

        Imported on first use: sqlite-utils (and the numpy it probes for) cost about 200 ms
        of every command's start, and of the app's, that nothing on those paths needs.
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; nested uses join the outer one.

        Any failure rolls back what the transaction wrote and comes out as one line; a
        `StoreError` means nothing of it reached the disk.
        """
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
            except sqlite3.DatabaseError as exc:
                self._depth = 0
                self._rollback()
                raise self._fail(exc) from None
            except BaseException:
                self._depth = 0
                self._rollback()
                raise
            self._depth = 0
            self._commit()

    def _rollback(self) -> None:
        # SQLite rolls back by itself on some errors (disk full, I/O); a second ROLLBACK
        # would fail with "no transaction is active" and hide the real error.
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _begin(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the database is read-only; nothing was changed")
        self.check_file()
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
                self._data_version = self._read_data_version()
                return
            except sqlite3.OperationalError as exc:
                if not _is_locked(exc) or attempt == WRITE_RETRIES - 1:
                    self._rollback()
                    raise self._fail(exc) from None
                time.sleep(0.05 * (attempt + 1))
            except sqlite3.DatabaseError as exc:
                self._rollback()
                raise self._fail(exc) from None

    def _fail(self, exc: sqlite3.DatabaseError) -> StoreError:
        return StoreError(f"{self.path}: {_describe(exc)}; nothing was saved")

    # -- the file under us ----------------------------------------------------------------------

    def check_file(self) -> None:
        """Refuse to go on when the database file was deleted or replaced while open.

        SQLite keeps writing to the file it opened; if that file was deleted or another put in
        its place, what we write would be lost (or, through a left-over -wal, overlay the new
        file). So every write checks, and once lost, the store stays refused.
        """
        if self._lost is None and self._file is not None and self._identity is not None:
            now_id = _identity(self._file)
            if now_id != self._identity:
                what = "deleted" if now_id is None else "replaced by another file"
                self._lost = (f"{self.path}: the database file was {what} while open; "
                              "nothing more is written (restart on the right file)")
        if self._lost is not None:
            raise StoreError(self._lost)

    def _read_data_version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def external_change(self) -> bool:
        """True when another connection committed since the previous call (or our commit).

        `PRAGMA data_version` changes only for other connections' commits, so a screen can
        ask this before acting and refresh what it shows instead of deciding on stale rows.
        """
        self.check_file()
        version = self._read_data_version()
        changed = version != self._data_version
        self._data_version = version
        return changed

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
        with self.write() as conn:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('schema', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (schema.source,))
            create_views(conn, schema.quote_label, schema.attribution)
        self._schema = schema

    def annotator_id(self, name: str, role: str = "annotator") -> int:
        """The id of an annotator, created on first use (inside the caller's transaction).

        The gold layer is written only through review: asking for a gold name as an
        annotator, or an annotator's name as gold, is refused, whatever the caller.
        """
        row = self.one("SELECT id, role FROM annotators WHERE name = ?", (name,))
        if row is None and role == "annotator" and self.scalar(
                "SELECT 1 FROM annotators WHERE role = 'lead' LIMIT 1"):
            known = ", ".join(r[0] for r in self.all(
                "SELECT name FROM annotators WHERE role != 'gold' ORDER BY name"))
            raise AnnotateError(f"{name!r} is not on the team ({known}); a lead adds people "
                                "with `annotate team add NAME`")
        if row is None:
            with self.write() as conn:
                conn.execute(
                    "INSERT OR IGNORE INTO annotators(name, role, created_at) VALUES (?, ?, ?)",
                    (name, role, now()),
                )
            row = self.one("SELECT id, role FROM annotators WHERE name = ?", (name,))
            assert row is not None
        existing = str(row["role"])
        if (existing == "gold") != (role == "gold"):  # a lead annotates as an annotator too
            if existing == "gold":
                raise AnnotateError(f"{name!r} is the adjudicated gold layer: it is written "
                                    "only through `annotate review`")
            raise AnnotateError(f"{name!r} is an annotator, not a gold layer")
        return int(row["id"])


def _describe(exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "database or disk is full" in text or "disk i/o error" in text.lower():
        return "the disk is full (or failing)"
    if "malformed" in text:
        return "the database file is corrupted (database disk image is malformed)"
    if "file is not a database" in text:
        return "not an SQLite database"
    if "readonly" in text or "read-only" in text:
        return "the database is read-only (check the file's permissions)"
    if "unable to open" in text:
        return "cannot open the database file (check the folder exists and is writable)"
    return text
