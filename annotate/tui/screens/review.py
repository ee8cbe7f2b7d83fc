"""The review screen: a document screen on the gold layer, walking disagreements.

It *is* the document screen (subclass), with `app.annotations` being gold, so every editing
key (e, l, x, n, s, stance, undo, redo, search) and its modes are the annotating ones, on
gold. What changes: tab / j / k walk the document's disagreements instead of spans, the
current one is marked in the text (under gold's own highlighting) and explained in the
review panel, and the number keys take annotator #n's version with
`annotate.adjudicate.take`, one undoable gold action.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widget import Widget

from annotate.adjudicate import Disagreement, disagreements, take, take_key
from annotate.schema import Schema
from annotate.store.flags import document_flags
from annotate.tui.bindings import REVIEW_BINDINGS, stance_bindings
from annotate.tui.items import Item
from annotate.tui.screens.document import DocumentScreen
from annotate.tui.screens.header import add_mode, status_of, title_line
from annotate.tui.screens.outcome import FAILED
from annotate.tui.screens.review_stance import NO_STANCE, stance_choices
from annotate.tui.styles import REGION, Mark
from annotate.tui.widgets.review_panel import ReviewPanel, title
from annotate.tui.widgets.side_panel import SidePanel

if TYPE_CHECKING:
    from textual.binding import Binding as TBinding

    from annotate.tui.review import ReviewApp

# Dark red under the region of the current disagreement: gold's spans draw over it in their
# usual colours, so "gold has nothing here" reads as a bare red stretch; the underline stays.
DISAGREEMENT = Style(bgcolor="#5f0000", color="white", underline=True)
# No suggestions in gold; flags are the annotators' notes to the lead, who is the one
# reviewing (their flags put the document first in the review list).
OFF_IN_REVIEW = ("accept", "accept_all", "skip", "flag", "flag_document")
NORMAL_ONLY = ("take", "pick_stance")


class GoldSidePanel(SidePanel):
    """The usual side panel on gold; "nothing here" is a normal state of a disagreement."""

    empty_text = "Gold has no span here.\nPress a number to take a version, n to mark one."


class ReviewScreen(DocumentScreen):
    BINDINGS: ClassVar[list[BindingType]] = list(REVIEW_BINDINGS)
    with_suggestions = False

    def __init__(self) -> None:
        super().__init__()
        self.found: list[Disagreement] = []
        self.flags: list[dict[str, Any]] = []
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

    def side_widget(self) -> Widget:
        return Vertical(ReviewPanel(id="review-panel"), GoldSidePanel(id="side-panel"),
                        id="side")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in OFF_IN_REVIEW:
            return False
        if action in NORMAL_ONLY:
            return self.model is not None and self.mode is None and not self.search_visible
        return super().check_action(action, parameters)

    def footer_shows(self, binding: TBinding) -> bool:
        return binding.action.split("(")[0] not in OFF_IN_REVIEW

    # -- disagreements ------------------------------------------------------------------------

    def refresh_disagreements(self) -> None:
        """Re-read the disagreements when gold's event log for the document has moved on."""
        if self.model is None:
            return
        app = self.review_app
        stamp = (self.doc.id, self.doc.last_event)
        if stamp == self._stamp:
            return
        key = None if self.disagreement is None else self.disagreement.key
        found, refused = self.attempt(disagreements, app.store, self.doc.id,
                                      app.min_annotators, app.strategy)
        self.found, self._stamp = ([] if refused else found), stamp
        self.flags = document_flags(app.store, self.doc.id)
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
        inside = [i for i in self.doc.items.between(max(0, d.start - 2000), d.end)
                  if i.label == d.label and i.start < d.end and d.start < i.end]
        return inside[0] if inside else None

    def go_to_disagreement(self, index: int | None) -> None:
        self.index = index
        item = self.gold_item(self.disagreement)
        self.current = None if item is None else item.key
        d = self.disagreement
        if d is not None and d.start is not None:
            self.caret = d.start
        self.search.forget()
        self.paint()

    def next_open(self, after: int) -> int | None:
        """The first open disagreement after `after`, wrapping around; None if all settled."""
        count = len(self.found)
        for step in range(1, count + 1):
            index = (after + step) % count
            if not self.found[index].resolved:
                return index
        return None

    def open(self, document_id: int, status_filter: str | None = None,
             flagged_only: bool | None = None) -> bool:
        self.found, self.index, self._stamp = [], None, None
        if not super().open(document_id, status_filter, flagged_only):
            return False
        self.refresh_disagreements()
        first = self.next_open(-1) if self.found else None
        self.go_to_disagreement(first if first is not None else (0 if self.found else None))
        return True

    # -- painting -----------------------------------------------------------------------------

    def paint(self, delta: Any = None) -> None:
        self.refresh_disagreements()
        super().paint(delta)
        if self.is_mounted and self.model is not None:
            self.query_one(ReviewPanel).show(self.found, self.index, self.model.text,
                                             self.flags)

    def overlay(self) -> dict[Any, Mark | None]:
        marks = super().overlay()
        d = self.disagreement
        marks["region"] = (d.start, d.end, DISAGREEMENT, REGION) \
            if d is not None and d.start is not None and d.end is not None else None
        return marks

    def focus_range(self) -> tuple[int, int] | None:
        d = self.disagreement
        if self.mode is None and self.search.hit is None and d is not None \
                and d.start is not None and d.end is not None:
            return (d.start, d.end)
        return super().focus_range()

    def header_parts(self) -> tuple[Any, ...]:
        return (*super().header_parts(), self.open_count_review, len(self.found))

    def header_text(self) -> Text:
        app, doc = self.review_app, self.doc
        head = title_line(doc)
        still_open = self.open_count_review
        head.append(f"\n gold {status_of(doc)} · ")
        head.append(f"{still_open} open", style="bold red" if still_open else "bold green")
        head.append(f" of {len(self.found)} disagreements · review by {app.adjudicator} "
                    f"({app.strategy})")
        return add_mode(head, self.mode)

    # -- keys ---------------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        self.begin_key()
        if not self.found:
            self.say("No disagreements in this document.", "warning")
            return
        index = -1 if self.index is None else self.index
        self.go_to_disagreement((index + step) % len(self.found))

    def action_move_open(self, step: int) -> None:
        """tab / shift+tab: the next open disagreement (gold has no suggestions)."""
        self.begin_key()
        if not self.found:
            self.say("No disagreements in this document.", "warning")
            return
        here = -1 if self.index is None else self.index
        if step > 0:
            nxt = self.next_open(here)
        else:
            count = len(self.found)
            nxt = next(((here - k) % count for k in range(1, count + 1)
                        if not self.found[(here - k) % count].resolved), None)
        if nxt is None:
            self.say("Every disagreement here is settled.")
            return
        self.go_to_disagreement(nxt)

    def action_take(self, number: int) -> None:
        if not self.begin_key():
            return
        d = self.disagreement
        if d is None:
            self.say("No disagreement here to take a version of.", "warning")
            return
        names = list(d.versions)
        if not 1 <= number <= len(names):
            self.say(f"There is no annotator #{number} here (1–{len(names)}).", "warning")
            return
        app, name = self.review_app, names[number - 1]
        if self.commit(take, app.store, app.adjudicator, self.document_id, d, name) is FAILED:
            return
        self.refresh_disagreements()
        nxt = self.next_open(self.index if self.index is not None else -1)
        message = f"Took {name}'s version: {title(d, self.model.text if self.model else '')}."
        if nxt is None:
            message += " Every disagreement here is settled; gold is done. ] goes on."
        self.current = None
        self.paint(self.last_delta)
        self.go_to_disagreement(self.index if nxt is None else nxt)
        self.say(message)

    def action_undo(self) -> None:
        self._back_to_take(self.deciding.undo())

    def action_redo(self) -> None:
        self._back_to_take(self.deciding.redo())

    def _back_to_take(self, event: Any) -> None:
        """Undo / redo in gold; the cursor goes back to the disagreement a take settled."""
        key = None if event is None else take_key(event)
        if key is not None:
            self.refresh_disagreements()
            keys = [d.key for d in self.found]
            if key in keys:
                self.go_to_disagreement(keys.index(key))

    def action_new_span(self) -> None:
        super().action_new_span()
        d = self.disagreement
        if self.item is None and d is not None and d.start is not None \
                and self.editing.put_caret(d.start):
            self.paint()

    def action_pick_stance(self) -> None:
        if not self.begin_key():
            return
        quote = self.doc.quote_for(self.item)
        if quote is None:
            self.say("t sets the stance of gold's quote: take or mark a "
                     f"{self.schema.quote_label} first.", "warning")
            return
        self.review_app.ask_stance(f"Stance of “{quote.text[:40]}”",
                                   lambda choice: self._stance_chosen(quote, choice))

    def _stance_chosen(self, quote: Item, choice: str) -> None:
        self.change(quote, stance=None if choice == NO_STANCE else choice)

    # -- documents ----------------------------------------------------------------------------

    def action_done(self) -> None:
        if not self.begin_key():
            return
        still_open = self.open_count_review
        if not self.finishing.confirmed(still_open, f"{still_open} disagreements are still "
                                        "open: press d again to mark gold done anyway."):
            return
        if self.commit(self.annotate_app.annotations.set_status, self.doc.id,
                       "done") is FAILED:
            return
        done = self.doc.id
        nxt = self._next_unsettled()
        if nxt is None:
            self.action_back()
            self.annotate_app.say(f"#{done} gold marked done. No document with open "
                                  "disagreements left.")
        else:
            self.open(nxt)
            self.say(f"#{done} gold marked done.")

    def _next_unsettled(self) -> int | None:
        """The next listed document (wrapping) with an open disagreement."""
        app = self.review_app
        ids = app.document_ids or [self.doc.id]
        here = ids.index(self.doc.id) if self.doc.id in ids else -1
        for step in range(1, len(ids) + 1):
            doc = ids[(here + step) % len(ids)]
            if doc == self.doc.id:
                continue
            found, refused = self.attempt(disagreements, app.store, doc, app.min_annotators,
                                          app.strategy)
            if refused is None and any(not d.resolved for d in found):
                return doc
        return None

    def action_other_document(self, step: int) -> None:
        self.begin_key()
        ids = self.review_app.document_ids
        here = ids.index(self.doc.id) if self.doc.id in ids else -1
        target = here + step
        if here < 0 or not 0 <= target < len(ids):
            self.say("No more documents that way.", "warning")
            return
        self.open(ids[target])

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


__all__ = ["ReviewScreen", "review_screen_class", "stance_choices"]
