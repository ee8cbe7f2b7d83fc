"""Where `]` / `[` take the caret in new-span mode: the next quote place nothing covers.

A place is an opening quotation mark or a sentence's first speech cue
(`selections.quote_places`); the text never changes, so each paragraph's places are found
once and kept. What covers a place changes with every action, so it is asked at each key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from annotate.schema import cue_verbs
from annotate.tui import selections
from annotate.tui.tokens import TextTokens

PLACE_PARAGRAPHS = 60  # how far one key looks for a place


class QuotePlaces:
    """The quote places of one text, found paragraph by paragraph and cached."""

    def __init__(self, tokens: TextTokens, cues: Mapping[str, Any]) -> None:
        self.tokens = tokens
        self.verbs = cue_verbs(cues)
        self.according = cues.get("according_to") or ()
        self._cache: dict[int, list[tuple[int, int, int]]] = {}

    def of_paragraph(self, index: int) -> list[tuple[int, int, int]]:
        places = self._cache.get(index)
        if places is None:
            places = selections.quote_places(self.tokens, index, self.verbs, self.according)
            self._cache[index] = places
        return places

    def step(self, caret: int, step: int, covered: Callable[[int, int], bool],
             paragraphs: int = PLACE_PARAGRAPHS) -> int:
        """The next place after (step 1) or before (-1) `caret` whose region nothing
        `covered`. Looks `paragraphs` paragraphs far at most, so a key never walks a whole
        long article: with none there the caret goes to the last paragraph looked at, and
        the next key goes on from it; it stays where it is at the end of the text."""
        tokens = self.tokens
        index = tokens.paragraph_index(caret)
        if index < 0:
            return caret
        last = caret
        for _ in range(paragraphs):
            if not 0 <= index < tokens.paragraph_count:
                return caret  # no place left that way
            places = self.of_paragraph(index)
            for at, start, end in (places if step > 0 else reversed(places)):
                if (at > caret if step > 0 else at < caret) and not covered(start, end):
                    return at
            last = tokens.paragraph(index).start
            index += 1 if step > 0 else -1
        return last
