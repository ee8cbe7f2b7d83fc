"""Who may have said a quote: what the speaker picker offers, as plain data.

The people are the document's SPEAKER items (spans and open suggestions) grouped by name;
the mentions are likely speakers nobody marked yet, found by word patterns around the quote
(`selections.cue_mentions`, `selections.sentence_subject`). Pure functions of the items and
the tokens, so the ranking is tested without a screen; `DocModel` calls them with its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from annotate.schema import cue_verbs
from annotate.tui import selections
from annotate.tui.items import Item, ItemIndex
from annotate.tui.tokens import TextTokens


@dataclass
class Person:
    """A speaker as the speaker picker offers it: every mention of one name."""

    name: str
    mentions: list[Item]          # nearest to the quote first
    distance: int

    @property
    def nearest(self) -> Item:
        return self.mentions[0]


@dataclass(frozen=True)
class Mention:
    """A likely speaker nobody has marked yet: the words next to a speech cue near a quote,
    or its sentence's subject. Choosing it in the picker marks it and links it."""

    start: int
    end: int
    text: str
    distance: int


def choice_match(choice: Person | Mention) -> str:
    """What the picker's filter matches a choice against (case-folded)."""
    if isinstance(choice, Mention):
        return " ".join(choice.text.split()).casefold()
    return " ".join([choice.name, *(m.text for m in choice.mentions)]).casefold()


def _distance(quote: Item, start: int, end: int) -> int:
    return quote.start - end if end <= quote.start else max(0, start - quote.end)


def persons(speakers: Iterable[Item], quote: Item) -> list[Person]:
    """The document's speakers grouped by name, nearest to the quote first."""
    groups: dict[str, list[Item]] = {}
    for item in speakers:
        groups.setdefault(item.name.casefold(), []).append(item)
    people = []
    for mentions in groups.values():
        mentions.sort(key=lambda s: (_distance(quote, s.start, s.end), s.is_suggestion, s.start))
        named = next((m for m in mentions if m.canonical), mentions[0])
        first = mentions[0]
        people.append(Person(named.name, mentions, _distance(quote, first.start, first.end)))
    people.sort(key=lambda p: (p.distance, p.name.casefold()))
    return people


def mentions(tokens: TextTokens, speakers: ItemIndex, cues: Mapping[str, Any],
             quote: Item) -> list[Mention]:
    """Likely speakers of `quote` that no SPEAKER (span or open suggestion) covers yet:
    what the picker offers next to the people, so that a speaker the suggesters missed
    is one choice, not a selection made by hand. The mentions next to a cue, then the
    subject of the quote's sentence."""
    found = selections.cue_mentions(tokens, quote.start, quote.end, cue_verbs(cues),
                                    cues.get("according_to") or ())
    subject = selections.sentence_subject(tokens, quote.start, quote.end)
    if subject is not None and subject not in found:
        found.append(subject)
    return [Mention(start, end, tokens.text[start:end], _distance(quote, start, end))
            for start, end in found
            if not speakers.overlaps(start, end)]  # else the picker lists it already


def speaker_choices(people: list[Person], unmarked: list[Mention]) -> list[Person | Mention]:
    """What the speaker picker lists under "new speaker": the people and the unmarked
    mentions, nearest to the quote first (a person before a mention as near: it is marked
    already)."""
    ranked: list[tuple[int, int, Person | Mention]] = [
        *((p.distance, 0, p) for p in people), *((m.distance, 1, m) for m in unmarked)]
    return [c for _, _, c in sorted(ranked, key=lambda c: (c[0], c[1]))]
