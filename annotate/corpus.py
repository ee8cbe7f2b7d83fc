"""Reading news articles from .txt and .jsonl files into validated records.

Nothing here touches the database: a file is read and checked completely first, so the
importer can write it in one transaction or not at all. Every problem is reported with the
file, the line and what is wrong.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeGuard

from annotate.errors import InputError
from annotate.schema import Schema

SUFFIXES = (".txt", ".jsonl")
MAX_ERRORS_PER_FILE = 10
_WS = re.compile(r"\s+")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# "date 2022-11-30", "Published: 2022-11-30", "Publication date 30 November 2022"
_DATELINE = re.compile(
    r"(?:^|\b)(?:publication date|published(?: on)?|date)\s*:?\s*"
    r"(\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s*\d{4})",
    re.IGNORECASE,
)
_HEADER_CHARS = 400


def normalise(text: str) -> str:
    """The form two copies of an article share: NFC, whitespace folded, trimmed."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def text_hash(text: str) -> str:
    """Deduplication key: SHA-256 of the normalised text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def parse_date(value: str) -> date | None:
    """An ISO date (or datetime) or a written date such as '30 November 2022'."""
    value = value.strip()
    match = _ISO.match(value)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    for fmt in ("%d %B %Y", "%B %d, %Y", "%B %d,%Y", "%d %b %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(_WS.sub(" ", value), fmt).date()
        except ValueError:
            continue
    return None


def find_dateline(text: str) -> str | None:
    """The publication date from a dateline in the article's header, as ISO, if any."""
    match = _DATELINE.search(text[:_HEADER_CHARS])
    if match is None:
        return None
    found = parse_date(match[1])
    return found.isoformat() if found else None


def title_of(text: str) -> str:
    """First non-empty line, without a leading dateline, cut to a readable length."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            line = _DATELINE.sub("", line, count=1).strip() if line.lower().startswith(
                ("date", "published", "publication")) else line
            return line if len(line) <= 120 else line[:117].rstrip() + "..."
    return ""


@dataclass
class SpanRecord:
    start: int
    end: int
    label: str
    value: str | None = None
    canonical: str | None = None
    stance: str | None = None


@dataclass
class Record:
    """One article, and optionally one annotator's annotations of it."""

    text: str
    path: str
    line: int | None
    title: str = ""
    ext_id: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    annotator: str | None = None
    spans: list[SpanRecord] = field(default_factory=list)
    relations: list[tuple[int, int, str]] = field(default_factory=list)  # span indices
    stance: str | None = None

    @property
    def hash(self) -> str:
        return text_hash(self.text)

    @property
    def has_annotations(self) -> bool:
        return bool(self.spans or self.relations or self.stance)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to import, folders walked recursively in sorted order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
        elif path.exists():
            if path.suffix not in SUFFIXES:
                raise InputError(str(path), None, "unsupported file type (use .txt or .jsonl)")
            yield path
        else:
            raise InputError(str(path), None, "no such file or folder")


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), None, f"cannot read ({exc.strerror})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            str(path), line, f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(str(path), line, "contains a NUL byte; not a text file")
    return text.removeprefix("\ufeff")


def read_txt(path: Path) -> Record:
    """One article a file; a `NAME.meta.json` beside it may give title, published, source, url."""
    text = _decode(path)
    if not text.strip():
        raise InputError(str(path), None, "empty text")
    record = Record(text=text, path=str(path), line=None, title=title_of(text), ext_id=path.stem)
    sidecar = path.with_suffix(".meta.json")
    if sidecar.exists():
        try:
            meta = json.loads(_decode(sidecar))
        except json.JSONDecodeError as exc:
            raise InputError(str(sidecar), exc.lineno, f"invalid JSON ({exc.msg})") from None
        _apply_meta(record, meta, str(sidecar), None)
    if record.published is None:
        record.published = find_dateline(text)
    return record


def _apply_meta(record: Record, meta: Any, path: str, line: int | None) -> None:
    if not isinstance(meta, dict):
        raise InputError(path, line, "'meta' must be an object")
    for key in ("id", "title", "published", "source", "url"):
        value = meta.get(key)
        if value is None:
            continue
        if key == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise InputError(path, line, f"meta.{key} must be a string")
        if key == "published":
            parsed = parse_date(value)
            if parsed is None:
                raise InputError(path, line, f"meta.published {value!r} is not a date")
            record.published = parsed.isoformat()
        elif key == "id":
            record.ext_id = value
        else:
            setattr(record, key, value)
    record.meta = {k: v for k, v in meta.items() if k not in ("id", "title", "published",
                                                               "source", "url")}


def read_jsonl(path: Path, schema: Schema) -> list[Record]:
    """Every line an object with `text`; Prodigy-style annotations are validated too.

    Raises one `InputError` whose message lists up to ten problems of the file.
    """
    text = _decode(path)
    records: list[Record] = []
    problems: list[InputError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(_record(json.loads(line), str(path), number, schema))
        except json.JSONDecodeError as exc:
            problems.append(InputError(str(path), number, f"invalid JSON ({exc.msg})"))
        except InputError as exc:
            problems.append(exc)
        if len(problems) >= MAX_ERRORS_PER_FILE:
            break
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise InputError(first.path, first.line, first.problem + more)
    if not records:
        raise InputError(str(path), None, "no records")
    return records


def _int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _record(obj: Any, path: str, line: int, schema: Schema) -> Record:
    if not isinstance(obj, dict):
        raise InputError(path, line, "expected a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(path, line, "'text' is required and must be a string")
    if not text.strip():
        raise InputError(path, line, "empty text")
    if "\x00" in text:
        raise InputError(path, line, "text contains a NUL character")
    record = Record(text=text, path=path, line=line)
    _apply_meta(record, obj.get("meta") or {}, path, line)
    if not record.title:
        record.title = title_of(text)
    if record.published is None:
        record.published = find_dateline(text)
    annotator = obj.get("annotator", obj.get("_annotator_id"))
    if annotator is not None and (not isinstance(annotator, str) or not annotator.strip()):
        raise InputError(path, line, "'annotator' must be a non-empty string")
    record.annotator = annotator
    record.spans = _spans(obj.get("spans") or [], text, path, line, schema)
    record.relations = _relations(obj.get("relations") or [], record.spans, path, line, schema)
    stance = obj.get("stance")
    if stance is not None:
        if isinstance(stance, dict):
            stance = stance.get("value")
        if not isinstance(stance, str) or stance not in schema.stance.names:
            raise InputError(path, line, f"stance {stance!r} is not one of "
                             f"{', '.join(schema.stance.names)}")
        record.stance = stance
    answer = obj.get("answer")
    if answer is not None and answer not in ("accept", "reject", "ignore"):
        raise InputError(path, line, f"answer {answer!r} is not accept, reject or ignore")
    if answer in ("reject", "ignore"):
        # Prodigy keeps what the annotator turned down; its spans are not annotations.
        record.spans, record.relations, record.stance = [], [], None
        record.annotator = None
    return record


def _spans(raw: Any, text: str, path: str, line: int, schema: Schema) -> list[SpanRecord]:
    if not isinstance(raw, list):
        raise InputError(path, line, "'spans' must be a list")
    spans = []
    for i, span in enumerate(raw):
        where = f"spans[{i}]"
        if not isinstance(span, dict):
            raise InputError(path, line, f"{where} must be an object")
        start, end, label = span.get("start"), span.get("end"), span.get("label")
        if not (_int(start) and _int(end)):
            raise InputError(path, line, f"{where}: start and end must be integers")
        if not 0 <= start < end <= len(text):
            raise InputError(path, line, f"{where}: span {start}-{end} is outside the text "
                             f"(length {len(text)})")
        if label not in schema.label_names:
            raise InputError(path, line, f"{where}: label {label!r} is not in schema "
                             f"{schema.name} ({', '.join(schema.label_names)})")
        if "text" in span and span["text"] != text[start:end]:
            raise InputError(path, line, f"{where}: text {span['text']!r} does not match "
                             f"the article at {start}-{end} ({text[start:end]!r})")
        extras = {}
        for key in ("value", "canonical", "stance"):
            value = span.get(key)
            if value is not None and not isinstance(value, str):
                raise InputError(path, line, f"{where}: {key} must be a string")
            extras[key] = value
        if extras["stance"] is not None and extras["stance"] not in schema.stance.names:
            raise InputError(path, line, f"{where}: stance {extras['stance']!r} is not one of "
                             f"{', '.join(schema.stance.names)}")
        spans.append(SpanRecord(start, end, label, **extras))
    return spans


def _relations(
    raw: Any, spans: list[SpanRecord], path: str, line: int, schema: Schema
) -> list[tuple[int, int, str]]:
    if not isinstance(raw, list):
        raise InputError(path, line, "'relations' must be a list")
    by_offsets = {(s.start, s.end, s.label): i for i, s in enumerate(spans)}
    out = []
    for i, rel in enumerate(raw):
        where = f"relations[{i}]"
        if not isinstance(rel, dict):
            raise InputError(path, line, f"{where} must be an object")
        label = rel.get("label")
        try:
            if not isinstance(label, str):
                raise KeyError(label)
            rtype = schema.relation(label)
        except KeyError:
            raise InputError(path, line, f"{where}: relation {label!r} is not in the schema") \
                from None
        ends = []
        for side, want in (("head_span", rtype.head), ("child_span", rtype.child)):
            ref = rel.get(side)
            if not isinstance(ref, dict):
                raise InputError(path, line, f"{where}: '{side}' must be an object with "
                                 "start, end and label")
            key = (ref.get("start"), ref.get("end"), ref.get("label", want))
            if key not in by_offsets:
                raise InputError(path, line, f"{where}: {side} {key[0]}-{key[1]} {key[2]} is not "
                                 "one of the record's spans")
            if key[2] != want:
                raise InputError(path, line, f"{where}: {side} must be a {want}, not {key[2]}")
            ends.append(by_offsets[key])
        out.append((ends[0], ends[1], rtype.name))
    return out
