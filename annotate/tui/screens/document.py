"""The document screen: the article, its spans, and one key per decision.

Every action goes to the store first (one committed transaction, one event); the model then
applies the new events (`DocModel.sync`) and the screen repaints what they changed: the
marks of the spans they touched, the cursor, the side panel parts whose text changed. So
the screen never shows what is not on disk, and a key costs the same on a 20,000-word
article as on a short one.

Before each action `StoreLink` (`screens/store_link.py`) follows other windows' commits; if
they changed this document, the screen shows the new state and does not act on what the
annotator saw before. A refused action (stale, invalid) says why in the message line; a
fault (disk full, file replaced) stays there until a write succeeds.

The keys are objects the screen owns, each in its own module and each reaching the screen
through a small protocol that names what it uses: `Navigation` (moves), `Deciding` (accept,
reject, stance, undo), `Editing` (the boundary and new-span modes, whose state it owns),
`Attributes` (label, speaker, value, name, publication date), `Flagging`, `Search` and
`Finishing` (done, skip, the next document); `Painter` repaints. The screen keeps what they
share: the model, the cursor (current span and caret), what it shows over the spans and
where the view follows, and one `action_*` method per action, which is where Textual's
bindings look.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from annotate.errors import AnnotateError, StoreError
from annotate.schema import Schema
from annotate.store.annotations import Timer
from annotate.store.views import status_counts
from annotate.tui.bindings import DOCUMENT_BINDINGS, stance_bindings
from annotate.tui.items import Item, Key
from annotate.tui.model import Delta, DocModel
from annotate.tui.modes import MODE_MARKS, NewSpan
from annotate.tui.screens.attributes import Attributes
from annotate.tui.screens.deciding import Deciding
from annotate.tui.screens.editing import Editing
from annotate.tui.screens.finishing import Finishing
from annotate.tui.screens.flagging import Flagging
from annotate.tui.screens.header import document_header
from annotate.tui.screens.jumping import Jumping
from annotate.tui.screens.key_state import KeyBarEntries, live
from annotate.tui.screens.navigation import Navigation
from annotate.tui.screens.outcome import FAILED
from annotate.tui.screens.painting import Painter
from annotate.tui.screens.search import Search
from annotate.tui.screens.store_link import StoreLink
from annotate.tui.styles import (
    CURRENT,
    CURRENT_LAYER,
    SEARCH_HIT,
    SEARCH_LAYER,
    Mark,
)
from annotate.tui.widgets.article import ArticleView
from annotate.tui.widgets.blocks import BlockView
from annotate.tui.widgets.keybar import KeyBar
from annotate.tui.widgets.message import MessageLine
from annotate.tui.widgets.side_panel import SidePanel

if TYPE_CHECKING:
    from annotate.tui.app import AnnotateApp

class DocumentScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [b for b, _ in DOCUMENT_BINDINGS]
    AUTO_FOCUS = "#article"

    def __init__(self) -> None:
        super().__init__()
        self.document_id: int | None = None
        self.status_filter: str | None = None
        self.flagged_only = False
        self.model: DocModel | None = None
        self.current: Key | None = None
        self.caret = 0                       # the text cursor: where n starts, search lands
        self.timer: Timer | None = None
        self.progress: tuple[int, int] = (0, 0)
        self.key_bar = KeyBarEntries(self)
        self.painter = Painter(self)
        self.navigation = Navigation(self)
        self.deciding = Deciding(self)
        self.editing = Editing(self)
        self.attributes = Attributes(self)
        self.flagging = Flagging(self)
        self.search = Search(self)
        self.jumping = Jumping(self)
        self.finishing = Finishing(self)
        self.store_link = StoreLink(self)

    # -- plumbing -----------------------------------------------------------------------------

    @property
    def annotate_app(self) -> AnnotateApp:
        return cast("AnnotateApp", self.app)

    @property
    def schema(self) -> Schema:
        return self.annotate_app.schema

    @property
    def doc(self) -> DocModel:
        assert self.model is not None
        return self.model

    @property
    def item(self) -> Item | None:
        return None if self.model is None else self.model.get(self.current)

    @property
    def mode(self) -> str | None:
        """The mode ("edit", "new", "jump") or None: which keys work, what is painted."""
        return "jump" if self.jumping.active else self.editing.mode

    @property
    def new(self) -> NewSpan | None:
        """The new span being marked (read-only here: `Editing` owns it)."""
        return self.editing.new

    def compose(self) -> ComposeResult:
        # A grid (app.tcss), no containers: each container is one more widget for the
        # compositor to draw under every changed line.
        yield BlockView(id="doc-header")
        yield ArticleView(id="article")
        yield self.side_widget()
        yield MessageLine(id="message")
        yield KeyBar(id="keybar")
        yield Input(placeholder="search the text (enter: go to the match, escape: close)",
                    id="search")

    def side_widget(self) -> Widget:
        return SidePanel(id="side")

    def on_mount(self) -> None:
        self.article = self.query_one(ArticleView)
        self.side = self.query_one(SidePanel)
        self.header = self.query_one("#doc-header", BlockView)
        self.message = self.query_one(MessageLine)
        self.keybar = self.query_one(KeyBar)
        self.search_line = self.query_one("#search", Input)
        self.search_line.display = False
        self.set_interval(self.annotate_app.flush_every, self._tick)
        self.set_interval(2.0, self._watch)
        if self.model is not None:
            self.paint_all()

    def on_unmount(self) -> None:
        self._flush_time()

    def on_screen_resume(self) -> None:
        self.set_focus(self.article)

    def say(self, message: str, severity: str = "information", *, title: str | None = None,
            sticky: bool = False) -> None:
        """A message in the message line (plain text: never read as markup)."""
        if self.is_mounted:
            self.message.say(message, severity, title=title, sticky=sticky)

    def _tick(self) -> None:
        if self.timer is not None:
            self._safely(self.timer.tick)

    def _flush_time(self) -> None:
        if self.timer is not None:
            self._safely(self.timer.tick, True)

    def _safely(self, fn: Callable[..., Any], *args: Any) -> None:
        try:
            fn(*args)
        except StoreError as exc:
            self.fault(str(exc))
        except AnnotateError as exc:
            self.say(str(exc), "error")

    # -- opening ------------------------------------------------------------------------------

    def open(self, document_id: int, status_filter: str | None = None,
             flagged_only: bool | None = None) -> bool:
        """Show a document with the cursor on its first open suggestion (False: not found).
        `status_filter` and `flagged_only` are the queue's filter, which `]` / `[` follow
        (None: keep the one in force, as when `]` opens the next document)."""
        try:
            model = DocModel(self.annotate_app.annotations, document_id,
                             suggestions=self.with_suggestions)
        except LookupError as exc:
            self.say(str(exc), "error")
            return False
        self._flush_time()
        self.document_id, self.status_filter, self.model = document_id, status_filter, model
        if flagged_only is not None:
            self.flagged_only = flagged_only
        self.timer = Timer(self.annotate_app.annotations, document_id,
                           self.annotate_app.flush_every)
        self.editing.reset()
        self.jumping.cancel_quietly()
        self.search.forget()
        self.finishing.disarm()
        first = model.first_open() or model.nearest(0)
        self.current = None if first is None else first.key
        self.caret = 0 if first is None else first.start
        self.refresh_progress()
        if self.is_mounted:
            self.paint_all()
        self.annotate_app.document_opened()
        return True

    with_suggestions = True  # the review screen shows gold only

    # -- painting -----------------------------------------------------------------------------

    def overlay(self) -> dict[Any, Mark | None]:
        """The marks that are not spans: the current span, the search hit, the mode's."""
        item = self.item
        marks: dict[Any, Mark | None] = dict.fromkeys(MODE_MARKS)
        marks["current"] = (item.start, item.end, CURRENT, CURRENT_LAYER) \
            if self.mode is None and item is not None else None
        hit = self.search.hit
        marks["search"] = (*hit, SEARCH_HIT, SEARCH_LAYER) if hit is not None else None
        marks.update(self.editing.marks())
        marks.update(self.jumping.marks())
        return marks

    def paint_all(self) -> None:
        """A new document: every mark at once, the view at the top (or at the cursor)."""
        self.painter.start()
        self.set_focus(self.article)
        self.paint()

    def paint(self, delta: Delta | None = None) -> None:
        """Repaint what changed (`Painter.paint`)."""
        self.painter.paint(delta)

    def paint_keys(self) -> None:
        self.painter.paint_keys()

    def focus_range(self) -> tuple[int, int] | None:
        in_mode = self.editing.focus
        if in_mode is not None:
            return in_mode
        if self.search.hit is not None:
            return self.search.hit
        item = self.item
        return None if item is None else (item.start, item.end)

    def header_parts(self) -> tuple[Any, ...]:
        doc = self.doc
        return (doc.id, doc.document.title, doc.document.published, doc.status.get("status"),
                doc.open_count, self.progress, self.mode, len(doc.flags))

    def paint_header(self) -> None:
        self.painter.paint_header()

    def header_text(self) -> Text:
        return document_header(self.doc, self.progress, self.mode)

    def footer_entries(self) -> list[tuple[str, str]]:
        return self.key_bar.entries("search" if self.search_visible else self.mode)

    def footer_shows(self, binding: Binding) -> bool:
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Which keys work now (`key_state.live`): none before a document is open."""
        return self.model is not None and live(action, self.mode, self.search_visible)

    @property
    def search_visible(self) -> bool:
        return self.search.visible

    # -- the store: act on the current state only (`StoreLink`) ------------------------------

    def catch_up(self) -> bool:
        return self.store_link.catch_up()

    def _watch(self) -> None:
        """Every few seconds: keep the screen current with other windows (no key needed)."""
        if self.model is not None and self.app.screen is self and self.mode is None:
            self.catch_up()

    def sync(self) -> Delta:
        return self.store_link.sync()

    def commit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return self.store_link.commit(fn, *args, **kwargs)

    def attempt(self, fn: Callable[..., Any], *args: Any,
                **kwargs: Any) -> tuple[Any, str | None]:
        return self.store_link.attempt(fn, *args, **kwargs)

    @property
    def last_delta(self) -> Delta:
        return self.store_link.last_delta

    def fault(self, message: str) -> None:
        self.store_link.fault(message)

    def writes_went_through(self) -> None:
        """A write committed: a fault in the message line is over, and a `d` that warned
        warns again."""
        if self.is_mounted:
            self.message.clear(sticky=True)
        self.finishing.disarm()

    def refresh_progress(self) -> None:
        app = self.annotate_app
        counts = status_counts(app.store, app.annotations.annotator_id)
        self.progress = counts["done"], sum(counts.values())

    def clear_message(self) -> None:
        if self.is_mounted:
            self.message.clear()

    # -- the cursor ---------------------------------------------------------------------------

    def begin_key(self) -> bool:
        """Every key starts here: clear the message, follow other windows. False when the
        document changed elsewhere: a decision must then not be taken on what was shown."""
        self.clear_message()
        return self.catch_up()

    def go_to(self, item: Item | None, delta: Delta | None = None) -> None:
        """The cursor on `item` (nowhere if None), repainted with `delta`'s changes."""
        self.current = None if item is None else item.key
        if item is not None:
            self.caret = item.start
        self.search.forget()
        self.paint(delta)

    def after_change(self, at: int, *, keep: Key | None = None) -> None:
        """Repaint after a committed action; the cursor on `keep`, else the next open one."""
        doc = self.doc
        target = doc.get(keep) if keep is not None else None
        if target is None:
            target = doc.first_open(at) or doc.nearest(at)
        self.go_to(target, self.last_delta)

    @property
    def text_caret(self) -> int:
        """Where a search starts: the new span's caret in new-span mode, else the caret."""
        new = self.editing.new
        return self.caret if new is None else new.caret

    def land(self, offset: int) -> None:
        """A search hit: the new span's caret there, else the caret and the span under it."""
        if not self.editing.put_caret(offset):
            self.caret = offset
            hit = self.doc.at_offset(offset)
            self.current = None if hit is None else hit.key

    def forget_search(self) -> None:
        self.search.forget()

    def mark_speaker(self, quote_id: int, at: int | None) -> None:
        """The speaker picker's "new speaker": new-span mode, for the quote's speaker."""
        self.editing.start_new(quote_id, at)

    def accepted(self, item: Item) -> int | None:
        """The span id of an item, accepting it first if it is a suggestion."""
        if not item.is_suggestion:
            return item.id
        span_id = self.commit(self.annotate_app.annotations.accept, item.id)
        if span_id is FAILED:
            return None
        self.after_change(item.start, keep=("span", int(span_id)))
        return int(span_id)

    def change(self, item: Item, **changes: object) -> int | None:
        """Change a span; a suggestion is accepted with the change, as one undoable action."""
        ann = self.annotate_app.annotations
        if item.is_suggestion:
            span_id = self.commit(ann.accept, item.id, **changes)
        else:
            span_id = item.id if self.commit(ann.update_span, item.id, **changes) \
                is not FAILED else FAILED
        if span_id is FAILED:
            return None
        self.after_change(item.start, keep=("span", int(span_id)))
        return int(span_id)

    # -- keys: each action is a method of the object that owns it; Textual looks for
    # `action_*` on the screen, so here is one line per action (escape, q and ? below).

    def action_move(self, step: int) -> None:
        self.navigation.move(step)
    def action_move_open(self, step: int) -> None:
        self.navigation.move_open(step)
    def action_move_quote(self, step: int) -> None:
        self.navigation.move_quote(step)
    def action_scroll(self, step: int) -> None:
        self.navigation.scroll(step)
    def action_scroll_page(self, step: int) -> None:
        self.navigation.scroll_page(step)

    def action_accept(self) -> None:
        self.deciding.accept()
    def action_accept_all(self) -> None:
        self.deciding.accept_all()
    def action_reject(self) -> None:
        self.deciding.reject()
    def action_quote_stance(self, value: str) -> None:
        self.deciding.quote_stance(value)
    def action_doc_stance(self, value: str) -> None:
        self.deciding.doc_stance(value)
    def action_undo(self) -> None:
        self.deciding.undo()
    def action_redo(self) -> None:
        self.deciding.redo()

    def action_edit(self) -> None:
        self.editing.start_edit()
    def action_nudge(self, side: str, step: int, unit: str = "token") -> None:
        self.editing.nudge(side, step, unit)
    def action_edit_move(self, side: str, step: int, unit: str = "token") -> None:
        self.editing.edit_move(side, step, unit)
    def action_edit_unit(self, unit: str) -> None:
        self.editing.edit_unit(unit)
    def action_edit_keep(self) -> None:
        self.editing.edit_keep()
    def action_new_span(self) -> None:
        self.editing.new_span()
    def action_cursor(self, unit: str, step: int) -> None:
        self.editing.cursor(unit, step)
    def action_select(self) -> None:
        self.editing.select()
    def action_select_done(self) -> None:
        self.editing.select_done()
    def action_select_unit(self, unit: str) -> None:
        self.editing.select_unit(unit)

    def action_relabel(self) -> None:
        self.attributes.relabel()
    def action_speaker(self) -> None:
        self.attributes.speaker()
    def action_value(self) -> None:
        self.attributes.value()
    def action_canonical(self) -> None:
        self.attributes.canonical()
    def action_published(self) -> None:
        self.attributes.published()

    def action_flag(self) -> None:
        self.flagging.flag()
    def action_flag_document(self) -> None:
        self.flagging.flag_document()

    def action_search(self) -> None:
        self.search.open()
    def action_jump(self) -> None:
        self.jumping.start()

    def on_key(self, event: events.Key) -> None:
        """In jump mode the letters typed are a label (no binding is live there but escape)."""
        if self.jumping.active and event.character and event.character.isprintable():
            event.stop()
            event.prevent_default()
            self.jumping.type(event.character)

    def action_done(self) -> None:
        self.finishing.done()
    def action_skip(self) -> None:
        self.finishing.skip()
    def action_other_document(self, step: int) -> None:
        self.finishing.other_document(step)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input is self.search_line:
            event.stop()
            self.search.submitted(event.value)

    def on_article_view_clicked(self, message: ArticleView.Clicked) -> None:
        if self.editing.put_caret(message.offset):
            self.paint()
        elif self.mode is None:
            item = self.doc.at_offset(message.offset)
            self.caret = message.offset
            if item is not None:
                self.go_to(item)

    def on_article_view_dragged(self, message: ArticleView.Dragged) -> None:
        self.editing.drag(message.anchor, message.offset, message.done)

    def action_back(self) -> None:
        self._flush_time()
        self.timer = None
        self.annotate_app.show_queue()

    def action_help(self) -> None:
        from annotate.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self))

    def action_cancel(self) -> None:
        """escape: close the search line, else leave the mode."""
        self.begin_key()
        if self.search.visible:
            self.search.close()
            return
        if self.jumping.active:
            self.jumping.cancel()
            return
        self.editing.cancel()


def document_screen_class(schema: Schema) -> type[DocumentScreen]:
    """A DocumentScreen whose BINDINGS add the schema's stance keys (ids stance.*)."""
    bindings: list[Binding] = stance_bindings(schema)
    return type("DocumentScreen", (DocumentScreen,), {"BINDINGS": bindings})
