"""The document screen's two modes: `e` (a span's boundaries) and `n` (a new span).

`Editing` is an object the screen owns, and the owner of the modes' state: the boundary
draft and the new span being marked (keyboard caret, selection, mouse drag), so the mode
(edit, new or none) is a view of them and never a second flag to keep in step. The modes'
logic is plain data in `annotate.tui.modes`. Keeping a draft or marking a span goes through
the screen's `change` / `commit`, so it is one committed, undoable event. It reaches the
screen only through `EditingHost`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from annotate.schema import cue_verbs
from annotate.tui import selections
from annotate.tui.items import Key
from annotate.tui.modes import EditDraft, NewSpan, clamp, move_caret
from annotate.tui.screens.host import SpanHost, span_for_key
from annotate.tui.screens.outcome import FAILED
from annotate.tui.widgets.side_panel import excerpt

if TYPE_CHECKING:

    from annotate.tui.styles import Mark
    from annotate.tui.widgets.article import ArticleView

UNIT_NAMES = {"sentence": "sentence", "quoted": "quoted stretch", "clause": "clause after a cue"}


class EditingHost(SpanHost, Protocol):
    """What `Editing` uses of the document screen, besides a `SpanHost`'s."""

    @property
    def article(self) -> ArticleView: ...
    @property
    def search_visible(self) -> bool: ...
    def refresh_bindings(self) -> None: ...
    def forget_search(self) -> None: ...


class Editing:
    """Keys that move a span's boundaries or mark a new span, and what they draw."""

    def __init__(self, host: EditingHost) -> None:
        self.host = host
        self.edit: EditDraft | None = None  # e: the boundaries being moved
        self.new: NewSpan | None = None     # n: the caret and selection of a new span

    @property
    def mode(self) -> str | None:
        """The mode, "edit", "new" or None (normal): which keys work, what is painted."""
        return "edit" if self.edit is not None else "new" if self.new is not None else None

    def marks(self) -> dict[str, Mark | None]:
        """The mode's marks in the article (the draft, or the caret and selection)."""
        if self.edit is not None:
            return self.edit.marks()
        return {} if self.new is None else self.new.marks()

    @property
    def focus(self) -> tuple[int, int] | None:
        """What the article keeps in view in a mode (None in normal mode)."""
        if self.edit is not None:
            return self.edit.focus
        return None if self.new is None else self.new.focus

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
        item = span_for_key(self.host, "edit")
        if item is None:
            return
        self.edit = EditDraft(item.start, item.end, (item.start, item.end))
        self._mode_changed()

    def nudge(self, side: str, step: int, unit: str = "token") -> None:
        """Normal mode's boundary keys (arrows, shift+arrows, ( ) and < >): one side of the
        current span moved a token or a phrase and kept at once, one undoable step a key
        (a suggestion is accepted with the change, as `e` … enter would). A suggestion off
        by a phrase is fixed in one key instead of `e`, the key and enter."""
        host = self.host
        item = span_for_key(host, "move")
        if item is None:
            return
        draft = EditDraft(item.start, item.end, (item.start, item.end))
        draft.move(host.doc.tokens, side, step, unit)
        if not draft.changed:
            host.say(f"The {side} cannot move further that way.", "warning")
            return
        if host.change(item, start=draft.start, end=draft.end) is not None and \
                item.is_suggestion:  # (an arrow key that accepts: say so)
            host.say(f"Accepted the {item.label} with its {side} moved (u undoes).")

    def edit_move(self, side: str, step: int, unit: str = "token") -> None:
        if self.edit is not None:
            self.edit.move(self.host.doc.tokens, side, step, unit)
            self.host.paint()

    def edit_unit(self, unit: str) -> None:
        """`.` `"` `c` in edit mode: the draft becomes the sentence, the quoted stretch or
        the clause after the cue around its start (the same units as new-span mode), to
        adjust from there: a suggestion that took half a sentence is fixed in one key."""
        draft = self.edit
        found = None if draft is None else self._unit(unit, draft.start)
        if draft is not None and found is not None:
            draft.start, draft.end = found
            self.host.paint()

    def _unit(self, unit: str, offset: int) -> tuple[int, int] | None:
        """The unit around `offset`, snapped to tokens; None (and says so) if there is none."""
        found = self._find_unit(unit, offset)
        if found is None:
            self.host.say(f"No {UNIT_NAMES[unit]} at the cursor.", "warning")
        return found

    def _find_unit(self, unit: str, offset: int) -> tuple[int, int] | None:
        tokens, cues = self.host.doc.tokens, self.host.schema.cues
        if unit == "sentence":
            found = selections.sentence(tokens, offset)
        elif unit == "quoted":
            found = selections.quoted(tokens, offset)
        else:
            found = selections.clause_after_cue(tokens, offset, cue_verbs(cues),
                                                cues.get("according_to") or ())
        return None if found is None else tokens.snap(*found)

    def edit_keep(self) -> None:
        item, draft = self.host.item, self.edit
        self.edit = None
        if item is not None and draft is not None and draft.changed:
            self.host.change(item, start=draft.start, end=draft.end)
        self._mode_changed()

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
        elif unit == "place":
            # the next quotation or speech cue no QUOTE covers yet: what is left to mark
            moved = self.host.doc.next_place(new.caret, step)
            if moved == new.caret:
                self.host.say("No quote place left that way: every quotation and speech "
                              "cue there is in a QUOTE.", "warning")
            new.caret = moved
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
        found = None if new is None else self._unit(unit, new.caret)
        if new is not None and found is not None:
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
        if quote is None and keep is not None and label == host.schema.quote_label:
            self._say_cue_speaker(keep)

    def _say_cue_speaker(self, key: Key) -> None:
        """A QUOTE marked by hand may come linked to the speaker the parse read for a cue
        of its sentence (`Annotations.add_span`): say whom, so it is checked, not missed."""
        host = self.host
        quote = host.doc.get(key)
        speaker = None if quote is None else host.doc.speaker_of(quote)
        if speaker is not None:
            # short: at 80 columns the message line holds about 78 characters
            host.say(f"Speaker from the cue: {excerpt(speaker.name, 26)} "
                     "(s changes it, u undoes both)")

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
