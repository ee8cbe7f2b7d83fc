"""Canonical names for SPEAKER mentions: surnames to the full name seen in the document,
pronouns and titles to the most recent named speaker (see :class:`NameResolver`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from annotate.suggest.cues import CueSet
from annotate.suggest.rulebook import speaker_words as _w


def _is_name_token(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha


class NameResolver:
    """Resolve mentions to canonical person names in one pass over the document.

    Built once per document from its PERSON entities (full names keyed by surname), so
    "Stoltenberg" finds "Jens Stoltenberg" even when the model tagged the surname ORG,
    GPE or nothing, and even when the full name comes later (headlines).
    """

    def __init__(self, doc: Doc, cues: CueSet, ents: Sequence[Span] | None = None) -> None:
        self.doc = doc
        self.cues = cues
        self.by_surname: dict[str, str] = {}
        self.persons: list[tuple[int, str]] = []  # (token start, full name) in text order
        self.mentioned: list[tuple[int, str]] = []  # every PERSON entity, in text order
        self._person_spans: list[tuple[int, int]] = []
        for ent in doc.ents if ents is None else ents:
            if ent.label_ != "PERSON":
                continue
            self._person_spans.append((ent.start, ent.end))
            name = _clean_name(ent.text)
            self.mentioned.append((ent.start, name))
            if len(name.split()) >= 2:
                self.by_surname.setdefault(name.split()[-1], name)
                self.persons.append((ent.start, name))
        self.last_person: str | None = None

    def _name_in(self, start: int, end: int) -> str | None:
        """A person name inside the mention: a PERSON entity, else the last run of
        capitalised proper nouns that are not titles or places/organisations."""
        words = self.doc[start:end]
        persons = [(a, b) for a, b in self._person_spans if start <= a and b <= end]
        if persons:
            best = _clean_name(self.doc[persons[-1][0]:persons[-1][1]].text).split()
        else:
            best, run = [], []
            for t in words:
                placeish = t.ent_type_ in _w().non_person and t.text not in self.by_surname
                if _is_name_token(t) and t.lower_ not in self.cues.title_words and not placeish:
                    run.append(t.text)
                    best = list(run)
                else:
                    run = []
        if not best:
            return None
        if len(best) == 1:
            word = best[0]
            if word in self.by_surname:
                return self.by_surname[word]
            # a lone surname is a name when it stands alone or is a PERSON ("President
            # Obama"), not when it may be part of a longer name of a thing ("Acme Corp")
            return None if word.isupper() or (end - start > 1 and not persons) else word
        return " ".join(best)

    def _is_title(self, start: int, end: int) -> bool:
        words = [t for t in self.doc[start:end] if not t.is_punct]
        if not words:
            return False
        head = words[-1]
        for i, t in enumerate(words):
            if t.lower_ == "of" and i > 0:
                head = words[i - 1]
                break
        if head.tag_ in {"NNS", "NNPS"}:
            return False
        low = self.doc[start:end].text.lower()
        return head.lower_ in self.cues.title_words or any(t in low for t in self.cues.titles
                                                           if " " in t and t in low)

    def _person_before(self, start: int) -> str | None:
        """The last person named before token ``start`` (when no speaker was named yet)."""
        i = bisect_left(self.mentioned, (start, "")) - 1
        if i < 0:
            return None
        name = self.mentioned[i][1]
        return self.by_surname.get(name.split()[-1], name) if name else None

    def resolve(self, start: int, end: int) -> tuple[str | None, str]:
        """Canonical name of the mention at tokens [start, end) and the rule used."""
        words = self.doc[start:end]
        if len(words) == 1 and words[0].lower_ in _w().pronouns:
            return self.last_person or self._person_before(start), "speaker.pronoun→name"
        name = self._name_in(start, end)
        if name is not None:
            self.last_person = name
            return name, "speaker.name"
        if self._is_title(start, end):
            before = self.last_person or self._person_before(start)
            if before is not None:
                return before, "speaker.title→name"
            for pos, full in self.persons:
                if pos >= end:
                    return full, "speaker.title→next_name"
            return None, "speaker.title"
        return None, "speaker.other"


def _clean_name(text: str) -> str:
    name = " ".join(text.replace("’s", "").replace("'s", "").split())
    return name.strip(" ,.")
