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


class KeyPicker(ModalScreen[str | None]):
    """Press one of a few keys to choose; escape cancels. Dismisses with the chosen name.

    Subclasses list their choices as (key, value, shown name, style); labels and stance
    values are picked the same way, so they look and behave the same.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "Cancel", id="picker.cancel"),
    ]

    def __init__(self, schema: Schema, title: str) -> None:
        super().__init__()
        self.schema = schema
        self.title_text = title

    def choices(self) -> list[tuple[str, str, str, str]]:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        text = Text(self.title_text + "\n\n", style="bold")
        for key, _, shown, style in self.choices():
            text.append(f" {key} ", style=style)
            text.append(f" {shown}\n")
        text.append("\nescape: cancel", style="dim")
        with Vertical(classes="picker"):
            yield Static(text)

    def on_key(self, event: events.Key) -> None:
        char = event.character or ""
        choice = next((value for key, value, _, _ in self.choices() if key == char), None)
        if choice is not None:
            event.stop()
            event.prevent_default()
            self.dismiss(choice)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class LabelPicker(KeyPicker):
    """Press a label's key; escape cancels."""

    def choices(self) -> list[tuple[str, str, str, str]]:
        return [(label.key, label.name, label.name, f"bold black on {label.color}")
                for label in self.schema.labels]


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
