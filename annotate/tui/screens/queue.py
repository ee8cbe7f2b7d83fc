"""The queue: the annotator's documents a page at a time, filterable by status.

A page (not all 10,000 rows) goes into the DataTable, so opening and refreshing the queue
stays instant on big databases; `]` / `[` turn pages. Progress is always in the header.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.binding import BindingType

from annotate.store.views import queue_count, queue_page, status_counts
from annotate.tui.bindings import QUEUE_BINDINGS
from annotate.tui.screens.doc_list import DocumentListScreen

if TYPE_CHECKING:
    from annotate.tui.app import AnnotateApp

FILTERS: list[str | None] = [None, "todo", "in_progress", "done", "skipped"]
PAGE_SIZE = 200
STATUS_STYLE = {"todo": "white", "in_progress": "yellow", "done": "green", "skipped": "dim"}
STATUS_TEXT = {"todo": "todo", "in_progress": "in progress", "done": "done", "skipped": "skipped"}


class QueueScreen(DocumentListScreen):
    BINDINGS: ClassVar[list[BindingType]] = list(QUEUE_BINDINGS)
    COLUMNS: ClassVar[list[tuple[str, str, int]]] = [
        ("#", "id", 5), ("status", "status", 11), ("title", "title", 60), ("date", "date", 10),
        ("open", "open", 5), ("spans", "spans", 5)]

    def __init__(self) -> None:
        super().__init__()
        self.status: str | None = None
        self.page = 0
        self.pages = 1

    @property
    def annotate_app(self) -> AnnotateApp:
        return cast("AnnotateApp", self.app)

    def refresh_rows(self, keep_cursor: bool = False) -> None:
        app = self.annotate_app
        annotator_id = app.annotations.annotator_id
        total = queue_count(app.store, annotator_id, self.status)
        self.pages = max(1, -(-total // PAGE_SIZE))
        self.page = min(self.page, self.pages - 1)
        rows = queue_page(app.store, annotator_id, self.status, self.page * PAGE_SIZE, PAGE_SIZE)
        table = self.table
        row = table.cursor_row if keep_cursor else 0
        table.clear()
        for item in rows:
            table.add_row(
                str(item.id),
                Text(STATUS_TEXT[item.status], style=STATUS_STYLE[item.status]),
                item.title or "(untitled)",
                item.published or "",
                str(item.open_suggestions) if item.open_suggestions else "·",
                str(item.annotations) if item.annotations else "·",
                key=str(item.id),
            )
        if rows:
            table.move_cursor(row=min(row, len(rows) - 1))
        self._header(total)

    def _header(self, shown: int) -> None:
        app = self.annotate_app
        counts = status_counts(app.store, app.annotations.annotator_id)
        total = sum(counts.values())
        done = counts["done"]
        percent = 100 * done // total if total else 0
        head = Text()
        head.append(f" {app.annotations.annotator} ", style="bold reverse")
        head.append(f"  progress {done}/{total} done ({percent}%)", style="bold green")
        head.append(f" · {counts['in_progress']} in progress · {counts['skipped']} skipped"
                    f" · {counts['todo']} todo")
        label = STATUS_TEXT.get(self.status or "", "all")
        head.append(f"\n filter: {label} ({shown}) · page {self.page + 1}/{self.pages}",
                    style="dim")
        self.set_header(head)

    # -- actions ------------------------------------------------------------------------------

    def open_document(self, document_id: int) -> None:
        self.annotate_app.open_document(document_id, self.status)

    def action_cycle_filter(self) -> None:
        self.status = FILTERS[(FILTERS.index(self.status) + 1) % len(FILTERS)]
        self.page = 0
        self.refresh_rows()

    def action_page(self, step: int) -> None:
        page = max(0, min(self.page + step, self.pages - 1))
        if page != self.page:
            self.page = page
            self.refresh_rows()

    def action_help(self) -> None:
        from annotate.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_progress(self) -> None:
        """The lead's dashboard (leads only: it shows everyone's figures)."""
        from annotate.store.team import role_of
        from annotate.tui.screens.lead import LeadScreen

        app = self.annotate_app
        if role_of(app.store, app.annotations.annotator) != "lead":
            self.notify("The progress dashboard is for leads (`annotate team add NAME "
                        "--role lead`).", severity="warning")
            return
        self.app.push_screen(LeadScreen())
