"""The Textual app and `create_app`, the one factory the CLI, tests and screenshots share.

The app owns nothing but wiring: the store and the annotator's `Annotations`, the keymap,
and the screen classes. Work happens in the screens; persistence in `annotate.store`.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar, TypeVar

from textual import events
from textual.app import App

from annotate.schema import Schema
from annotate.schema import load as load_schema
from annotate.store import Annotations, Store
from annotate.tui.bindings import binding_ids
from annotate.tui.keymap import find_keys_file, load_keymap
from annotate.tui.screens.document import DocumentScreen, document_screen_class
from annotate.tui.screens.queue import QueueScreen


class AnnotateApp(App[None]):
    """Queue first; enter opens a document screen, q goes back, q again quits."""

    CSS_PATH = "app.tcss"
    TITLE = "annotate"
    ENABLE_COMMAND_PALETTE = False
    NOTIFICATION_TIMEOUT: ClassVar[float] = 4.0

    def __init__(
        self, store: Store, annotator: str, keymap: dict[str, str] | None = None, *,
        flush_every: float = 5.0, close_store: bool = False,
        annotations: Annotations | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        # The review app passes the gold layer here: every screen edits `app.annotations`.
        self.annotations = annotations if annotations is not None else Annotations(store, annotator)
        self.keys = dict(keymap or {})
        self.flush_every = flush_every
        self.close_store = close_store
        self.document_screen: type[DocumentScreen] = document_screen_class(store.schema)
        self.sub_title = f"{annotator} · {store.schema.name}"

    @property
    def schema(self) -> Schema:
        return self.store.schema

    def on_mount(self, event: events.Mount) -> None:
        # Takes the event so that ReviewApp's handler, which needs it, can override this one.
        if self.keys:
            self.set_keymap(self.keys)
        self.push_screen(QueueScreen())

    def open_document(self, document_id: int, status: str | None = None) -> None:
        self.push_screen(self.document_screen(document_id, status))

    def on_unmount(self) -> None:
        if self.close_store:
            self.store.close()


A = TypeVar("A", bound="AnnotateApp")


def build_app(
    make: Callable[[Store, dict[str, str], bool], A], db: Store | str | Path, *,
    schema: Path | None = None, keys: Path | None = None, keymap: dict[str, str] | None = None,
) -> A:
    """Open the store, apply `--schema` and the keymap, and let `make` build the app.

    A path opens a store the app will close; a `Store` (tests pass their fixture) stays the
    caller's. On any error a store opened here is closed before the error goes on to the CLI.
    """
    owns = not isinstance(db, Store)
    store = Store(db, create=False) if not isinstance(db, Store) else db
    try:
        if schema is not None:
            store.use_schema(load_schema(schema))
        ids = binding_ids(store.schema)
        loaded = load_keymap(find_keys_file(keys), ids) if keymap is None else keymap
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
    `keymap` is an already parsed mapping and wins over the file.
    """
    return build_app(
        lambda store, loaded, owns: AnnotateApp(
            store, annotator or getpass.getuser(), loaded, flush_every=flush_every,
            close_store=owns),
        db, schema=schema, keys=keys, keymap=keymap,
    )
