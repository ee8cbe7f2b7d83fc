"""Small modal screens that ask one question: which label, which speaker.

The label picker reads the schema's label keys in `on_key`, so label keys may reuse keys the
document screen binds (q is QUOTE here, quit there), as the schema's RESERVED_KEYS allows.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from annotate.schema import Schema
from annotate.tui.model import Item

NEW_SPEAKER = "new"
NO_SPEAKER = "none"


class LabelPicker(ModalScreen[str | None]):
    """Press a label's key; escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "Cancel", id="picker.cancel"),
    ]

    def __init__(self, schema: Schema, title: str) -> None:
        super().__init__()
        self.schema = schema
        self.title_text = title

    def compose(self) -> ComposeResult:
        text = Text(self.title_text + "\n\n", style="bold")
        for label in self.schema.labels:
            text.append(f" {label.key} ", style=f"bold black on {label.color}")
            text.append(f" {label.name}\n")
        text.append("\nescape: cancel", style="dim")
        with Vertical(classes="picker"):
            yield Static(text)

    def on_key(self, event: events.Key) -> None:
        label = self.schema.label_for_key(event.character or "")
        if label is not None:
            event.stop()
            event.prevent_default()
            self.dismiss(label.name)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class SpeakerPicker(ModalScreen[Any]):
    """Choose the quote's speaker among the document's SPEAKER spans, nearest first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "Cancel", id="picker.cancel"),
    ]

    def __init__(self, choices: list[Item], current: Item | None) -> None:
        super().__init__()
        self.choices = choices
        self.current = current

    def compose(self) -> ComposeResult:
        options: list[Option] = []
        for item in self.choices:
            name = item.canonical or item.text
            label = Text(f"{item.text}", style="bold")
            if item.canonical and item.canonical != item.text:
                label.append(f"  ({name})")
            label.append("  suggested" if item.is_suggestion else "  accepted", style="dim")
            if self.current is not None and item.key == self.current.key:
                label.append("  ← current", style="green")
            options.append(Option(label, id=f"{item.kind}:{item.id}"))
        options.append(Option(Text("+ mark a new speaker in the text", style="cyan"),
                              id=NEW_SPEAKER))
        options.append(Option(Text("∅ no speaker", style="dim"), id=NO_SPEAKER))
        with Vertical(classes="picker"):
            yield Static(Text("Speaker of the quote (enter to choose, escape to cancel)",
                              style="bold"))
            yield OptionList(*options, id="speakers")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        choice = event.option.id or NO_SPEAKER
        if ":" in choice:
            kind, ident = choice.split(":")
            self.dismiss((kind, int(ident)))
        else:
            self.dismiss(choice)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
