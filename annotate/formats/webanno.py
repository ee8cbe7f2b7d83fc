"""WebAnno / INCEpTION TSV 3 (`#FORMAT=WebAnno TSV 3.x`): one document a file.

Header lines declare layers: `#T_SP=layer|feature|...` (spans) and `#T_RL=layer|feature|...|
BT_baselayer` (relations); each feature is one column after the three base columns
(`sentence-token`, `begin-end`, token), in header order. A span's label is the first of its
feature values that names a schema label, else the layer's own name (`webanno.custom.Quote`
-> QUOTE); features named `stance`, `value`, `canonical` set those. Multi-token spans carry
`[N]` ids; stacked annotations are separated by `|`. A relation sits on its target's first
token, its `BT_` column naming the source (`3-1[7_9]`: token 3-1, source id 7, target id 9);
source -> target maps to head -> child (swapped when the schema's relation runs the other
way). Chains (`#T_CH`) are refused. The text is rebuilt from the tokens' offsets and the
`#Text=` lines; gaps between sentences become line breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from annotate.corpus import AnnotationSet, Record, SpanRecord, finish
from annotate.errors import InputError
from annotate.formats.common import Mapper

_ESCAPED = re.compile(r"\\([\[\]|_\->;\t\n*\\])")
_ADDR = re.compile(r"^(\d+-\d+(?:\.\d+)?)(?:\[(\d+)_(\d+)\])?$")
_VALUE = re.compile(r"^(.*?)(?:\[(\d+)\])?$", re.DOTALL)


@dataclass
class _Layer:
    kind: str  # SP or RL
    name: str
    features: list[str]
    first: int = 0  # first column index
    base: str | None = None  # RL: the span layer it links


@dataclass
class _State:
    spans: dict[tuple[int, str], int] = field(default_factory=dict)  # (layer, id) -> span
    at_token: dict[tuple[int, str], list[int]] = field(default_factory=dict)  # (layer, addr)


def _unescape(value: str) -> str:
    return _ESCAPED.sub(r"\1", value)


def is_webanno(first_line: str) -> bool:
    return first_line.lstrip("\ufeff").startswith("#FORMAT=WebAnno TSV 3")


def parse(content: str, path: str, mapper: Mapper, annotator: str | None) -> Record:
    layers: list[_Layer] = []
    rows: list[tuple[int, list[str]]] = []
    sentences: list[tuple[int, str]] = []
    for number, line in enumerate(content.split("\n"), start=1):
        line = line.rstrip("\r")
        if number == 1:
            if not is_webanno(line):
                raise InputError(path, 1, "not WebAnno TSV 3 (no '#FORMAT=WebAnno TSV 3' line)")
            continue
        if line.startswith("#T_"):
            kind, _, decl = line[3:].partition("=")
            if kind == "CH":
                raise InputError(path, number, "chain layers have no equivalent in the schema")
            if kind not in ("SP", "RL"):
                raise InputError(path, number, f"unknown layer kind #T_{kind[:5]}")
            name, *features = decl.split("|")
            layer = _Layer(kind, name, features)
            if kind == "RL":
                if not features or not features[-1].startswith("BT_"):
                    raise InputError(path, number, "a relation layer ends with BT_<layer>")
                layer.base = features[-1][3:]
                layer.features = features[:-1]
            layers.append(layer)
        elif line.startswith("#Text="):
            sentences.append((number, _unescape(line[6:])))
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) < 3 or not re.fullmatch(r"\d+-\d+(?:\.\d+)?", cols[0]):
                raise InputError(path, number, "a token line is SENTENCE-TOKEN, BEGIN-END, "
                                 "token, then the layers' columns")
            rows.append((number, cols))
    column = 3
    for layer in layers:
        layer.first = column
        column += len(layer.features) + (1 if layer.kind == "RL" else 0)
    text = _text(rows, sentences, path)
    aset = AnnotationSet(annotator)
    state = _State()
    for number, cols in rows:
        if len(cols) < column:
            raise InputError(path, number, f"{len(cols)} columns; the header declares {column}")
        for index, layer in enumerate(layers):
            if layer.kind == "SP":
                _span_cells(index, layer, cols, number, text, aset, state, path, mapper)
    for number, cols in rows:
        for layer in layers:
            if layer.kind == "RL":
                _relation_cells(layer, layers, cols, number, aset, state, path, mapper)
    record = finish(Record(text=text, path=path, line=None))
    if not aset.empty:
        if aset.annotator is None:
            raise InputError(path, None, "TSV annotations need an annotator: give "
                             "--annotator NAME")
        record.sets.append(aset)
    return record


def _offsets(cols: list[str], path: str, number: int) -> tuple[int, int]:
    begin, _, end = cols[1].partition("-")
    if not (begin.isdigit() and end.isdigit()) or int(begin) > int(end):
        raise InputError(path, number, f"offsets {cols[1][:20]!r} are not BEGIN-END")
    return int(begin), int(end)


def _text(rows: list[tuple[int, list[str]]], sentences: list[tuple[int, str]], path: str) -> str:
    """The document text: each sentence at its first token's offset."""
    if not rows:
        raise InputError(path, None, "no tokens")
    starts: list[int] = []
    sentence_of: dict[str, int] = {}
    for number, cols in rows:
        sent = cols[0].split("-")[0]
        if sent not in sentence_of:
            sentence_of[sent] = len(starts)
            starts.append(_offsets(cols, path, number)[0])
    if len(starts) != len(sentences):
        raise InputError(path, None, f"{len(sentences)} #Text lines for {len(starts)} sentences")
    parts: list[str] = []
    length = 0
    for start, (number, sentence) in zip(starts, sentences, strict=True):
        if start < length:
            raise InputError(path, number, "sentences overlap")
        parts.append("\n" * (start - length))
        parts.append(sentence)
        length = start + len(sentence)
    text = "".join(parts)
    for number, cols in rows:
        begin, end = _offsets(cols, path, number)
        if end > len(text) or _unescape(cols[2]) != text[begin:end]:
            raise InputError(path, number, f"token {cols[2][:20]!r} is not at {begin}-{end} of "
                             "the #Text lines")
    return text


def _label_of(layer: _Layer, values: list[str], mapper: Mapper, path: str, number: int) -> str:
    for value in values:
        try:
            return mapper.label(value, path, number, layer.name)
        except InputError:
            continue
    return mapper.label(layer.name.rsplit(".", 1)[-1], path, number, layer.name)


def _span_cells(index: int, layer: _Layer, cols: list[str], number: int, text: str,
                aset: AnnotationSet, state: _State, path: str, mapper: Mapper) -> None:
    cells = [cols[layer.first + k] for k in range(len(layer.features))]
    if all(c == "_" for c in cells):
        return
    stacks = [c.split("|") if c != "_" else [] for c in cells]
    depth = max(len(s) for s in stacks)
    begin, end = _offsets(cols, path, number)
    for level in range(depth):
        values: dict[str, str] = {}
        ident = None
        for feature, stack in zip(layer.features, stacks, strict=True):
            raw = stack[level] if level < len(stack) else "*"
            m = _VALUE.match(raw)
            assert m is not None
            ident = ident or m[2]
            if m[1] not in ("*", "_", ""):
                values[feature.lower()] = _unescape(m[1])
        key = (index, ident) if ident else None
        if key is not None and key in state.spans:
            aset.spans[state.spans[key]].end = end
            k = state.spans[key]
        else:
            label = _label_of(layer, [v for f, v in values.items()
                                      if f not in ("stance", "value", "canonical")],
                              mapper, path, number)
            k = len(aset.spans)
            aset.spans.append(SpanRecord(begin, end, label))
            if key is not None:
                state.spans[key] = k
        s = aset.spans[k]
        if "stance" in values:
            s.stance = mapper.stance(values["stance"], path, number, layer.name)
        for attr in ("value", "canonical"):
            if attr in values:
                setattr(s, attr, values[attr])
        state.at_token.setdefault((index, cols[0]), []).append(k)
        state.at_token.setdefault((index, f"{cols[0]}#{ident}"), []).append(k)


def _relation_cells(layer: _Layer, layers: list[_Layer], cols: list[str], number: int,
                    aset: AnnotationSet, state: _State, path: str, mapper: Mapper) -> None:
    sources = cols[layer.first + len(layer.features)]
    if sources == "_":
        return
    base = next((i for i, lay in enumerate(layers) if lay.kind == "SP" and
                 lay.name == layer.base), None)
    if base is None:
        raise InputError(path, number, f"relation layer {layer.name} links an undeclared layer")
    label_cells = [cols[layer.first + k].split("|") for k in range(len(layer.features))]
    for level, addr in enumerate(sources.split("|")):
        m = _ADDR.match(addr)
        if m is None:
            raise InputError(path, number, f"relation source {addr[:20]!r} is not an address")
        src = state.at_token.get((base, f"{m[1]}#{m[2]}" if m[2] and m[2] != "0" else m[1]))
        dst = state.at_token.get((base, f"{cols[0]}#{m[3]}" if m[3] and m[3] != "0"
                                  else cols[0]))
        if not src or not dst:
            raise InputError(path, number, f"relation {addr[:20]!r} does not join two spans")
        names = [c[level] for c in label_cells if level < len(c) and c[level] not in "_*"]
        label = mapper.relation(names[0] if names else mapper.schema.attribution, path, number,
                                layer.name)
        rtype = mapper.schema.relation(label)
        head, child = src[0], dst[0]
        if aset.spans[head].label == rtype.child and aset.spans[child].label == rtype.head:
            head, child = child, head
        if (aset.spans[head].label, aset.spans[child].label) != (rtype.head, rtype.child):
            raise InputError(path, number, f"{label} must join a {rtype.head} and a "
                             f"{rtype.child}")
        aset.relations.append((head, child, label))


__all__ = ["is_webanno", "parse"]
