"""The review screen: a document screen on the gold layer, walking disagreements.

It *is* the document screen (subclass), with `app.annotations` being gold, so every editing
key (e, l, x, n, s, stance, undo, redo, search) and its modes are the annotating ones, on
gold. What changes: tab / j / k walk the document's disagreements instead of spans, the
current one is marked in the text (under gold's own highlighting) and explained in the
review panel, and the number keys take annotator #n's version with
`annotate.adjudicate.take`, one undoable gold action.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, cast

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Input, Static

from annotate.adjudicate import Disagreement, disagreements, take, take_key
from annotate.schema import Schema
from annotate.store.events import Event
from annotate.tui.bindings import REVIEW_BINDINGS, stance_bindings
from annotate.tui.model import Item
from annotate.tui.screens.document import DocumentScreen
from annotate.tui.screens.review_stance import NO_STANCE, StancePicker
from annotate.tui.styles import Mark
from annotate.tui.widgets.article import ArticleView
from annotate.tui.widgets.review_panel import ReviewPanel, title
from annotate.tui.widgets.side_panel import SidePanel

if TYPE_CHECKING:
    from annotate.tui.review import ReviewApp

# Dark red under the region of the current disagreement: gold's spans draw over it in their
# usual colours, so "gold has nothing here" reads as a bare red stretch; the underline stays.
DISAGREEMENT = Style(bgcolor="#5f0000", color="white", underline=True)
OFF_IN_REVIEW = ("accept", "skip")  # no suggestions in gold
NORMAL_ONLY = ("take", "pick_stance")


class GoldSidePanel(SidePanel):
    """The usual side panel on gold; "nothing here" is a normal state of a disagreement."""

    empty_text = "Gold has no span here.\nPress a number to take a version, n to mark one."


class ReviewScreen(DocumentScreen):
    BINDINGS: ClassVar[list[BindingType]] = list(REVIEW_BINDINGS)

    def __init__(self, document_id: int, status_filter: str | None = None) -> None:
        super().__init__(document_id, status_filter)
        self.found: list[Disagreement] = []
        self.index: int | None = None
        self._stamp: tuple[int, int] | None = None

    @property
    def review_app(self) -> ReviewApp:
        return cast("ReviewApp", self.app)

    @property
    def disagreement(self) -> Disagreement | None:
        return None if self.index is None or not self.found else self.found[self.index]

    @property
    def open_count_review(self) -> int:
        return sum(not d.resolved for d in self.found)

    def compose(self) -> ComposeResult:
        yield Static(id="doc-header")
        with Horizontal(id="doc-body"):
            yield ArticleView(id="article")
            with Vertical(id="side"):
                yield ReviewPanel(id="review-panel")
                yield GoldSidePanel(id="side-panel")
        yield Input(placeholder="search the text (enter: next match, escape: close)",
                    id="search")
        yield Footer()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in OFF_IN_REVIEW:
            return False
        if action in NORMAL_ONLY:
            return self.mode is None and not self.search_visible
        return super().check_action(action, parameters)

    # -- disagreements ------------------------------------------------------------------------

    def refresh_disagreements(self) -> None:
        """Re-read the disagreements when gold's event log for the document has moved on."""
        app = self.review_app
        doc = self.document_id
        last = app.store.scalar("SELECT MAX(id) FROM events WHERE annotator_id = ? AND "
                                "document_id = ?", (app.annotations.annotator_id, doc))
        stamp = (doc, int(last or 0))
        if stamp == self._stamp:
            return
        key = None if self.disagreement is None else self.disagreement.key
        found = self.store_call(disagreements, app.store, doc, app.min_annotators, app.strategy)
        self.found, self._stamp = found or [], stamp
        keys = [d.key for d in self.found]
        if key in keys:
            self.index = keys.index(key)
        elif self.found:
            self.index = min(self.index or 0, len(self.found) - 1)
        else:
            self.index = None

    def gold_item(self, d: Disagreement | None) -> Item | None:
        """Gold's span in the disagreement's region: what e, l, x, s and t act on."""
        if d is None or d.start is None or d.end is None:
            return self.item
        inside = [i for i in self.doc.items
                  if i.label == d.label and i.start < d.end and d.start < i.end]
        return inside[0] if inside else None

    def go_to_disagreement(self, index: int | None) -> None:
        self.index = index
        item = self.gold_item(self.disagreement)
        self.current = None if item is None else item.key
        self.search_hit = None
        self.repaint()

    def next_open(self, after: int) -> int | None:
        """The first open disagreement after `after`, wrapping around; None if all settled."""
        count = len(self.found)
        for step in range(1, count + 1):
            index = (after + step) % count
            if not self.found[index].resolved:
                return index
        return None

    def load_document(self, document_id: int) -> None:
        self.found, self.index, self._stamp = [], None, None
        super().load_document(document_id)
        self.refresh_disagreements()
        first = self.next_open(-1) if self.found else None
        self.go_to_disagreement(first if first is not None else (0 if self.found else None))

    # -- painting -----------------------------------------------------------------------------

    def repaint(self, reload: bool = False) -> None:
        self.refresh_disagreements()
        super().repaint(reload)
        self.query_one(ReviewPanel).show(self.found, self.index)

    def marks(self) -> list[Mark]:
        marks = super().marks()
        d = self.disagreement
        if d is not None and d.start is not None and d.end is not None:
            marks.insert(0, (d.start, d.end, DISAGREEMENT))
        return marks

    def focus_range(self) -> tuple[int, int] | None:
        d = self.disagreement
        if self.mode is None and self.search_hit is None and d is not None \
                and d.start is not None and d.end is not None:
            return (d.start, d.end)
        return super().focus_range()

    def _header(self) -> None:
        app, doc = self.review_app, self.doc
        head = Text()
        head.append(f" #{doc.id} ", style="bold reverse")
        head.append(f" {doc.document.title or '(untitled)'}", style="bold")
        head.append(f"  {doc.document.published or 'no date'}", style="dim")
        status = str(doc.status["status"]).replace("_", " ")
        still_open = self.open_count_review
        head.append(f"\n gold {status} · ")
        head.append(f"{still_open} open", style="bold red" if still_open else "bold green")
        head.append(f" of {len(self.found)} disagreements · review by {app.adjudicator} "
                    f"({app.strategy})")
        if self.mode:
            head.append(f" · {self.mode.upper()} MODE", style="bold magenta")
        self.query_one("#doc-header", Static).update(head, layout=False)

    # -- keys ---------------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        if not self.found:
            self.notify("No disagreements in this document.", severity="warning")
            return
        index = -1 if self.index is None else self.index
        self.go_to_disagreement((index + step) % len(self.found))

    def action_take(self, number: int) -> None:
        d = self.disagreement
        if d is None:
            self.notify("No disagreement here to take a version of.", severity="warning")
            return
        names = list(d.versions)
        if not 1 <= number <= len(names):
            self.notify(f"There is no annotator #{number} here (1–{len(names)}).",
                        severity="warning")
            return
        app, name = self.review_app, names[number - 1]
        if not self.ok(take, app.store, app.adjudicator, self.document_id, d, name):
            return
        self.notify(f"Took {name}'s version: {title(d)}.")
        self.confirm_done = False
        self.doc.reload()
        self.refresh_disagreements()
        nxt = self.next_open(self.index if self.index is not None else -1)
        if nxt is None:
            self.notify("Every disagreement in this document is settled; gold is done. "
                        "] goes to the next document.", title="Document settled")
        self.go_to_disagreement(self.index if nxt is None else nxt)

    def action_undo(self) -> None:
        self._review_history(self.annotate_app.annotations.undo, "undo")

    def action_redo(self) -> None:
        self._review_history(self.annotate_app.annotations.redo, "redo")

    def _review_history(self, fn: Callable[[int], Event | None], name: str) -> None:
        """Undo / redo in gold; the cursor goes back to the disagreement a take settled."""
        event = self.store_call(fn, self.doc.id)
        if event is None:
            self.notify(f"Nothing to {name} in this document.", severity="warning")
            return
        self.confirm_done = False
        self.doc.reload()
        self.refresh_disagreements()
        key = take_key(event)
        keys = [d.key for d in self.found]
        index = keys.index(key) if key in keys else self.index
        if key in keys or self.item is None:
            self.go_to_disagreement(index)
        else:
            self.repaint()

    def action_new_span(self) -> None:
        super().action_new_span()
        d = self.disagreement
        if self.item is None and d is not None and d.start is not None:
            self.cursor_at = d.start
            self.repaint()

    def action_pick_stance(self) -> None:
        quote = self.doc.quote_for(self.item)
        if quote is None:
            self.notify("t sets the stance of gold's quote: take or mark a QUOTE first.",
                        severity="warning")
            return
        self.app.push_screen(StancePicker(self.schema, f"Stance of “{quote.text[:40]}”"),
                             self._stance_chosen)

    def _stance_chosen(self, choice: str | None) -> None:
        if choice is None:
            return
        if choice != NO_STANCE:
            self.action_quote_stance(choice)
            return
        quote = self.doc.quote_for(self.item)
        if quote is not None and self.ok(self.annotate_app.annotations.set_quote_stance,
                                         quote.id, None):
            self._did(quote)
        self.repaint(reload=True)

    # -- documents ----------------------------------------------------------------------------

    def action_done(self) -> None:
        still_open = self.open_count_review
        if still_open and not self.confirm_done:
            self.confirm_done = True
            self.notify(f"{still_open} disagreements are still open: press d again to mark "
                        "gold done anyway.", severity="warning", title="Not settled yet")
            return
        if not self.ok(self.annotate_app.annotations.set_status, self.doc.id, "done"):
            return
        self.notify(f"#{self.doc.id} gold marked done.")
        nxt = self._next_unsettled()
        if nxt is None:
            self.notify("No document with open disagreements left: back to the list.")
            self.action_back()
        else:
            self.load_document(nxt)

    def _next_unsettled(self) -> int | None:
        """The next listed document (wrapping) with an open disagreement."""
        app = self.review_app
        ids = app.document_ids or [self.doc.id]
        here = ids.index(self.doc.id) if self.doc.id in ids else -1
        for step in range(1, len(ids) + 1):
            doc = ids[(here + step) % len(ids)]
            if doc == self.doc.id:
                continue
            found = self.store_call(disagreements, app.store, doc, app.min_annotators,
                                    app.strategy) or []
            if any(not d.resolved for d in found):
                return doc
        return None

    def action_other_document(self, step: int) -> None:
        ids = self.review_app.document_ids
        here = ids.index(self.doc.id) if self.doc.id in ids else -1
        target = here + step
        if here < 0 or not 0 <= target < len(ids):
            self.notify("No more documents that way.", severity="warning")
            return
        self.load_document(ids[target])

    def action_help(self) -> None:
        from annotate.tui.screens.review_help import ReviewHelpScreen

        self.app.push_screen(ReviewHelpScreen(self))


def review_screen_class(schema: Schema) -> type[ReviewScreen]:
    """A ReviewScreen with the schema's document-stance keys (the shifted stance keys).

    The quote-stance keys are left out on purpose: their digits take versions here.
    """
    bindings: list[Binding] = [b for b in stance_bindings(schema)
                               if (b.id or "").startswith("stance.doc.")]
    return type("ReviewScreen", (ReviewScreen,), {"BINDINGS": bindings})
