"""The document screen: the article, its spans, and one key per decision.

Every action goes to the store first (one committed transaction, one event); the model then
applies the new events (`DocModel.sync`) and the screen repaints what they changed: the
marks of the spans they touched, the cursor, the side panel parts whose text changed. So
the screen never shows what is not on disk, and a key costs the same on a 20,000-word
article as on a short one.

Before each action the screen asks the store whether another connection committed
(`Store.external_change`); if that changed this document, it shows the new state and does
not act on what the annotator saw before. A refused action (stale, invalid) says why in the
message line; a fault (disk full, file replaced) stays there until a write succeeds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from annotate.errors import AnnotateError, StoreError
from annotate.schema import Schema
from annotate.store.annotations import Timer
from annotate.store.views import neighbour, next_unfinished, status_counts
from annotate.tui.bindings import (
    DOCUMENT_BINDINGS,
    FOOTER_ORDER,
    ModeSpec,
    live_in,
    stance_bindings,
)
from annotate.tui.describe import describe
from annotate.tui.flag_kinds import FLAG_MARK
from annotate.tui.items import Item, Key
from annotate.tui.model import Delta, DocModel
from annotate.tui.modes import MODE_MARKS, EditDraft, NewSpan
from annotate.tui.screens.editing import FAILED, EditingActions
from annotate.tui.screens.flagging import FlagActions
from annotate.tui.styles import (
    CURRENT,
    CURRENT_LAYER,
    SEARCH_HIT,
    SEARCH_LAYER,
    Mark,
    item_mark,
)
from annotate.tui.widgets.article import ArticleView
from annotate.tui.widgets.blocks import BlockView
from annotate.tui.widgets.keybar import KeyBar
from annotate.tui.widgets.message import MessageLine
from annotate.tui.widgets.side_panel import SidePanel

if TYPE_CHECKING:
    from annotate.tui.app import AnnotateApp

MODES: dict[str, list[ModeSpec]] = {}
for _binding, _spec in DOCUMENT_BINDINGS:
    MODES.setdefault(_binding.action.split("(")[0], []).append(_spec)
BY_ID = {b.id: b for b, _ in DOCUMENT_BINDINGS}


class DocumentScreen(EditingActions, FlagActions, Screen[None]):
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
        self.mode: str | None = None
        self.edit: EditDraft | None = None
        self.new: NewSpan | None = None
        self.search_hit: tuple[int, int] | None = None
        self.confirm_done = False
        self.timer: Timer | None = None
        self.progress: tuple[int, int] = (0, 0)
        self._header_key: tuple[Any, ...] | None = None
        self._painted = False
        self._footer: dict[str | None, list[tuple[str, str]]] = {}
        self._styles: dict[tuple[str, str], tuple[Any, int]] = {}

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
        self.mode, self.edit, self.new = None, None, None
        self.search_hit, self.confirm_done = None, False
        first = model.first_open() or model.nearest(0)
        self.current = None if first is None else first.key
        self.caret = 0 if first is None else first.start
        self.progress = self._progress()
        if self.is_mounted:
            self.paint_all()
        self.annotate_app.document_opened()
        return True

    with_suggestions = True  # the review screen shows gold only

    def _progress(self) -> tuple[int, int]:
        app = self.annotate_app
        counts = status_counts(app.store, app.annotations.annotator_id)
        return counts["done"], sum(counts.values())

    # -- painting -----------------------------------------------------------------------------

    def mark_of(self, item: Item) -> Mark:
        style = self._styles.get((item.label, item.kind))
        if style is None:
            mark = item_mark(self.schema, item.label, item.start, item.end, item.is_suggestion)
            self._styles[(item.label, item.kind)] = (mark[2], mark[3])
            return mark
        return (item.start, item.end, *style)

    def overlay(self) -> dict[Any, Mark | None]:
        """The marks that are not spans: the current span, the search hit, the mode's."""
        item = self.item
        marks: dict[Any, Mark | None] = dict.fromkeys(MODE_MARKS)
        marks["current"] = (item.start, item.end, CURRENT, CURRENT_LAYER) \
            if self.mode is None and item is not None else None
        marks["search"] = (*self.search_hit, SEARCH_HIT, SEARCH_LAYER) \
            if self.search_hit is not None else None
        mode = self.edit if self.mode == "edit" else self.new if self.mode == "new" else None
        if mode is not None:
            marks.update(mode.marks())
        return marks

    def paint_all(self) -> None:
        """A new document: every mark at once, the view at the top (or at the cursor)."""
        doc = self.doc
        marks: dict[Any, Mark] = {item.key: self.mark_of(item) for item in doc.items}
        marks.update({k: v for k, v in self.overlay().items() if v is not None})
        self.article.set_text(doc.text, marks)
        self.article.scroll_to(0, 0, animate=False, immediate=True)
        self._header_key = None
        self._painted = True
        self.set_focus(self.article)
        self.paint()

    def paint(self, delta: Delta | None = None) -> None:
        """Repaint what changed: the marks of `delta`'s items, the overlay, the panels."""
        if not self._painted or self.model is None:
            return
        if self.current is not None and self.current not in self.doc.by_key:
            self.current = None
        changes: dict[Any, Mark | None] = {}
        if delta is not None:
            if delta.reloaded:
                self.paint_all()
                return
            for item in delta.removed:
                changes[item.key] = None
            for item in delta.added:
                if self.doc.by_key.get(item.key) == item:
                    changes[item.key] = self.mark_of(item)
        changes.update(self.overlay())
        self.article.update_marks(changes)
        focus = self.focus_range()
        if focus is not None:
            self.article.show(*focus)
        self.side.show(self.schema, self.doc, self.item)
        self.paint_header()
        self.keybar.show(self.footer_entries())

    def focus_range(self) -> tuple[int, int] | None:
        if self.mode == "edit" and self.edit is not None:
            return self.edit.focus
        if self.mode == "new" and self.new is not None:
            return self.new.focus
        if self.search_hit is not None:
            return self.search_hit
        item = self.item
        return None if item is None else (item.start, item.end)

    def header_parts(self) -> tuple[Any, ...]:
        doc = self.doc
        return (doc.id, doc.document.title, doc.document.published, doc.status.get("status"),
                doc.open_count, self.progress, self.mode, len(doc.flags))

    def paint_header(self) -> None:
        key = self.header_parts()
        if key == self._header_key:
            return
        self._header_key = key
        self.header.set_text(self.header_text())

    def header_text(self) -> Text:
        doc = self.doc
        done, total = self.progress
        head = Text(no_wrap=True, overflow="ellipsis")
        head.append(f" #{doc.id} ", style="bold reverse")
        head.append(f" {doc.document.title or '(untitled)'}", style="bold")
        head.append(f"  {doc.document.published or 'no publication date'}", style="dim")
        status = str(doc.status.get("status") or "todo").replace("_", " ")
        head.append(f"\n status {status} · ")
        if doc.flags:  # before the counts: at 80 columns the line's end is cut off
            count = len(doc.flags)
            head.append(f"{FLAG_MARK} {count} flag{'s' if count > 1 else ''}", style="bold red")
            head.append(" · ")
        head.append(f"{doc.open_count} open suggestions · progress {done}/{total} done")
        if self.mode:
            head.append(f" · {self.mode.upper()} MODE", style="bold magenta")
        return head

    def footer_entries(self) -> list[tuple[str, str]]:
        mode = "search" if self.search_visible else self.mode
        cached = self._footer.get(mode)
        if cached is None:
            cached = self._footer[mode] = self._footer_for(mode)
        return cached

    def _footer_for(self, mode: str | None) -> list[tuple[str, str]]:
        app = self.annotate_app
        entries = []
        for ident in FOOTER_ORDER.get(mode, []):
            binding = BY_ID.get(ident)
            if binding is None or not self.footer_shows(binding):
                continue
            key = app.keys.get(ident, binding.key).split(",")[0].strip()
            entries.append((app.get_key_display(binding.with_key(key)), binding.description))
        return entries

    def footer_shows(self, binding: Binding) -> bool:
        return True

    # -- keys: which work now -----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.model is None:
            return False
        if action in ("quote_stance", "doc_stance"):
            specs: list[ModeSpec] = [None]
        elif action in MODES:
            specs = MODES[action]
        else:
            return True
        if "any" in specs and (self.mode is not None or self.search_visible):
            return True
        if self.search_visible:
            return False
        return any(live_in(spec, self.mode) for spec in specs)

    @property
    def search_visible(self) -> bool:
        return self.is_mounted and bool(self.search_line.display)

    # -- the store: act on the current state only ---------------------------------------------

    def catch_up(self) -> bool:
        """Follow commits of other windows; False when they changed this document."""
        try:
            changed = self.annotate_app.store.external_change()
        except StoreError as exc:
            self.fault(str(exc))
            return False
        if not changed or self.model is None:
            return True
        delta = self.sync()
        self.progress = self._progress()
        if delta:
            self.say("This document changed in another window: here is what it holds now; "
                     "press the key again to act on it.", "warning")
            self.paint()
            return False
        self.paint_header()
        return True

    def _watch(self) -> None:
        """Every few seconds: keep the screen current with other windows (no key needed)."""
        if self.model is not None and self.app.screen is self and self.mode is None:
            self.catch_up()

    def sync(self) -> Delta:
        """Apply what other windows (or a refused action) changed; the cursor stays near."""
        item = self.item
        delta = self.doc.sync()
        if delta.status:
            self.progress = self._progress()
        if item is not None and self.doc.get(item.key) is None:
            landing = self.doc.first_open(item.start) or self.doc.nearest(item.start)
            self.current = None if landing is None else landing.key
        self.paint(delta)
        return delta

    def commit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a store action, then apply its event; FAILED (and a message) if refused."""
        result, refused = self.attempt(fn, *args, **kwargs)
        if refused is not None and not (self.is_mounted and self.message.sticky):
            self.say(refused, "error", title="Not saved")
        return result

    def attempt(self, fn: Callable[..., Any], *args: Any,
                **kwargs: Any) -> tuple[Any, str | None]:
        """Run a store action; (result, None) once committed and applied, else (FAILED, why).

        Nothing is applied to the model unless the store committed, so a refused or failed
        write (stale, invalid, disk full) never shows as saved.
        """
        if not self.catch_up():
            return FAILED, "the document changed in another window; look again"
        try:
            result = fn(*args, **kwargs)
        except StoreError as exc:
            self.fault(str(exc))
            return FAILED, str(exc)
        except AnnotateError as exc:
            self.sync()
            return FAILED, str(exc)
        if self.is_mounted:
            self.message.clear(sticky=True)  # a write went through: the fault is over
        self.confirm_done = False
        self.last_delta = self.doc.sync()
        if self.last_delta.status:
            self.progress = self._progress()
        return result, None

    last_delta: Delta = Delta()

    def fault(self, message: str) -> None:
        """The database cannot be written: say so until a write succeeds; nothing changes."""
        self.say(message, "error", title="Not saved", sticky=True)

    def clear_message(self) -> None:
        if self.is_mounted:
            self.message.clear()

    # -- navigation ---------------------------------------------------------------------------

    def go_to(self, item: Item | None) -> None:
        self.current = None if item is None else item.key
        if item is not None:
            self.caret = item.start
        self.search_hit = None
        self.paint()

    def _start(self) -> bool:
        """Every key starts here: clear the message, follow other windows. False when the
        document changed elsewhere: a decision must then not be taken on what was shown."""
        self.clear_message()
        return self.catch_up()

    def action_move(self, step: int) -> None:
        self._start()
        self.go_to(self.doc.items.step(self.item, self.caret, step))

    def action_move_open(self, step: int) -> None:
        self._start()
        item = self.item
        target = self.doc.step_open(item, (item.start + (1 if step > 0 else 0)) if item
                                    else self.caret, step)
        if target is None:
            self.say("No open suggestions left in this document.", "warning")
            return
        self.go_to(target)

    def action_move_quote(self, step: int) -> None:
        self._start()
        item = self.item
        quote = self.doc.quote_for(item)
        at = quote.start + (1 if step > 0 else 0) if quote else self.caret
        target = self.doc.quotes.step(quote, at, step)
        if target is None:
            self.say(f"No {self.schema.quote_label} in this document.", "warning")
            return
        self.go_to(target)

    def action_scroll(self, step: int) -> None:
        self.article.scroll_to(y=self.article.scroll_offset.y + step * 3, animate=False,
                               immediate=True)

    def action_scroll_page(self, step: int) -> None:
        height = max(1, self.article.size.height - 2)
        self.article.scroll_to(y=self.article.scroll_offset.y + step * height, animate=False,
                               immediate=True)

    # -- decisions ----------------------------------------------------------------------------

    def after_change(self, at: int, *, keep: Key | None = None) -> None:
        """Repaint after a committed action; the cursor on `keep`, else the next open one."""
        doc = self.doc
        target = doc.get(keep) if keep is not None else None
        if target is None:
            target = doc.first_open(at) or doc.nearest(at)
        self.current = None if target is None else target.key
        if target is not None:
            self.caret = target.start
        self.search_hit = None
        self.paint(self.last_delta)

    def action_accept(self) -> None:
        if not self._start():
            return
        item = self.item
        if item is None or not item.is_suggestion:
            self.say("Nothing to accept here: tab goes to the next open suggestion.",
                     "warning")
            return
        if self.commit(self.annotate_app.annotations.accept, item.id) is not FAILED:
            self.after_change(item.start)

    def action_reject(self) -> None:
        if not self._start():
            return
        item = self.item
        if item is None:
            return
        ann = self.annotate_app.annotations
        fn = ann.reject if item.is_suggestion else ann.delete_span
        if self.commit(fn, item.id) is not FAILED:
            self.after_change(item.start)

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

    def action_quote_stance(self, value: str) -> None:
        if not self._start():
            return
        quote = self.doc.quote_for(self.item)
        if quote is None:
            self.say("Stance keys set the current quote's stance: move to a "
                     f"{self.schema.quote_label}.", "warning")
            return
        self.change(quote, stance=value)

    def action_doc_stance(self, value: str) -> None:
        if not self._start():
            return
        ann = self.annotate_app.annotations
        if self.commit(ann.set_document_stance, self.doc.id, value) is not FAILED:
            self.say(f"Document stance: {value}")
            self.paint(self.last_delta)

    def action_undo(self) -> None:
        self._history_step(self.annotate_app.annotations.undo, "Undid", "undo")

    def action_redo(self) -> None:
        self._history_step(self.annotate_app.annotations.redo, "Redid", "redo")

    def _history_step(self, fn: Callable[[int], Any], done: str, name: str) -> None:
        """Undo / redo through the store's event log; the cursor goes where it changed."""
        if not self._start():
            return
        event = self.commit(fn, self.doc.id)
        if event is FAILED:
            return
        if event is None:
            self.say(f"Nothing to {name} in this document.", "warning")
            return
        landing = self.doc.landing(self.last_delta, self.caret, self.item)
        self.current = None if landing is None else landing.key
        if landing is not None:
            self.caret = landing.start
        self.search_hit = None
        self.say(f"{done}: {describe(event, self.doc.suggestions)}")
        self.paint(self.last_delta)

    # -- document status and moving between documents ---------------------------------------

    def action_done(self) -> None:
        if not self._start():
            return
        open_count = self.doc.open_count
        if open_count and not self.confirm_done:
            self.confirm_done = True
            self.say(f"{open_count} suggestions are still open: press d again to mark the "
                     "document done anyway.", "warning")
            return
        self._finish("done")

    def action_skip(self) -> None:
        if not self._start():
            return
        self._finish("skipped")

    def _finish(self, status: str) -> None:
        ann = self.annotate_app.annotations
        if self.commit(ann.set_status, self.doc.id, status) is FAILED:
            return
        done = self.doc.id
        nxt = next_unfinished(self.annotate_app.store, ann.annotator_id, done)
        if nxt is None:
            self.action_back()
            self.annotate_app.say(f"#{done} marked {status}. No document left to do.")
        else:
            self.open(nxt, self.status_filter)
            self.say(f"#{done} marked {status}.")

    def action_other_document(self, step: int) -> None:
        self._start()
        app = self.annotate_app
        nxt = neighbour(app.store, app.annotations.annotator_id, self.doc.id, step,
                        self.status_filter, self.flagged_only)
        if nxt is None:
            self.say("No more documents that way.", "warning")
        else:
            self.open(int(nxt), self.status_filter)

    def action_back(self) -> None:
        self._flush_time()
        self.timer = None
        self.annotate_app.show_queue()

    def action_help(self) -> None:
        from annotate.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self))

    def action_cancel(self) -> None:
        self._start()
        if self.search_visible:
            self.close_search()
            return
        self.edit, self.new = None, None
        self.set_mode(None)

    def set_mode(self, mode: str | None) -> None:
        self.mode = mode
        self.refresh_bindings()
        self.paint()


def document_screen_class(schema: Schema) -> type[DocumentScreen]:
    """A DocumentScreen whose BINDINGS add the schema's stance keys (ids stance.*)."""
    bindings: list[Binding] = stance_bindings(schema)
    return type("DocumentScreen", (DocumentScreen,), {"BINDINGS": bindings})
