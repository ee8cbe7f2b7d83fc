"""The review app (`annotate review`): press keys, then check gold in the database.

Three annotators' finished work comes in as Prodigy-style JSONL with known disagreements;
`merge_agreed` puts what they agree on into gold first, as the command does. Every test also
checks that the annotators' own rows are exactly what was imported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotate.adjudicate import GOLD, merge_agreed
from annotate.errors import AnnotateError
from annotate.importer import import_paths
from annotate.store import Store
from annotate.tui.bindings import binding_ids
from annotate.tui.review import ReviewApp, create_review_app
from annotate.tui.screens.review import ReviewScreen
from annotate.tui.screens.review_help import ReviewHelpScreen
from annotate.tui.screens.review_queue import ReviewQueueScreen
from annotate.tui.widgets.review_panel import NOTHING, ReviewPanel, render

pytestmark = pytest.mark.anyio
SIZE = (140, 40)
TEXT1 = ("On Monday, Jens Stoltenberg said that Ukraine will join NATO. "
         "Critics said it will not happen.")
TEXT2 = 'The minister said: "We will never agree to this deal." Nobody else spoke.'
DATE, QUOTE_STANCE, DOC_STANCE = "span:DATE:3-9", "quote_stance:QUOTE:38-60", "document_stance"


def _span(text: str, part: str, label: str, **extra: str) -> dict[str, Any]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "label": label, **extra}


def _records() -> list[dict[str, Any]]:
    """Document 1: alice, bob, carol; document 2: alice and bob, quote boundaries differ."""
    out = []
    for name, q_stance, doc_stance, date in [("alice", "favor", "favor", True),
                                             ("bob", "favor", "neutral", True),
                                             ("carol", "against", "favor", False)]:
        jens = _span(TEXT1, "Jens Stoltenberg", "SPEAKER")
        quote = _span(TEXT1, "Ukraine will join NATO", "QUOTE", stance=q_stance)
        spans = [jens, quote] + ([_span(TEXT1, "Monday", "DATE", value="2022-11-28")]
                                 if date else [])
        out.append({"text": TEXT1, "meta": {"id": "d1", "title": "Stoltenberg on NATO"},
                    "annotator": name, "stance": doc_stance, "spans": spans,
                    "relations": [{"label": "ATTRIBUTED_TO", "head_span": quote,
                                   "child_span": jens}]})
    for name, part in [("alice", '"We will never agree to this deal."'),
                       ("bob", "We will never agree to this deal")]:
        minister = _span(TEXT2, "The minister", "SPEAKER")
        quote = _span(TEXT2, part, "QUOTE", stance="against")
        out.append({"text": TEXT2, "meta": {"id": "d2", "title": "The minister refuses"},
                    "annotator": name, "stance": "against", "spans": [minister, quote],
                    "relations": [{"label": "ATTRIBUTED_TO", "head_span": quote,
                                   "child_span": minister}]})
    return out


@pytest.fixture
def db(store: Store, tmp_path: Path) -> Store:
    path = tmp_path / "annotators.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    report = import_paths(store, [path])
    assert report.ok, report.errors
    merge_agreed(store, "lead")
    return store


def annotator_rows(store: Store) -> list[tuple[Any, ...]]:
    """Every row the annotators own: must never change during review."""
    rows: list[tuple[Any, ...]] = []
    for table in ("spans", "relations", "document_status"):
        rows += [(table, *r) for r in store.all(
            f"SELECT t.* FROM {table} t JOIN annotators a ON a.id = t.annotator_id "
            "WHERE a.role = 'annotator' ORDER BY 2, 3")]
    return rows


def gold_spans(store: Store, document_id: int = 1) -> dict[str, dict[str, Any]]:
    rows = store.all("SELECT s.* FROM spans s JOIN annotators a ON a.id = s.annotator_id "
                     "WHERE a.name = ? AND s.document_id = ?", (GOLD, document_id))
    return {r["label"]: dict(r) for r in rows}


def gold_status(store: Store, document_id: int = 1) -> dict[str, Any]:
    row = store.one("SELECT * FROM document_status WHERE document_id = ? AND annotator_id = "
                    "(SELECT id FROM annotators WHERE name = ?)", (document_id, GOLD))
    return dict(row) if row else {}


def app_for(store: Store, **kwargs: Any) -> ReviewApp:
    kwargs.setdefault("keymap", {})
    return create_review_app(store, "lead", **kwargs)


def review(app: ReviewApp) -> ReviewScreen:
    screen = app.screen
    assert isinstance(screen, ReviewScreen), type(screen).__name__
    return screen


async def press(pilot: Any, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


async def test_list_shows_documents_with_disagreements_and_counts(db: Store) -> None:
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReviewQueueScreen)
        table = app.screen.query_one("#queue")
        assert table.row_at(0)[2:4] == ["3", "3"]  # type: ignore[attr-defined]
        assert table.row_at(1)[2:4] == ["1", "1"]  # type: ignore[attr-defined]
        assert app.document_ids == [1, 2]
        await press(pilot, "enter")
        screen = review(app)
        assert screen.document_id == 1
        assert [d.key for d in screen.found] == [DATE, QUOTE_STANCE, DOC_STANCE]
        assert screen.disagreement is not None and screen.disagreement.key == DATE
        panel = str(render(screen.found, screen.index, TEXT1))
        assert "alice" in panel and "carol" in panel and NOTHING in panel
        assert "“Monday” = 2022-11-28" in panel and "open" in panel
        assert "Span DATE “Monday”" in panel and "3-9" not in panel


async def test_the_lead_reads_the_annotators_flags_on_the_document(db: Store) -> None:
    from annotate.store import Annotations
    from annotate.store.flags import add_flag

    alice = Annotations(db, "alice")
    quote = next(s for s in alice.spans(1) if s.label == "QUOTE")
    add_flag(alice, 1, "discuss", "[/b] is this [red]really[/red] a quote?", span_id=quote.id)
    add_flag(Annotations(db, "bob"), 1, "broken_text")
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        screen = review(app)
        panel = str(screen.query_one(ReviewPanel).render())
        assert "⚑ alice needs discussion on QUOTE “Ukraine will join NATO”: [/b] is this " \
               "[red]really[/red] a quote?" in panel
        assert "⚑ bob broken text" in panel


async def test_number_keys_take_versions_undo_and_redo(db: Store) -> None:
    before = annotator_rows(db)
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter", "1")  # alice's DATE
        screen = review(app)
        date = gold_spans(db)["DATE"]
        assert (date["text"], date["value"]) == ("Monday", "2022-11-28")
        prov = json.loads(date["provenance"])
        assert prov["adjudicator"] == "lead" and prov["taken_from"] == ["alice"]
        assert screen.disagreement is not None and screen.disagreement.key == QUOTE_STANCE
        await press(pilot, "3")  # carol: against
        quote = gold_spans(db)["QUOTE"]
        assert quote["stance"] == "against"
        assert json.loads(quote["provenance"])["stance_from"]["taken_from"] == ["carol"]
        await press(pilot, "u")
        assert gold_spans(db)["QUOTE"]["stance"] is None
        assert screen.disagreement is not None and screen.disagreement.key == QUOTE_STANCE
        assert not screen.disagreement.resolved
        await press(pilot, "ctrl+r")
        assert gold_spans(db)["QUOTE"]["stance"] == "against"
        await press(pilot, "j", "2")  # bob's document stance
        assert gold_status(db)["stance"] == "neutral"
        await press(pilot, "9")  # nobody is #9: a warning, nothing written
        assert all(d.resolved for d in screen.found)
        assert gold_status(db)["status"] == "done"
    assert annotator_rows(db) == before


async def test_editing_keys_work_on_the_gold_layer(db: Store) -> None:
    before = annotator_rows(db)
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter", "1", "k")  # take alice's DATE, back to it
        screen = review(app)
        assert screen.item is not None and screen.item.label == "DATE"
        await press(pilot, "e", "shift+right", "enter")  # "Monday" -> "Monday,"
        assert gold_spans(db)["DATE"]["end"] == 10
        await press(pilot, "shift+left")  # normal mode's boundary key: back, kept at once
        assert gold_spans(db)["DATE"]["end"] == 9
        await press(pilot, "u")
        assert gold_spans(db)["DATE"]["end"] == 10
        await press(pilot, "l", "c")  # relabel as CUE
        assert "CUE" in gold_spans(db) and "DATE" not in gold_spans(db)
        await press(pilot, "x")
        assert "CUE" not in gold_spans(db)
        await press(pilot, "u", "u", "u")
        assert gold_spans(db)["DATE"]["end"] == 9
        await press(pilot, "j", "t", "2")  # gold's quote stance by hand
        assert gold_spans(db)["QUOTE"]["stance"] == "against"
        await press(pilot, "t", "0")
        assert gold_spans(db)["QUOTE"]["stance"] is None
        await press(pilot, "exclamation_mark")  # shifted 1: document stance favor
        assert gold_status(db)["stance"] == "favor"
        await press(pilot, "n", "v", "w", "w", "v", "p")  # a new SPEAKER from the quote on
        assert screen.mode is None
    added = db.all("SELECT text, origin, provenance FROM spans WHERE label = 'SPEAKER' "
                   "AND document_id = 1 AND annotator_id = "
                   "(SELECT id FROM annotators WHERE name = ?) ORDER BY start", (GOLD,))
    assert [(r["text"], r["origin"]) for r in added] == [
        ("Jens Stoltenberg", "adjudicated"), ("Ukraine will join", "adjudicated")]
    # A span the adjudicator made by hand says who made it.
    assert json.loads(added[1]["provenance"])["adjudicator"] == app.adjudicator
    assert annotator_rows(db) == before


async def test_d_marks_gold_done_and_brackets_move_between_documents(db: Store) -> None:
    before = annotator_rows(db)
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter", "d")  # three still open: asks again
        assert gold_status(db)["status"] != "done"
        await press(pilot, "d")
        assert gold_status(db)["status"] == "done"
        screen = review(app)
        assert screen.document_id == 2  # the next document with open disagreements
        assert [d.key for d in screen.found] == ["span:QUOTE:19-54"]
        await press(pilot, "2")  # bob's quote, without the quotation marks
        assert gold_spans(db, 2)["QUOTE"]["text"] == "We will never agree to this deal"
        assert gold_status(db, 2)["status"] == "done"
        await press(pilot, "left_square_bracket")
        assert screen.document_id == 1
        await press(pilot, "right_square_bracket")
        assert screen.document_id == 2
        await press(pilot, "right_square_bracket")  # no more: stays
        assert screen.document_id == 2
    assert annotator_rows(db) == before


async def test_help_back_and_quit(db: Store) -> None:
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter", "question_mark")
        assert isinstance(app.screen, ReviewHelpScreen)
        text = app.screen.markdown()
        assert "review.take.1" in text and "doc.accept" not in text
        await press(pilot, "escape", "1", "q")
        assert isinstance(app.screen, ReviewQueueScreen)
        table = app.screen.query_one("#queue")
        assert table.row_at(0)[2] == "2"  # type: ignore[attr-defined]
        await press(pilot, "q")
    assert app.return_code == 0


async def test_review_keys_are_remappable(db: Store) -> None:
    assert {"review.take.1", "review.take.9", "review.stance"} <= set(binding_ids(db.schema))
    app = app_for(db, keymap={"review.take.1": "z", "doc.next": "j,y"})
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter", "1")
        assert "DATE" not in gold_spans(db)
        await press(pilot, "z")
        assert "DATE" in gold_spans(db)
        screen = review(app)
        await press(pilot, "y")
        assert screen.disagreement is not None and screen.disagreement.key == DOC_STANCE


async def test_nothing_to_review_says_so(store: Store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        assert isinstance(app.screen, ReviewQueueScreen)
        assert "nothing to adjudicate" in app.screen.header_text()
    assert store.scalar("SELECT role FROM annotators WHERE name = ?", (GOLD,)) == "gold"


def test_bad_strategy_is_refused(db: Store) -> None:
    with pytest.raises(AnnotateError, match="strategy"):
        create_review_app(db, "lead", strategy="vote")


def test_cli_merges_then_launches_the_review_app(
    db: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from annotate.cli import cli
    from annotate.tui import review as review_module

    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(review_module, "run_review", lambda *a: calls.append(a))
    path = db.path
    db.close()
    result = CliRunner().invoke(cli, ["review", "--db", path, "--adjudicator", "lead",
                                      "--min-annotators", "2", "--strategy", "majority"])
    assert result.exit_code == 0, result.output
    assert "merged into gold" in result.output
    assert calls == [(path, "lead", 2, "majority")]


def test_review_screen_snapshot(db: Store, snap_compare: Any) -> None:
    assert snap_compare(app_for(db), press=["enter", "1"], terminal_size=SIZE)
