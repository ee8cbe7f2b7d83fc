"""Online backup: a consistent copy while other processes keep writing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotate.errors import StoreError
from annotate.store.connection import Store


def backup(store: Store, out: Path) -> int:
    """Copy `store` to `out` with SQLite's backup API and check the copy; returns pages."""
    tmp = out.with_name(out.name + ".partial")
    try:
        target = sqlite3.connect(tmp)
        try:
            store.conn.backup(target, pages=256, sleep=0.005)
            ok = target.execute("PRAGMA integrity_check").fetchone()[0]
            pages = int(target.execute("PRAGMA page_count").fetchone()[0])
        finally:
            target.close()
        if ok != "ok":
            raise StoreError(f"{out}: backup failed its integrity check ({ok})")
        tmp.replace(out)
    except sqlite3.Error as exc:
        raise StoreError(f"{out}: backup failed ({exc})") from None
    finally:
        tmp.unlink(missing_ok=True)
    return pages
