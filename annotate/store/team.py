"""The team and who annotates what: members with roles, assignments with controlled overlap.

Until a lead exists, anyone who says their name is on the team (a single user, or an ad-hoc
pair, starts with one command). Once a lead exists the team is *managed*: only names a lead
added may annotate, so a typo in `--annotator` is caught instead of starting a second,
empty annotator. Assignments are the lead's plan, not annotators' work, so they are not in
the event log; releasing someone's unfinished documents only removes assignments.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from annotate.errors import AnnotateError
from annotate.store.annotations import GOLD_LAYER
from annotate.store.connection import Store, now

ROLES = ("annotator", "lead")


@dataclass(frozen=True)
class Member:
    name: str
    role: str
    created_at: str


def is_managed(store: Store) -> bool:
    """Whether a lead exists, which makes the team closed to names nobody added."""
    return store.scalar("SELECT 1 FROM annotators WHERE role = 'lead' LIMIT 1") is not None


def members(store: Store) -> list[Member]:
    """Everyone but the gold layer, leads first."""
    rows = store.all("SELECT name, role, created_at FROM annotators WHERE role != 'gold' "
                     "ORDER BY role = 'annotator', name")
    return [Member(r["name"], r["role"], r["created_at"]) for r in rows]


def add_member(store: Store, name: str, role: str = "annotator") -> str:
    """Add someone (or change their role); returns "added", "changed" or "unchanged"."""
    if role not in ROLES:
        raise AnnotateError(f"{role!r} is not a role ({', '.join(ROLES)})")
    name = check_name(name)
    if name == GOLD_LAYER:
        raise AnnotateError(f"{name!r} is the gold layer, not a person")
    row = store.one("SELECT role FROM annotators WHERE name = ?", (name,))
    if row is not None and row["role"] == "gold":
        raise AnnotateError(f"{name!r} is the gold layer, not a person")
    if row is not None and row["role"] == role:
        return "unchanged"
    with store.write() as conn:
        if row is None:
            conn.execute("INSERT INTO annotators(name, role, created_at) VALUES (?, ?, ?)",
                         (name, role, now()))
        else:
            conn.execute("UPDATE annotators SET role = ? WHERE name = ?", (role, name))
    return "added" if row is None else "changed"


def role_of(store: Store, name: str) -> str | None:
    return store.scalar("SELECT role FROM annotators WHERE name = ?", (name,))


def check_name(name: str) -> str:
    """A usable person's name: non-empty, one line, printable, not absurdly long."""
    cleaned = name.strip()
    if not cleaned or len(cleaned) > 100 or not cleaned.isprintable():
        raise AnnotateError(f"{name[:40]!r} is not a usable name (1-100 printable characters)")
    return cleaned


def check_member(store: Store, name: str, *, lead: bool = False) -> None:
    """Refuse, before anything starts, a name the managed team does not know.

    With `lead`, the name must be a lead's (adjudication), when the team is managed.
    """
    if not is_managed(store):
        return
    row = store.one("SELECT role FROM annotators WHERE name = ?", (name,))
    known = ", ".join(m.name for m in members(store))
    if row is None or row["role"] == "gold":
        raise AnnotateError(f"{name!r} is not on the team ({known}); a lead adds people with "
                            f"`annotate team add NAME`")
    if lead and row["role"] != "lead":
        leads = ", ".join(m.name for m in members(store) if m.role == "lead")
        raise AnnotateError(f"{name!r} is not a lead; leads adjudicate ({leads})")


# -- assignments --------------------------------------------------------------------------------


@dataclass
class AssignReport:
    documents: int = 0  # documents assigned now
    overlapping: int = 0  # of them, those given to more than one annotator
    per_annotator: dict[str, int] | None = None


def _open_places(store: Store, chunk: int = 2000) -> Iterator[tuple[int, int | None, set[int]]]:
    """(document, annotators wanted or None if unplanned, annotator ids it has) for documents
    that still need someone, in import order, read in keyset chunks."""
    last = 0
    while True:
        rows = store.all(
            "SELECT d.id, p.wanted, (SELECT group_concat(a.annotator_id) FROM assignments a "
            "WHERE a.document_id = d.id) AS who FROM documents d LEFT JOIN assignment_plan p "
            "ON p.document_id = d.id WHERE d.id > ? AND (p.wanted IS NULL OR p.wanted > "
            "(SELECT COUNT(*) FROM assignments a WHERE a.document_id = d.id)) ORDER BY d.id "
            "LIMIT ?", (last, chunk))
        if not rows:
            return
        for r in rows:
            who = {int(x) for x in str(r["who"]).split(",")} if r["who"] else set()
            yield int(r["id"]), r["wanted"], who
        last = int(rows[-1]["id"])


def assign(store: Store, names: Sequence[str], per_document: int = 1,
           overlap: float | None = None, seed: int = 0, by: str | None = None) -> AssignReport:
    """Give every document that needs someone to the least-loaded annotators.

    A new document is planned for `per_document` annotators, or, with `overlap`, a seeded
    share of the new documents is (the overlap agreement is measured on) and the rest for
    one. A planned document short of people (someone was released) is filled up to its
    plan. Each place goes to the annotator with the fewest assigned documents so far, ties
    broken by a seeded order, so the same call on the same data assigns the same way; a
    re-run assigns only what is new or released.
    """
    names = [check_name(n) for n in names]
    if not names or len(set(names)) != len(names):
        raise AnnotateError("--annotators needs distinct names")
    if not 1 <= per_document <= len(names):
        raise AnnotateError(f"--per-document must be between 1 and {len(names)} (the number "
                            "of annotators)")
    if overlap is not None and not 0.0 <= overlap <= 1.0:
        raise AnnotateError("--overlap is a share between 0 and 1")
    if overlap is not None and per_document == 1:
        raise AnnotateError("--overlap needs --per-document 2 or more (who would overlap?)")
    rng = random.Random(seed)
    new = int(store.scalar("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM "
                           "assignment_plan p WHERE p.document_id = d.id)") or 0)
    shared = set() if overlap is None else set(rng.sample(range(new), round(overlap * new)))
    report = AssignReport(per_annotator=dict.fromkeys(names, 0))
    with store.write() as conn:
        for name in names:
            check_member(store, name)
        ids = {n: store.annotator_id(n) for n in names}
        for n, annotator in ids.items():
            role = store.scalar("SELECT role FROM annotators WHERE id = ?", (annotator,))
            if role != "annotator":
                raise AnnotateError(f"{n!r} is a {role}; assign documents to annotators")
        load = {n: int(store.scalar("SELECT n FROM assignment_counts WHERE annotator_id = ?",
                                    (ids[n],)) or 0) for n in names}
        order = {n: rng.random() for n in names}
        stamp = now()
        rows: list[tuple[int, int, str, str | None]] = []
        plans: list[tuple[int, int]] = []
        index = 0
        for document_id, wanted, who in _open_places(store):
            if wanted is None:
                wanted = per_document if overlap is None or index in shared else 1
                plans.append((document_id, wanted))
                index += 1
            free = [n for n in names if ids[n] not in who]
            chosen = sorted(free, key=lambda n: (load[n], order[n]))[:wanted - len(who)]
            for n in chosen:
                load[n] += 1
                report.per_annotator[n] += 1  # type: ignore[index]
                rows.append((ids[n], document_id, stamp, by))
            report.documents += bool(chosen)
            report.overlapping += wanted > 1 and bool(chosen)
            if len(rows) >= 5000:
                _flush(conn, rows, plans)
        _flush(conn, rows, plans)
    return report


def _flush(conn: Any, rows: list[tuple[int, int, str, str | None]],
           plans: list[tuple[int, int]]) -> None:
    conn.executemany("INSERT INTO assignment_plan(document_id, wanted) VALUES (?, ?)", plans)
    conn.executemany("INSERT INTO assignments VALUES (?, ?, ?, ?)", rows)
    rows.clear()
    plans.clear()


def release(store: Store, name: str) -> int:
    """Return someone's unfinished (not done) documents to the pool; returns how many."""
    annotator = store.scalar("SELECT id FROM annotators WHERE name = ?", (name,))
    if annotator is None:
        raise AnnotateError(f"{name!r} is not on the team")
    with store.write() as conn:
        cur = conn.execute(
            "DELETE FROM assignments WHERE annotator_id = ? AND document_id NOT IN (SELECT "
            "document_id FROM document_status WHERE annotator_id = ? AND status = 'done')",
            (annotator, annotator))
    return int(cur.rowcount or 0)


def assigned(store: Store, annotator_id: int) -> int:
    return int(store.scalar("SELECT n FROM assignment_counts WHERE annotator_id = ?",
                            (annotator_id,)) or 0)
