"""The document screen: the article, its spans, and one key per decision.

Every action calls `Annotations` first (one committed transaction) and only then re-reads
the document and repaints, so the screen never shows what is not on disk. Repainting
rebuilds the list of marks (not the article's text) and the article view redraws only the
lines whose marks changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from annotate.errors import AnnotateError
from annotate.schema import Schema
from annotate.store.annotations import Timer
from annotate.store.documents import progress
from annotate.store.events import Event
from annotate.store.views import neighbour, next_unfinished
from annotate.tui.bindings import DOCUMENT_BINDINGS, stance_bindings
from annotate.tui.model import DocModel, Item
from annotate.tui.screens.modes import ModesMixin
from annotate.tui.styles import CURRENT, SEARCH_HIT, Mark, span_style
from annotate.tui.widgets.article import ArticleView
from annotate.tui.widgets.side_panel import SidePanel

if TYPE_CHECKING:
    from annotate.tui.app import AnnotateApp

T = TypeVar("T")
MODES = {b.action.split("(")[0]: mode for b, mode in DOCUMENT_BINDINGS}


class DocumentScreen(ModesMixin, Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [b for b, _ in DOCUMENT_BINDINGS]

    def __init__(self, document_id: int, status_filter: str | None = None) -> None:
        super().__init__()
        self.document_id = document_id
        self.status_filter = status_filter
        self.model: DocModel | None = None
        self.current: tuple[str, int] | None = None
        self.mode: str | None = None
        self.search_hit: tuple[int, int] | None = None
        self.confirm_done = False
        self.history: list[int] = []
        self.timer: Timer | None = None

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
        return None if self.current is None else self.doc.by_key.get(self.current)

    def store_call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a store action; an AnnotateError becomes an error notification, not a crash."""
        try:
            return fn(*args, **kwargs)
        except AnnotateError as exc:
            self.notify(str(exc), severity="error", title="Not saved")
            return None

    def ok(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        """Like `store_call`, for actions without a result: True when committed."""
        try:
            fn(*args, **kwargs)
        except AnnotateError as exc:
            self.notify(str(exc), severity="error", title="Not saved")
            return False
        return True

    def compose(self) -> ComposeResult:
        yield Static(id="doc-header")
        with Horizontal(id="doc-body"):
            yield ArticleView(id="article")
            with Vertical(id="side"):
                yield SidePanel(id="side-panel")
        yield Input(placeholder="search the text (enter: next match, escape: close)",
                    id="search")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#search", Input).display = False
        self.load_document(self.document_id)
        self.set_interval(self.annotate_app.flush_every, self._tick)

    def on_unmount(self) -> None:
        self._flush_time()

    def _tick(self) -> None:
        if self.timer is not None:
            self.ok(self.timer.tick)

    def _flush_time(self) -> None:
        if self.timer is not None:
            self.ok(self.timer.tick, True)

    def load_document(self, document_id: int) -> None:
        """Show a document with the cursor on its first open suggestion."""
        self._flush_time()
        self.document_id = document_id
        self.model = DocModel(self.annotate_app.annotations, document_id)
        self.timer = Timer(self.annotate_app.annotations, document_id,
                           self.annotate_app.flush_every)
        self.mode, self.search_hit, self.confirm_done, self.history = None, None, False, []
        first = self.doc.first_open() or (self.doc.items[0] if self.doc.items else None)
        self.current = None if first is None else first.key
        article = self.query_one(ArticleView)
        article.set_text(self.doc.text)
        article.scroll_to(0, 0, animate=False, immediate=True)
        self.repaint()
        article.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("quote_stance", "doc_stance"):
            mode = None
        elif action in MODES:
            mode = MODES[action]
        else:
            return True
        if mode == "any":
            return self.mode is not None or self.search_visible
        if self.search_visible:
            return False
        return mode == self.mode

    # -- painting -----------------------------------------------------------------------------

    def marks(self) -> list[Mark]:
        """Suggestions, then accepted spans, longest first so nested spans stay visible."""
        doc, schema = self.doc, self.schema
        ordered = sorted(doc.items, key=lambda i: (not i.is_suggestion, i.start - i.end))
        marks: list[Mark] = [(i.start, i.end, span_style(schema, i.label, i.is_suggestion))
                             for i in ordered]
        item = self.item
        if self.mode is None and item is not None:
            marks.append((item.start, item.end, CURRENT))
        if self.search_hit is not None:
            marks.append((*self.search_hit, SEARCH_HIT))
        marks.extend(self.mode_marks())
        return marks

    def repaint(self, reload: bool = False) -> None:
        if reload:
            self.doc.reload()
        if self.current is not None and self.current not in self.doc.by_key:
            self.current = None
        article = self.query_one(ArticleView)
        article.set_marks(self.marks())
        focus = self.focus_range()
        if focus is not None:
            article.show(*focus)
        self.query_one(SidePanel).show(self.schema, self.doc, self.item)
        self._header()

    def focus_range(self) -> tuple[int, int] | None:
        if self.mode is not None:
            return self.mode_focus()
        if self.search_hit is not None:
            return self.search_hit
        item = self.item
        return None if item is None else (item.start, item.end)

    def _header(self) -> None:
        app, doc = self.annotate_app, self.doc
        done, total = progress(app.store, app.annotations.annotator_id)
        head = Text()
        head.append(f" #{doc.id} ", style="bold reverse")
        head.append(f" {doc.document.title or '(untitled)'}", style="bold")
        head.append(f"  {doc.document.published or 'no date'}", style="dim")
        status = str(doc.status["status"]).replace("_", " ")
        head.append(f"\n status {status} · {doc.open_count} open suggestions · "
                    f"progress {done}/{total} done")
        if self.mode:
            head.append(f" · {self.mode.upper()} MODE", style="bold magenta")
        self.query_one("#doc-header", Static).update(head, layout=False)

    def go_to(self, item: Item | None) -> None:
        self.current = None if item is None else item.key
        self.search_hit = None
        self.repaint()

    # -- navigation ---------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        items = self.doc.items
        if not items:
            return
        index = self.doc.index_of(self.current)
        if index is None:
            target = 0 if step > 0 else len(items) - 1
        else:
            target = (index + step) % len(items)
        self.go_to(items[target])

    def action_scroll(self, step: int) -> None:
        article = self.query_one(ArticleView)
        article.scroll_to(y=article.scroll_offset.y + step * 3, animate=False)

    def on_article_view_clicked(self, message: ArticleView.Clicked) -> None:
        if self.mode is None:
            item = self.doc.at_offset(message.offset)
            if item is not None:
                self.go_to(item)

    # -- decisions ----------------------------------------------------------------------------

    def _after_change(self, at: int) -> None:
        """Re-read, then put the cursor on the next open suggestion from `at`."""
        self.confirm_done = False
        self.doc.reload()
        nxt = self.doc.first_open(at) or self.doc.nearest(at)
        self.current = None if nxt is None else nxt.key
        self.search_hit = None
        self.repaint()

    def _did(self, item: Item) -> None:
        self.history.append(item.start)

    def action_accept(self) -> None:
        item = self.item
        if item is None or not item.is_suggestion:
            self.notify("Nothing to accept here: move to a suggestion (tab).", severity="warning")
            return
        if self.store_call(self.annotate_app.annotations.accept, item.id) is not None:
            self._did(item)
        self._after_change(item.start)

    def action_reject(self) -> None:
        item = self.item
        if item is None:
            return
        ann = self.annotate_app.annotations
        fn = ann.reject if item.is_suggestion else ann.delete_span
        if self.ok(fn, item.id):
            self._did(item)
        self._after_change(item.start)

    def accepted(self, item: Item) -> int | None:
        """The span id of an item, accepting it first if it is a suggestion."""
        if not item.is_suggestion:
            return item.id
        span_id = self.store_call(self.annotate_app.annotations.accept, item.id)
        if span_id is not None:
            self._did(item)
        return span_id

    def change(self, item: Item, **changes: object) -> int | None:
        """Change a span; a suggestion is accepted with the change as one undoable action."""
        ann = self.annotate_app.annotations
        if item.is_suggestion:
            span_id = self.store_call(ann.accept, item.id, **changes)
        else:
            span_id = item.id if self.ok(ann.update_span, item.id, **changes) else None
        if span_id is not None:
            self._did(item)
        return span_id

    def action_quote_stance(self, value: str) -> None:
        quote = self.doc.quote_for(self.item)
        if quote is None:
            self.notify("Stance keys set the current quote's stance: move to a QUOTE.",
                        severity="warning")
            return
        span_id = self.change(quote, stance=value)
        self.doc.reload()
        self.current = ("span", span_id) if span_id is not None else self.current
        self.repaint()

    def action_doc_stance(self, value: str) -> None:
        if self.ok(self.annotate_app.annotations.set_document_stance, self.doc.id, value):
            self.history.append(self.item.start if self.item else 0)
            self.notify(f"Document stance: {value}")
        self.repaint(reload=True)

    def action_undo(self) -> None:
        self._history_step(self.annotate_app.annotations.undo, "undo")

    def action_redo(self) -> None:
        self._history_step(self.annotate_app.annotations.redo, "redo")

    def _history_step(self, fn: Callable[[int], Event | None], name: str) -> None:
        result = self.store_call(fn, self.doc.id)
        if result is None:
            self.notify(f"Nothing to {name} in this document.", severity="warning")
            return
        at = self.history.pop() if name == "undo" and self.history else None
        self.doc.reload()
        if at is not None:
            here = [i for i in self.doc.items if i.start == at]
            target = next((i for i in here if i.is_suggestion), here[0] if here else None)
            self.current = target.key if target else self.current
        self.repaint()

    # -- document status and moving between documents ---------------------------------------

    def action_done(self) -> None:
        open_count = self.doc.open_count
        if open_count and not self.confirm_done:
            self.confirm_done = True
            self.notify(f"{open_count} suggestions are still open: press d again to mark "
                        "the document done anyway.", severity="warning", title="Not done yet")
            return
        self._finish("done")

    def action_skip(self) -> None:
        self._finish("skipped")

    def _finish(self, status: str) -> None:
        ann = self.annotate_app.annotations
        if not self.ok(ann.set_status, self.doc.id, status):
            return
        self.notify(f"#{self.doc.id} marked {status}.")
        nxt = next_unfinished(self.annotate_app.store, ann.annotator_id, self.doc.id)
        if nxt is None:
            self.notify("No document left to do: back to the queue.")
            self.action_back()
        else:
            self.load_document(nxt)

    def action_other_document(self, step: int) -> None:
        app = self.annotate_app
        nxt = neighbour(app.store, app.annotations.annotator_id, self.doc.id, step,
                        self.status_filter)
        if nxt is None:
            self.notify("No more documents that way.", severity="warning")
        else:
            self.load_document(int(nxt))

    def action_back(self) -> None:
        self._flush_time()
        self.timer = None
        self.app.pop_screen()

    def action_help(self) -> None:
        from annotate.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self))


def document_screen_class(schema: Schema) -> type[DocumentScreen]:
    """A DocumentScreen whose BINDINGS add the schema's stance keys (ids stance.*)."""
    bindings: list[Binding] = stance_bindings(schema)
    return type("DocumentScreen", (DocumentScreen,), {"BINDINGS": bindings})
