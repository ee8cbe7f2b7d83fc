"""Small modal screens that ask one question: which label, which speaker, which value.

Each is built once per app and reused (`AnnotateApp.picker`): nothing to compose when it
opens, and its input already has the focus, so a key typed right after the one that opened
it lands in it. Their keys are priority bindings, checked in typing order when the app
reads the key, and a choice is handed to the screen that asked *before* the next key is
read: `l c j` relabels, then moves on. Everything shown is `Text`, never markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from annotate.schema import Schema

NEW_SPEAKER = "new"
NO_SPEAKER = "none"
# A handler gets the choice; it returns a message to keep the picker open (a refused value).
Handler = Callable[[Any], "str | None"]


class Picker(ModalScreen[None]):
    """A reusable modal: `ask(...)` configures and shows it; a choice goes to `handler`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="picker.cancel", priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.handler: Handler | None = None

    def open(self, handler: Handler) -> None:
        self.handler = handler
        self.app.push_screen(self)

    def choose(self, value: Any) -> None:
        """Hand the choice over (the screen below acts at once), then close, unless the
        handler refused the value: then stay, saying why."""
        handler = self.handler
        refused = handler(value) if handler is not None and value is not None else None
        if refused:
            self.refuse(refused)
            return
        self.handler = None
        if self.app.screen is self:
            self.app.pop_screen()

    def refuse(self, message: str) -> None:
        self.app.bell()

    def action_cancel(self) -> None:
        self.choose(None)


@dataclass(frozen=True)
class KeyChoice:
    key: str
    value: str
    shown: str
    style: str


class KeyPicker(Picker):
    """Press one of a few keys to choose; escape cancels. Subclasses bind the keys.

    A subclass may bind more keys than one question offers (the flag picker binds a key per
    removable flag): keys whose value `ask` did not offer are ignored with a bell.
    """

    def __init__(self) -> None:
        super().__init__()
        self.offered: set[str] = set()

    def compose(self) -> ComposeResult:
        with Vertical(classes="picker"):
            yield Static(id="picker-body")

    def ask(self, title: str, choices: list[KeyChoice], handler: Handler) -> None:
        text = Text(title + "\n\n", style="bold")
        for choice in choices:
            text.append(f" {choice.key} ", style=choice.style)
            text.append(f" {choice.shown}\n")
        text.append("\nescape: cancel", style="dim")
        self._body = text
        self.offered = {c.value for c in choices}
        if self.is_mounted:
            self.query_one("#picker-body", Static).update(text)
        self.open(handler)

    def choose(self, value: Any) -> None:
        """Close first, then hand the choice over: the handler may ask a follow-up question
        (a flag's comment) in a prompt that takes the picker's place before the next key is
        read. A key asks nothing that could be refused, so there is no reason to stay open."""
        handler, self.handler = self.handler, None
        if self.app.screen is self:
            self.app.pop_screen()
        if handler is not None and value is not None and handler(value):
            self.app.bell()

    def on_mount(self) -> None:
        body = getattr(self, "_body", None)
        if body is not None:
            self.query_one("#picker-body", Static).update(body)

    def action_pick(self, value: str) -> None:
        if value not in self.offered:
            self.app.bell()
            return
        self.choose(value)


def key_picker_class(name: str, choices: list[KeyChoice]) -> type[KeyPicker]:
    """A KeyPicker subclass with a priority binding per choice (keys come from the schema)."""
    bindings: list[BindingType] = [
        Binding(c.key, f"pick({c.value!r})", c.shown, show=False, priority=True)
        for c in choices
    ]
    return type(name, (KeyPicker,), {"BINDINGS": bindings})


def label_choices(schema: Schema) -> list[KeyChoice]:
    return [KeyChoice(label.key, label.name, label.name, f"bold black on {label.color}")
            for label in schema.labels]


# -- lists with a filter line -----------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    """One line of a filtered list: what is shown, what choosing it returns, what it matches."""

    value: Any
    shown: Text
    match: str = ""
    always: bool = False   # shown whatever the filter


class FilterPicker(Picker):
    """A filter line over a list: type to narrow, ↑/↓ to move, enter to choose.

    `entries_for(typed)` may add entries built from what was typed ("use this name").
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="picker.cancel", priority=True),
        Binding("enter", "submit", "Choose", priority=True),
        Binding("down", "step(1)", "Down", priority=True),
        Binding("up", "step(-1)", "Up", priority=True),
        Binding("pagedown", "step(8)", "Page down", priority=True),
        Binding("pageup", "step(-8)", "Page up", priority=True),
    ]
    AUTO_FOCUS = "#filter"

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Entry] = []
        self.shown: list[Entry] = []
        self.title_text = Text()
        self.error = ""
        self.default_index = 0
        self._value = ""
        self._placeholder = ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="picker"):
            yield Static(self.title_text, id="picker-title")
            yield Input(self._value, placeholder=self._placeholder, id="filter")
            yield Static(id="picker-error")
            option_list = OptionList(id="picker-list")
            option_list.can_focus = False
            yield option_list

    def on_mount(self) -> None:
        self._fill(self._value, first=True)

    def present(self, title: Text, entries: list[Entry], handler: Handler, *,
                value: str = "", placeholder: str = "", default_index: int = 0) -> None:
        """Fill and show; when already built, synchronously (the next key finds it ready)."""
        self.title_text, self.entries, self.error = title, entries, ""
        self.default_index = default_index
        self._value, self._placeholder = value, placeholder
        if self.is_mounted:
            line = self.query_one("#filter", Input)
            line.placeholder = placeholder
            with line.prevent(Input.Changed):
                line.value = value
            line.cursor_position = len(value)
            self.query_one("#picker-title", Static).update(title)
            self._fill(value, first=True)
        self.open(handler)

    def entries_for(self, typed: str) -> list[Entry]:
        needle = typed.casefold().strip()
        return [e for e in self.entries if e.always or not needle or needle in e.match]

    def _fill(self, typed: str, first: bool = False) -> None:
        self.shown = self.entries_for(typed)
        options = self.query_one("#picker-list", OptionList)
        options.clear_options()
        options.add_options([Option(e.shown) for e in self.shown])
        if self.shown:
            if first:
                index = min(self.default_index, len(self.shown) - 1)
            else:
                index = next((i for i, e in enumerate(self.shown) if not e.always),
                             0) if typed.strip() else min(self.default_index,
                                                          len(self.shown) - 1)
            options.highlighted = index
        error = self.query_one("#picker-error", Static)
        error.update(Text(self.error, style="bold red") if self.error else "")
        error.display = bool(self.error)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.error = ""
        self._fill(event.value)

    def action_step(self, step: int) -> None:
        options = self.query_one("#picker-list", OptionList)
        if not self.shown:
            return
        current = options.highlighted if options.highlighted is not None else 0
        options.highlighted = max(0, min(current + step, len(self.shown) - 1))

    def action_submit(self) -> None:
        options = self.query_one("#picker-list", OptionList)
        index = options.highlighted
        if index is None or not 0 <= index < len(self.shown):
            return
        self.choose(self.shown[index].value)

    def refuse(self, message: str) -> None:
        """Stay open with a message (an invalid value typed)."""
        self.error = message
        self._fill(self.query_one("#filter", Input).value)

    def typed(self) -> str:
        return self.query_one("#filter", Input).value


class SpeakerPicker(FilterPicker):
    """The quote's speaker: people of the document, nearest first; type to filter."""


class TextPrompt(FilterPicker):
    """Type a value (a date, a name); the list offers existing ones, the first line the typed.

    The handler gets ("typed", text) or an entry's value; a message it returns (the store
    refused the value) keeps the prompt open with that message.
    """

    empty_text = "(empty: clear)"  # what enter on an empty line does; `ask_text` sets it

    def entries_for(self, typed: str) -> list[Entry]:
        clean = " ".join(typed.split())
        first = Entry(("typed", clean), Text(f"use “{clean}”" if clean else self.empty_text,
                                             style="bold"), always=True)
        return [first, *super().entries_for(typed)]
