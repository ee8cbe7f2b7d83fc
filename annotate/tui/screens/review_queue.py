"""The review list: documents with disagreements, how many are still open, gold's status.

Counts are recomputed whenever the list comes back into view, so taking versions on the
review screen shows up here at once. The cursor starts on the first document with open
disagreements: that is where the adjudicator's work is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from annotate.tui.bindings import QUEUE_BINDINGS
from annotate.tui.screens.queue import STATUS_STYLE, STATUS_TEXT

if TYPE_CHECKING:
    from annotate.tui.review import ReviewApp

# The queue's own ids, so a remapped open / help / quit works here too.
REVIEW_QUEUE_IDS = ("queue.open", "queue.help", "queue.quit")


class ReviewQueueScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [b for b in QUEUE_BINDINGS
                                             if b.id in REVIEW_QUEUE_IDS]

    @property
    def review_app(self) -> ReviewApp:
        return cast("ReviewApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static(id="queue-header")
        table: DataTable[str | Text] = DataTable(id="queue", cursor_type="row", zebra_stripes=True)
        yield table
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#queue", DataTable)
        table.add_column("#", key="id", width=5)
        table.add_column("gold", key="status", width=11)
        table.add_column("open", key="open", width=5)
        table.add_column("of", key="total", width=5)
        table.add_column("title", key="title", width=70)
        self.refresh_rows()
        table.focus()

    def on_screen_resume(self) -> None:
        self.refresh_rows(keep_cursor=True)

    def refresh_rows(self, keep_cursor: bool = False) -> None:
        app = self.review_app
        rows = app.rows()
        table = self.query_one("#queue", DataTable)
        keep = table.cursor_row if keep_cursor else None
        table.clear()
        for row in rows:
            table.add_row(
                str(row.document_id),
                Text(STATUS_TEXT[row.status], style=STATUS_STYLE[row.status]),
                Text(str(row.open), style="bold red") if row.open else Text("·", style="dim"),
                str(row.total), row.title or "(untitled)", key=str(row.document_id))
        if rows:
            first_open = next((i for i, r in enumerate(rows) if r.open), 0)
            table.move_cursor(row=min(keep, len(rows) - 1) if keep is not None else first_open)
        head = Text()
        head.append(f" review · {app.adjudicator} ", style="bold reverse")
        still_open = sum(r.open for r in rows)
        head.append(f"  {still_open} open of {sum(r.total for r in rows)} disagreements in "
                    f"{len(rows)} documents", style="bold green" if not still_open else "bold")
        head.append(f"\n strategy {app.strategy} · documents done by ≥{app.min_annotators} "
                    "annotators · agreed annotations are already in gold", style="dim")
        if not rows:
            head.append(" · nothing to adjudicate", style="bold")
        self.query_one("#queue-header", Static).update(head)

    # -- actions ------------------------------------------------------------------------------

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.review_app.open_document(int(event.row_key.value))

    def action_open_selected(self) -> None:
        table = self.query_one("#queue", DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            if key is not None:
                self.review_app.open_document(int(key))

    def action_help(self) -> None:
        from annotate.tui.screens.review_help import ReviewHelpScreen

        self.app.push_screen(ReviewHelpScreen())

    def action_quit_app(self) -> None:
        self.app.exit()
