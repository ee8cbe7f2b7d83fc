"""The document screen's two modes as plain state: editing boundaries and marking a new span.

No Textual here: a mode is a value the screen holds (`EditDraft` or `NewSpan`), its moves
are functions of the text's tokens, and its marks are data the article view draws. So the
modes are tested alone and the screen only routes keys to them.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotate.tui.styles import (
    CURRENT,
    CURRENT_LAYER,
    CURSOR,
    CURSOR_LAYER,
    SELECTION,
    SELECTION_LAYER,
    Mark,
)
from annotate.tui.tokens import TextTokens


@dataclass
class EditDraft:
    """`e`: the boundaries of the current span, moved by tokens or phrases before being kept."""

    start: int
    end: int
    original: tuple[int, int]

    def move(self, tokens: TextTokens, side: str, step: int, unit: str = "token") -> None:
        """One side a token (or, `unit="phrase"`, a phrase: to the next comma, dash, colon,
        bracket or quotation mark, or the sentence's edge) the way of `step`; the start
        stays before the end."""
        phrase = unit == "phrase"
        if side == "start":
            start = (tokens.step_phrase_start if phrase else tokens.step_start)(self.start, step)
            if start < self.end:
                self.start = start
        else:
            end = (tokens.step_phrase_end if phrase else tokens.step_end)(self.end, step)
            if end > self.start:
                self.end = end

    @property
    def changed(self) -> bool:
        return (self.start, self.end) != self.original

    def marks(self) -> dict[str, Mark | None]:
        return {"draft": (self.start, self.end, CURRENT, CURRENT_LAYER)}

    @property
    def focus(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass
class NewSpan:
    """`n`: a keyboard cursor (the caret), an optional anchor, and what the span is for.

    `speaker_for` is the quote span that gets the new span as its speaker (from the speaker
    picker's "new speaker"): then the selection becomes a SPEAKER without asking its label.
    """

    caret: int
    anchor: int | None = None
    speaker_for: int | None = None

    def selection(self) -> tuple[int, int]:
        anchor = self.caret if self.anchor is None else self.anchor
        return min(anchor, self.caret), max(anchor, self.caret) + 1

    def select(self, start: int, end: int) -> None:
        """Select [start, end) (a one-key unit or a mouse drag)."""
        self.anchor, self.caret = start, max(start, end - 1)

    def marks(self) -> dict[str, Mark | None]:
        return {
            "selection": (*self.selection(), SELECTION, SELECTION_LAYER)
            if self.anchor is not None else None,
            "caret": (self.caret, self.caret + 1, CURSOR, CURSOR_LAYER),
        }

    @property
    def focus(self) -> tuple[int, int]:
        return (self.caret, self.caret + 1)


def clamp(offset: int, text: str) -> int:
    return max(0, min(offset, max(0, len(text) - 1)))


def move_caret(tokens: TextTokens, caret: int, unit: str, step: int) -> int:
    """The caret moved by a character, a word (token), a sentence or a paragraph."""
    text = tokens.text
    if unit == "char":
        return clamp(caret + step, text)
    if unit == "word":
        return clamp(tokens.step_start(caret, step), text)
    if unit == "sentence":
        return clamp(tokens.step_sentence(caret, step), text)
    if unit == "paragraph":
        return clamp(tokens.step_paragraph(caret, step), text)
    raise ValueError(f"unknown caret unit {unit!r}")


# Marks a mode may set; the screen clears the ones the current mode does not set.
MODE_MARKS = ("draft", "selection", "caret")
