"""Database versions, in `PRAGMA user_version`; a newer file is refused, not guessed at.

`sqlite3 annotations.db 'pragma user_version'` answers without our code. A new database gets
the latest schema (`tables.SCHEMA`) at once; an older one is upgraded step by step
(`upgrades.UPGRADES[v]` takes version v to v + 1) inside one transaction, so a failed
upgrade leaves the file as it was.
"""

from __future__ import annotations

import sqlite3

from annotate.errors import StoreError
from annotate.store.tables import SCHEMA, SCHEMA_VERSION, create_views
from annotate.store.upgrades import UPGRADES


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
