"""The document screen's editing keys: boundaries, new spans, labels, speakers, values, search.

Methods only: the state they work on (the mode, the draft, the caret) is the screen's, named
in `_Screen` for the type checker, and the modes' logic is plain data in `annotate.tui.modes`.
Every change goes through `DocumentScreen.change` / `commit`, so it is one committed,
undoable event, and pickers hand their choice back before the next key is read.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.widgets import Input

from annotate.errors import AnnotateError
from annotate.store import values
from annotate.store.tui_reads import person_names
from annotate.tui import selections
from annotate.tui.items import Item
from annotate.tui.model import Mention, Person, choice_match
from annotate.tui.modes import EditDraft, NewSpan, clamp, move_caret
from annotate.tui.screens.pickers import NEW_SPEAKER, NO_SPEAKER, Entry
from annotate.tui.widgets.article import ArticleView
from annotate.tui.widgets.side_panel import excerpt

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.screen import Screen

    from annotate.schema import Schema
    from annotate.tui.app import AnnotateApp
    from annotate.tui.items import Key
    from annotate.tui.model import Delta, DocModel
    from annotate.tui.widgets.keybar import KeyBar

    class _Screen(Screen[None]):
        """What `EditingActions` uses of `DocumentScreen` (for the type checker only)."""

        mode: str | None
        current: Key | None
        caret: int
        edit: EditDraft | None
        new: NewSpan | None
        search_hit: tuple[int, int] | None
        article: ArticleView
        search_line: Input
        keybar: KeyBar
        last_delta: Delta

        @property
        def annotate_app(self) -> AnnotateApp: ...
        @property
        def schema(self) -> Schema: ...
        @property
        def doc(self) -> DocModel: ...
        @property
        def item(self) -> Item | None: ...
        @property
        def search_visible(self) -> bool: ...
        def paint(self, delta: Delta | None = None) -> None: ...
        def set_mode(self, mode: str | None) -> None: ...
        def say(self, message: str, severity: str = "information", *,
                title: str | None = None, sticky: bool = False) -> None: ...
        def _start(self) -> bool: ...
        def go_to(self, item: Item | None) -> None: ...
        def accepted(self, item: Item) -> int | None: ...
        def change(self, item: Item, **changes: object) -> int | None: ...
        def commit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any: ...
        def attempt(self, fn: Callable[..., Any], *args: Any,
                    **kwargs: Any) -> tuple[Any, str | None]: ...
        def after_change(self, at: int, *, keep: Key | None = None) -> None: ...
        def footer_entries(self) -> list[tuple[str, str]]: ...

else:
    _Screen = object  # at run time DocumentScreen itself provides all of the above

FAILED: Any = object()  # what `commit` returns when the store refused the action
UNIT_NAMES = {"sentence": "sentence", "quoted": "quoted stretch", "clause": "clause after a cue"}


class EditingActions(_Screen):
    """Keys that change a span's boundaries, label, speaker or value, or make a new one."""

    # -- e: edit boundaries -------------------------------------------------------------------

    def action_edit(self) -> None:
        if not self._start():
            return
        item = self.item
        if item is None:
            self.say("Nothing to edit here: move to a span first.", "warning")
            return
        self.edit = EditDraft(item.start, item.end, (item.start, item.end))
        self.set_mode("edit")

    def action_edit_move(self, side: str, step: int) -> None:
        if self.edit is not None:
            self.edit.move(self.doc.tokens, side, step)
            self.paint()

    def action_edit_keep(self) -> None:
        item, draft = self.item, self.edit
        self.edit = None
        if item is not None and draft is not None and draft.changed:
            self.mode = None
            self.change(item, start=draft.start, end=draft.end)
        self.set_mode(None)

    # -- l: relabel ---------------------------------------------------------------------------

    def action_relabel(self) -> None:
        if not self._start():
            return
        item = self.item
        if item is None:
            self.say("Nothing to relabel here: move to a span first.", "warning")
            return
        self.annotate_app.ask_label(f"Relabel “{excerpt(item.text, 40)}” as",
                                    lambda label: self._relabel(item, label))

    def _relabel(self, item: Item, label: str) -> None:
        if label != item.label:
            self.change(item, label=label)

    # -- n: a new span with the keyboard (or the mouse) ---------------------------------------

    def action_new_span(self) -> None:
        if not self._start():
            return
        self.start_new(None)

    def start_new(self, speaker_for: int | None, at: int | None = None) -> None:
        caret = self.caret if at is None else at
        top = self.article.top_offset
        bottom = self.article.line_range(self.article.scroll_offset.y +
                                         max(0, self.article.size.height - 1))[1]
        if not top <= caret <= bottom:
            caret = top
        self.new = NewSpan(clamp(caret, self.doc.text), speaker_for=speaker_for)
        self.search_hit = None
        self.set_mode("new")

    def action_cursor(self, unit: str, step: int) -> None:
        new = self.new
        if new is None:
            return
        if unit == "line":
            article = self.article
            line = article.line_for(new.caret)
            column = new.caret - article.line_range(line)[0]
            start, end = article.line_range(line + step)
            new.caret = clamp(min(start + column, max(start, end - 1)), self.doc.text)
        else:
            new.caret = move_caret(self.doc.tokens, new.caret, unit, step)
        self.paint()

    def action_select(self) -> None:
        new = self.new
        if new is None:
            return
        if new.anchor is None:
            new.anchor = new.caret
            self.paint()
            return
        self.finish_selection()

    def action_select_done(self) -> None:
        """enter: the selection as it is (the token under the caret if none was started)."""
        if self.new is not None:
            self.finish_selection()

    def action_select_unit(self, unit: str) -> None:
        """One key selects the sentence, the quoted stretch or the clause after the cue."""
        new = self.new
        if new is None:
            return
        tokens, cues = self.doc.tokens, self.schema.cues
        if unit == "sentence":
            found = selections.sentence(tokens, new.caret)
        elif unit == "quoted":
            found = selections.quoted(tokens, new.caret)
        else:
            found = selections.clause_after_cue(tokens, new.caret,
                                                cues.get("speech_verbs") or (),
                                                cues.get("according_to") or ())
        if found is None:
            self.say(f"No {UNIT_NAMES[unit]} at the cursor.", "warning")
            return
        new.select(*found)
        self.finish_selection()

    def finish_selection(self) -> None:
        new = self.new
        if new is None:
            return
        snapped = self.doc.tokens.snap(*new.selection())
        if snapped is None:
            self.say("Nothing to mark there: select some text first.", "warning")
            return
        start, end = snapped
        new.select(start, end)
        self.paint()
        if new.speaker_for is not None:
            self._add_span(self.schema.speaker_label, start, end, new.speaker_for)
            return
        title = f"Label for “{excerpt(self.doc.text[start:end], 40)}”"
        self.annotate_app.ask_label(title, lambda label: self._add_span(label, start, end, None))

    def _add_span(self, label: str, start: int, end: int, quote: int | None) -> None:
        ann = self.annotate_app.annotations
        self.new, self.mode = None, None
        if quote is not None:  # the speaker marked and linked in one event: one undo
            span_id = self.commit(ann.add_speaker, quote, start, end)
            keep = None if span_id is FAILED else ("span", quote)
        else:
            span_id = self.commit(ann.add_span, self.doc.id, label, start, end)
            keep = None if span_id is FAILED else ("span", int(span_id))
        self.set_mode(None)
        self.after_change(start, keep=keep)

    def on_article_view_clicked(self, message: ArticleView.Clicked) -> None:
        if self.mode == "new" and self.new is not None:
            self.new.caret = clamp(message.offset, self.doc.text)
            self.paint()
        elif self.mode is None:
            item = self.doc.at_offset(message.offset)
            self.caret = message.offset
            if item is not None:
                self.go_to(item)

    def on_article_view_dragged(self, message: ArticleView.Dragged) -> None:
        """A mouse drag selects: new-span mode with that selection; release asks the label."""
        if self.mode not in (None, "new") or self.search_visible:
            return
        if self.new is None:
            self.new = NewSpan(message.anchor)
            self.mode = "new"
            self.refresh_bindings()
        start, end = sorted((message.anchor, message.offset))
        self.new.select(start, max(start + 1, end))
        self.paint()
        if message.done:
            self.finish_selection()

    # -- s: the speaker of the current quote --------------------------------------------------

    def action_speaker(self) -> None:
        if not self._start():
            return
        quote = self.doc.quote_for(self.item)
        if quote is None:
            self.say(f"s sets the speaker of a quote: move to a {self.schema.quote_label} "
                     "first.", "warning")
            return
        quote_id = self.accepted(quote)
        if quote_id is None:
            return
        span = self.doc.get(("span", quote_id))
        if span is None:
            return
        current = self.doc.speaker_of(span)
        choices = self.doc.speaker_choices(span)
        entries = [Entry(NEW_SPEAKER, Text("+ new speaker: mark the mention in the text",
                                           style="cyan"), always=True)]
        for choice in choices:
            line = self._mention_line(choice, span) if isinstance(choice, Mention) \
                else self._person_line(choice, span, current)
            entries.append(Entry(choice, line, choice_match(choice)))
        entries.append(Entry(NO_SPEAKER, Text("∅ no speaker", style="dim"), always=True))
        title = Text(f"Speaker of “{excerpt(span.text, 50)}”", style="bold")
        title.append("\ntype to filter · ↑/↓ · enter chooses · escape cancels", style="dim")
        self.annotate_app.ask_speaker(title, entries, 1 if choices else 0,
                                      lambda choice: self._set_speaker(quote_id, choice))

    def _person_line(self, person: Person, quote: Item, current: Item | None) -> Text:
        line = Text(person.name, style="bold")
        nearest = person.nearest
        if len(person.mentions) > 1:
            line.append(f"  ×{len(person.mentions)}", style="dim")
        if " ".join(nearest.text.split()) != person.name:
            line.append(f"  “{excerpt(nearest.text, 30)}”")
        where = "before" if nearest.end <= quote.start else \
            "after" if nearest.start >= quote.end else "inside"
        line.append(f"  {where}", style="dim")
        if nearest.is_suggestion:
            line.append("  suggested", style="dim")
        if current is not None and any(m.key == current.key for m in person.mentions):
            line.append("  ← current", style="green")
        return line

    def _mention_line(self, mention: Mention, quote: Item) -> Text:
        line = Text(" ".join(mention.text.split()), style="bold")
        where = "before" if mention.end <= quote.start else "after"
        line.append(f"  {where}, next to the cue · marks it", style="dim")
        return line

    def _set_speaker(self, quote_id: int, choice: Any) -> None:
        if choice == NEW_SPEAKER:
            quote = self.doc.get(("span", quote_id))
            self.start_new(quote_id, at=None if quote is None else quote.end)
            return
        ann = self.annotate_app.annotations
        if isinstance(choice, Mention):
            if self.commit(ann.add_speaker, quote_id, choice.start, choice.end) is not FAILED:
                quote = self.doc.get(("span", quote_id))
                self.after_change(quote.start if quote else self.caret, keep=("span", quote_id))
            return
        speaker_id: int | None = None
        if isinstance(choice, Person):
            speaker_id = self.accepted(choice.nearest)
            if speaker_id is None:
                return
        if self.commit(ann.set_speaker, quote_id, speaker_id) is not FAILED:
            quote = self.doc.get(("span", quote_id))
            self.after_change(quote.start if quote else self.caret, keep=("span", quote_id))

    # -- v, c, p: a DATE's value, a speaker's name, the publication date ----------------------

    def action_value(self) -> None:
        if not self._start():
            return
        item = self.item
        date_label = self.schema.date_label
        if item is None or item.label != date_label:
            self.say(f"v sets the value of a {date_label}: move to one first.", "warning")
            return
        default = item.value or self._resolved(item) or ""
        title = Text(f"Value of “{excerpt(item.text, 40)}”", style="bold")
        title.append(f"\n{values.ACCEPTED}; empty clears it", style="dim")
        self.annotate_app.ask_text(title, [], default, "an ISO date value",
                                   lambda choice: self._set_value(item, choice))

    def _resolved(self, item: Item) -> str | None:
        """The default for a DATE without a value: its suggestion's, else resolved now."""
        same = [s for s in self.doc.suggestions.values()
                if (s.label, s.start, s.end) == (item.label, item.start, item.end) and s.value]
        if same:
            return same[0].value
        published = self.doc.document.published
        try:
            anchor = values.parse_iso_date(published) if published else None
        except AnnotateError:
            anchor = None
        return values.resolve(item.text, anchor, {})

    def _set_value(self, item: Item, choice: Any) -> str | None:
        value = choice[1] or None
        return self._changed(item, value=value)

    def _changed(self, item: Item, **changes: Any) -> str | None:
        """Apply a change from a prompt; the store's refusal keeps the prompt open."""
        ann = self.annotate_app.annotations
        fn = ann.accept if item.is_suggestion else ann.update_span
        result, refused = self.attempt(fn, item.id, **changes)
        if refused is not None:
            return refused
        span_id = result if item.is_suggestion else item.id
        self.after_change(item.start, keep=("span", int(span_id)))
        return None

    def action_canonical(self) -> None:
        if not self._start():
            return
        item = self.item
        speaker_label = self.schema.speaker_label
        target = item
        if item is not None and item.label == self.schema.quote_label:
            target = self.doc.speaker_of(item)
        if target is None or target.label != speaker_label:
            self.say(f"c names the person a {speaker_label} is: move to one (or to a quote "
                     "with a speaker).", "warning")
            return
        app = self.annotate_app
        names = [p.name for p in self.doc.persons(target) if p.nearest.canonical]
        names += person_names(app.store, app.annotations.annotator_id, speaker_label)
        seen: set[str] = set()
        entries = []
        for name in names:
            if name.casefold() not in seen:
                seen.add(name.casefold())
                entries.append(Entry(("name", name), Text(name), name.casefold()))
        title = Text(f"Who is “{excerpt(target.text, 40)}”?", style="bold")
        title.append("\ntype a name or choose a person · empty clears it", style="dim")
        default = target.canonical or " ".join(target.text.split())
        app.ask_text(title, entries, default, "the person's canonical name",
                     lambda choice: self._changed(target, canonical=choice[1] or None))

    def action_published(self) -> None:
        if not self._start():
            return
        doc = self.doc.document
        title = Text(f"Publication date of #{doc.id}", style="bold")
        title.append("\nYYYY-MM-DD; open DATE suggestions are resolved again against it",
                     style="dim")
        self.annotate_app.ask_text(title, [], doc.published or date.today().isoformat(),
                                   "YYYY-MM-DD", self._set_published)

    def _set_published(self, choice: Any) -> str | None:
        ann = self.annotate_app.annotations
        value = choice[1] or None
        result, refused = self.attempt(ann.set_published, self.doc.id, value)
        if refused is not None:
            return refused
        self.say(f"Publication date {value or 'cleared'}; {result} DATE suggestions "
                 "resolved again.")
        self.paint(self.last_delta)
        return None

    # -- /: search ----------------------------------------------------------------------------

    last_query = ""

    def action_search(self) -> None:
        self._start()
        line = self.search_line
        line.value = ""
        line.display = True
        self.set_focus(line)  # now, so the next key typed is already in the line
        self.refresh_bindings()
        self.keybar.show(self.footer_entries())

    def close_search(self) -> None:
        self.search_line.display = False
        self.set_focus(self.article)
        self.refresh_bindings()
        self.keybar.show(self.footer_entries())

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input is not self.search_line:
            return
        event.stop()
        query = event.value.strip() or self.last_query
        self.close_search()
        if not query:
            return
        self.last_query = query
        text, needle = self.doc.text.casefold(), query.casefold()
        caret = self.new.caret if self.mode == "new" and self.new is not None else self.caret
        after = caret + 1 if self.search_hit is not None or text.startswith(needle, caret) \
            else caret
        found = text.find(needle, after)
        if found < 0:
            found = text.find(needle)
        if found < 0:
            self.say(f"“{query}” is not in this document.", "warning")
            return
        self.search_hit = (found, found + len(needle))
        if self.mode == "new" and self.new is not None:
            self.new.caret = found
        else:
            self.caret = found
            hit = self.doc.at_offset(found)
            self.current = None if hit is None else hit.key
        self.paint()
