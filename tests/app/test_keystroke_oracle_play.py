"""The keystroke oracle's plans, played through the real app, make the spans it planned."""

from __future__ import annotations

import pytest

from annotate.store import Store
from annotate.store.documents import insert_document
from annotate.tui.app import create_app
from bench.keystrokes import SIZE, Player
from tests.unit.test_keystroke_oracle import TEXT

pytestmark = pytest.mark.anyio


async def test_oracle_reaches_quotes_and_speakers_without_suggestions(store: Store) -> None:
    with store.write() as conn:  # one document per run: each starts from nothing
        docs = [insert_document(conn, hash=f"oracle{i}", text=TEXT, title="t")[0]
                for i in range(2)]
    said = TEXT.index("Ada Lind")
    quotes = [
        {"start": TEXT.index("We will"), "end": TEXT.index(',"'),
         "speaker_start": said, "speaker_end": said + 8},
        {"start": TEXT.index("the bridge would"), "end": TEXT.index("too much") + 8,
         "speaker_start": TEXT.index("Critics"), "speaker_end": TEXT.index("Critics") + 7},
    ]
    app = create_app(store, "oracle", keymap={})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for exact, doc_id in zip((False, True), docs, strict=True):
            player = Player(app, pilot, exact)
            tally = await player.play({"name": "t", "text": TEXT, "quotes": quotes},
                                      doc_id)
            assert tally.failed == [] and tally.reached == tally.gold == 2
            assert 0 < tally.total < 40
    spans = store.all('SELECT label, start, "end" FROM spans WHERE document_id = ?',
                      (docs[1],))
    assert ("QUOTE", quotes[0]["start"], quotes[0]["end"]) in \
        [(s["label"], s["start"], s["end"]) for s in spans]
    assert ("SPEAKER", said, said + 8) in [(s["label"], s["start"], s["end"]) for s in spans]
    assert store.scalar("SELECT COUNT(*) FROM relations WHERE document_id = ?", (docs[1],)) == 2


async def test_oracle_rejects_the_wrong_and_accepts_the_rest_with_one_key(store: Store) -> None:
    from tests.conftest import TEXT as NEWS
    from tests.conftest import add_doc, add_suggestions

    right, wrong = add_doc(store, NEWS), add_doc(store, NEWS + " ")
    add_suggestions(store, right)
    add_suggestions(store, wrong)  # same suggestions; its gold quote is another one
    said = NEWS.index("Stoltenberg")
    ok = {"start": NEWS.index("We stand"), "end": NEWS.index(',"'),
          "speaker_start": said, "speaker_end": said + 11}
    other = {"start": 0, "end": NEWS.index(".")}  # "NATO will help": not suggested
    app = create_app(store, "oracle", keymap={})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        tally = await Player(app, pilot, False).play(
            {"name": "right", "text": NEWS, "quotes": [ok]}, right)
        # the suggestion is right: left open, then `A` (the DATE comes along with it)
        assert (tally.reached, tally.failed, dict(tally.steps)) == (1, [], {"accept all": 1})
        tally = await Player(app, pilot, False).play(
            {"name": "wrong", "text": NEWS + " ", "quotes": [other]}, wrong)
        assert tally.reached == 1 and tally.failed == []
        assert tally.steps["reject"] == 1 and tally.steps["new"] > 1
        assert "accept all" not in tally.steps  # only the DATE was left: date work
    ann = app.annotations
    assert ann.open_suggestions(right) == [] and ann.open_suggestions(wrong) == []
    assert {s.label for s in ann.spans(right)} == {"QUOTE", "SPEAKER", "DATE"}
    assert ann.decisions(wrong)[store.scalar(
        "SELECT id FROM suggestions WHERE document_id = ? AND label = 'QUOTE'", (wrong,))] \
        == "rejected"
