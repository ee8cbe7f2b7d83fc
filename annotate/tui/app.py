"""The Textual app and `create_app`, the one factory the CLI, tests and screenshots share.

The app owns wiring: the store and the annotator's `Annotations`, the keymap, one document
screen and one of each picker, built once and reused (opening a document then styles no new
widgets: it loads the document into the screen that is already there), and the garbage
collection policy. Work happens in the screens; persistence in `annotate.store`.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from rich.text import Text
from textual import events
from textual.app import App
from textual.screen import Screen

from annotate.schema import Schema
from annotate.schema import load as load_schema
from annotate.store import Annotations, Store
from annotate.tui import terminal, tokens
from annotate.tui.bindings import binding_ids, contexts
from annotate.tui.gc_policy import GcPolicy
from annotate.tui.keymap import check_collisions, find_keys_file, load_keymap
from annotate.tui.screens.document import DocumentScreen, document_screen_class
from annotate.tui.screens.flagging import flag_picker_class
from annotate.tui.screens.pickers import (
    Entry,
    FilterPicker,
    Handler,
    KeyChoice,
    KeyPicker,
    SpeakerPicker,
    TextPrompt,
    key_picker_class,
    label_choices,
)
from annotate.tui.screens.queue import QueueScreen

S = TypeVar("S", bound=Screen[Any])


class AnnotateApp(App[None]):
    """Queue first; enter opens the document screen, q goes back, q again quits."""

    CSS_PATH = "app.tcss"
    TITLE = "annotate"
    ENABLE_COMMAND_PALETTE = False
    NOTIFICATION_TIMEOUT: ClassVar[float] = 4.0

    def __init__(
        self, store: Store, annotator: str, keymap: dict[str, str] | None = None, *,
        flush_every: float = 5.0, close_store: bool = False,
        annotations: Annotations | None = None, preload_tokenizer: bool = True,
    ) -> None:
        super().__init__()
        self.store = store
        # The review app passes the gold layer here: every screen edits `app.annotations`.
        self.annotations = annotations if annotations is not None else Annotations(store, annotator)
        self.keys = dict(keymap or {})
        self.flush_every = flush_every
        self.close_store = close_store
        self.preload_tokenizer = preload_tokenizer
        self.document_screen_type: type[DocumentScreen] = document_screen_class(store.schema)
        self.sub_title = f"{annotator} · {store.schema.name}"
        self.gc = GcPolicy()
        self._screens: dict[str, Screen[Any]] = {}

    @property
    def schema(self) -> Schema:
        return self.store.schema

    def on_mount(self, event: events.Mount) -> None:
        # Takes the event so that ReviewApp's handler, which needs it, can override this one.
        self.start()
        self.show_screens(QueueScreen)

    def show_screens(self, queue: Callable[[], Screen[Any]]) -> None:
        """The document screen first, under the queue: it is built while the queue is
        read, so even the first article opens without composing a screen."""
        self.push_screen(self.document_screen)
        self.push_screen(self.reused("queue", queue))

    @property
    def queue_screen(self) -> Screen[Any]:
        return self._screens["queue"]

    def show_queue(self) -> None:
        """Back to the queue (it lies on the document screen, which stays built)."""
        if self.screen is not self.queue_screen:
            while self.screen is not self.document_screen and len(self.screen_stack) > 2:
                self.pop_screen()
            self.push_screen(self.queue_screen)

    def start(self) -> None:
        if self.keys:
            self.set_keymap(self.keys)
        self.gc.start()
        self.set_interval(0.5, self.gc.idle)
        fd = None if self.is_headless else terminal.terminal_fd()
        if fd is not None:
            self.set_interval(2.0, lambda: self._exit_without_terminal(fd))
        if self.preload_tokenizer:
            tokens.preload()  # a second of importing spaCy, in a thread, while one reads

    def _exit_without_terminal(self, fd: int) -> None:
        """The terminal hung up (a dropped SSH link, a closed pane): end, do not spin
        (`annotate.tui.terminal`)."""
        if not terminal.alive(fd):
            self.exit()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            self.gc.key()
        await super().on_event(event)

    def on_unmount(self) -> None:
        self.gc.stop()
        if self.close_store:
            self.store.close()

    # -- screens built once -------------------------------------------------------------------

    def reused(self, name: str, make: Callable[[], S]) -> S:
        """The screen `name`, built and installed on first use."""
        screen = self._screens.get(name)
        if screen is None:
            screen = make()
            self.install_screen(screen, name)
            self._screens[name] = screen
        return screen  # type: ignore[return-value]

    @property
    def document_screen(self) -> DocumentScreen:
        return self.reused("document", self.document_screen_type)

    def open_document(self, document_id: int, status: str | None = None,
                      flagged: bool = False) -> None:
        screen = self.document_screen
        if screen.open(document_id, status, flagged):
            while self.screen is not screen and len(self.screen_stack) > 2:
                self.pop_screen()

    def document_opened(self) -> None:
        """A document was loaded: the objects it made are collected and frozen at idle."""
        self.gc.dirty = True

    def ask_label(self, title: str, handler: Handler) -> None:
        choices = label_choices(self.schema)
        picker: KeyPicker = self.reused(
            "label-picker", lambda: key_picker_class("LabelPicker", choices)())
        picker.ask(title, choices, handler)

    def ask_speaker(self, title: Text, entries: list[Entry], default: int,
                    handler: Handler) -> None:
        picker: FilterPicker = self.reused("speaker-picker", SpeakerPicker)
        picker.present(title, entries, handler, placeholder="filter people",
                       default_index=default)

    def ask_text(self, title: Text, entries: list[Entry], value: str, placeholder: str,
                 handler: Handler, *, empty: str = TextPrompt.empty_text) -> None:
        """A one-line prompt; `empty` says what enter on an empty line means."""
        prompt: TextPrompt = self.reused("text-prompt", TextPrompt)
        prompt.empty_text = empty
        prompt.present(title, entries, handler, value=value, placeholder=placeholder)

    def ask_flag(self, title: str, choices: list[KeyChoice], handler: Handler) -> None:
        picker: KeyPicker = self.reused("flag-picker", lambda: flag_picker_class()())
        picker.ask(title, choices, handler)

    def say(self, message: str, severity: str = "information") -> None:
        """A message on the current screen's message line (or a notification)."""
        say = getattr(self.screen, "say", None)
        if callable(say):
            say(message, severity)
        else:
            self.notify(message, severity=severity, markup=False)  # type: ignore[arg-type]


A = TypeVar("A", bound="AnnotateApp")


def build_app(
    make: Callable[[Store, dict[str, str], bool], A], db: Store | str | Path, *,
    schema: Path | None = None, keys: Path | None = None, keymap: dict[str, str] | None = None,
) -> A:
    """Open the store, apply `--schema` and the keymap, and let `make` build the app.

    A path opens a store the app will close; a `Store` (tests pass their fixture) stays the
    caller's. On any error a store opened here is closed before the error goes on to the CLI.
    A keymap that makes two live bindings share a key is refused here, naming both ids.
    """
    owns = not isinstance(db, Store)
    store = Store(db, create=False) if not isinstance(db, Store) else db
    try:
        if schema is not None:
            store.use_schema(load_schema(schema))
        ids = binding_ids(store.schema)
        path = find_keys_file(keys) if keymap is None else None
        loaded = load_keymap(path, ids) if keymap is None else keymap
        check_collisions(
            loaded, [(c.name, [(b.id or "", b.key) for b in c.bindings])
                     for c in contexts(store.schema)], str(path or "keymap"))
        return make(store, loaded, owns)
    except BaseException:
        if owns:
            store.close()
        raise


def create_app(
    db: Store | str | Path, annotator: str | None = None, *, schema: Path | None = None,
    keys: Path | None = None, keymap: dict[str, str] | None = None,
    flush_every: float = 5.0,
) -> AnnotateApp:
    """Build the app on a database path or an open `Store` (tests pass their fixture).

    `keys` is a keys.yaml to read (else $ANNOTATE_KEYS or ~/.config/annotate/keys.yaml);
    `keymap` is an already parsed mapping and wins over the file. A gold-layer name as the
    annotator is refused (AnnotateError) before anything starts.
    """
    return build_app(
        lambda store, loaded, owns: AnnotateApp(
            store, annotator or getpass.getuser(), loaded, flush_every=flush_every,
            close_store=owns),
        db, schema=schema, keys=keys, keymap=keymap,
    )
