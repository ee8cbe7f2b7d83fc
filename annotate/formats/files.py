"""Which files an import reads, with which reader, and which it skips (and why).

| file | read as |
| --- | --- |
| NAME.txt | one article; NAME.meta.json beside it gives metadata; NAME.ann makes it brat |
| NAME.jsonl | one record a line: ours / Prodigy's, or doccano's (told apart per record) |
| NAME.json | a Label Studio export (a list of tasks) |
| NAME.tsv | WebAnno / INCEpTION TSV 3 |

In a folder, every other file is listed as skipped with its reason; a file named on the
command line that cannot be read is an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from annotate.corpus import (
    AnnotationSet,
    FlagRecord,
    Record,
    apply_meta,
    finish,
    iter_lines,
    loads,
    read_text_file,
)
from annotate.errors import InputError
from annotate.formats import brat, doccano, labelstudio, prodigy, webanno
from annotate.formats.common import Mapper, flag_list

BRAT_CONF = {"annotation.conf", "visual.conf", "tools.conf", "kb_shortcuts.conf"}
KINDS = {".txt": "text", ".jsonl": "jsonl", ".json": "labelstudio", ".tsv": "webanno"}
MAX_ERRORS_PER_FILE = 1


@dataclass(frozen=True)
class Source:
    path: Path
    kind: str  # text, brat, jsonl, labelstudio, webanno


def plan(paths: Iterable[str | Path]) -> tuple[list[Source], list[tuple[str, str]]]:
    """The files to read, in order, and (path, reason) of every file skipped in folders."""
    sources: list[Source] = []
    skipped: list[tuple[str, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
            names = {p for p in files}
            for p in files:
                source, reason = _classify(p, names)
                if source is not None:
                    sources.append(source)
                elif reason:
                    skipped.append((str(p), reason))
        elif path.is_file():
            source, reason = _classify(path, None)
            if source is None:
                raise InputError(str(path), None, reason or "unsupported file type")
            sources.append(source)
        else:
            raise InputError(str(path), None, "no such file or folder")
    return sources, skipped


def _classify(path: Path, folder: set[Path] | None) -> tuple[Source | None, str]:
    """A source, or None and why (an empty reason: read along with another file)."""
    def beside(suffix: str) -> bool:
        other = path.with_name(path.name[: -len(path.suffix)] + suffix) if path.suffix else path
        return other in folder if folder is not None else other.is_file()

    name = path.name
    if any(part.startswith(".") for part in path.parts[-1:]):
        return None, "hidden file"
    if name.endswith(".meta.json"):
        stem = name[: -len(".meta.json")]
        txt = path.with_name(stem + ".txt")
        if (txt in folder) if folder is not None else txt.is_file():
            return None, ""
        return None, f"metadata without {stem}.txt beside it"
    if path.suffix == ".ann":
        if beside(".txt"):
            return (None, "") if folder is not None else (Source(path.with_suffix(".txt"),
                                                                 "brat"), "")
        return None, f"brat annotations without {path.stem}.txt beside them"
    if name in BRAT_CONF:
        return None, "brat configuration (labels are mapped through the schema)"
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        return None, f"unsupported file type {path.suffix or '(none)'} (use .txt, .ann, " \
                     ".jsonl, .json or .tsv)"
    if folder is not None and kind != "text" and _blank(path):
        return None, "empty (nothing to import)"  # e.g. an export's empty dev split
    if kind == "text" and beside(".ann"):
        kind = "brat"
    return Source(path, kind), ""


def _blank(path: Path) -> bool:
    """Whether a file holds nothing but whitespace (read no further than that shows)."""
    with path.open("rb") as fh:
        while chunk := fh.read(65536):
            if chunk.strip():
                return False
    return True


def read(source: Source, mapper: Mapper, annotator: str | None) -> Iterator[Record]:
    """The records of one source, validated as they are read."""
    path = str(source.path)
    if source.kind in ("text", "brat"):
        yield _text(source, mapper, annotator)
    elif source.kind == "jsonl":
        yield from _jsonl(source.path, mapper, annotator)
    elif source.kind == "labelstudio":
        with _open(source.path) as fh:
            yield from labelstudio.read(fh, path, mapper, annotator)
    else:
        content = read_text_file(source.path)
        yield webanno.parse(content, path, mapper, annotator)


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(str(path), None, f"cannot read ({exc.strerror})") from None


def _text(source: Source, mapper: Mapper, annotator: str | None) -> Record:
    path = source.path
    text = read_text_file(path)
    if not text.strip():
        raise InputError(str(path), None, "empty text")
    record = Record(text=text, path=str(path), line=None, ext_id=path.stem)
    sidecar = path.with_name(path.stem + ".meta.json")
    extra: dict[str, object] = {}
    if sidecar.is_file():
        meta = loads(read_text_file(sidecar, 1024 * 1024), str(sidecar), None)
        if isinstance(meta, dict):
            extra = {k: meta.pop(k) for k in ("annotator", "stance", "flags") if k in meta}
        apply_meta(record, meta, str(sidecar), None)
    finish(record)
    who = extra.get("annotator")
    if who is not None and (not isinstance(who, str) or not who.strip()):
        raise InputError(str(sidecar), None, "'annotator' must be a non-empty string")
    name = who if isinstance(who, str) else annotator
    if source.kind == "brat":
        ann = path.with_suffix(".ann")
        brat.parse(text, read_text_file(ann), str(ann), mapper, name, record)
    stance = extra.get("stance")
    flags = _document_flags(extra.get("flags"), str(sidecar))
    if stance is not None or flags:
        if not record.sets:
            if name is None:
                raise InputError(str(sidecar), None, f"a {'stance' if stance else 'flag'} "
                                 "needs an annotator: give --annotator NAME (or 'annotator' "
                                 "in the file)")
            record.sets.append(AnnotationSet(name))
        if stance is not None:
            record.sets[0].stance = mapper.stance(stance, str(sidecar), None, "stance")
        record.sets[0].flags.extend(flags)
    return record


def _document_flags(raw: object, path: str) -> list[FlagRecord]:
    """`"flags": [{"kind", "comment"}]` in NAME.meta.json: flags on the document only."""
    def span_of(ref: object) -> int:
        raise ValueError(ref)

    return flag_list(raw, path, None, span_of,
                     "absent here (a span's flag is an AnnotatorNotes line in the .ann)")


def _jsonl(path: Path, mapper: Mapper, annotator: str | None) -> Iterator[Record]:
    name = str(path)
    count = 0
    with _open(path) as fh:
        for number, line in iter_lines(fh, name):
            if not line.strip():
                continue
            obj = loads(line, name, number)
            if not isinstance(obj, dict):
                raise InputError(name, number, "expected a JSON object")
            reader = doccano if doccano.is_doccano(obj) else prodigy
            count += 1
            yield reader.parse(obj, name, number, mapper, annotator)
    if not count:
        raise InputError(name, None, "no records")


__all__ = ["Source", "plan", "read"]
