"""What every export shares: the source layer, the document split and safe output paths.

Safety rules for `--out`, so an export never destroys or half-writes anything:
- an existing file or folder is replaced only with `--force`;
- a path that uses `..` must still end up inside ./exports/ (no traversal out of it); other
  paths are taken as the user wrote them (relative to the current folder, or absolute);
- everything is written under a temporary name beside the target and renamed into place at
  the end, so an error leaves no partial export behind.
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from annotate.errors import AnnotateError
from annotate.export.layers import (
    DocRow,
    Layer,
    annotator_ids,
    load_documents,
    load_layers,
    load_suggestions,
)
from annotate.store import Store

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

GOLD = "gold"
SUGGESTIONS = "suggestions"
EXPORTS = "exports"


@dataclass
class Item:
    """One document with the layer being exported."""

    doc: DocRow
    layer: Layer


@dataclass
class ExportReport:
    documents: int = 0
    train: int = 0
    dev: int = 0
    spans: int = 0
    dropped: int = 0  # spans that could not be placed on tokens (should stay 0)
    paths: list[str] = field(default_factory=list)


def load_source(store: Store, source: str) -> list[Item]:
    """Documents of `source` in id order: 'gold', 'suggestions' or an annotator's name.

    Gold and annotators contribute the documents they marked done; suggestions cover every
    pre-annotated document.
    """
    if source == SUGGESTIONS:
        layers = load_suggestions(store)
    else:
        ids = annotator_ids(store, [source])
        layers = {d: v[source] for d, v in load_layers(store, ids).items()}
    if not layers:
        raise AnnotateError(f"nothing to export: {source} has no "
                            f"{'suggestions' if source == SUGGESTIONS else 'done documents'}")
    docs = load_documents(store, layers)
    return [Item(docs[d], layers[d]) for d in sorted(layers) if d in docs]


def split(items: list[Item], ratio: float, seed: int) -> tuple[list[Item], list[Item]]:
    """Train/dev split by document: the same for the same documents, ratio and seed.

    With two or more documents and ratio < 1, dev gets at least one (spaCy needs it).
    """
    if not 0 < ratio <= 1:
        raise AnnotateError(f"--split must be in (0, 1], got {ratio}")
    order = sorted(range(len(items)), key=lambda i: items[i].doc.id)
    random.Random(seed).shuffle(order)
    cut = round(len(items) * ratio)
    if ratio < 1 and len(items) >= 2:
        cut = min(max(cut, 1), len(items) - 1)
    train = sorted(order[:cut])
    dev = sorted(order[cut:])
    return [items[i] for i in train], [items[i] for i in dev]


def resolve_out(out: str | None, default: str, force: bool, cwd: Path | None = None) -> Path:
    """The target path after the safety rules above; `default` is relative to exports/."""
    cwd = (cwd or Path.cwd()).resolve()
    exports = cwd / EXPORTS
    raw = Path(out) if out else Path(EXPORTS) / default
    target = (raw if raw.is_absolute() else cwd / raw).resolve()
    if ".." in raw.parts and not target.is_relative_to(exports):
        raise AnnotateError(f"--out {out} leads outside {EXPORTS}/; name the path without '..'")
    if target in (cwd, exports) or cwd.is_relative_to(target):
        raise AnnotateError(f"--out {out} would replace the whole folder; name a new path")
    if target.exists() and not force:
        raise AnnotateError(f"{_show(target, cwd)} exists; add --force to replace it")
    return target


def _show(path: Path, cwd: Path) -> str:
    return str(path.relative_to(cwd)) if path.is_relative_to(cwd) else str(path)


@contextmanager
def atomic_dir(target: Path) -> Iterator[Path]:
    """A temporary folder beside `target`, renamed to it when the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        yield tmp
        if target.exists():
            old = target.with_name(f".{target.name}.old-{os.getpid()}")
            target.rename(old)
            tmp.rename(target)
            shutil.rmtree(old) if old.is_dir() else old.unlink()
        else:
            tmp.rename(target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """A temporary file beside `target`, renamed over it when the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_dir():
        raise AnnotateError(f"{target} is a folder; name a file")
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


_SENTENCES_REGISTERED = False


def sentence_nlp() -> Language:
    """Blank English with the rule-based sentencizer, plus a break at every line break:
    news text puts headlines and paragraphs on lines of their own, often without a full stop.
    """
    import spacy
    from spacy.language import Language

    global _SENTENCES_REGISTERED
    if not _SENTENCES_REGISTERED:
        def newline_sentences(doc: Doc) -> Doc:
            for token in doc[:-1]:
                if "\n" in token.text:
                    doc[token.i + 1].is_sent_start = True
            return doc

        Language.component("annotate_newline_sentences", func=newline_sentences)
        _SENTENCES_REGISTERED = True
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("annotate_newline_sentences")
    return nlp


def shown(path: Path | str) -> str:
    """A path as the user should see it: relative to the current folder when inside it."""
    return _show(Path(path).resolve(), Path.cwd().resolve())


def token_bounds(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int]:
    """Indices of the first and last token a character range touches (Prodigy's inclusive
    token_end), given the tokens' sorted start and end offsets."""
    import bisect

    first = max(bisect.bisect_right(starts, start) - 1, 0)
    if ends[first] <= start and first + 1 < len(starts):
        first += 1
    last = max(bisect.bisect_left(starts, end) - 1, first)
    return first, last


def write_split_files(
    items: list[Item], target: Path, ext: str, ratio: float, seed: int,
    write: Callable[[list[Item], TextIO, ExportReport], None], single: tuple[str, ...] = (),
) -> ExportReport:
    """One `NAME.ext` file with everything, or a folder with train.ext and dev.ext.

    Shared by the line formats (JSONL, CoNLL); each file appears whole or not at all.
    `single` names other suffixes that also mean one file.
    """
    report = ExportReport(documents=len(items))
    if target.suffix in (f".{ext}", *single):
        with atomic_file(target) as tmp, tmp.open("w", encoding="utf-8") as fh:
            write(items, fh, report)
        report.paths = [str(target)]
        return report
    train, dev = split(items, ratio, seed)
    report.train, report.dev = len(train), len(dev)
    with atomic_dir(target) as tmp:
        for name, part in (("train", train), ("dev", dev)):
            with (tmp / f"{name}.{ext}").open("w", encoding="utf-8") as fh:
                write(part, fh, report)
    report.paths = [str(target / f"train.{ext}"), str(target / f"dev.{ext}")]
    return report
