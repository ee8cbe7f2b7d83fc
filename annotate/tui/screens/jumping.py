"""The document screen's `g`: jump to any span on screen by the letters drawn over it.

`Jumping` is an object the screen owns. While it is active (the screen's mode "jump") every
span and suggestion starting on screen carries a label (`annotate.tui.hints`), drawn over
the first letters of its text; typing a label puts the cursor there, escape or a letter
no label starts with leaves. It holds only the labels it is showing and the letters typed
so far, and reaches the screen through `JumpingHost`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from annotate.tui import hints
from annotate.tui.screens.navigation import NavigationHost
from annotate.tui.styles import HINT, HINT_LAYER, Mark

if TYPE_CHECKING:
    from annotate.tui.items import Key
    from annotate.tui.model import Delta


class JumpingHost(NavigationHost, Protocol):
    """What `Jumping` uses of the document screen, besides a `NavigationHost`'s."""

    def paint(self, delta: Delta | None = None) -> None: ...
    def refresh_bindings(self) -> None: ...
    def clear_message(self) -> None: ...


class Jumping:
    """Jump labels on the spans on screen; the typed label moves the cursor."""

    def __init__(self, host: JumpingHost) -> None:
        self.host = host
        self.targets: dict[str, Key] | None = None  # shown labels, while active
        self.typed = ""
        # label -> where it is drawn: kept after leaving, so the marks can be taken away
        # (the next `start` replaces it)
        self._drawn: dict[str, int] = {}

    @property
    def active(self) -> bool:
        return self.targets is not None

    def visible_targets(self, top: int | None = None) -> dict[str, Key]:
        """Label -> item for what starts on screen now (or with the article scrolled to
        line `top`), nearest the cursor's line first (the current span has none). What
        `start` would show; the keystroke oracle plans with it."""
        return {label: key for label, (key, _) in self._layout(top).items()}

    def _layout(self, top: int | None = None) -> dict[str, tuple[Key, int]]:
        """Label -> (item, offset the label is drawn at)."""
        article, doc = self.host.article, self.host.doc
        if not article.line_count or not article.size.height:
            return {}
        top = article.scroll_offset.y if top is None else top
        bottom = min(article.line_count, top + article.size.height) - 1
        first, last = article.line_range(top)[0], article.line_range(bottom)[1]
        current = self.host.item
        seen: set[int] = set()
        targets: list[tuple[Key, int]] = []
        for item in doc.items.between(first, last):
            if item.start in seen or (current is not None and item.key == current.key):
                continue
            seen.add(item.start)
            targets.append((item.key, article.line_for(item.start)))
        at = self.host.caret if current is None else current.start
        named = hints.assign(targets, article.line_for(at))
        starts = {key: doc.by_key[key].start for key, _ in targets}
        out: dict[str, tuple[Key, int]] = {}
        taken: list[tuple[int, int]] = []
        for label, key in named.items():  # nearest first: they keep their place
            at = self._place(label, starts[key])
            if any(a < at + len(label) and at < b for a, b in taken):
                continue  # would cover another label: left without one (j / tab reach it)
            taken.append((at, at + len(label)))
            out[label] = (key, at)
        return out

    def _place(self, label: str, start: int) -> int:
        """Where a label is drawn: at its span's start, moved back if it would run past
        the end of the line (the second letter must be seen)."""
        line_start, line_end = self.host.article.line_range(self.host.article.line_for(start))
        return max(line_start, min(start, line_end - len(label)))

    def start(self) -> None:
        host = self.host
        host.begin_key()
        layout = self._layout()
        if not layout:
            host.say("No span on screen to jump to.", "warning")
            return
        self.targets = {label: key for label, (key, _) in layout.items()}
        self._drawn = {label: at for label, (_, at) in layout.items()}
        self.typed = ""
        host.say("Jump: type the letters on a span (escape: stay).")
        host.refresh_bindings()
        host.paint()

    def type(self, char: str) -> None:
        """A letter typed while the labels are up."""
        targets = self.targets
        if targets is None:
            return
        typed = self.typed + char
        if typed in targets:
            key = targets[typed]
            self._leave()
            self.host.clear_message()
            self.host.go_to(self.host.doc.get(key))
            return
        if any(label.startswith(typed) for label in targets):
            self.typed = typed
            self.host.paint()
            return
        self._leave()
        self.host.say(f"No span is labelled “{typed}”.", "warning")
        self.host.paint()

    def cancel(self) -> None:
        self._leave()
        self.host.paint()

    def cancel_quietly(self) -> None:
        """Another document: no labels, no repaint (the screen paints it all)."""
        self.targets, self.typed, self._drawn = None, "", {}

    def _leave(self) -> None:
        self.targets, self.typed = None, ""
        self.host.refresh_bindings()

    def letters(self) -> dict[int, str]:
        """What the article draws over its text: the labels still possible, without the
        letters already typed."""
        if self.targets is None:
            return {}
        n = len(self.typed)
        return {self._drawn[label]: label[n:] for label in self.targets
                if label.startswith(self.typed)}

    def marks(self) -> dict[str, Mark | None]:
        """The labels' highlight, and None for the ones no longer shown."""
        out: dict[str, Mark | None] = {}
        shown = self.letters()
        for label, at in self._drawn.items():
            word = shown.get(at)
            out[f"hint:{label}"] = None if word is None else (at, at + len(word), HINT,
                                                              HINT_LAYER)
        return out
