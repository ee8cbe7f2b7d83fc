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
