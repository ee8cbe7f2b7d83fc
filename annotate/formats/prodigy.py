"""Prodigy's task format: reading its records and writing ours the way Prodigy writes them.

Hashes are Prodigy's (`set_hashes`), reproduced to the value on tasks Prodigy itself hashed
(explosion/projects' published annotations; tests/unit/formats/test_prodigy_hashes.py): a
32-bit signed MurmurHash3 (x86, seed 0; the `murmurhash` package spaCy installs) of
`KEY=JSON` for each key present, in order, where JSON has sorted keys and no spaces and
escapes non-ASCII (`{"end":7,"label":"ORG"}`, `"Gr\\u00eamio"`):

- `_input_hash`: the input keys ("text", "image", "html", "input"): `text="..."`;
- `_task_hash`: the input hash in decimal, then the task keys ("spans", "label", "options",
  "arc"), with Prodigy's ignored keys ("score", "rank", "model", "source", "_view_id",
  "_session_id") left out of their objects: `51486229spans=[{"end":7,...}]`.

Keys such as `answer`, `_annotator_id`, `_timestamp`, `meta`, `tokens`, `relations` or our
`flags` never enter a hash. (Checked on text-only inputs and single task keys; with several
keys present the keys follow each other in the order above.)

Reading accepts what Prodigy writes: `spans` (with our `value`, `canonical`, `stance` keys
when present), `relations` with `head_span` / `child_span`, choice records (`options` +
`accept`) and binary records (`label` + `answer`) for the document stance, `answer` (a
rejected or ignored task brings its text but no annotations), `_annotator_id`; and our
`flags` (Prodigy has no flags): `[{"kind": "unsure", "comment": "...", "span": 2}]`, `span`
the index of the flagged span in `spans`, or null when the document is flagged.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from murmurhash import mrmr

from annotate.corpus import (
    AnnotationSet,
    FlagRecord,
    Record,
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
    objects,
    optional_str,
    span,
)

INPUT_KEYS = ("text", "image", "html", "input")
TASK_KEYS = ("spans", "label", "options", "arc")
IGNORE = frozenset(("score", "rank", "model", "source", "_view_id", "_session_id"))
ANSWERS = ("accept", "reject", "ignore")
_PLAIN = {"text", "meta"}


def _without_ignored(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_ignored(v) for k, v in value.items() if k not in IGNORE}
    if isinstance(value, list):
        return [_without_ignored(v) for v in value]
    return value


def _keyed(task: Mapping[str, Any], keys: tuple[str, ...]) -> str:
    """`KEY=JSON` of each key present, in order (what Prodigy hashes)."""
    return "".join(
        f"{k}=" + json.dumps(_without_ignored(task[k]), sort_keys=True, separators=(",", ":"))
        for k in keys if k in task)


def input_hash(task: Mapping[str, Any]) -> int:
    return int(mrmr.hash(_keyed(task, INPUT_KEYS)))


def task_hash(task: Mapping[str, Any], input_hash_value: int | None = None) -> int:
    prefix = input_hash(task) if input_hash_value is None else input_hash_value
    return int(mrmr.hash(str(prefix) + _keyed(task, TASK_KEYS)))


def set_hashes(task: dict[str, Any]) -> dict[str, Any]:
    task["_input_hash"] = input_hash(task)
    task["_task_hash"] = task_hash(task, task["_input_hash"])
    return task


def view_id(task: Mapping[str, Any]) -> str:
    """The Prodigy interface that shows such a task: relations, spans, choice, or blocks of
    them when a task has both spans and a document choice."""
    spans = "relations" if task.get("relations") else "spans_manual"
    if task.get("options"):
        return "blocks" if task.get("spans") else "choice"
    return spans


def parse(
    obj: dict[str, Any], path: str, line: int, mapper: Mapper, annotator: str | None
) -> Record:
    """One Prodigy-style record: the article and (when accepted) one annotation set."""
    text = check_text(obj.get("text"), path, line)
    record = Record(text=text, path=path, line=line)
    apply_meta(record, obj.get("meta"), path, line)
    finish(record)
    if obj.keys() <= _PLAIN:  # an article without annotations: nothing more to read
        return record
    name = obj.get("annotator", obj.get("_annotator_id"))
    if name is not None and (not isinstance(name, str) or not name.strip()):
        raise InputError(path, line, "'annotator' must be a non-empty string")
    answer = obj.get("answer")
    if answer is not None and answer not in ANSWERS:
        raise InputError(path, line, f"answer {str(answer)[:20]!r} is not accept, reject or ignore")
    aset = AnnotationSet(name or annotator)
    aset.spans = _spans(obj.get("spans"), text, path, line, mapper)
    aset.relations = _relations(obj.get("relations"), aset, path, line, mapper)
    aset.stance = _stance(obj, bool(obj.get("spans")), path, line, mapper)
    aset.flags = _flags(obj.get("flags"), len(aset.spans), path, line)
    if answer in ("reject", "ignore"):
        # Prodigy keeps what the annotator turned down; it is not an annotation. A rejected
        # binary stance says only what the stance is not.
        return record
    if not aset.empty or name is not None:
        if aset.annotator is None:
            raise InputError(
                path,
                line,
                "a record with annotations needs an 'annotator' (or give --annotator NAME)",
            )
        record.sets.append(aset)
    return record


def _spans(raw: Any, text: str, path: str, line: int, mapper: Mapper) -> list:
    out = []
    for where, obj in objects(raw, "spans", path, line):
        label = mapper.label(obj.get("label"), path, line, where)
        s = span(obj.get("start"), obj.get("end"), label, text, path, line, where)
        if "text" in obj and obj["text"] != text[s.start : s.end]:
            raise InputError(
                path,
                line,
                f"{where}: text {str(obj['text'])[:40]!r} does not "
                f"match the article at {s.start}-{s.end}",
            )
        for key in ("value", "canonical", "stance"):
            attach(s, key, optional_str(obj, key, path, line, where), mapper, path, line, where)
        out.append(s)
    return out


def _relations(raw: Any, aset: AnnotationSet, path: str, line: int, mapper: Mapper) -> list:
    rels = objects(raw, "relations", path, line)
    index: dict[tuple[Any, Any, str], int] = {}
    for i, s in enumerate(aset.spans):
        index.setdefault((s.start, s.end, s.label), i)
    out = []
    for where, rel in rels:
        label = mapper.relation(rel.get("label"), path, line, where)
        rtype = mapper.schema.relation(label)
        ends = []
        for side, want in (("head_span", rtype.head), ("child_span", rtype.child)):
            ref = rel.get(side)
            if not isinstance(ref, dict):
                raise InputError(
                    path, line, f"{where}: '{side}' must be an object with start, end and label"
                )
            ref_label = mapper.label(ref.get("label", want), path, line, f"{where}.{side}")
            key = (ref.get("start"), ref.get("end"), ref_label)
            if key not in index:
                raise InputError(
                    path,
                    line,
                    f"{where}: {side} {str(key[0])[:12]}-"
                    f"{str(key[1])[:12]} {ref_label} is not one of the record's spans",
                )
            ends.append(index[key])
        check_relation(aset.spans[ends[0]], aset.spans[ends[1]], label, mapper, path, line, where)
        out.append((ends[0], ends[1], label))
    return out


def _flags(raw: Any, spans: int, path: str, line: int) -> list[FlagRecord]:
    """Our `flags` (Prodigy has none), `span` an index into the record's `spans`."""
    def span_of(ref: object) -> int:
        if not (is_int(ref) and 0 <= ref < spans):
            raise ValueError(ref)
        return ref

    return flag_list(raw, path, line, span_of, f"the index of one of the record's {spans} spans")


def _stance(
    obj: dict[str, Any], has_spans: bool, path: str, line: int, mapper: Mapper
) -> str | None:
    """Document stance: our `stance`, Prodigy's `options` + `accept`, or a binary `label`."""
    stance = obj.get("stance")
    if isinstance(stance, dict):
        stance = stance.get("value")
    if stance is not None:
        return mapper.stance(stance, path, line, "stance")
    if "accept" in obj or "options" in obj:
        accept = obj.get("accept")
        if not isinstance(accept, list) or not all(isinstance(a, str | int) for a in accept):
            raise InputError(path, line, "'accept' must be a list of option ids")
        if len(accept) > 1:
            raise InputError(
                path, line, f"'accept' chooses {len(accept)} options; a document has one stance"
            )
        if not accept:
            return None
        options = obj.get("options") or []
        if not isinstance(options, list):
            raise InputError(path, line, "'options' must be a list")
        chosen: Any = accept[0]
        for opt in options:
            if isinstance(opt, dict) and opt.get("id") == chosen and not mapper.is_stance(chosen):
                chosen = opt.get("text", chosen)
        return mapper.stance(str(chosen), path, line, "accept")
    label = obj.get("label")
    if label is not None and not has_spans:
        return mapper.stance(label, path, line, "label")
    return None


def task(
    rec: dict[str, Any],
    stance_values: list[str],
    annotator: str,
    session: str,
    timestamp: int | None,
) -> dict[str, Any]:
    """Prodigy's bookkeeping keys around a record of `text`, `spans`, `relations`..."""
    if rec.get("accept") is not None:
        rec["options"] = [{"id": v, "text": v} for v in stance_values]
    set_hashes(rec)
    rec["_view_id"] = view_id(rec)
    rec["answer"] = "accept"
    rec["_annotator_id"] = annotator
    rec["_session_id"] = session
    if timestamp is not None:
        rec["_timestamp"] = timestamp
    return rec


__all__ = ["input_hash", "parse", "set_hashes", "task", "task_hash", "view_id"]
