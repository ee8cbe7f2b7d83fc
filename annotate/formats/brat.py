"""brat standoff: NAME.txt with NAME.ann (and our NAME.meta.json), read and written.

`.ann` lines map as:
- `T1<TAB>LABEL START END<TAB>text` -> a span (a discontinuous `START END;START END` span
  becomes one span per fragment, each keeping the relations and attributes of T1, as the
  guidelines mark an interrupted quote as several spans);
- `R1<TAB>LABEL Arg1:T1 Arg2:T2` -> a relation from Arg1 (head) to Arg2 (child);
- `A1<TAB>Stance T1 favor` -> the span's stance (attributes `Value` / `Canonical` with a
  one-word value set those);
- `N1<TAB>Reference T1 DB:ID<TAB>text` (normalisation) -> a DATE's ISO value or a SPEAKER's
  canonical name (the text, else the ID);
- `#1<TAB>AnnotatorNotes T1<TAB>unsure: is this a quote?` -> a flag on the span when the
  note starts with a flag kind (`unsure`, `broken_text`, `discuss`), alone or before a colon
  and the comment; other notes are free comments and are not imported. (A discontinuous
  T1's flag goes on its first fragment.)
Events (`E`), equivalences (`*`) and other lines are refused with their line.
brat has no document-level annotation, so the document stance, the annotator and the flags
on the document travel in NAME.meta.json beside the text (with title, published, source,
url), which brat ignores. The export also writes annotation.conf, so the folder opens in
brat as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotate.corpus import AnnotationSet, FlagRecord, Record, SpanRecord
from annotate.errors import InputError
from annotate.formats.common import Mapper, attach, check_relation, flag_text, write_flag
from annotate.store.flags import FLAG_KINDS

_FRAGMENT = re.compile(r"^(\d+) (\d+)$")


def parse(text: str, ann: str, path: str, mapper: Mapper, annotator: str | None,
          record: Record) -> Record:
    """The annotations of `ann` (the .ann file's content) over `text`, added to `record`."""
    aset = AnnotationSet(annotator)
    ids: dict[str, list[int]] = {}
    later: list[tuple[int, str, str]] = []
    for number, line in enumerate(ann.splitlines(), start=1):
        if not line.strip():
            continue
        ident, _, rest = line.partition("\t")
        kind = ident[:1]
        if kind == "T":
            ids[ident] = _textbound(rest, text, path, number, mapper, aset)
        elif kind in ("R", "A", "M", "N", "#"):
            later.append((number, ident, rest))
        else:
            raise InputError(path, number, f"brat annotation {ident[:12]!r} (events, "
                             "equivalences) has no equivalent in the schema")
    for number, ident, rest in later:
        fields = rest.split("\t")[0].split(" ")
        if ident[0] == "R":
            _relation(fields, ids, aset, path, number, mapper)
        elif ident[0] == "#":
            _note(rest, fields, ids, aset, path, number)
        elif ident[0] == "N":
            _normalisation(rest, fields, ids, aset, path, number, mapper)
        else:
            _attribute(fields, ids, aset, path, number, mapper)
    record.path = path
    if not aset.empty:
        if aset.annotator is None:
            raise InputError(path, None, "brat annotations need an annotator: give "
                             "--annotator NAME (or 'annotator' in NAME.meta.json)")
        record.sets.append(aset)
    return record


def _textbound(rest: str, text: str, path: str, line: int, mapper: Mapper,
               aset: AnnotationSet) -> list[int]:
    head, _, covered = rest.partition("\t")
    label, _, offsets = head.partition(" ")
    label = mapper.label(label, path, line, "T")
    out = []
    pieces = []
    for fragment in offsets.split(";"):
        m = _FRAGMENT.match(fragment.strip())
        if m is None:
            raise InputError(path, line, f"offsets {offsets[:30]!r} are not 'START END'")
        start, end = int(m[1]), int(m[2])
        if not 0 <= start < end <= len(text):
            raise InputError(path, line, f"span {start}-{end} is outside the text "
                             f"(length {len(text)})")
        pieces.append(text[start:end])
        out.append(len(aset.spans))
        aset.spans.append(SpanRecord(start, end, label))
    if covered and covered != " ".join(pieces):
        raise InputError(path, line, f"text {covered[:30]!r} does not match the .txt at "
                         f"{offsets[:30]} (is the .txt the one annotated?)")
    return out


def _targets(ref: str, ids: dict[str, list[int]], path: str, line: int) -> list[int]:
    if ref not in ids:
        raise InputError(path, line, f"{ref[:12]!r} is not a text-bound annotation of the file")
    return ids[ref]


def _relation(fields: list[str], ids: dict[str, list[int]], aset: AnnotationSet, path: str,
              line: int, mapper: Mapper) -> None:
    if len(fields) != 3 or ":" not in fields[1] or ":" not in fields[2]:
        raise InputError(path, line, "a relation is 'LABEL Arg1:T1 Arg2:T2'")
    label = mapper.relation(fields[0], path, line, "R")
    heads = _targets(fields[1].split(":", 1)[1], ids, path, line)
    children = _targets(fields[2].split(":", 1)[1], ids, path, line)
    for h in heads:
        check_relation(aset.spans[h], aset.spans[children[0]], label, mapper, path, line, "R")
        aset.relations.append((h, children[0], label))


def _attribute(fields: list[str], ids: dict[str, list[int]], aset: AnnotationSet, path: str,
               line: int, mapper: Mapper) -> None:
    if len(fields) not in (2, 3):
        raise InputError(path, line, "an attribute is 'NAME T1 [VALUE]'")
    name = fields[0].lower()
    if name not in ("stance", "value", "canonical") or len(fields) != 3:
        raise InputError(path, line, f"attribute {fields[0][:20]!r} has no equivalent (use "
                         "Stance, Value or Canonical with a value)")
    for k in _targets(fields[1], ids, path, line):
        attach(aset.spans[k], name, fields[2], mapper, path, line, "A")


def _note(rest: str, fields: list[str], ids: dict[str, list[int]], aset: AnnotationSet,
          path: str, line: int) -> None:
    """An AnnotatorNotes line: a flag when its text starts with a flag kind, else nothing."""
    text = rest.split("\t", 1)[1] if "\t" in rest else ""
    kind = text.partition(":")[0].strip().lower().replace(" ", "_")
    if kind not in FLAG_KINDS:
        return  # a free comment
    if len(fields) != 2 or fields[1] not in ids:
        raise InputError(path, line, "a flag note must be on a text-bound annotation "
                         "('AnnotatorNotes T1<TAB>unsure: comment')")
    aset.flags.append(flag_text(text, ids[fields[1]][0], path, line, "#"))


def _normalisation(rest: str, fields: list[str], ids: dict[str, list[int]],
                   aset: AnnotationSet, path: str, line: int, mapper: Mapper) -> None:
    if len(fields) != 3 or ":" not in fields[2]:
        raise InputError(path, line, "a normalisation is 'Reference T1 DB:ID<TAB>text'")
    parts = rest.split("\t", 1)
    written = parts[1] if len(parts) > 1 and parts[1] else fields[2].split(":", 1)[1]
    for k in _targets(fields[1], ids, path, line):
        role = mapper.role(aset.spans[k].label)
        if role == "date":
            aset.spans[k].value = written
        elif role == "speaker":
            aset.spans[k].canonical = written
        else:
            raise InputError(path, line, f"a {aset.spans[k].label} has no normalised value")


# -- writing ------------------------------------------------------------------------------------


def ann(text: str, spans: list[SpanRecord], relations: list[tuple[int, int, str]],
        flags: Sequence[FlagRecord] = ()) -> str:
    """The .ann file: T spans, A / N attributes, R relations, # notes for the span flags
    (the document's flags go in NAME.meta.json)."""
    lines = []
    notes = 0
    for i, s in enumerate(spans, start=1):
        covered = text[s.start:s.end].replace("\n", " ").replace("\t", " ")
        lines.append(f"T{i}\t{s.label} {s.start} {s.end}\t{covered}")
    attr = 0
    for i, s in enumerate(spans, start=1):
        if s.stance is not None:
            attr += 1
            lines.append(f"A{attr}\tStance T{i} {s.stance}")
        for key, db in (("value", "ISO8601"), ("canonical", "annotate")):
            value = getattr(s, key)
            if value is not None:
                notes += 1
                ident = re.sub(r"\s+", "_", value) or "_"
                lines.append(f"N{notes}\tReference T{i} {db}:{ident}\t"
                             f"{value.replace(chr(9), ' ').replace(chr(10), ' ')}")
    for j, (h, c, label) in enumerate(relations, start=1):
        lines.append(f"R{j}\t{label} Arg1:T{h + 1} Arg2:T{c + 1}")
    for f in flags:
        if f.span is not None:
            notes += 1
            lines.append(f"#{notes}\tAnnotatorNotes T{f.span + 1}\t"
                         f"{write_flag(f.kind, f.comment)}")
    return "\n".join(lines) + ("\n" if lines else "")


def annotation_conf(labels: list[str], relations: list[tuple[str, str, str]],
                    stances: list[str]) -> str:
    """brat's annotation.conf declaring our labels, relations and the Stance attribute."""
    rels = "\n".join(f"{name}\tArg1:{head}, Arg2:{child}" for name, head, child in relations)
    return (f"[entities]\n{chr(10).join(labels)}\n\n[relations]\n{rels}\n\n[events]\n\n"
            f"[attributes]\nStance\tArg:<ENTITY>, Value:{'|'.join(stances)}\n")


__all__ = ["ann", "annotation_conf", "parse"]
