"""`annotate review`: the adjudication app, the annotating app pointed at the gold layer.

`annotate review` has already merged what the annotators agree on into gold (`merge_agreed`);
this app lists the documents that still have disagreements and opens each on a review
screen. The review app is an `AnnotateApp` whose `annotations` is the gold layer, so the
document screen's editing keys (edit, relabel, delete, new span, speaker, stance, undo) work
on gold unchanged; taking a version goes through `annotate.adjudicate.take`. Annotators'
rows are only ever read.
"""

from __future__ import annotations

import getpass
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from textual import events

from annotate.adjudicate import GOLD, STRATEGIES, disagreements, review_documents
from annotate.errors import AnnotateError
from annotate.store import Annotations, Store
from annotate.store.documents import get_document
from annotate.tui.app import AnnotateApp, build_app
from annotate.tui.screens.pickers import Handler, KeyPicker, key_picker_class
from annotate.tui.screens.review import review_screen_class
from annotate.tui.screens.review_queue import ReviewQueueScreen
from annotate.tui.screens.review_stance import stance_choices


class GoldLayer(Annotations):
    """Gold as the document screen edits it: gold's spans only, no model suggestions.

    Suggestions belong to annotating; in review they would only hide the gold layer (and
    accepting one would add a span nobody annotated), so gold never has open suggestions.
    """

    def __init__(self, store: Store, adjudicator: str) -> None:
        super().__init__(store, GOLD, role="gold", actor=adjudicator)

    def open_suggestions(self, document_id: int) -> list[sqlite3.Row]:
        return []


@dataclass(frozen=True)
class ReviewRow:
    """One line of the review list."""

    document_id: int
    title: str
    open: int
    total: int
    status: str


def review_rows(store: Store, gold: Annotations, min_annotators: int,
                strategy: str) -> list[ReviewRow]:
    """Documents up for review that have disagreements (open or settled), in id order."""
    rows = []
    for doc in review_documents(store, min_annotators):
        found = disagreements(store, doc, min_annotators, strategy)
        if not found:
            continue
        document = get_document(store, doc)
        rows.append(ReviewRow(doc, "" if document is None else document.title,
                              sum(not d.resolved for d in found), len(found),
                              str(gold.status(doc)["status"])))
    return rows


class ReviewApp(AnnotateApp):
    """List of documents first; enter opens the review screen, q goes back, q again quits."""

    TITLE = "annotate review"

    def __init__(self, store: Store, adjudicator: str, min_annotators: int = 2,
                 strategy: str = "unanimous", keymap: dict[str, str] | None = None, *,
                 flush_every: float = 5.0, close_store: bool = False) -> None:
        super().__init__(store, GOLD, keymap, flush_every=flush_every,
                         close_store=close_store, annotations=GoldLayer(store, adjudicator))
        self.adjudicator = adjudicator
        self.min_annotators = min_annotators
        self.strategy = strategy
        self.document_screen_type = review_screen_class(store.schema)
        self.sub_title = f"review by {adjudicator} · {strategy} · {store.schema.name}"
        self.document_ids: list[int] = []

    def on_mount(self, event: events.Mount) -> None:
        # Textual also runs the base class's handler (which pushes the annotating queue)
        # unless the default is prevented.
        event.prevent_default()
        self.start()
        self.show_screens(ReviewQueueScreen)

    def rows(self) -> list[ReviewRow]:
        """Fresh counts; also remembers the documents `]` and `[` walk through."""
        rows = review_rows(self.store, self.annotations, self.min_annotators, self.strategy)
        self.document_ids = [r.document_id for r in rows]
        return rows

    def ask_stance(self, title: str, handler: Handler) -> None:
        choices = stance_choices(self.schema)
        picker: KeyPicker = self.reused(
            "stance-picker", lambda: key_picker_class("StancePicker", choices)())
        picker.ask(title, choices, handler)


def create_review_app(
    db: Store | str | Path, adjudicator: str | None = None, min_annotators: int = 2,
    strategy: str = "unanimous", *, keys: Path | None = None,
    keymap: dict[str, str] | None = None, schema: Path | None = None,
    flush_every: float = 5.0,
) -> ReviewApp:
    """Build the review app on a database path or an open `Store` (tests pass theirs).

    Does not merge: `annotate review` runs `merge_agreed` before it opens the app.
    """
    if strategy not in STRATEGIES:
        raise AnnotateError(f"strategy {strategy!r} is not one of {', '.join(STRATEGIES)}")
    if min_annotators < 1:
        raise AnnotateError(f"--min-annotators must be at least 1, got {min_annotators}")
    return build_app(
        lambda store, loaded, owns: ReviewApp(
            store, adjudicator or getpass.getuser(), min_annotators, strategy, loaded,
            flush_every=flush_every, close_store=owns),
        db, schema=schema, keys=keys, keymap=keymap,
    )


def run_review(db_path: str | Path, adjudicator: str, min_annotators: int = 2,
               strategy: str = "unanimous") -> None:
    """Entry point of `annotate review` once the agreed annotations are merged."""
    create_review_app(db_path, adjudicator, min_annotators, strategy).run()
