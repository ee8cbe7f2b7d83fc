"""Articles as records: the text, its metadata, and any annotation sets that came with it.

Nothing here touches the database. Readers of every file format (annotate/formats/) produce
`Record`s; the importer writes them. This module holds what they share: normalising and
hashing texts, publication dates in any common form, titles, and bounded, hostile-input-safe
reading of files, lines and JSON.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, TypeGuard

from annotate.errors import InputError

MAX_LINE_BYTES = 64 * 1024 * 1024  # one JSONL record, one TSV line
MAX_FILE_BYTES = 256 * 1024 * 1024  # a whole .txt / .ann file
MAX_DEPTH = 64  # JSON nesting we accept: records are a few levels deep
_WS = re.compile(r"\s+")
# "date 2022-11-30", "Published: 30 November 2022", "Publication date: Nov. 30, 2022"
_DATELINE = re.compile(
    r"(?:^|\b)(?:publication date|published(?: on)?|date)\b[ \t]*:?[ \t]*([^\n]{1,40})",
    re.IGNORECASE,
)
_HEADER_CHARS = 400
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def normalise(text: str) -> str:
    """The form two copies of an article share: NFC, whitespace folded, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())  # split(): str.isspace, as \s


def text_hash(text: str) -> str:
    """Deduplication key: SHA-256 of the normalised text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


# -- publication dates ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _date_parser() -> Any:
    from dateparser.date import DateDataParser

    # Absolute dates only ("yesterday" is no publication date) with day, month and year.
    return DateDataParser(languages=["en"], settings={
        "STRICT_PARSING": True, "PARSERS": ["custom-formats", "absolute-time"],
        "PREFER_DAY_OF_MONTH": "first"})


@lru_cache(maxsize=16_384)
def parse_date(value: str) -> date | None:
    """A calendar date written in any common form, or None.

    ISO 8601 (`2022-11-30`, `2022-11-30T10:00:00Z`) and RFC 2822 (`Wed, 30 Nov 2022
    10:00:00 GMT`) are read by the standard library; everything else (`Nov. 30, 2022`,
    `2022/11/30`, `30.11.2022`, `30 November 2022`) by dateparser, English, absolute dates
    with day, month and year only. A date with a time keeps the day as written in its own
    time zone. All-numeric dates are read month first when ambiguous (`01/02/2022` is
    January 2), as dateparser does for English.
    """
    value = value.strip()
    if not value or len(value) > 64:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    if "," in value or value[:3].isalpha():
        try:
            return email.utils.parsedate_to_datetime(value).date()
        except (TypeError, ValueError, IndexError):
            pass
    found = _date_parser().get_date_data(value)
    return found.date_obj.date() if found and found.date_obj else None


def _dateline(text: str) -> tuple[str, int, int] | None:
    """(ISO date, start, end) of a dateline in `text`; the date is the longest run of words
    after the keyword that reads as a date (the title may follow on the same line)."""
    for match in _DATELINE.finditer(text):
        words = list(re.finditer(r"\S+", match[1]))
        for n in range(len(words), 0, -1):
            found = parse_date(match[1][:words[n - 1].end()])
            if found is not None:
                return found.isoformat(), match.start(), match.start(1) + words[n - 1].end()
    return None


def find_dateline(text: str) -> str | None:
    """The publication date from a dateline in the article's header, as ISO, if any."""
    found = _dateline(text[:_HEADER_CHARS])
    return found[0] if found else None


def title_of(text: str) -> str:
    """First non-empty line, without a leading dateline, cut to a readable length."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            found = _dateline(line) if line.lower().startswith(
                ("date", "published", "publication")) else None
            if found is not None and found[1] == 0:
                line = line[found[2]:].strip() or line
            return line if len(line) <= 120 else line[:117].rstrip() + "..."
    return ""


# -- records ------------------------------------------------------------------------------------


@dataclass(slots=True)
class SpanRecord:
    start: int
    end: int
    label: str
    value: str | None = None
    canonical: str | None = None
    stance: str | None = None


@dataclass(frozen=True, slots=True)
class FlagRecord:
    """A flag as a file brings it: its kind, comment, and the index of its span (None: the
    document is flagged)."""

    kind: str
    comment: str = ""
    span: int | None = None


@dataclass(slots=True)
class AnnotationSet:
    """One annotator's annotations of one article, as a file brings them."""

    annotator: str | None
    spans: list[SpanRecord] = field(default_factory=list)
    relations: list[tuple[int, int, str]] = field(default_factory=list)  # span indices
    stance: str | None = None
    status: str = "done"
    flags: list[FlagRecord] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.spans or self.relations or self.stance or self.flags)


@dataclass(slots=True)
class Record:
    """One article, and the annotation sets (zero, one or several annotators) of it."""

    text: str
    path: str
    line: int | None
    title: str = ""
    ext_id: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    sets: list[AnnotationSet] = field(default_factory=list)

    @property
    def hash(self) -> str:
        return text_hash(self.text)


def is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def check_text(text: object, path: str, line: int | None, what: str = "'text'") -> str:
    if not isinstance(text, str):
        raise InputError(path, line, f"{what} is required and must be a string")
    if not text.strip():
        raise InputError(path, line, "empty text")
    if "\x00" in text:
        raise InputError(path, line, "text contains a NUL character")
    return text


def apply_meta(record: Record, meta: Any, path: str, line: int | None) -> None:
    """`id`, `title`, `published`, `source`, `url` into the record; the rest stays in meta."""
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(path, line, "'meta' must be an object")
    for key in ("id", "title", "published", "source", "url"):
        value = meta.get(key)
        if value is None:
            continue
        if key == "id" and is_int(value):
            value = str(value)
        if not isinstance(value, str):
            raise InputError(path, line, f"meta.{key} must be a string")
        if key == "published":
            parsed = parse_date(value)
            if parsed is None:
                raise InputError(path, line, f"meta.published {value[:40]!r} is not a date "
                                 "(write it as 2022-11-30, 30 November 2022, ...)")
            record.published = parsed.isoformat()
        elif key == "id":
            record.ext_id = value
        else:
            setattr(record, key, value)
    record.meta = {k: v for k, v in meta.items()
                   if k not in ("id", "title", "published", "source", "url")}


def finish(record: Record) -> Record:
    """Defaults from the text itself: the title line and a dateline."""
    if not record.title:
        record.title = title_of(record.text)
    if record.published is None:
        record.published = find_dateline(record.text)
    return record


# -- bounded, hostile-input-safe reading ---------------------------------------------------------


def read_text_file(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """A whole UTF-8 text file (BOM dropped), refusing binaries and oversized files."""
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(str(path), None, f"cannot read ({exc.strerror})") from None
    if len(data) > limit:
        raise InputError(str(path), None, f"larger than {limit // (1024 * 1024)} MB")
    return decode(data, str(path), 1)


def decode(data: bytes, path: str, first_line: int) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = first_line + data.count(b"\n", 0, exc.start)
        raise InputError(path, line, f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                         f"{exc.start})") from None
    if "\x00" in text:
        line = first_line + text.count("\n", 0, text.index("\x00"))
        raise InputError(path, line, "contains a NUL byte; not a text file")
    return text.removeprefix("\ufeff") if first_line == 1 else text


def iter_lines(fh: BinaryIO, path: str, limit: int = MAX_LINE_BYTES) -> Iterator[tuple[int, str]]:
    """(line number, text) of a UTF-8 file, one bounded line at a time."""
    number = 0
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit:
            raise InputError(path, number, f"line longer than {limit // (1024 * 1024)} MB")
        text = decode(raw, path, number)
        if number == 1:
            text = text.removeprefix("\ufeff")
        yield number, text


def loads(text: str, path: str, line: int | None) -> Any:
    """JSON with every way it can fail turned into one line: syntax, depth, huge numbers,
    lone surrogates (which SQLite could not store)."""
    try:
        obj = json.loads(text)
    except RecursionError:
        raise InputError(path, line, "JSON nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, or an integer of thousands of digits
        msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "number too long"
        raise InputError(path, line, f"invalid JSON ({msg})") from None
    strings = SURROGATE_ESCAPE.search(text) is not None
    if strings or text.count("[") + text.count("{") > MAX_DEPTH:
        check_json(obj, path, line, strings)
    return obj


def check_json(obj: Any, path: str, line: int | None, strings: bool) -> None:
    """Depth within MAX_DEPTH and (when escapes suggest it) every string encodable."""
    stack = [(obj, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InputError(path, line, f"JSON nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, dict):
            for k, v in value.items():
                if strings:
                    _encodable(k, path, line)
                stack.append((v, depth + 1))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
        elif strings and isinstance(value, str):
            _encodable(value, path, line)


def _encodable(value: str, path: str, line: int | None) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(path, line, "a string holds a lone surrogate (\\ud800-\\udfff); "
                         "not valid Unicode") from None


__all__ = [
    "SURROGATE_ESCAPE",
    "AnnotationSet",
    "FlagRecord",
    "Record",
    "SpanRecord",
    "apply_meta",
    "check_json",
    "check_text",
    "decode",
    "find_dateline",
    "finish",
    "is_int",
    "iter_lines",
    "loads",
    "normalise",
    "parse_date",
    "read_text_file",
    "text_hash",
    "title_of",
]
