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
from textual.widgets import DataTable, Static

from annotate.tui.widgets.keybar import KeyBar
from annotate.tui.widgets.message import MessageLine

Cell = str | Text


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
        self._columns: list[Column] = []
        self._rows: list[tuple[str, dict[str, Cell]]] = []

    def compose(self) -> ComposeResult:
        yield Static(id="queue-header")
        table: DataTable[Cell] = DataTable(id="queue", cursor_type="row", zebra_stripes=True)
        yield table
        yield MessageLine(id="message")
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self.refresh_rows()
        self.table.focus()

    def on_key(self, event: events.Key) -> None:
        self.message.clear()  # a message stays until the next key

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.refresh_rows(keep_cursor=True)

    def on_resize(self, event: events.Resize) -> None:
        if self.fit_columns(event.size.width):
            self.show_rows(keep_cursor=True)

    @property
    def table(self) -> DataTable[Cell]:
        return self.query_one("#queue", DataTable)

    @property
    def message(self) -> MessageLine:
        return self.query_one(MessageLine)

    def say(self, message: str, severity: str = "information", **kwargs: object) -> None:
        self.message.say(message, severity)

    def set_header(self, head: Text) -> None:
        self.query_one("#queue-header", Static).update(head)

    def fit_columns(self, width: int) -> bool:
        """Choose the columns that fit `width`; True when they changed."""
        chosen: list[Column] = []
        used = 0
        for column in sorted(self.COLUMNS, key=lambda c: c.priority):
            need = (column.width or column.width_min) + 2
            if used + need <= width or not chosen:
                chosen.append(column)
                used += need
        order = [c for c in self.COLUMNS if c in chosen]
        spare = max(0, width - used - 2)
        sized = [Column(c.label, c.key, c.width or (c.width_min + spare), c.priority)
                 for c in order]
        if sized == self._columns:
            return False
        self._columns = sized
        table = self.table
        table.clear(columns=True)
        for column in sized:
            table.add_column(column.label, key=column.key, width=column.width)
        return True

    def set_rows(self, rows: list[tuple[str, dict[str, Cell]]], keep_cursor: bool = False,
                 cursor: int | None = None) -> None:
        """Rows as (key, cells by column key); the table shows the columns that fit."""
        self._rows = rows
        if not self._columns:
            self.fit_columns(self.size.width or self.app.size.width)
        self.show_rows(keep_cursor, cursor)

    def show_rows(self, keep_cursor: bool = False, cursor: int | None = None) -> None:
        table = self.table
        row = table.cursor_row if keep_cursor else 0
        table.clear()
        for key, cells in self._rows:
            table.add_row(*(cells.get(c.key, "") for c in self._columns), key=key)
        if self._rows:
            target = cursor if cursor is not None else row
            table.move_cursor(row=max(0, min(target, len(self._rows) - 1)))

    def refresh_rows(self, keep_cursor: bool = False) -> None:
        raise NotImplementedError

    def open_document(self, document_id: int) -> None:
        raise NotImplementedError

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.open_document(int(event.row_key.value))

    def action_open_selected(self) -> None:
        table = self.table
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            if key is not None:
                self.open_document(int(key))

    def action_quit_app(self) -> None:
        self.app.exit()
