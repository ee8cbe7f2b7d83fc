"""A header over a table of documents, enter opens one: what the queue and review list share.

Subclasses name their columns, fill the rows (`refresh_rows`) and say what opening a
document means (`open_document`); the table, the cursor and the keys behave the same in both.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static


class DocumentListScreen(Screen[None]):
    COLUMNS: ClassVar[list[tuple[str, str, int]]] = []  # (label, key, width)

    def compose(self) -> ComposeResult:
        yield Static(id="queue-header")
        table: DataTable[str | Text] = DataTable(id="queue", cursor_type="row", zebra_stripes=True)
        yield table
        yield Footer()

    def on_mount(self) -> None:
        table = self.table
        for label, key, width in self.COLUMNS:
            table.add_column(label, key=key, width=width)
        self.refresh_rows()
        table.focus()

    def on_screen_resume(self) -> None:
        self.refresh_rows(keep_cursor=True)

    @property
    def table(self) -> DataTable[str | Text]:
        return self.query_one("#queue", DataTable)

    def set_header(self, head: Text) -> None:
        self.query_one("#queue-header", Static).update(head)

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
