"""Online backup: a consistent copy while other processes keep writing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotate.errors import StoreError
from annotate.paths import check_output_path
from annotate.store.connection import Store


def backup(store: Store, out: Path) -> int:
    """Copy `store` to `out` with SQLite's backup API and check the copy; returns pages.

    The copy is written beside `out` under a temporary name and renamed only once its
    integrity check passes, so a full disk or a failure leaves no partial file. A missing
    folder is created (with the user's umask, like every file we write).
    """
    check_output_path(out)
    if out.exists():
        raise StoreError(f"{out}: already exists; choose a new file name")
    folder = next((p for p in out.parents if p.exists()), None)
    if folder is not None and not folder.is_dir():
        raise StoreError(f"{out}: {folder} is not a folder")
    tmp = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
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
        raise StoreError(f"{out}: backup failed ({_reason(exc)}); nothing was written") from None
    except OSError as exc:
        raise StoreError(f"{out}: backup failed ({exc.strerror}); nothing was written") \
            from None
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            if leftover.is_file():
                leftover.unlink()
    return pages


def _reason(exc: sqlite3.Error) -> str:
    text = str(exc)
    return "the disk is full" if "full" in text else text
