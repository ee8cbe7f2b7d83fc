"""Label Studio's JSON export (a list of tasks), read as a stream and written with its config.

A task is `{"data": {"text": ..., "meta": {...}}, "annotations": [{"completed_by": ...,
"result": [...]}]}`; each annotation becomes one annotator's set. Results map as:
- `labels` regions (`value.start`, `value.end`, `value.labels`) -> spans;
- `relation` (`from_id` -> `to_id`, `labels`; `direction: "left"` reversed) -> relations;
- `choices` on a region (same `id`, Label Studio's per-region choices) -> the span's stance;
  `choices` on the text -> the document stance;
- `textarea` on a region -> a DATE's value or a SPEAKER's canonical name (by the span's role);
  a `textarea` named `flag` (on a region) or `doc_flag` (on the text) -> flags, one a line of
  its text: `unsure`, or `unsure: comment` (kinds unsure, broken_text, discuss).
The annotator is `completed_by.email` (older exports), `ls-user-N` for a numeric
`completed_by`, our `annotator` key, else `--annotator`. Cancelled annotations and
`predictions` (model output) are not imported. Any other result type is refused.

The export writes `tasks.json` and `config.xml`, the labelling config that shows them (create
the project with it, then import the tasks).
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator, Sequence
from html import escape
from typing import IO, Any, BinaryIO

from annotate.corpus import (
    MAX_LINE_BYTES,
    SURROGATE_ESCAPE,
    AnnotationSet,
    FlagRecord,
    Record,
    SpanRecord,
    apply_meta,
    check_json,
    check_text,
    finish,
    is_int,
)
from annotate.errors import InputError
from annotate.formats.common import (
    Mapper,
    attach,
    check_relation,
    flag_text,
    objects,
    span,
    write_flag,
)
from annotate.schema import Schema
from annotate.store.flags import FLAG_KINDS

CHUNK = 1 << 20
FLAG_AREAS = ("flag", "doc_flag")  # text areas holding flags (on a region, on the text)


def iter_array(fh: BinaryIO, path: str, limit: int = MAX_LINE_BYTES) -> Iterator[tuple[int, Any]]:
    """(line, element) of a top-level JSON array, one element in memory at a time."""
    decoder = json.JSONDecoder()
    utf8 = codecs.getincrementaldecoder("utf-8")()
    buf, pos, lines, eof = "", 0, 1, False

    def more() -> None:
        nonlocal buf, pos, lines, eof
        lines += buf.count("\n", 0, pos)
        buf, pos = buf[pos:], 0
        try:
            chunk = fh.read(CHUNK)
            buf += utf8.decode(chunk, final=not chunk)
        except UnicodeDecodeError:
            raise InputError(path, lines, "not UTF-8") from None
        eof = not chunk
        if "\x00" in buf:
            raise InputError(path, lines, "contains a NUL byte; not a text file")

    def skip_ws() -> str:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n\ufeff":
                pos += 1
            if pos < len(buf) or eof:
                return buf[pos] if pos < len(buf) else ""
            more()

    more()
    if skip_ws() != "[":
        raise InputError(path, lines, "a Label Studio export is a JSON list of tasks")
    pos += 1
    first = True
    while True:
        ch = skip_ws()
        if ch == "]":
            pos += 1
            if skip_ws():
                raise InputError(path, lines + buf.count("\n", 0, pos), "text after the list")
            return
        if not first:
            if ch != ",":
                raise InputError(path, lines + buf.count("\n", 0, pos), "expected ',' or ']'")
            pos += 1
            skip_ws()
        first = False
        while True:
            line = lines + buf.count("\n", 0, pos)
            try:
                obj, end = decoder.raw_decode(buf, pos)
                break
            except RecursionError:
                raise InputError(path, line, "JSON nested too deeply") from None
            except json.JSONDecodeError as exc:
                if eof or len(buf) - pos > limit:
                    raise InputError(path, line, f"invalid JSON ({exc.msg})") from None
                more()
            except ValueError:
                raise InputError(path, line, "invalid JSON (number too long)") from None
        check_json(obj, path, line, SURROGATE_ESCAPE.search(buf, pos, end) is not None)
        pos = end
        yield line, obj


def read(fh: BinaryIO, path: str, mapper: Mapper, annotator: str | None) -> Iterator[Record]:
    count = 0
    for line, obj in iter_array(fh, path):
        count += 1
        yield parse(obj, path, line, mapper, annotator)
    if not count:
        raise InputError(path, None, "no tasks")


def parse(obj: Any, path: str, line: int, mapper: Mapper, annotator: str | None) -> Record:
    if not isinstance(obj, dict) or not isinstance(obj.get("data"), dict):
        raise InputError(path, line, "a task must be an object with 'data'")
    data = obj["data"]
    text = data.get("text")
    if text is None:
        strings = [v for v in data.values() if isinstance(v, str)]
        text = strings[0] if len(strings) == 1 else None
    text = check_text(text, path, line, "data.text")
    record = Record(text=text, path=path, line=line)
    apply_meta(record, data.get("meta", obj.get("meta")), path, line)
    if record.ext_id is None and is_int(obj.get("id")):
        record.ext_id = str(obj["id"])
    finish(record)
    annotations = obj.get("annotations", obj.get("completions")) or []
    for where, ann in objects(annotations, "annotations", path, line):
        if ann.get("was_cancelled") is True:
            continue
        name = _annotator(ann, annotator, path, line, where)
        record.sets.append(_result(ann.get("result"), text, AnnotationSet(name), path, line,
                                   where, mapper))
    return record


def _annotator(ann: dict[str, Any], default: str | None, path: str, line: int, where: str
               ) -> str:
    who = ann.get("annotator", ann.get("completed_by"))
    if isinstance(who, dict):
        who = who.get("email") or who.get("username") or who.get("id")
    if is_int(who):
        return f"ls-user-{who}"
    if isinstance(who, str) and who.strip():
        return who
    if who is None and default is not None:
        return default
    raise InputError(path, line, f"{where}: no annotator named (give --annotator NAME)")


def _result(result: Any, text: str, aset: AnnotationSet, path: str, line: int, where: str,
            mapper: Mapper) -> AnnotationSet:
    if not isinstance(result, list):
        raise InputError(path, line, f"{where}.result must be a list")
    items = objects(result, f"{where}.result", path, line)
    regions: dict[str, list[int]] = {}
    later = []
    for at, item in items:
        kind, value = item.get("type"), item.get("value")
        if kind == "relation":
            later.append((at, item))
            continue
        if not isinstance(value, dict):
            raise InputError(path, line, f"{at}.value must be an object")
        if kind in ("labels", "hypertextlabels"):
            labels = value.get("labels")
            if not isinstance(labels, list) or not labels:
                raise InputError(path, line, f"{at}: 'labels' must be a non-empty list")
            for label in labels:
                s = span(value.get("start"), value.get("end"),
                         mapper.label(label, path, line, at), text, path, line, at)
                regions.setdefault(str(item.get("id")), []).append(len(aset.spans))
                aset.spans.append(s)
        elif kind in ("choices", "textarea"):
            later.append((at, item))
        else:
            raise InputError(path, line, f"{at}: result type {str(kind)[:20]!r} has no "
                             "equivalent in the schema (labels, relation, choices, textarea)")
    for at, item in later:
        value = item.get("value") or {}
        if item["type"] == "relation":
            _relation(item, regions, aset, path, line, at, mapper)
            continue
        targets = regions.get(str(item.get("id"))) if "start" in value or \
            str(item.get("id")) in regions else None
        if item["type"] == "textarea" and item.get("from_name") in FLAG_AREAS:
            if targets is None and "start" in value:
                raise InputError(path, line, f"{at}: the flagged region is not a labelled span")
            aset.flags.extend(_flags(value.get("text"), targets, path, line, at))
        elif item["type"] == "choices":
            choices = value.get("choices")
            if not isinstance(choices, list) or len(choices) != 1:
                raise InputError(path, line, f"{at}: 'choices' must hold one stance")
            if targets is None:
                aset.stance = mapper.stance(choices[0], path, line, at)
            else:
                for k in targets:
                    attach(aset.spans[k], "stance", choices[0], mapper, path, line, at)
        else:
            written = value.get("text")
            if isinstance(written, list) and len(written) == 1:
                written = written[0]
            if not isinstance(written, str) or targets is None:
                raise InputError(path, line, f"{at}: a textarea must be per region, with one text")
            for k in targets:
                _set_text(aset.spans[k], written, mapper, path, line, at)
    return aset


def _flags(texts: Any, targets: list[int] | None, path: str, line: int, at: str
           ) -> list[FlagRecord]:
    """A flag text area's lines: flags on its region (its first span), or on the text."""
    if isinstance(texts, str):
        texts = [texts]
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        raise InputError(path, line, f"{at}: a flag's text must be a list of strings")
    span = None if targets is None else targets[0]
    return [flag_text(t, span, path, line, at) for t in texts]


def _set_text(s: SpanRecord, written: str, mapper: Mapper, path: str, line: int, at: str) -> None:
    role = mapper.role(s.label)
    if role == "date":
        s.value = written
    elif role == "speaker":
        s.canonical = written
    else:
        raise InputError(path, line, f"{at}: a {s.label} has no text attribute")


def _relation(item: dict[str, Any], regions: dict[str, list[int]], aset: AnnotationSet,
              path: str, line: int, at: str, mapper: Mapper) -> None:
    labels = item.get("labels") or [mapper.schema.attribution]
    if not isinstance(labels, list):
        raise InputError(path, line, f"{at}: 'labels' must be a list")
    src, dst = str(item.get("from_id")), str(item.get("to_id"))
    if item.get("direction") == "left":
        src, dst = dst, src
    if src not in regions or dst not in regions:
        raise InputError(path, line, f"{at}: from_id and to_id must name labelled regions")
    for label in labels:
        name = mapper.relation(label, path, line, at)
        rtype = mapper.schema.relation(name)
        head = next((k for k in regions[src] if aset.spans[k].label == rtype.head),
                    regions[src][0])
        child = next((k for k in regions[dst] if aset.spans[k].label == rtype.child),
                     regions[dst][0])
        check_relation(aset.spans[head], aset.spans[child], name, mapper, path, line, at)
        aset.relations.append((head, child, name))


# -- writing ------------------------------------------------------------------------------------


def task(doc_id: int, text: str, meta: dict[str, Any], spans: list[SpanRecord],
         relations: list[tuple[int, int, str]], stance: str | None, annotator: str,
         flags: Sequence[FlagRecord] = ()) -> dict[str, Any]:
    result: list[dict[str, Any]] = []
    flagged: dict[int | None, list[str]] = {}
    for f in flags:
        flagged.setdefault(f.span, []).append(write_flag(f.kind, f.comment))
    for i, s in enumerate(spans):
        where = {"start": s.start, "end": s.end}
        base = {"id": f"s{i}", "to_name": "text"}
        result.append({**base, "from_name": "label", "type": "labels",
                       "value": {**where, "text": text[s.start:s.end], "labels": [s.label]}})
        if s.stance is not None:
            result.append({**base, "from_name": "stance", "type": "choices",
                           "value": {**where, "choices": [s.stance]}})
        for key in ("value", "canonical"):
            if getattr(s, key) is not None:
                result.append({**base, "from_name": key, "type": "textarea",
                               "value": {**where, "text": [getattr(s, key)]}})
        if i in flagged:
            result.append({**base, "from_name": "flag", "type": "textarea",
                           "value": {**where, "text": flagged[i]}})
    for h, c, label in relations:
        result.append({"from_id": f"s{h}", "to_id": f"s{c}", "type": "relation",
                       "direction": "right", "labels": [label]})
    if stance is not None:
        result.append({"id": "document", "from_name": "doc_stance", "to_name": "text",
                       "type": "choices", "value": {"choices": [stance]}})
    if None in flagged:
        result.append({"id": "document-flags", "from_name": "doc_flag", "to_name": "text",
                       "type": "textarea", "value": {"text": flagged[None]}})
    return {"id": doc_id, "data": {"text": text, "meta": meta},
            "annotations": [{"annotator": annotator, "result": result,
                             "was_cancelled": False}]}


def config(schema: Schema) -> str:
    """The labelling config (XML) under which exported tasks show as they were."""
    def q(value: str) -> str:
        return escape(value, quote=True)

    labels = "\n".join(f'    <Label value="{q(lab.name)}" background="{q(lab.color)}"/>'
                       for lab in schema.labels)
    rels = "\n".join(f'    <Relation value="{q(r.name)}"/>' for r in schema.relations)
    stances = "\n".join(f'    <Choice value="{q(v)}"/>' for v in schema.stance.names)
    flags = f"flag: {' | '.join(FLAG_KINDS)}, then ': comment' (one flag a line)"
    return f"""<View>
  <Labels name="label" toName="text">
{labels}
  </Labels>
  <Text name="text" value="$text"/>
  <Relations>
{rels}
  </Relations>
  <Header value="Document stance toward {q(schema.stance.target)}"/>
  <Choices name="doc_stance" toName="text" choice="single" showInLine="true">
{stances}
  </Choices>
  <TextArea name="doc_flag" toName="text" placeholder="{q(flags)}"/>
  <View visibleWhen="region-selected">
    <Choices name="stance" toName="text" perRegion="true" choice="single" showInLine="true">
{stances}
    </Choices>
    <TextArea name="value" toName="text" perRegion="true" maxSubmissions="1"
              placeholder="ISO value of a {q(schema.date_label)}"/>
    <TextArea name="canonical" toName="text" perRegion="true" maxSubmissions="1"
              placeholder="canonical name of a {q(schema.speaker_label)}"/>
    <TextArea name="flag" toName="text" perRegion="true" placeholder="{q(flags)}"/>
  </View>
</View>
"""


class ArrayWriter:
    """Writes a JSON list one element at a time."""

    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh
        self.count = 0
        fh.write("[")

    def add(self, obj: Any) -> None:
        self.fh.write(("\n" if not self.count else ",\n") + json.dumps(obj, ensure_ascii=False))
        self.count += 1

    def close(self) -> None:
        self.fh.write("\n]\n")


__all__ = ["ArrayWriter", "config", "iter_array", "parse", "read", "task"]
