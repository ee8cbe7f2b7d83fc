"""The document screen's attribute keys: l (label), s (speaker), v (a DATE's value),
c (a speaker's canonical name), p (the publication date).

`Attributes` is an object the screen owns, with no state of its own: each key asks in a
picker or a one-line prompt, and the choice comes back as one store action through the
screen's `change` / `commit` / `attempt`, so it is one committed, undoable event, handed
back before the next key is read. A refusal by the store keeps a prompt open with the
reason. It reaches the screen only through `AttributesHost`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from rich.text import Text

from annotate.errors import AnnotateError
from annotate.store import values
from annotate.store.tui_reads import person_names
from annotate.tui.people import Mention, Person, choice_match
from annotate.tui.screens.host import SpanHost, span_for_key
from annotate.tui.screens.outcome import FAILED
from annotate.tui.screens.pickers import NEW_SPEAKER, NO_SPEAKER, Entry
from annotate.tui.widgets.side_panel import excerpt

if TYPE_CHECKING:
    from collections.abc import Callable

    from annotate.tui.items import Item
    from annotate.tui.model import Delta


class AttributesHost(SpanHost, Protocol):
    """What `Attributes` uses of the document screen, besides a `SpanHost`'s."""

    @property
    def last_delta(self) -> Delta: ...
    def attempt(self, fn: Callable[..., Any], *args: Any,
                **kwargs: Any) -> tuple[Any, str | None]: ...
    def accepted(self, item: Item) -> int | None: ...
    def mark_speaker(self, quote_id: int, at: int | None) -> None: ...


class Attributes:
    """Keys that change a span's label, speaker, value or name, or the publication date."""

    def __init__(self, host: AttributesHost) -> None:
        self.host = host

    # -- l: relabel ---------------------------------------------------------------------------

    def relabel(self) -> None:
        host = self.host
        item = span_for_key(host, "relabel")
        if item is None:
            return
        host.annotate_app.ask_label(f"Relabel “{excerpt(item.text, 40)}” as",
                                    lambda label: self._relabel(item, label))

    def _relabel(self, item: Item, label: str) -> None:
        if label != item.label:
            self.host.change(item, label=label)

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
            host.mark_speaker(quote_id, None if quote is None else quote.end)
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
