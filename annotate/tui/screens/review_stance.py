"""`t` in review: set gold's quote stance with the schema's stance keys.

On the review screen the number keys take annotators' versions, so the quote-stance keys
(the same digits when annotating) are asked for in this small modal instead.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from annotate.schema import Schema

NO_STANCE = ""


class StancePicker(ModalScreen[str | None]):
    """Press a stance key (or 0 for no stance); escape cancels. Dismisses with the name."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "Cancel", id="picker.cancel"),
    ]

    def __init__(self, schema: Schema, title: str) -> None:
        super().__init__()
        self.schema = schema
        self.title_text = title

    def compose(self) -> ComposeResult:
        text = Text(self.title_text + "\n\n", style="bold")
        for value in self.schema.stance.values:
            text.append(f" {value.key} ", style="bold black on cyan")
            text.append(f" {value.name}\n")
        text.append(" 0 ", style="bold black on white")
        text.append(" no stance\n")
        text.append("\nescape: cancel", style="dim")
        with Vertical(classes="picker"):
            yield Static(text)

    def on_key(self, event: events.Key) -> None:
        char = event.character or ""
        choice = next((v.name for v in self.schema.stance.values if v.key == char), None)
        if choice is None and char == "0":
            choice = NO_STANCE
        if choice is not None:
            event.stop()
            event.prevent_default()
            self.dismiss(choice)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
