"""The reported losses, replayed as a user would, in a real terminal: each must now hold.

Each test types into `annotate tui` under tmux and checks the database, as the annotator and
the lead would find it afterwards.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from annotate.store import Store
from annotate.store.suggestions import ModelRun, save
from tests.app.helpers import fill
from tests.app.tmux import CLI, app, needs_tmux, wait_for

pytestmark = needs_tmux


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "shared.db"
    store = Store(db)
    fill(store)
    store.close()
    return db


def rows(db: Path, sql: str, *params: object) -> list[tuple]:
    with Store(db) as store:
        return [tuple(r) for r in store.all(sql, params)]


def spans_of(db: Path) -> list[tuple]:
    return rows(db, "SELECT s.id, s.document_id, a.name, s.label FROM spans s JOIN annotators a "
                    "ON a.id = s.annotator_id ORDER BY s.id")


def test_undo_then_redo_across_documents_keeps_rows_in_place(tmp_path: Path) -> None:
    """On document 1 `a u`, then `] a` on document 2, then `[ ctrl+r`."""
    db = _db(tmp_path)
    with app(db, "alice", tmp_path) as pane:
        assert wait_for(lambda: "progress" in pane.screen()), pane.screen()
        pane.keys("Enter")
        assert wait_for(lambda: "open" in pane.screen()), pane.screen()
        pane.keys("a")
        assert wait_for(lambda: spans_of(db)), pane.screen()
        first = spans_of(db)
        pane.keys("u")
        assert wait_for(lambda: spans_of(db) == []), pane.screen()
        pane.keys("]", "a")
        assert wait_for(lambda: spans_of(db)), pane.screen()
        second = spans_of(db)
        pane.keys("[", "C-r")
        assert wait_for(lambda: len(spans_of(db)) == len(first) + len(second)), pane.screen()
        assert pane.alive()
    assert {doc for _, doc, _, _ in first} != {doc for _, doc, _, _ in second}
    assert not {i for i, *_ in first} & {i for i, *_ in second}  # fresh ids elsewhere
    assert sorted(spans_of(db)) == sorted(first + second)  # each back in its own document


def test_two_annotators_undo_and_redo_never_swap_rows(tmp_path: Path) -> None:
    """alice `a u`, bob `a`, alice `ctrl+r`: each keeps their own span and decision."""
    db = _db(tmp_path)
    with app(db, "alice", tmp_path) as alice, app(db, "bob", tmp_path) as bob:
        for pane in (alice, bob):
            assert wait_for(lambda p=pane: "progress" in p.screen()), pane.screen()
            pane.keys("Enter")
        alice.keys("a")
        assert wait_for(lambda: len(spans_of(db)) == 1), alice.screen()
        alice.keys("u")
        assert wait_for(lambda: spans_of(db) == []), alice.screen()
        bob.keys("a")
        assert wait_for(lambda: len(spans_of(db)) == 1), bob.screen()
        alice.keys("C-r")
        assert wait_for(lambda: len(spans_of(db)) == 2), alice.screen()
    owners = {(name, label) for _, _, name, label in spans_of(db)}
    assert {name for name, _ in owners} == {"alice", "bob"}
    decisions = rows(db, "SELECT a.name, d.decision FROM decisions d JOIN annotators a "
                         "ON a.id = d.annotator_id ORDER BY a.name")
    assert decisions == [("alice", "accepted"), ("bob", "accepted")]


def test_a_stale_window_does_not_reject_what_the_other_accepted(tmp_path: Path) -> None:
    """The same annotator in two windows: B accepts, stale A presses x on the same one."""
    db = _db(tmp_path)
    with app(db, "alice", tmp_path) as first, app(db, "alice", tmp_path) as second:
        for pane in (first, second):
            assert wait_for(lambda p=pane: "progress" in p.screen()), pane.screen()
            pane.keys("Enter")
        second.keys("a")
        assert wait_for(lambda: len(spans_of(db)) == 1), second.screen()
        first.keys("x")
        wait_for(lambda: False, timeout=1.0)
        assert first.alive()
    assert len(spans_of(db)) >= 1
    accepted = rows(db, "SELECT suggestion_id FROM decisions WHERE decision = 'accepted'")
    rejected = rows(db, "SELECT suggestion_id FROM decisions WHERE decision = 'rejected'")
    assert accepted and not set(accepted) & set(rejected)


def test_suggestions_re_run_while_annotating_then_redo(tmp_path: Path) -> None:
    """`preannotate --force` under a working annotator: no error, and ctrl+r still works."""
    db = _db(tmp_path)
    with app(db, "alice", tmp_path) as pane:
        assert wait_for(lambda: "progress" in pane.screen()), pane.screen()
        pane.keys("Enter")
        pane.keys("a", "x", "a")
        assert wait_for(lambda: len(rows(db, "SELECT * FROM decisions")) >= 3), pane.screen()
        before = rows(db, "SELECT * FROM decisions ORDER BY 1, 2")
        with Store(db) as store:  # the same rules again, as `preannotate --force` runs them
            from annotate.tui.demo import DEMO_RUN, simple_suggestions

            batch = [(r["id"], simple_suggestions(r["text"], None)) for r in store.all(
                "SELECT id, text FROM documents")]
            save(store, ModelRun(DEMO_RUN.model, DEMO_RUN.model_version, "forced"), batch)
        assert rows(db, "SELECT * FROM decisions ORDER BY 1, 2") == before
        pane.keys("u", "u", "C-r", "a")
        wait_for(lambda: False, timeout=1.0)
        assert pane.alive(), pane.screen()
        assert "Traceback" not in pane.screen()
    result = subprocess.run([str(CLI), "stats", "--db", str(db)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
