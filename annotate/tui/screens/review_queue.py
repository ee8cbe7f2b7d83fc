"""The review list: documents with disagreements, how many are still open, gold's status.

Counts are recomputed whenever the list comes back into view, so taking versions on the
review screen shows up here at once. The cursor starts on the first document with open
disagreements: that is where the adjudicator's work is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.binding import BindingType

from annotate.tui.bindings import QUEUE_BINDINGS
from annotate.tui.screens.doc_list import Column, DocumentListScreen
from annotate.tui.screens.queue import STATUS_STYLE, STATUS_TEXT

if TYPE_CHECKING:
    from annotate.tui.review import ReviewApp

# The queue's own ids, so a remapped open / help / quit works here too.
REVIEW_QUEUE_IDS = ("queue.open", "queue.help", "queue.quit")


class ReviewQueueScreen(DocumentListScreen):
    BINDINGS: ClassVar[list[BindingType]] = [b for b in QUEUE_BINDINGS
                                             if b.id in REVIEW_QUEUE_IDS]
    COLUMNS: ClassVar[list[Column]] = [
        Column("#", "id", 6, 0), Column("gold", "status", 11, 1), Column("open", "open", 5, 2),
        Column("of", "total", 5, 4), Column("title", "title", 0, 3, 24)]

    @property
    def review_app(self) -> ReviewApp:
        return cast("ReviewApp", self.app)

    def refresh_rows(self, keep_cursor: bool = False) -> None:
        app = self.review_app
        rows = app.rows()
        first_open = next((i for i, r in enumerate(rows) if r.open), 0)
        self.set_rows([
            (str(row.document_id), {
                "id": Text(str(row.document_id)),
                "status": Text(STATUS_TEXT[row.status], style=STATUS_STYLE[row.status]),
                "open": Text(str(row.open), style="bold red") if row.open
                else Text("·", style="dim"),
                "total": Text(str(row.total)),
                "title": Text(row.title or "(untitled)", no_wrap=True, overflow="ellipsis"),
            }) for row in rows], keep_cursor, None if keep_cursor else first_open)
        head = Text(no_wrap=True, overflow="ellipsis")
        head.append(" review · ", style="bold reverse")
        head.append(f"{app.adjudicator} ", style="bold reverse")
        still_open = sum(r.open for r in rows)
        head.append(f"  {still_open} open of {sum(r.total for r in rows)} disagreements in "
                    f"{len(rows)} documents", style="bold green" if not still_open else "bold")
        head.append(f"\n strategy {app.strategy} · documents done by ≥{app.min_annotators} "
                    "annotators · agreed annotations are already in gold", style="dim")
        if not rows:
            head.append(" · nothing to adjudicate", style="bold")
        self.set_header(head)

    # -- actions ------------------------------------------------------------------------------

    def open_document(self, document_id: int) -> None:
        self.review_app.open_document(document_id)

    def action_help(self) -> None:
        from annotate.tui.screens.review_help import ReviewHelpScreen

        self.app.push_screen(ReviewHelpScreen())
