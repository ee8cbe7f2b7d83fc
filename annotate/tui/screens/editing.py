"""The document screen's editing keys: boundaries, new spans, labels, speakers, values.

`Editing` is an object the screen owns, and the owner of the editing state: the boundary
draft (`e`) and the new span being marked (`n`), so the mode (edit, new or none) is a view
of them and never a second flag to keep in step. It reaches the screen only through
`EditingHost`; the modes' logic is plain data in `annotate.tui.modes`. Every change goes
through the screen's `change` / `commit`, so it is one committed, undoable event, and
pickers hand their choice back before the next key is read.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from rich.text import Text

from annotate.errors import AnnotateError
from annotate.store import values
from annotate.store.tui_reads import person_names
from annotate.tui import selections
from annotate.tui.items import Item
from annotate.tui.model import Mention, Person, choice_match
from annotate.tui.modes import EditDraft, NewSpan, clamp, move_caret
from annotate.tui.screens.outcome import FAILED
from annotate.tui.screens.pickers import NEW_SPEAKER, NO_SPEAKER, Entry
from annotate.tui.widgets.side_panel import excerpt

if TYPE_CHECKING:
    from collections.abc import Callable

    from annotate.schema import Schema
    from annotate.tui.app import AnnotateApp
    from annotate.tui.items import Key
    from annotate.tui.model import Delta, DocModel
    from annotate.tui.styles import Mark
    from annotate.tui.widgets.article import ArticleView

UNIT_NAMES = {"sentence": "sentence", "quoted": "quoted stretch", "clause": "clause after a cue"}


class EditingHost(Protocol):
    """What `Editing` uses of the document screen."""

    @property
    def annotate_app(self) -> AnnotateApp: ...
    @property
    def schema(self) -> Schema: ...
    @property
    def doc(self) -> DocModel: ...
    @property
    def item(self) -> Item | None: ...
    @property
    def caret(self) -> int: ...
    @property
    def article(self) -> ArticleView: ...
    @property
    def search_visible(self) -> bool: ...
    @property
    def last_delta(self) -> Delta: ...
    def begin_key(self) -> bool: ...
    def say(self, message: str, severity: str = ...) -> None: ...
    def paint(self, delta: Delta | None = None) -> None: ...
    def refresh_bindings(self) -> None: ...
    def forget_search(self) -> None: ...
    def commit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any: ...
    def attempt(self, fn: Callable[..., Any], *args: Any,
                **kwargs: Any) -> tuple[Any, str | None]: ...
    def accepted(self, item: Item) -> int | None: ...
    def change(self, item: Item, **changes: object) -> int | None: ...
    def after_change(self, at: int, *, keep: Key | None = None) -> None: ...


class Editing:
    """Keys that change a span's boundaries, label, speaker or value, or make a new one."""

    def __init__(self, host: EditingHost) -> None:
        self.host = host
        self.edit: EditDraft | None = None  # e: the boundaries being moved
        self.new: NewSpan | None = None     # n: the caret and selection of a new span

    @property
    def mode(self) -> str | None:
        """"edit", "new" or None (normal mode): which keys work, what the header says."""
        return "edit" if self.edit is not None else "new" if self.new is not None else None

    def marks(self) -> dict[str, Mark | None]:
        """The mode's marks in the article (the draft, or the caret and selection)."""
        mode = self.edit or self.new
        return {} if mode is None else mode.marks()

    @property
    def focus(self) -> tuple[int, int] | None:
        """What the article keeps in view in a mode (None in normal mode)."""
        mode = self.edit or self.new
        return None if mode is None else mode.focus

    def reset(self) -> None:
        """A new document: no mode (the screen repaints it all)."""
        self.edit, self.new = None, None

    def cancel(self) -> None:
        """escape: leave the mode, nothing saved."""
        self.edit, self.new = None, None
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.host.refresh_bindings()
        self.host.paint()

    def put_caret(self, offset: int) -> bool:
        """The new span's caret on `offset` (a click, a search hit); False when not marking
        a new span."""
        if self.new is None:
            return False
        self.new.caret = clamp(offset, self.host.doc.text)
        return True

    # -- e: edit boundaries -------------------------------------------------------------------

    def start_edit(self) -> None:
        host = self.host
        if not host.begin_key():
            return
        item = host.item
        if item is None:
            host.say("Nothing to edit here: move to a span first.", "warning")
            return
        self.edit = EditDraft(item.start, item.end, (item.start, item.end))
        self._mode_changed()

    def edit_move(self, side: str, step: int) -> None:
        if self.edit is not None:
            self.edit.move(self.host.doc.tokens, side, step)
            self.host.paint()

    def edit_keep(self) -> None:
        item, draft = self.host.item, self.edit
        self.edit = None
        if item is not None and draft is not None and draft.changed:
            self.host.change(item, start=draft.start, end=draft.end)
        self._mode_changed()

    # -- l: relabel ---------------------------------------------------------------------------

    def relabel(self) -> None:
        host = self.host
        if not host.begin_key():
            return
        item = host.item
        if item is None:
            host.say("Nothing to relabel here: move to a span first.", "warning")
            return
        host.annotate_app.ask_label(f"Relabel “{excerpt(item.text, 40)}” as",
                                    lambda label: self._relabel(item, label))

    def _relabel(self, item: Item, label: str) -> None:
        if label != item.label:
            self.host.change(item, label=label)

    # -- n: a new span with the keyboard (or the mouse) ---------------------------------------

    def new_span(self) -> None:
        if not self.host.begin_key():
            return
        self.start_new(None)

    def start_new(self, speaker_for: int | None, at: int | None = None) -> None:
        host = self.host
        caret = host.caret if at is None else at
        article = host.article
        top = article.top_offset
        bottom = article.line_range(article.scroll_offset.y +
                                    max(0, article.size.height - 1))[1]
        if not top <= caret <= bottom:
            caret = top
        self.new = NewSpan(clamp(caret, host.doc.text), speaker_for=speaker_for)
        host.forget_search()
        self._mode_changed()

    def cursor(self, unit: str, step: int) -> None:
        new = self.new
        if new is None:
            return
        text = self.host.doc.text
        if unit == "line":
            article = self.host.article
            line = article.line_for(new.caret)
            column = new.caret - article.line_range(line)[0]
            start, end = article.line_range(line + step)
            new.caret = clamp(min(start + column, max(start, end - 1)), text)
        else:
            new.caret = move_caret(self.host.doc.tokens, new.caret, unit, step)
        self.host.paint()

    def select(self) -> None:
        new = self.new
        if new is None:
            return
        if new.anchor is None:
            new.anchor = new.caret
            self.host.paint()
            return
        self.finish_selection()

    def select_done(self) -> None:
        """enter: the selection as it is (the token under the caret if none was started)."""
        if self.new is not None:
            self.finish_selection()

    def select_unit(self, unit: str) -> None:
        """One key selects the sentence, the quoted stretch or the clause after the cue."""
        new = self.new
        if new is None:
            return
        tokens, cues = self.host.doc.tokens, self.host.schema.cues
        if unit == "sentence":
            found = selections.sentence(tokens, new.caret)
        elif unit == "quoted":
            found = selections.quoted(tokens, new.caret)
        else:
            found = selections.clause_after_cue(tokens, new.caret,
                                                cues.get("speech_verbs") or (),
                                                cues.get("according_to") or ())
        if found is None:
            self.host.say(f"No {UNIT_NAMES[unit]} at the cursor.", "warning")
            return
        new.select(*found)
        self.finish_selection()

    def finish_selection(self) -> None:
        new, host = self.new, self.host
        if new is None:
            return
        doc = host.doc
        snapped = doc.tokens.snap(*new.selection())
        if snapped is None:
            host.say("Nothing to mark there: select some text first.", "warning")
            return
        start, end = snapped
        new.select(start, end)
        host.paint()
        if new.speaker_for is not None:
            self._add_span(host.schema.speaker_label, start, end, new.speaker_for)
            return
        title = f"Label for “{excerpt(doc.text[start:end], 40)}”"
        host.annotate_app.ask_label(title, lambda label: self._add_span(label, start, end, None))

    def _add_span(self, label: str, start: int, end: int, quote: int | None) -> None:
        host = self.host
        ann = host.annotate_app.annotations
        self.new = None
        if quote is not None:  # the speaker marked and linked in one event: one undo
            span_id = host.commit(ann.add_speaker, quote, start, end)
            keep = None if span_id is FAILED else ("span", quote)
        else:
            span_id = host.commit(ann.add_span, host.doc.id, label, start, end)
            keep = None if span_id is FAILED else ("span", int(span_id))
        self._mode_changed()
        host.after_change(start, keep=keep)

    def drag(self, anchor: int, offset: int, done: bool) -> None:
        """A mouse drag selects: new-span mode with that selection; release asks the label."""
        if self.mode not in (None, "new") or self.host.search_visible:
            return
        if self.new is None:
            self.new = NewSpan(anchor)
            self.host.refresh_bindings()
        start, end = sorted((anchor, offset))
        self.new.select(start, max(start + 1, end))
        self.host.paint()
        if done:
            self.finish_selection()
    # -- s: the speaker of the current quote --------------------------------------------------

    def speaker(self) -> None:
        host = self.host
        if not host.begin_key():
            return
        quote = host.doc.quote_for(host.item)
        if quote is None:
            host.say(f"s sets the speaker of a quote: move to a {host.schema.quote_label} "
                     "first.", "warning")
            return
        quote_id = host.accepted(quote)
        if quote_id is None:
            return
        doc = host.doc
        span = doc.get(("span", quote_id))
        if span is None:
            return
        current = doc.speaker_of(span)
        choices = doc.speaker_choices(span)
        entries = [Entry(NEW_SPEAKER, Text("+ new speaker: mark the mention in the text",
                                           style="cyan"), always=True)]
        for choice in choices:
            line = self._mention_line(choice, span) if isinstance(choice, Mention) \
                else self._person_line(choice, span, current)
            entries.append(Entry(choice, line, choice_match(choice)))
        entries.append(Entry(NO_SPEAKER, Text("∅ no speaker", style="dim"), always=True))
        title = Text(f"Speaker of “{excerpt(span.text, 50)}”", style="bold")
        title.append("\ntype to filter · ↑/↓ · enter chooses · escape cancels", style="dim")
        host.annotate_app.ask_speaker(title, entries, 1 if choices else 0,
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
        host = self.host
        if choice == NEW_SPEAKER:
            quote = host.doc.get(("span", quote_id))
            self.start_new(quote_id, at=None if quote is None else quote.end)
            return
        ann = host.annotate_app.annotations
        if isinstance(choice, Mention):
            if host.commit(ann.add_speaker, quote_id, choice.start, choice.end) is not FAILED:
                self._back_to_quote(quote_id)
            return
        speaker_id: int | None = None
        if isinstance(choice, Person):
            speaker_id = host.accepted(choice.nearest)
            if speaker_id is None:
                return
        if host.commit(ann.set_speaker, quote_id, speaker_id) is not FAILED:
            self._back_to_quote(quote_id)

    def _back_to_quote(self, quote_id: int) -> None:
        host = self.host
        quote = host.doc.get(("span", quote_id))
        host.after_change(quote.start if quote else host.caret, keep=("span", quote_id))

    # -- v, c, p: a DATE's value, a speaker's name, the publication date ----------------------

    def value(self) -> None:
        host = self.host
        if not host.begin_key():
            return
        item = host.item
        date_label = host.schema.date_label
        if item is None or item.label != date_label:
            host.say(f"v sets the value of a {date_label}: move to one first.", "warning")
            return
        default = item.value or self._resolved(item) or ""
        title = Text(f"Value of “{excerpt(item.text, 40)}”", style="bold")
        title.append(f"\n{values.ACCEPTED}; empty clears it", style="dim")
        host.annotate_app.ask_text(title, [], default, "an ISO date value",
                                   lambda choice: self._set_value(item, choice))

    def _resolved(self, item: Item) -> str | None:
        """The default for a DATE without a value: its suggestion's, else resolved now."""
        doc = self.host.doc
        same = [s for s in doc.suggestions.values()
                if (s.label, s.start, s.end) == (item.label, item.start, item.end) and s.value]
        if same:
            return same[0].value
        published = doc.document.published
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
        host = self.host
        ann = host.annotate_app.annotations
        fn = ann.accept if item.is_suggestion else ann.update_span
        result, refused = host.attempt(fn, item.id, **changes)
        if refused is not None:
            return refused
        span_id = result if item.is_suggestion else item.id
        host.after_change(item.start, keep=("span", int(span_id)))
        return None

    def canonical(self) -> None:
        host = self.host
        if not host.begin_key():
            return
        item = host.item
        speaker_label = host.schema.speaker_label
        target = item
        if item is not None and item.label == host.schema.quote_label:
            target = host.doc.speaker_of(item)
        if target is None or target.label != speaker_label:
            host.say(f"c names the person a {speaker_label} is: move to one (or to a quote "
                     "with a speaker).", "warning")
            return
        app = host.annotate_app
        names = [p.name for p in host.doc.persons(target) if p.nearest.canonical]
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

    def published(self) -> None:
        host = self.host
        if not host.begin_key():
            return
        doc = host.doc.document
        title = Text(f"Publication date of #{doc.id}", style="bold")
        title.append("\nYYYY-MM-DD; open DATE suggestions are resolved again against it",
                     style="dim")
        host.annotate_app.ask_text(title, [], doc.published or date.today().isoformat(),
                                   "YYYY-MM-DD", self._set_published)

    def _set_published(self, choice: Any) -> str | None:
        host = self.host
        value = choice[1] or None
        result, refused = host.attempt(host.annotate_app.annotations.set_published,
                                       host.doc.id, value)
        if refused is not None:
            return refused
        host.say(f"Publication date {value or 'cleared'}; {result} DATE suggestions "
                 "resolved again.")
        host.paint(host.last_delta)
        return None
