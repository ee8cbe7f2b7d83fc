"""The queue: the annotator's documents a page at a time, filterable by status and flags.

A page goes into the table, never the whole queue; pages are read by key (`id > after`,
never OFFSET) and the counts in the header are the ones the store maintains, so the queue of
a million documents opens and pages as fast as one of ten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import events
from textual.binding import BindingType

from annotate.store.tui_reads import flagged_count
from annotate.store.views import QueueItem, queue_page, status_counts
from annotate.tui.bindings import QUEUE_BINDINGS
from annotate.tui.flag_kinds import FLAG_MARK
from annotate.tui.screens.doc_list import Cell, Column, DocumentListScreen
from annotate.tui.widgets.doc_table import DocTable
from annotate.tui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from annotate.tui.app import AnnotateApp

FILTERS: list[str | None] = [None, "todo", "in_progress", "done", "skipped"]
PAGE_SIZE = 100  # at most; a page is as many rows as the screen shows
STATUS_STYLE = {"todo": "white", "in_progress": "yellow", "done": "green", "skipped": "dim"}
STATUS_TEXT = {"todo": "todo", "in_progress": "in progress", "done": "done", "skipped": "skipped"}


def queue_cells(item: QueueItem) -> dict[str, Cell]:
    return {
        "id": Text(str(item.id)),
        "status": Text(STATUS_TEXT[item.status], style=STATUS_STYLE[item.status]),
        "title": Text(item.title or "(untitled)", no_wrap=True, overflow="ellipsis"),
        "date": Text(item.published or ""),
        "open": Text(str(item.open_suggestions) if item.open_suggestions else "·"),
        "spans": Text(str(item.annotations) if item.annotations else "·"),
        "flags": Text(f"{FLAG_MARK}{item.flags}", style="bold red") if item.flags
        else Text("·"),
    }


class QueueScreen(DocumentListScreen):
    BINDINGS: ClassVar[list[BindingType]] = list(QUEUE_BINDINGS)
    COLUMNS: ClassVar[list[Column]] = [
        Column("#", "id", 6, 0), Column("status", "status", 11, 1),
        Column("title", "title", 0, 2, 24), Column("date", "date", 10, 5),
        Column("open", "open", 5, 3), Column("flag", "flags", 4, 4),
        Column("spans", "spans", 5, 6)]

    def __init__(self) -> None:
        super().__init__()
        self.status: str | None = None
        self.flagged = False           # only the documents the annotator flagged
        self.page = 0
        self.starts: list[int] = [0]   # the `after` of each page seen, for going back
        self.rows: list[QueueItem] = []
        self._fetched = 0

    @property
    def annotate_app(self) -> AnnotateApp:
        return cast("AnnotateApp", self.app)

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(KeyBar).show([
            (self.app.get_key_display(b.with_key(self.annotate_app.keys.get(
                b.id or "", b.key).split(",")[0])), b.description)
            for b in QUEUE_BINDINGS])

    def refresh_rows(self, keep_cursor: bool = False, cursor: int | None = None) -> None:
        app = self.annotate_app
        annotator_id = app.annotations.annotator_id
        counts = status_counts(app.store, annotator_id)
        if self.flagged:
            total = flagged_count(app.store, annotator_id, self.status)
        else:
            total = sum(counts.values()) if self.status is None else counts.get(self.status, 0)
        rows = queue_page(app.store, annotator_id, self.status, self.starts[self.page],
                          self.page_size, flagged=self.flagged)
        self.rows, self._fetched = rows, self.page_size
        self.set_rows([(str(r.id), queue_cells(r)) for r in rows], keep_cursor, cursor)
        self._header(counts, total)

    @property
    def page_size(self) -> int:
        return min(PAGE_SIZE, self.table.page_rows)

    def on_resize(self, event: events.Resize) -> None:
        super().on_resize(event)
        self.call_after_refresh(self._follow_height)

    def _follow_height(self) -> None:
        """A page is what fits: read it again when the table's height changed."""
        if self.is_mounted and self._fetched != self.page_size:
            self.refresh_rows(keep_cursor=True)

    def on_doc_table_edge(self, event: DocTable.Edge) -> None:
        """Past the last row: the next page, cursor on its first row (and back)."""
        self.action_page(event.step, cursor=0 if event.step > 0 else self.page_size - 1)

    def _header(self, counts: dict[str, int], shown: int) -> None:
        app = self.annotate_app
        total = sum(counts.values())
        done = counts["done"]
        percent = 100 * done // total if total else 0
        pages = max(1, -(-shown // self.page_size))
        head = Text(no_wrap=True, overflow="ellipsis")
        head.append(f" {app.annotations.annotator} ", style="bold reverse")
        head.append(f"  progress {done}/{total} done ({percent}%)", style="bold green")
        head.append(f" · {counts['in_progress']} in progress · {counts['skipped']} skipped"
                    f" · {counts['todo']} todo")
        label = STATUS_TEXT.get(self.status or "", "all")
        if self.flagged:
            label += f" · flagged {FLAG_MARK}"
        head.append(f"\n filter: {label} ({shown}) · page {self.page + 1}/{pages}", style="dim")
        self.set_header(head)

    # -- actions ------------------------------------------------------------------------------

    def open_document(self, document_id: int) -> None:
        self.annotate_app.open_document(document_id, self.status, self.flagged)

    def action_cycle_filter(self) -> None:
        self.status = FILTERS[(FILTERS.index(self.status) + 1) % len(FILTERS)]
        self.page, self.starts = 0, [0]
        self.refresh_rows()

    def action_toggle_flagged(self) -> None:
        """Only the flagged documents (with the status filter too), or all again."""
        self.flagged = not self.flagged
        self.page, self.starts = 0, [0]
        self.refresh_rows()

    def action_page(self, step: int, cursor: int | None = None) -> None:
        if step > 0:
            app = self.annotate_app
            if not self.rows or not queue_page(app.store, app.annotations.annotator_id,
                                               self.status, self.rows[-1].id, 1,
                                               flagged=self.flagged):
                self.say("This is the last page.", "warning")
                return
            del self.starts[self.page + 1:]
            self.starts.append(self.rows[-1].id)
            self.page += 1
        elif self.page > 0:
            self.page -= 1
        else:
            self.say("This is the first page.", "warning")
            return
        self.refresh_rows(cursor=cursor)

    def action_help(self) -> None:
        from annotate.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_progress(self) -> None:
        """The lead's dashboard (leads only: it shows everyone's figures)."""
        from annotate.store.team import role_of
        from annotate.tui.screens.lead import LeadScreen

        app = self.annotate_app
        if role_of(app.store, app.annotations.annotator) != "lead":
            self.say("The progress dashboard is for leads (`annotate team add NAME "
                     "--role lead`).", "warning")
            return
        self.app.push_screen(LeadScreen())
