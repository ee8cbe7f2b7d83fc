"""The document screen's modal work: edit boundaries, new span, relabel, speaker, search.

Kept apart from `document.py` so each file reads in one sitting. The mixin relies on the
screen for `doc`, `item`, `repaint`, `ok` / `store_call` and the annotator's actions; what
it uses is declared in `_DocumentScreenAPI` for the type checker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.widgets import Input

from annotate.tui.model import Item
from annotate.tui.screens.pickers import NEW_SPEAKER, NO_SPEAKER, LabelPicker, SpeakerPicker
from annotate.tui.styles import CURRENT, CURSOR, SELECTION, Mark
from annotate.tui.widgets.article import ArticleView

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeVar

    from textual.screen import Screen

    from annotate.schema import Schema
    from annotate.tui.app import AnnotateApp
    from annotate.tui.model import DocModel

    T = TypeVar("T")

    class _DocumentScreenAPI(Screen[None]):
        """The part of `DocumentScreen` the mixin uses (a base for the type checker only)."""

        mode: str | None
        current: tuple[str, int] | None
        search_hit: tuple[int, int] | None
        history: list[int]

        @property
        def annotate_app(self) -> AnnotateApp: ...
        @property
        def schema(self) -> Schema: ...
        @property
        def doc(self) -> DocModel: ...
        @property
        def item(self) -> Item | None: ...
        def repaint(self, reload: bool = False) -> None: ...
        def accepted(self, item: Item) -> int | None: ...
        def change(self, item: Item, **changes: object) -> int | None: ...
        def store_call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None: ...
        def ok(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> bool: ...

else:
    _DocumentScreenAPI = object  # at run time DocumentScreen itself provides all of the above


class ModesMixin(_DocumentScreenAPI):
    draft: tuple[int, int] | None = None
    cursor_at: int = 0
    select_anchor: int | None = None  # not `anchor`, which is a Widget method
    speaker_for: int | None = None

    @property
    def search_visible(self) -> bool:
        return bool(self.query_one("#search", Input).display)

    def set_mode(self, mode: str | None) -> None:
        self.mode = mode
        self.refresh_bindings()
        self.repaint()

    def mode_marks(self) -> list[Mark]:
        if self.mode == "edit" and self.draft is not None:
            return [(*self.draft, CURRENT)]
        if self.mode == "new":
            marks: list[Mark] = []
            if self.select_anchor is not None:
                marks.append((*self._selection(), SELECTION))
            marks.append((self.cursor_at, self.cursor_at + 1, CURSOR))
            return marks
        return []

    def mode_focus(self) -> tuple[int, int] | None:
        if self.mode == "edit":
            return self.draft
        return (self.cursor_at, self.cursor_at + 1)

    def action_cancel(self) -> None:
        if self.search_visible:
            self._close_search()
            return
        self.draft, self.select_anchor, self.speaker_for = None, None, None
        self.set_mode(None)

    # -- e: edit boundaries -------------------------------------------------------------------

    def action_edit(self) -> None:
        item = self.item
        if item is None:
            return
        self.draft = (item.start, item.end)
        self.set_mode("edit")

    def action_edit_move(self, side: str, step: int) -> None:
        if self.draft is None:
            return
        start, end = self.draft
        if side == "start":
            start = self.doc.step_start(start, step)
            start = start if start < end else self.draft[0]
        else:
            end = self.doc.step_end(end, step)
            end = end if end > start else self.draft[1]
        self.draft = (start, end)
        self.repaint()

    def action_edit_keep(self) -> None:
        item, draft = self.item, self.draft
        self.draft = None
        if item is not None and draft is not None and draft != (item.start, item.end):
            span_id = self.change(item, start=draft[0], end=draft[1])
            if span_id is not None:
                self.current = ("span", span_id)
            self.doc.reload()
        self.set_mode(None)

    # -- l: relabel ---------------------------------------------------------------------------

    def action_relabel(self) -> None:
        item = self.item
        if item is None:
            return
        self.app.push_screen(LabelPicker(self.schema, f"Relabel “{item.text[:40]}” as"),
                             lambda label: self._relabel(item, label))

    def _relabel(self, item: Item, label: str | None) -> None:
        if label is None or label == item.label:
            return
        span_id = self.change(item, label=label)
        if span_id is not None:
            self.current = ("span", span_id)
        self.repaint(reload=True)

    # -- n: new span with a keyboard cursor ---------------------------------------------------

    def action_new_span(self) -> None:
        self._start_new(None)

    def _start_new(self, speaker_for: int | None) -> None:
        item = self.item
        article = self.query_one(ArticleView)
        top = article.line_range(article.scroll_offset.y)[0]
        self.cursor_at = item.start if item is not None else top
        self.select_anchor, self.speaker_for = None, speaker_for
        self.set_mode("new")

    def action_cursor(self, unit: str, step: int) -> None:
        text, at = self.doc.text, self.cursor_at
        if unit == "char":
            at += step
        elif unit == "word":
            at = self.doc.step_start(at, step)
        else:
            article = self.query_one(ArticleView)
            line = article.line_for(at)
            column = at - article.line_range(line)[0]
            start, end = article.line_range(line + step)
            at = min(start + column, max(start, end - 1))
        self.cursor_at = max(0, min(at, len(text) - 1))
        self.repaint()

    def _selection(self) -> tuple[int, int]:
        anchor = self.cursor_at if self.select_anchor is None else self.select_anchor
        return min(anchor, self.cursor_at), max(anchor, self.cursor_at) + 1

    def action_select(self) -> None:
        if self.select_anchor is None:
            self.select_anchor = self.cursor_at
            self.repaint()
            return
        start, end = self.doc.snap(*self._selection())
        if self.speaker_for is not None:
            self._add_span("SPEAKER", start, end, self.speaker_for)
            return
        title = f"Label for “{self.doc.text[start:end][:40]}”"
        self.app.push_screen(LabelPicker(self.schema, title),
                             lambda label: self._add_span(label, start, end, None))

    def _add_span(self, label: str | None, start: int, end: int, quote: int | None) -> None:
        if label is None:
            return
        ann = self.annotate_app.annotations
        span_id = self.store_call(ann.add_span, self.doc.id, label, start, end)
        if span_id is not None:
            self.history.append(start)
            self.current = ("span", span_id)
            if quote is not None and self.ok(ann.set_speaker, quote, span_id):
                self.history.append(start)
                self.current = ("span", quote)
        self.select_anchor, self.speaker_for = None, None
        self.doc.reload()
        self.set_mode(None)

    # -- s: speaker of the current quote ------------------------------------------------------

    def action_speaker(self) -> None:
        quote = self.doc.quote_for(self.item)
        if quote is None:
            self.notify("s sets the speaker of a quote: move to a QUOTE first.",
                        severity="warning")
            return
        quote_id = self.accepted(quote)
        if quote_id is None:
            return
        self.doc.reload()
        self.current = ("span", quote_id)
        self.repaint()
        span = self.doc.by_key[("span", quote_id)]
        choices = self.doc.speaker_choices(span)
        self.app.push_screen(SpeakerPicker(choices, self.doc.speaker_of(span)),
                             lambda choice: self._set_speaker(quote_id, choice))

    def _set_speaker(self, quote_id: int, choice: Any) -> None:
        if choice is None:
            return
        if choice == NEW_SPEAKER:
            self._start_new(quote_id)
            return
        speaker_id: int | None = None
        if choice != NO_SPEAKER:
            item = self.doc.by_key.get(choice)
            speaker_id = None if item is None else self.accepted(item)
            if speaker_id is None:
                return
        if self.ok(self.annotate_app.annotations.set_speaker, quote_id, speaker_id):
            self.history.append(self.doc.by_key[("span", quote_id)].start)
        self.repaint(reload=True)

    # -- /: search ----------------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.focus()
        self.refresh_bindings()

    def _close_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = False
        self.query_one(ArticleView).focus()
        self.refresh_bindings()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        query = event.value.strip().lower()
        if not query:
            self._close_search()
            return
        text = self.doc.text.lower()
        after = self.search_hit[0] + 1 if self.search_hit else (
            self.item.start if self.item else 0)
        found = text.find(query, after)
        if found < 0:
            found = text.find(query)
        if found < 0:
            self.notify(f"“{event.value}” is not in this document.", severity="warning")
            return
        hit = self.doc.at_offset(found) or self.doc.nearest(found)
        self.current = None if hit is None else hit.key
        self.search_hit = (found, found + len(query))
        self.repaint()
