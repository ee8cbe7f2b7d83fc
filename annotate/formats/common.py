"""What every reader shares: labels mapped through the schema and validated spans.

Other tools name labels their own way (`Quote`, `quote`, `PERSON`...). A name maps to a schema
label when it is the label's name, the same name in another case, or the label's role
(`speaker` for the label playing the speaker role); otherwise the record is refused with the
schema's labels listed. Relations and stance values map the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from annotate.corpus import FlagRecord, SpanRecord, is_int
from annotate.errors import InputError
from annotate.schema import Schema
from annotate.store.flags import FLAG_KINDS

_LINE_BREAKS = re.compile(r"[\t\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


class Mapper:
    """Label, relation and stance names of a foreign file -> the schema's names."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self._labels: dict[str, str] = {}
        for label in schema.labels:
            self._labels[label.name.lower()] = label.name
            if label.role:
                self._labels.setdefault(label.role.lower(), label.name)
        self._relations: dict[str, str] = {}
        for rel in schema.relations:
            self._relations[rel.name.lower()] = rel.name
            if rel.role:
                self._relations.setdefault(rel.role.lower(), rel.name)
        self._stances = {v.lower(): v for v in schema.stance.names}

    def label(self, name: object, path: str, line: int | None, where: str) -> str:
        found = self._labels.get(name.strip().lower()) if isinstance(name, str) else None
        if found is None:
            raise InputError(path, line, f"{where}: label {_show(name)} is not in schema "
                             f"{self.schema.name} ({', '.join(self.schema.label_names)})")
        return found

    def relation(self, name: object, path: str, line: int | None, where: str) -> str:
        found = self._relations.get(name.strip().lower()) if isinstance(name, str) else None
        if found is None:
            names = ", ".join(r.name for r in self.schema.relations)
            raise InputError(path, line, f"{where}: relation {_show(name)} is not in schema "
                             f"{self.schema.name} ({names})")
        return found

    def stance(self, name: object, path: str, line: int | None, where: str) -> str:
        found = self._stances.get(name.strip().lower()) if isinstance(name, str) else None
        if found is None:
            raise InputError(path, line, f"{where}: stance {_show(name)} is not one of "
                             f"{', '.join(self.schema.stance.names)}")
        return found

    def is_stance(self, name: object) -> bool:
        return isinstance(name, str) and name.strip().lower() in self._stances

    def role(self, label: str) -> str | None:
        return self.schema.label_role(label)


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def objects(raw: object, name: str, path: str, line: int | None
            ) -> Iterator[tuple[str, dict[str, Any]]]:
    """The objects of a JSON list, each with its place for messages (`name[2]`); None is an
    empty list. Anything else than a list of objects is one error naming the place. Lazy,
    so errors come in the order the caller meets them."""
    if raw is None:
        return
    if not isinstance(raw, list):
        raise InputError(path, line, f"{name!r} must be a list")
    for i, obj in enumerate(raw):
        where = f"{name}[{i}]"
        if not isinstance(obj, dict):
            raise InputError(path, line, f"{where} must be an object")
        yield where, obj


def span(
    start: object, end: object, label: str, text: str, path: str, line: int | None, where: str,
) -> SpanRecord:
    """A span after checking its offsets lie inside the text."""
    if not (is_int(start) and is_int(end)):
        raise InputError(path, line, f"{where}: start and end must be integers")
    if not 0 <= start < end <= len(text):
        raise InputError(path, line, f"{where}: span {start}-{end} is outside the text "
                         f"(length {len(text)})")
    return SpanRecord(start, end, label)


def optional_str(obj: dict[str, Any], key: str, path: str, line: int | None, where: str
                 ) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(path, line, f"{where}: {key} must be a string")
    return value


def attach(span: SpanRecord, key: str, value: str | None, mapper: Mapper, path: str,
           line: int | None, where: str) -> None:
    """Set a span attribute (value, canonical, stance), validating a stance."""
    if value is None:
        return
    if key == "stance":
        value = mapper.stance(value, path, line, where)
    setattr(span, key, value)


def flag(kind: object, comment: object, span_index: int | None, path: str, line: int | None,
         where: str) -> FlagRecord:
    """A flag after checking its kind (any case, `broken text` for broken_text) and comment."""
    name = kind.strip().lower().replace(" ", "_").replace("-", "_") \
        if isinstance(kind, str) else None
    if name not in FLAG_KINDS:
        raise InputError(path, line, f"{where}: flag kind {_show(kind)} is not one of "
                         f"{', '.join(FLAG_KINDS)}")
    if comment is None:
        comment = ""
    if not isinstance(comment, str):
        raise InputError(path, line, f"{where}: a flag's comment must be a string")
    return FlagRecord(name, comment.strip(), span_index)


def flag_list(raw: object, path: str, line: int | None,
              span_of: Callable[[object], int | None], reference: str) -> list[FlagRecord]:
    """Our `flags` key (no tool has one): `[{"kind", "comment", "span"}]`.

    `span_of` turns the format's way of naming a span (an index, an entity id) into the
    record's span index, raising ValueError when it names none; `reference` says in words
    what `span` must be, for the error. A missing `span` flags the document.
    """
    out = []
    for where, obj in objects(raw, "flags", path, line):
        ref = obj.get("span")
        try:
            index = None if ref is None else span_of(ref)
        except ValueError:
            raise InputError(path, line, f"{where}: 'span' must be {reference}, or null for "
                             "the document") from None
        out.append(flag(obj.get("kind"), obj.get("comment"), index, path, line, where))
    return out


def flag_text(text: str, span_index: int | None, path: str, line: int | None,
              where: str) -> FlagRecord:
    """A flag written as one line of text, `KIND` or `KIND: comment` (brat notes, Label
    Studio text areas)."""
    kind, _, comment = text.partition(":")
    return flag(kind, comment, span_index, path, line, where)


def write_flag(kind: str, comment: str) -> str:
    """The one-line form `flag_text` reads (line breaks and tabs in the comment become
    spaces: brat and Label Studio keep one line)."""
    comment = _LINE_BREAKS.sub(" ", comment).strip()
    return f"{kind}: {comment}" if comment else kind


def check_relation(head: SpanRecord, child: SpanRecord, label: str, mapper: Mapper, path: str,
                   line: int | None, where: str) -> None:
    """The relation's ends must have the labels the schema gives it."""
    rtype = mapper.schema.relation(label)
    for side, got, want in (("head", head.label, rtype.head), ("child", child.label,
                                                                rtype.child)):
        if got != want:
            raise InputError(path, line, f"{where}: {label} {side} must be a {want}, not {got}")


__all__ = ["Mapper", "attach", "check_relation", "flag", "flag_text", "optional_str", "span",
           "write_flag"]
