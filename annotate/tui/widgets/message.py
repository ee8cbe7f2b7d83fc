"""One line for what the app has to say: a decision confirmed, a refusal, a fault.

Textual's toasts mount a widget each (a layout and tens of milliseconds); a line that is
always there costs one line to redraw. A message stays until the next key (vim's way);
a fault (the database cannot be written) stays until a write succeeds again.
"""

from __future__ import annotations

from rich.text import Text

from annotate.tui.widgets.blocks import BlockView

STYLES = {"information": "green", "warning": "bold yellow", "error": "bold white on red"}


class MessageLine(BlockView):
    """`say` shows a message (plain text, never markup); `clear` removes a non-sticky one."""

    DEFAULT_CSS = "MessageLine { height: 1; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.message = ""
        self.severity = "information"
        self.sticky = False

    def say(self, message: str, severity: str = "information", *, title: str | None = None,
            sticky: bool = False) -> None:
        text = f"{title}: {message}" if title else message
        self.message, self.severity, self.sticky = text, severity, sticky
        self.set_text(Text(" " + " ".join(text.split()), style=STYLES.get(severity, ""),
                           no_wrap=True, overflow="ellipsis"))

    def clear(self, *, sticky: bool = False) -> None:
        """Remove the message (a sticky one only when `sticky`)."""
        if not self.message or (self.sticky and not sticky):
            return
        self.message, self.sticky = "", False
        self.set_blocks([])
