"""The document screen's flag keys: flag the current span or the document for the lead.

`f` flags the span under the cursor, `F` the document; a key picker asks the kind (unsure,
broken text, needs discussion), then a one-line prompt an optional comment (enter on an
empty line: none). When the span or document already has flags, the same picker offers to
remove each of them (a number key), and offers only the kinds not set yet, so a flag is
never set twice by accident. Every add and removal is one store action, one event, so `u`
and ctrl+r take it back and forth like any other, and the model follows the event log, so a
flag set in another window shows up here too.

A flag on a span belongs to one of the annotator's own spans (it travels with that span in
the exports). On an open suggestion `f` therefore does nothing but say so: accepting it
silently would record a decision the annotator has just said they are unsure of, and
flagging the document instead would lose which mention they meant. `a` then `f`, or `F`,
are one key away.

`Flagging` is an object the document screen owns; it holds no state of its own and reaches
the screen only through `FlagHost`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from rich.text import Text

from annotate.tui.flag_kinds import FLAG_KINDS, shown
from annotate.tui.screens.host import ActionHost
from annotate.tui.screens.outcome import FAILED
from annotate.tui.screens.pickers import KeyChoice, KeyPicker, key_picker_class
from annotate.tui.widgets.side_panel import excerpt

if TYPE_CHECKING:
    from collections.abc import Callable

    from annotate.tui.items import Item
    from annotate.tui.model import Delta, Flag

REMOVE_KEYS = [str(n) for n in range(1, 10)]  # one per flag already set on the target
REMOVE_STYLE = "bold white on grey35"
NO_COMMENT = "(empty: no comment)"


def flag_picker_class() -> type[KeyPicker]:
    """The flag picker: a key per kind and one per removable flag (those a question does
    not offer are ignored)."""
    choices = [KeyChoice(k.key, k.name, k.shown, k.style) for k in FLAG_KINDS]
    choices += [KeyChoice(key, key, "remove", REMOVE_STYLE) for key in REMOVE_KEYS]
    return key_picker_class("FlagPicker", choices)


def flag_line(flag: Flag, limit: int = 60) -> str:
    """'unsure: the comment' (the kind alone without a comment), as plain text."""
    name = shown(flag.kind)
    return f"{name}: {excerpt(flag.comment, limit)}" if flag.comment else name


class FlagHost(ActionHost, Protocol):
    """What `Flagging` uses of the document screen, besides an `ActionHost`'s."""

    @property
    def last_delta(self) -> Delta: ...
    def attempt(self, fn: Callable[..., Any], *args: Any,
                **kwargs: Any) -> tuple[Any, str | None]: ...


class Flagging:
    """f / F: add or remove a flag on the current span or on the document."""

    def __init__(self, host: FlagHost) -> None:
        self.host = host

    def flag(self) -> None:
        """f: the span under the cursor (an annotator's span; see the module docstring)."""
        host = self.host
        if not host.begin_key():
            return
        item = host.item
        if item is None:
            host.say("No span here to flag: move to one of your spans, or F flags the "
                     "document.", "warning")
            return
        if item.is_suggestion:
            host.say("f flags one of your spans: accept this suggestion first (a), or F "
                     "flags the document.", "warning")
            return
        self._ask_flag(item)

    def flag_document(self) -> None:
        """F: the document itself."""
        if not self.host.begin_key():
            return
        self._ask_flag(None)

    def _ask_flag(self, item: Item | None) -> None:
        doc = self.host.doc
        existing = doc.flags_on(item) if item is not None else doc.document_flags
        have = {f.kind for f in existing}
        choices = [KeyChoice(k.key, k.name, k.shown, k.style)
                   for k in FLAG_KINDS if k.name not in have]
        removals: dict[str, Flag] = {}
        for key, flag in zip(REMOVE_KEYS, existing, strict=False):
            removals[key] = flag
            choices.append(KeyChoice(key, key, f"remove “{flag_line(flag, 40)}”",
                                     REMOVE_STYLE))
        what = f"document #{doc.id}" if item is None else \
            f"{item.label} “{excerpt(item.text, 40)}”"
        span_id = None if item is None else item.id

        def chosen(value: str) -> None:
            if value in removals:
                self._remove_flag(removals[value], what)
            else:
                self._ask_comment(value, span_id, what)

        self.host.annotate_app.ask_flag(f"Flag {what}", choices, chosen)

    def _ask_comment(self, kind: str, span_id: int | None, what: str) -> None:
        title = Text(f"Flag {what} as {shown(kind)}", style="bold")
        title.append("\nan optional comment for the lead · enter saves · escape cancels",
                     style="dim")
        self.host.annotate_app.ask_text(
            title, [], "", "comment (optional)",
            lambda choice: self._add_flag(kind, span_id, what, str(choice[1])),
            empty=NO_COMMENT)

    def _add_flag(self, kind: str, span_id: int | None, what: str,
                  comment: str) -> str | None:
        """Save the flag; the store's refusal (the span is gone) keeps the prompt open."""
        host = self.host
        ann = host.annotate_app.annotations
        _, refused = host.attempt(ann.add_flag, host.doc.id, kind, comment, span_id)
        if refused is not None:
            return refused
        host.say(f"Flagged {what}: {shown(kind)}.")
        host.paint(host.last_delta)
        return None

    def _remove_flag(self, flag: Flag, what: str) -> None:
        host = self.host
        if host.commit(host.annotate_app.annotations.remove_flag, flag.id) is not FAILED:
            host.say(f"Removed the flag “{flag_line(flag, 40)}” from {what}.")
            host.paint(host.last_delta)
