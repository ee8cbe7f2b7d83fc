"""What every export shares: the streamed source layer, the split, and safe output paths.

Streaming: documents are read a page (500) at a time and handed to a format's `Sink`, which
writes them out at once, so an export of 100,000 documents holds one page in memory.

The train/dev split is by document *content*: each document's place comes from the SHA-256
of the seed and its text hash, so the same articles split the same way in any database.

Safety rules for `--out`, so an export never destroys, leaks or half-writes anything:
- an existing file or folder is replaced only with `--force`;
- a path that uses `..` or goes through a symbolic link is refused (`annotate.paths`), so
  `--force` can never delete or overwrite anything outside where the user pointed;
- everything is written under a temporary name beside the target and renamed into place at
  the end; a failure (a full disk too) removes it and leaves no partial export behind;
- files and folders get the modes the umask gives (group-readable by default), never the
  0600 of a temporary file.
"""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from annotate.errors import AnnotateError
from annotate.export.layers import (
    DocRow,
    Layer,
    annotator_ids,
    layer_documents,
    load_documents,
    load_layers,
    load_suggestions,
    pages,
)
from annotate.paths import check_output_path
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
    nested: int = 0  # CoNLL: spans inside a longer one of the same label (BIO cannot nest)
    paths: list[str] = field(default_factory=list)


class Sink(Protocol):
    """A format's writer: gets each document (with its tokens when the format needs them)."""

    def add(self, item: Item, doc: Doc | None) -> None: ...

    def close(self) -> None: ...


@dataclass
class Source:
    """A layer to export: its documents (id, hash) and how to load a page of them."""

    name: str
    documents: list[tuple[int, str]]
    load: Callable[[list[int]], dict[int, Layer]]

    def items(self, store: Store) -> Iterator[Item]:
        for page in pages([d for d, _ in self.documents]):
            layers = self.load(page)
            docs = load_documents(store, page)
            for doc_id in page:
                if doc_id in layers and doc_id in docs:
                    yield Item(docs[doc_id], layers[doc_id])


def source(store: Store, name: str) -> Source:
    """'gold', 'suggestions' or an annotator's name. Gold and annotators contribute the
    documents they marked done; suggestions every pre-annotated document."""
    if name == SUGGESTIONS:
        docs = layer_documents(store, None)

        def load(page: list[int]) -> dict[int, Layer]:
            return load_suggestions(store, page)
    else:
        ids = annotator_ids(store, [name])
        docs = layer_documents(store, ids[name])

        def load(page: list[int]) -> dict[int, Layer]:
            return {d: v[name] for d, v in load_layers(store, ids, page, flags=True).items()}
    if not docs:
        raise AnnotateError(f"nothing to export: {name} has no "
                            f"{'suggestions' if name == SUGGESTIONS else 'done documents'}")
    return Source(name, docs, load)


def split_key(seed: int, content_hash: str) -> bytes:
    return hashlib.sha256(f"{seed}:{content_hash}".encode()).digest()


def dev_ids(documents: list[tuple[int, str]], ratio: float, seed: int) -> set[int]:
    """The documents that go to dev: the last (1 - ratio) by their split key.

    With two or more documents and ratio < 1, dev gets at least one (spaCy needs it).
    """
    if not 0 < ratio <= 1:
        raise AnnotateError(f"--split must be in (0, 1], got {ratio}")
    order = sorted(documents, key=lambda d: split_key(seed, d[1]))
    cut = round(len(order) * ratio)
    if ratio < 1 and len(order) >= 2:
        cut = min(max(cut, 1), len(order) - 1)
    return {d for d, _ in order[cut:]}


def split(items: list[Item], ratio: float, seed: int) -> tuple[list[Item], list[Item]]:
    """(train, dev) of a list of items by the same rule as a streamed export."""
    dev = dev_ids([(i.doc.id, i.doc.hash or str(i.doc.id)) for i in items], ratio, seed)
    return [i for i in items if i.doc.id not in dev], [i for i in items if i.doc.id in dev]


# -- paths --------------------------------------------------------------------------------------


def resolve_out(out: str | None, default: str, force: bool, cwd: Path | None = None) -> Path:
    """The target path after the safety rules above; `default` is relative to exports/."""
    cwd = (cwd or Path.cwd()).resolve()
    exports = cwd / EXPORTS
    raw = Path(out) if out else Path(EXPORTS) / default
    check_output_path(raw)  # no '..', no symbolic link on the way, a name the disk takes
    target = (raw if raw.is_absolute() else cwd / raw).resolve()
    if target in (cwd, exports) or cwd.is_relative_to(target):
        raise AnnotateError(f"--out {out} would replace the whole folder; name a new path")
    if target.exists() and not force:
        raise AnnotateError(f"{_show(target, cwd)} exists; add --force to replace it")
    return target


def _show(path: Path, cwd: Path) -> str:
    return str(path.relative_to(cwd)) if path.is_relative_to(cwd) else str(path)


def shown(path: Path | str) -> str:
    """A path as the user should see it: relative to the current folder when inside it."""
    return _show(Path(path).resolve(), Path.cwd().resolve())


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


@contextmanager
def staged(target: Path, folder: bool) -> Iterator[Path]:
    """A temporary folder (or file path) beside `target`, moved to it when the block
    succeeds and removed whatever happens otherwise. Modes follow the umask."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if not folder and target.is_dir():
        raise AnnotateError(f"{shown(target)} is a folder; name a file")
    tmp = _temp_name(target)
    if folder:
        os.mkdir(tmp, 0o777)
    try:
        yield tmp
        if target.exists() or target.is_symlink():
            old = _temp_name(target)
            target.rename(old)
            tmp.rename(target)
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old)
            else:
                old.unlink()
        else:
            tmp.rename(target)
    except OSError as exc:
        raise AnnotateError(f"{shown(target)}: cannot write ({exc.strerror or exc}); nothing "
                            "was exported") from None
    finally:
        if tmp.is_dir() and not tmp.is_symlink():
            shutil.rmtree(tmp, ignore_errors=True)
        elif tmp.exists():
            tmp.unlink()


def open_text(path: Path) -> IO[str]:
    """Every export file is opened here (text, UTF-8, no newline translation)."""
    return path.open("w", encoding="utf-8", newline="")


def write_bytes(path: Path, data: bytes) -> None:
    with path.open("wb") as fh:
        fh.write(data)


def disk_full() -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


# -- tokens -------------------------------------------------------------------------------------


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


def tokenised(items: Iterable[Item], nlp: Language | None, batch: int = 256
              ) -> Iterator[tuple[Item, Any]]:
    """Items with their spaCy Doc (None without a pipeline), lazily, in batches."""
    if nlp is None:
        for item in items:
            yield item, None
        return
    for doc, item in nlp.pipe(((i.doc.text, i) for i in items), as_tuples=True,
                              batch_size=batch):
        yield item, doc


def token_bounds(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int]:
    """Indices of the first and last token a character range touches (Prodigy's inclusive
    token_end), given the tokens' sorted start and end offsets."""
    import bisect

    first = max(bisect.bisect_right(starts, start) - 1, 0)
    if ends[first] <= start and first + 1 < len(starts):
        first += 1
    last = max(bisect.bisect_left(starts, end) - 1, first)
    return first, last


def meta_of(d: DocRow) -> dict[str, Any]:
    """The document's metadata as a file carries it (id, title, published, source, url...)."""
    meta = {k: v for k, v in (("id", d.ext_id), ("title", d.title), ("published", d.published),
                              ("source", d.source), ("url", d.url)) if v}
    meta.update(d.meta)
    return meta
