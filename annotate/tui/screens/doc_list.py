"""A header over a table of documents, enter opens one: what the queue and review list share.

Subclasses name their columns, fill the rows (`refresh_rows`) and say what opening a
document means (`open_document`); the table, the cursor and the keys behave the same in both.
Columns have a priority: on a narrow terminal the least important are dropped and the title
takes the room that is left, so at 80 columns status, title and open counts stay visible.
Every cell is a `Text`: a title like "[/b]" shows as typed instead of being read as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.screen import Screen

from annotate.tui.widgets.blocks import BlockView
from annotate.tui.widgets.doc_table import Cell, DocTable, TableColumn
from annotate.tui.widgets.keybar import KeyBar
from annotate.tui.widgets.message import MessageLine

__all__ = ["Cell", "Column", "DocumentListScreen"]


@dataclass(frozen=True)
class Column:
    label: str
    key: str
    width: int          # 0: takes what is left (at least `width_min`)
    priority: int       # lower is kept first
    width_min: int = 20


class DocumentListScreen(Screen[None]):
    COLUMNS: ClassVar[list[Column]] = []

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, dict[str, Cell]]] = []

    def compose(self) -> ComposeResult:
        yield BlockView(id="queue-header")
        yield DocTable(id="queue")
        yield MessageLine(id="message")
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self.fit_columns(self.app.size.width)
        self.refresh_rows()
        self.table.focus()

    def on_key(self, event: events.Key) -> None:
        self.message.clear()  # a message stays until the next key

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.refresh_rows(keep_cursor=True)

    def on_resize(self, event: events.Resize) -> None:
        self.fit_columns(event.size.width)

    @property
    def table(self) -> DocTable:
        return self.query_one("#queue", DocTable)

    @property
    def message(self) -> MessageLine:
        return self.query_one(MessageLine)

    def say(self, message: str, severity: str = "information", **kwargs: object) -> None:
        self.message.say(message, severity)

    def set_header(self, head: Text) -> None:
        self.query_one("#queue-header", BlockView).set_text(head)

    def header_text(self) -> str:
        return self.query_one("#queue-header", BlockView).plain

    def fit_columns(self, width: int) -> None:
        """Show the columns that fit `width`, by priority; the title takes the rest."""
        chosen: list[Column] = []
        used = 0
        for column in sorted(self.COLUMNS, key=lambda c: c.priority):
            need = (column.width or column.width_min) + 2
            if used + need <= width or not chosen:
                chosen.append(column)
                used += need
        spare = max(0, width - used - 1)
        self.table.set_columns([TableColumn(c.key, c.label, c.width or (c.width_min + spare))
                                for c in self.COLUMNS if c in chosen])

    def set_rows(self, rows: list[tuple[str, dict[str, Cell]]], keep_cursor: bool = False,
                 cursor: int | None = None) -> None:
        """Rows as (key, cells by column key); the table shows the columns that fit."""
        self._rows = rows
        table = self.table
        target = cursor if cursor is not None else (table.cursor if keep_cursor else 0)
        table.set_rows(rows, target)

    def refresh_rows(self, keep_cursor: bool = False) -> None:
        raise NotImplementedError

    def open_document(self, document_id: int) -> None:
        raise NotImplementedError

    def on_doc_table_chosen(self, event: DocTable.Chosen) -> None:
        self.open_document(int(event.key))

    def action_open_selected(self) -> None:
        key = self.table.cursor_key
        if key is not None:
            self.open_document(int(key))

    def action_quit_app(self) -> None:
        self.app.exit()
