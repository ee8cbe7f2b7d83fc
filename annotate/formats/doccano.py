"""doccano's JSONL: both span styles, relations and categories, read and written.

Read:
- sequence labelling, `"label": [[start, end, "LABEL"], ...]` (older exports: `labels`);
- sequence labelling with relations, `"entities": [{"id", "label", "start_offset",
  "end_offset"}]` and `"relations": [{"id", "from_id", "to_id", "type"}]`;
- text classification, `"label": ["favor"]` (or `cats`), as the document stance.
Written: the entities/relations style (doccano's "JSONL (Relation)" import), with what doccano
has no place for under clearly named keys: `value`, `canonical`, `stance` on an entity, the
document `stance`, `annotator`, `meta`, and `flags` (`[{"kind", "comment", "span"}]`, `span`
an entity's `id`, null for the document; doccano keeps unknown keys as the example's
metadata).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotate.corpus import (
    AnnotationSet,
    FlagRecord,
    Record,
    SpanRecord,
    apply_meta,
    check_text,
    finish,
    is_int,
)
from annotate.errors import InputError
from annotate.formats.common import (
    Mapper,
    attach,
    check_relation,
    flag_list,
    optional_str,
    span,
)


def is_doccano(obj: dict[str, Any]) -> bool:
    """doccano rather than Prodigy: `entities`, or `label(s)` holding a list."""
    return "entities" in obj or isinstance(obj.get("label"), list) or \
        isinstance(obj.get("labels"), list)


def parse(obj: dict[str, Any], path: str, line: int, mapper: Mapper,
          annotator: str | None) -> Record:
    text = check_text(obj.get("text", obj.get("data")), path, line)
    record = Record(text=text, path=path, line=line)
    apply_meta(record, obj.get("meta"), path, line)
    if record.ext_id is None and (is_int(obj.get("id")) or isinstance(obj.get("id"), str)):
        record.ext_id = str(obj["id"])
    finish(record)
    name = obj.get("annotator")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        raise InputError(path, line, "'annotator' must be a non-empty string")
    aset = AnnotationSet(name or annotator)
    cats: list[Any] = []
    raw = obj.get("label", obj.get("labels"))
    if raw is not None:
        if not isinstance(raw, list):
            raise InputError(path, line, "'label' must be a list")
        triples = [x for x in raw if isinstance(x, list)]
        cats = [x for x in raw if not isinstance(x, list)]
        for i, item in enumerate(triples):
            where = f"label[{i}]"
            if len(item) != 3:
                raise InputError(path, line, f"{where} must be [start, end, label]")
            aset.spans.append(span(item[0], item[1], mapper.label(item[2], path, line, where),
                                   text, path, line, where))
    by_id: dict[Any, int] = {}
    if "entities" in obj:
        by_id = _entities(obj, aset, text, path, line, mapper)
    aset.flags = _flags(obj.get("flags"), by_id, path, line)
    if "cats" in obj:
        if not isinstance(obj["cats"], list):
            raise InputError(path, line, "'cats' must be a list")
        cats += obj["cats"]
    stance = obj.get("stance")
    if stance is not None:
        cats.append(stance)
    if len(set(map(str, cats))) > 1:
        raise InputError(path, line, f"{len(cats)} categories; a document has one stance")
    if cats:
        aset.stance = mapper.stance(cats[0], path, line, "label")
    if not aset.empty or name is not None:
        if aset.annotator is None:
            raise InputError(path, line, "a record with annotations needs an 'annotator' "
                             "(or give --annotator NAME)")
        record.sets.append(aset)
    return record


def _flags(raw: Any, by_id: dict[Any, int], path: str, line: int) -> list[FlagRecord]:
    """Our `flags` (doccano keeps unknown keys as metadata), `span` an entity's id."""
    def span_of(ref: object) -> int:
        if not isinstance(ref, int | str) or ref not in by_id:
            raise ValueError(ref)
        return by_id[ref]

    return flag_list(raw, path, line, span_of, "the id of one of the record's entities")


def _entities(obj: dict[str, Any], aset: AnnotationSet, text: str, path: str, line: int,
              mapper: Mapper) -> dict[Any, int]:
    entities, relations = obj.get("entities"), obj.get("relations") or []
    if not isinstance(entities, list) or not isinstance(relations, list):
        raise InputError(path, line, "'entities' and 'relations' must be lists")
    by_id: dict[Any, int] = {}
    for i, ent in enumerate(entities):
        where = f"entities[{i}]"
        if not isinstance(ent, dict):
            raise InputError(path, line, f"{where} must be an object")
        s = span(ent.get("start_offset"), ent.get("end_offset"),
                 mapper.label(ent.get("label"), path, line, where), text, path, line, where)
        for key in ("value", "canonical", "stance"):
            attach(s, key, optional_str(ent, key, path, line, where), mapper, path, line, where)
        ident = ent.get("id")
        if not (is_int(ident) or isinstance(ident, str)) or ident in by_id:
            raise InputError(path, line, f"{where}: 'id' must be a unique integer or string")
        by_id[ident] = len(aset.spans)
        aset.spans.append(s)
    for i, rel in enumerate(relations):
        where = f"relations[{i}]"
        if not isinstance(rel, dict):
            raise InputError(path, line, f"{where} must be an object")
        label = mapper.relation(rel.get("type", rel.get("label")), path, line, where)
        head, child = rel.get("from_id"), rel.get("to_id")
        if not isinstance(head, int | str) or not isinstance(child, int | str) or \
                head not in by_id or child not in by_id:
            raise InputError(path, line, f"{where}: from_id and to_id must name entities")
        check_relation(aset.spans[by_id[head]], aset.spans[by_id[child]], label, mapper, path,
                       line, where)
        aset.relations.append((by_id[head], by_id[child], label))
    return by_id


def record(ext_id: str | None, text: str, meta: dict[str, Any],
           spans: list[SpanRecord], relations: list[tuple[int, int, str]], stance: str | None,
           annotator: str, flags: Sequence[FlagRecord] = ()) -> dict[str, Any]:
    """One doccano JSONL (Relation) line for an annotation set."""
    entities = []
    for i, s in enumerate(spans):
        ent: dict[str, Any] = {"id": i, "label": s.label, "start_offset": s.start,
                               "end_offset": s.end}
        for key in ("value", "canonical", "stance"):
            if getattr(s, key) is not None:
                ent[key] = getattr(s, key)
        entities.append(ent)
    out: dict[str, Any] = {
        "text": text, "entities": entities,
        "relations": [{"id": i, "from_id": h, "to_id": c, "type": label}
                      for i, (h, c, label) in enumerate(relations)],
        "annotator": annotator, "meta": meta}
    if ext_id is not None:
        out["meta"] = {"id": ext_id, **meta}
    if stance is not None:
        out["stance"] = stance
    if flags:
        out["flags"] = [{"kind": f.kind, "comment": f.comment, "span": f.span} for f in flags]
    return out


__all__ = ["is_doccano", "parse", "record"]
