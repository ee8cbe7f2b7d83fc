"""Model suggestions: which documents still need them, and writing them batch by batch."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotate.store import cue_speakers
from annotate.store.connection import Store, now

if TYPE_CHECKING:  # importing annotate.suggest would load spaCy, which the store never needs
    from annotate.suggest.types import DocSuggestions


@dataclass(frozen=True)
class ModelRun:
    """What made a suggestion: the pipeline, its version and the version of our rules."""

    model: str
    model_version: str
    rules_version: str

    @property
    def version(self) -> str:
        """Stored as one version string so a rule change is visible per suggestion."""
        return f"{self.model_version}+rules.{self.rules_version}"


def pending(store: Store, run: ModelRun, force: bool = False,
            chunk: int = 500) -> Iterator[sqlite3.Row]:
    """Documents not yet pre-annotated by this model and rules version (all with `force`).

    Read in keyset chunks of ids, so a million documents are never in memory at once and the
    caller can write between chunks (an open cursor would pin one snapshot).
    """
    sql = "SELECT id, text, published FROM documents d WHERE d.id > ?"
    params: tuple[str, ...] = ()
    if not force:
        sql += (
            " AND NOT EXISTS (SELECT 1 FROM preannotations p WHERE p.document_id = d.id "
            "AND p.model = ? AND p.model_version = ? AND p.rules_version = ?)"
        )
        params = (run.model, run.model_version, run.rules_version)
    last = 0
    while True:
        rows = store.all(sql + " ORDER BY d.id LIMIT ?", (last, *params, chunk))
        if not rows:
            return
        yield from rows
        last = int(rows[-1]["id"])


def count_pending(store: Store, run: ModelRun, force: bool = False) -> int:
    if force:
        return int(store.scalar("SELECT COUNT(*) FROM documents") or 0)
    return int(store.scalar(
        "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM preannotations p "
        "WHERE p.document_id = d.id AND p.model = ? AND p.model_version = ? "
        "AND p.rules_version = ?)",
        (run.model, run.model_version, run.rules_version),
    ) or 0)


def save(store: Store, run: ModelRun, batch: list[tuple[int, DocSuggestions]]) -> int:
    """Write one batch in one transaction; returns how many suggestions the run made.

    Never touches anyone's work. A suggestion found again (same document, label and place)
    keeps its row and id, so decisions on it and spans accepted from it stay as they are; its
    model, rule, score and value become this run's. One not found again is retired, not
    deleted: what was decided about it stays true. New ones are added. So re-running with
    the same rules changes nothing an annotator sees, and `--force`, new rules or another
    model only add and retire.
    """
    written = 0
    stamp = now()
    with store.write() as conn:
        for document_id, sugg in batch:
            ids = _save_spans(conn, run, document_id, sugg, stamp)
            written += len(sugg.spans)
            _save_relations(conn, run, document_id, sugg, ids, stamp)
            if sugg.doc_stance is not None:
                conn.execute(
                    "INSERT OR REPLACE INTO suggested_doc_stances(document_id, value, model, "
                    "model_version, rule, score, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (document_id, sugg.doc_stance.value, run.model, run.version,
                     sugg.doc_stance.rule, sugg.doc_stance.score, stamp),
                )
            else:
                conn.execute("DELETE FROM suggested_doc_stances WHERE document_id = ?",
                             (document_id,))
            cue_speakers.replace_rows(conn, document_id, sugg.cue_speakers)
            conn.execute(
                "INSERT OR REPLACE INTO preannotations(document_id, model, model_version, "
                "rules_version, created_at) VALUES (?, ?, ?, ?, ?)",
                (document_id, run.model, run.model_version, run.rules_version, stamp),
            )
    return written


_CONTENT = ("text", "value", "canonical", "stance", "model", "model_version", "rule", "score",
            "explanation", "details")


def _save_spans(conn: sqlite3.Connection, run: ModelRun, document_id: int,
                sugg: DocSuggestions, stamp: str) -> dict[int, int]:
    """Keep, add and retire a document's suggested spans; returns span key -> row id."""
    live = {(r["label"], r["start"], r["end"]): r for r in conn.execute(
        f'SELECT id, label, start, "end", {", ".join(_CONTENT)} FROM suggestions '
        "WHERE document_id = ? AND retired_at IS NULL", (document_id,))}
    ids: dict[int, int] = {}
    found: set[int] = set()
    for span in sugg.spans:
        place = (span.label, span.start, span.end)
        content = (span.text, span.value, span.canonical, span.stance, run.model, run.version,
                   span.rule, span.score, span.explanation,
                   json.dumps(dict(span.details), sort_keys=True))
        old = live.get(place)
        if old is not None:
            if old["id"] in found:  # the same place twice in one run: the first stands
                ids[span.key] = int(old["id"])
                continue
            found.add(int(old["id"]))
            ids[span.key] = int(old["id"])
            if tuple(old[c] for c in _CONTENT) != content:
                sets = ", ".join(f"{c} = ?" for c in _CONTENT)
                conn.execute(f"UPDATE suggestions SET {sets}, updated_at = ? WHERE id = ?",
                             (*content, stamp, old["id"]))
            continue
        cur = conn.execute(
            'INSERT INTO suggestions(document_id, label, start, "end", text, value, canonical, '
            "stance, model, model_version, rule, score, explanation, details, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (document_id, *place, *content, stamp, stamp),
        )
        ids[span.key] = int(cur.lastrowid or 0)
        found.add(ids[span.key])
        live[place] = {"id": ids[span.key], **dict(zip(_CONTENT, content, strict=True))}
    gone = [int(r["id"]) for r in live.values() if int(r["id"]) not in found]
    conn.executemany("UPDATE suggestions SET retired_at = ? WHERE id = ?",
                     [(stamp, i) for i in gone])
    return ids


def _save_relations(conn: sqlite3.Connection, run: ModelRun, document_id: int,
                    sugg: DocSuggestions, ids: dict[int, int], stamp: str) -> None:
    rows = {(r["head_id"], r["child_id"], r["label"]): r for r in conn.execute(
        "SELECT id, head_id, child_id, label, model, model_version, rule, score "
        "FROM suggested_relations WHERE document_id = ? AND retired_at IS NULL",
        (document_id,))}
    live = {link: int(r["id"]) for link, r in rows.items()}
    keep: set[int] = set()
    heads: set[tuple[int, str]] = set()
    for rel in sugg.relations:
        if rel.head not in ids or rel.child not in ids:
            continue
        link = (ids[rel.head], ids[rel.child], rel.label)
        if (link[0], rel.label) in heads:  # one speaker a quote: the first stands
            continue
        heads.add((link[0], rel.label))
        if link in live:
            keep.add(live[link])
            now_is = (run.model, run.version, rel.rule, rel.score)
            old = rows[link]
            if (old["model"], old["model_version"], old["rule"], old["score"]) != now_is:
                conn.execute("UPDATE suggested_relations SET model = ?, model_version = ?, "
                             "rule = ?, score = ? WHERE id = ?", (*now_is, live[link]))
            continue
        for old_link, old_id in live.items():  # the quote's previous speaker link retires
            if old_link[0] == link[0] and old_link[2] == rel.label and old_id not in keep:
                conn.execute("UPDATE suggested_relations SET retired_at = ? WHERE id = ?",
                             (stamp, old_id))
                keep.add(old_id)
        conn.execute(
            "INSERT INTO suggested_relations(document_id, label, head_id, child_id, model, "
            "model_version, rule, score, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (document_id, rel.label, *link[:2], run.model, run.version, rel.rule, rel.score,
             stamp),
        )
    for rel_id in live.values():
        if rel_id not in keep:
            conn.execute("UPDATE suggested_relations SET retired_at = ? WHERE id = ?",
                         (stamp, rel_id))


def resolve_dates(conn: sqlite3.Connection, date_label: str, document_id: int) -> int:
    """Re-derive the values of a document's live DATE suggestions from its publication date.

    Called inside the caller's transaction whenever the date changes (an annotator's
    correction, its undo or redo); returns how many values changed.
    """
    from annotate.store.values import parse_iso_date, resolve

    published = conn.execute("SELECT published FROM documents WHERE id = ?",
                             (document_id,)).fetchone()
    anchor = parse_iso_date(published[0][:10]) if published and published[0] else None
    changed = 0
    for sug in conn.execute(
        "SELECT id, text, value, details FROM suggestions WHERE document_id = ? AND label = ? "
        "AND retired_at IS NULL", (document_id, date_label),
    ).fetchall():
        value = resolve(sug["text"], anchor, json.loads(sug["details"] or "{}"))
        if value != sug["value"]:
            conn.execute("UPDATE suggestions SET value = ?, updated_at = ? WHERE id = ?",
                         (value, now(), sug["id"]))
            changed += 1
    return changed


def suggested_doc_stance(store: Store, document_id: int) -> sqlite3.Row | None:
    return store.one("SELECT * FROM suggested_doc_stances WHERE document_id = ?", (document_id,))


def suggested_relations(store: Store, document_id: int) -> dict[int, int]:
    """Suggested QUOTE id -> suggested SPEAKER id."""
    rows = store.all(
        "SELECT head_id, child_id FROM suggested_relations WHERE document_id = ? "
        "AND retired_at IS NULL", (document_id,)
    )
    return {r["head_id"]: r["child_id"] for r in rows}
