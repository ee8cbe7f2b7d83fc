"""`python -m annotate.tui.screenshots docs/`: the README's screenshots, made by the app.

Builds a temporary database from corpora/sample (spaCy suggestions when a model is
installed, else the demo regex suggester), drives the app with Textual's Pilot, and saves
the queue, a document, the help and a review as SVG, so the pictures never drift from the code.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from annotate.adjudicate import merge_agreed
from annotate.store import Annotations, Store
from annotate.tui.app import create_app
from annotate.tui.demo import build_demo
from annotate.tui.review import create_review_app

SIZE = (150, 44)
SHOTS = [
    ("queue.svg", []),
    ("document.svg", ["enter", "a", "tab", "tab"]),
    ("help.svg", ["question_mark"]),
]


async def _shoot(db: Path, out: Path) -> list[Path]:
    app = create_app(db, "alice", keymap={})
    saved: list[Path] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for name, keys in SHOTS:
            if keys:
                await pilot.press(*keys)
            await pilot.pause(0.3)  # let notifications and scrolling settle
            saved.append(Path(app.save_screenshot(name, str(out))))
    return saved


def _two_annotators(store: Store, document_id: int) -> None:
    """Two annotators who mostly took the suggestions, and differ where reviews do."""
    for name, skip, stance in (("alice", 3, "against"), ("bob", 4, "neutral")):
        me = Annotations(store, name)
        for i, row in enumerate(me.open_suggestions(document_id)):
            if row["label"] == "SPEAKER":
                continue  # speakers come along with their quotes
            if i % skip == 1:
                me.reject(row["id"])
            else:
                me.accept(row["id"], **({"stance": stance} if row["label"] == "QUOTE" else {}))
        me.set_document_stance(document_id, stance)
        me.set_status(document_id, "done")


async def _shoot_review(db: Path, out: Path) -> Path:
    store = Store(db)
    _two_annotators(store, 2)
    merge_agreed(store, "lead")
    app = create_review_app(store, "lead", keymap={})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause(0.3)
        path = Path(app.save_screenshot("review.svg", str(out)))
    store.close()
    return path


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "screenshots.db"
        store = build_demo(db, model=True)
        models = [r[0] for r in store.all("SELECT DISTINCT model FROM suggestions")]
        store.close()
        print(f"suggestions by: {', '.join(models)}")
        for path in asyncio.run(_shoot(db, out)):
            print(f"✔ {path}")
        print(f"✔ {asyncio.run(_shoot_review(db, out))}")


if __name__ == "__main__":
    main()
