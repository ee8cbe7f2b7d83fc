"""A team's project through the CLI: members, assignment with overlap, queues, progress."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import cli
from annotate.errors import AnnotateError
from annotate.store import Annotations, Store
from annotate.store.views import queue_page, status_counts


def run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, result.output
    return result.output


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    run("init")
    Path("docs.jsonl").write_text("".join(
        json.dumps({"text": f"Article {i}. The minister said that day {i} went well."}) + "\n"
        for i in range(30)))
    run("import", "docs.jsonl")
    return tmp_path


def test_an_open_team_takes_new_names_until_a_lead_exists(project: Path) -> None:
    with Store("annotations.db") as store:
        Annotations(store, "walk-in")  # no lead: anyone may start
    run("team", "add", "carol", "--role", "lead")
    out = run("team", "list")
    assert "carol" in out and "lead" in out and "walk-in" in out
    with Store("annotations.db") as store:
        with pytest.raises(AnnotateError, match="not on the team"):
            Annotations(store, "alce")
        assert store.scalar("SELECT COUNT(*) FROM annotators WHERE name = 'alce'") == 0
    assert "not on the team (carol, walk-in)" in run("tui", "--annotator", "alce", code=1)
    assert "not a lead" in run("review", "--adjudicator", "walk-in", code=1)
    assert "gold layer" in run("team", "add", "gold", code=1)


def test_assign_balances_load_with_a_seeded_overlap(project: Path) -> None:
    for name in ("alice", "bob", "dan"):
        run("team", "add", name)
    out = run("assign", "--annotators", "alice,bob,dan", "--overlap", "0.2", "--seed", "3")
    assert "30 documents assigned (6 shared by several annotators)" in out
    with Store("annotations.db") as store:
        loads = [n for _, n in store.all("SELECT annotator_id, n FROM assignment_counts")]
        assert sum(loads) == 36 and max(loads) - min(loads) <= 1
        first = store.all("SELECT * FROM assignments ORDER BY 1, 2")
    assert "0 documents assigned" in run("assign", "--annotators", "alice,bob,dan")
    run("init", "--db", "again.db")
    run("import", "--db", "again.db", "docs.jsonl")
    run("assign", "--db", "again.db", "--annotators", "alice,bob,dan", "--overlap", "0.2",
        "--seed", "3")
    with Store("again.db") as again:  # the same seed on the same data: the same plan
        assert [tuple(r)[:2] for r in again.all("SELECT * FROM assignments ORDER BY 1, 2")] \
            == [tuple(r)[:2] for r in first]


def test_queues_hold_assigned_documents_and_release_returns_them(project: Path) -> None:
    run("team", "add", "carol", "--role", "lead")
    for name in ("alice", "bob"):
        run("team", "add", name)
    run("assign", "--annotators", "alice,bob", "--per-document", "2")
    with Store("annotations.db") as store:
        alice, carol = Annotations(store, "alice"), Annotations(store, "carol")
        assert len(queue_page(store, alice.annotator_id, limit=100)) == 30
        docs = [i.id for i in queue_page(store, alice.annotator_id, limit=5)]
        for doc in docs[:2]:
            alice.set_status(doc, "done")
        alice.add_span(docs[2], "QUOTE", 0, 7)
    assert "28 unfinished documents returned" in run("assign", "--release", "alice")
    with Store("annotations.db") as store:
        alice = Annotations(store, "alice")
        assert [i.id for i in queue_page(store, alice.annotator_id)] == docs[:2]
        assert status_counts(store, alice.annotator_id) == {
            "todo": 0, "in_progress": 0, "done": 2, "skipped": 0}
        assert len(queue_page(store, carol.annotator_id, limit=100)) == 30  # a lead sees all
    # The 28 documents alice gave back are short of one annotator: eve fills them up.
    run("team", "add", "eve")
    assert "28 documents assigned (28 shared by several annotators): bob 0, eve 28" in run(
        "assign", "--annotators", "bob,eve")


def test_progress_json_has_the_agreed_shape_and_real_figures(project: Path) -> None:
    for name in ("alice", "bob"):
        run("team", "add", name)
    run("assign", "--annotators", "alice,bob", "--per-document", "2")
    with Store("annotations.db") as store:
        alice, bob = Annotations(store, "alice"), Annotations(store, "bob")
        for doc in (1, 2):
            alice.add_span(doc, "QUOTE", 0, 9)
            bob.add_span(doc, "QUOTE", 0, 9 if doc == 1 else 8)
            alice.add_time(doc, 30.0 * doc)
            for who in (alice, bob):
                who.set_status(doc, "done")
    rep = json.loads(run("progress", "--json"))
    a = rep["annotators"]["alice"]
    assert (a["assigned"], a["done"], a["in_progress"]) == (30, 2, 0)
    assert a["seconds_per_document"] == 45.0
    assert a["agreement_f1"] == 0.5  # one of two quotes matches exactly
    assert rep["documents"] == {"total": 30, "assigned": 30, "done": 2, "adjudicated": 0}
    assert "Progress" in run("progress")
