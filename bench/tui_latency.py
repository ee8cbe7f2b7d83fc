"""The app measured as a user meets it: black-box, in a pseudo-terminal, on big databases.

Builds (in a temp dir, store schema v2, bulk inserts) a 10,001-document database whose first
document is a ~21,000-word article with ~1,200 suggestions, and runs the real `annotate tui`
under `../shared/eval/key_latency.py` (time from writing a key to the end of the repaint:
the last byte before 40 ms of silence), several times; the figures are medians of the runs.
The same for an article with 10,000 quotes. Then, with this module's own pseudo-terminal
driver: opening an article from the queue (enter to the end of its repaint), and at
1,000,000 documents the queue's refresh and its pages.

    python -m bench.tui_latency [--quick] [--runs N] [--keys N]
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import pty
import random
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path
from typing import Any

from annotate.schema import default_schema
from annotate.store import Store
from annotate.store.connection import now
from bench.common import emit

ROOT = Path(__file__).resolve().parents[1]


def shared() -> Path:
    """`../shared` next to the checkout (or next to the folder of worktrees, or
    $ANNOTATE_SHARED): the data and the probes nobody on the project wrote."""
    env = os.environ.get("ANNOTATE_SHARED")
    for candidate in ([Path(env)] if env else []) + [ROOT.parent / "shared",
                                                     ROOT.parent.parent / "shared"]:
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared"


PROBE = shared() / "eval" / "key_latency.py"
NAMES = ["Jens Stoltenberg", "Olena Kovalenko", "Mark Rutte", "Dmytro Kuleba", "Anna Berg",
         "Pierre Lambert", "Maria Nowak", "John Carter", "Ursula Meier", "Tomas Novak"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WORDS = ["alliance", "security", "support", "membership", "summit", "defence", "ministers",
         "talks", "country", "government", "military", "aid", "partners", "decision", "future",
         "question", "process", "reform", "weapons", "energy", "border", "region", "people",
         "economy", "negotiations", "agreement", "council"]
VERBS = ["said", "stressed", "noted", "added", "warned", "claimed"]
Span = tuple[str, int, int, str | None, str | None]


class Builder:
    """Generates text and records the offsets of quotes, speakers and dates as it goes."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[Span] = []
        self.links: list[tuple[int, int]] = []  # (quote index, speaker index) in self.spans

    def add(self, text: str, label: str | None = None, value: str | None = None,
            canonical: str | None = None) -> None:
        if label is not None:
            self.spans.append((label, self.length, self.length + len(text), value, canonical))
        self.parts.append(text)
        self.length += len(text)

    def words(self, n: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(n))

    def paragraph(self, filler: int = 8) -> None:
        rng = self.rng
        name = rng.choice(NAMES)
        month, day = rng.randrange(12), rng.randint(1, 28)
        self.add(f"The {self.words(filler - 2)} on ")
        self.add(f"{MONTHS[month]} {day}", "DATE", f"2022-{month + 1:02d}-{day:02d}")
        self.add(f" and the {self.words(filler)}. \"")
        quote = len(self.spans)
        self.add(self.words(rng.randint(10, 25)).capitalize(), "QUOTE")
        self.add(",\" ")
        self.links.append((quote, len(self.spans)))
        self.add(name, "SPEAKER", None, name)
        self.add(f" {rng.choice(VERBS)} in a {self.words(filler + 2)}.\n")

    def text(self) -> str:
        return "".join(self.parts)


def build(path: Path, documents: int, long_words: int = 20_000, *, long_quotes: int = 0,
          seed: int = 7, short: int = 15) -> dict[str, Any]:
    """A database whose first document is the long one (the probe opens the first).

    `long_quotes` > 0 makes the long article one of that many quotes (short paragraphs)
    instead of `long_words` words. Other documents have `short` suggestions each, and a
    third of those are an annotator's spans, so the queue has realistic counts.
    """
    rng = random.Random(seed)
    store = Store(path)
    store.store_schema(default_schema())
    alice = store.annotator_id("alice")
    stamp = now()
    docs, sugs, spans, rels = [], [], [], []
    sug_id = 0
    for doc_id in range(1, documents + 2):
        b = Builder(rng)
        long = doc_id == 1
        b.add(f"Story {doc_id}: {b.words(6)}\n")
        if long and long_quotes:
            while len(b.links) < long_quotes:
                b.paragraph(filler=3)
        else:
            while (b.length < long_words * 8) if long else len(b.spans) < short:
                b.paragraph()
        text = b.text()
        docs.append((doc_id, f"h{doc_id}", f"Story {doc_id}", text, "2022-11-30", stamp))
        first = sug_id + 1
        for n, (label, start, end, value, canonical) in enumerate(b.spans):
            sug_id += 1
            sugs.append((sug_id, doc_id, label, start, end, text[start:end], value, canonical,
                         "bench", "1", f"bench.{label.lower()}", 0.8, stamp, stamp))
            if not long and n % 3 == 0:
                spans.append((doc_id, alice, label, start, end, text[start:end], value,
                              canonical, "manual", stamp, stamp))
        for quote, speaker in b.links:
            rels.append((doc_id, "ATTRIBUTED_TO", first + quote, first + speaker, "bench", "1",
                         "bench.link", 0.8, stamp))
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO documents(id, hash, title, text, published, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", docs)
        conn.executemany(
            'INSERT INTO suggestions(id, document_id, label, start, "end", text, value, '
            "canonical, model, model_version, rule, score, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sugs)
        conn.executemany(
            "INSERT INTO suggested_relations(document_id, label, head_id, child_id, model, "
            "model_version, rule, score, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rels)
        conn.executemany(
            'INSERT INTO spans(document_id, annotator_id, label, start, "end", text, value, '
            "canonical, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            spans)
    long_text = docs[0][3]
    info = {"documents": len(docs), "annotations": len(sugs) + len(spans),
            "long_words": len(long_text.split()),
            "long_suggestions": sum(1 for s in sugs if s[1] == 1),
            "long_quotes": sum(1 for s in sugs if s[1] == 1 and s[2] == "QUOTE")}
    store.close()
    return info


def build_many(path: Path, documents: int) -> None:
    """A queue of `documents` short documents (no suggestions): the queue at scale."""
    store = Store(path)
    store.store_schema(default_schema())
    stamp = now()
    with store.write() as conn:
        batch: list[tuple[Any, ...]] = []
        for doc_id in range(1, documents + 1):
            batch.append((doc_id, f"h{doc_id}", f"Story {doc_id}",
                          f"Story {doc_id}. Text of document {doc_id}.", "2022-11-30", stamp))
            if len(batch) == 50_000:
                conn.executemany("INSERT INTO documents(id, hash, title, text, published, "
                                 "imported_at) VALUES (?, ?, ?, ?, ?, ?)", batch)
                batch = []
        if batch:
            conn.executemany("INSERT INTO documents(id, hash, title, text, published, "
                             "imported_at) VALUES (?, ?, ?, ?, ?, ?)", batch)
    store.close()


# -- black-box runs ---------------------------------------------------------------------------

def cli_path() -> str:
    return str(Path(sys.executable).with_name("annotate"))


def probe(db: Path, keys: int) -> dict[str, Any]:
    """One run of the shared black-box probe."""
    out = subprocess.run([sys.executable, str(PROBE), cli_path(), str(db), "--keys", str(keys),
                          "--json"], capture_output=True, text=True, timeout=900)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr else "probe failed")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def medians(runs: list[dict[str, Any]]) -> dict[str, float]:
    done = [r["repaint_done"] for r in runs]
    return {f"{k}_ms": round(statistics.median(d[k] for d in done), 1)
            for k in ("p50", "p95", "p99", "max")}


class Terminal:
    """`annotate tui` in a pseudo-terminal, 160×48, keys written one at a time."""

    def __init__(self, db: Path, width: int = 160, height: int = 48) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ.update(TERM="xterm-256color", COLUMNS=str(width), LINES=str(height),
                              ANNOTATE_KEYS="")
            os.execv(cli_path(), [cli_path(), "tui", "--annotator", "lat", "--db", str(db)])
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))

    def drain(self, quiet: float, limit: float) -> tuple[float | None, float]:
        """Read until `quiet` s without a byte; (time of the first byte, of the last)."""
        first, end, start = None, time.perf_counter(), time.perf_counter()
        while time.perf_counter() - start < limit:
            ready, _, _ = select.select([self.fd], [], [], quiet)
            if not ready:
                if first is not None:
                    break
                continue
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            end = time.perf_counter()
            first = first or end
        return first, end

    def key(self, key: bytes, quiet: float = 0.04, limit: float = 5.0) -> float:
        """Milliseconds from writing `key` to the end of the repaint it caused."""
        self.drain(0.05, 0.6)
        started = time.perf_counter()
        os.write(self.fd, key)
        first, end = self.drain(quiet, limit)
        return (end - started) * 1000 if first is not None else float("nan")

    def close(self) -> None:
        os.kill(self.pid, signal.SIGTERM)
        time.sleep(0.3)
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)


def open_times(db: Path, rounds: int) -> dict[str, float]:
    """Enter on the queue's first row to the end of the article's repaint; q goes back."""
    term = Terminal(db)
    try:
        term.drain(1.5, 20)
        times = []
        for _ in range(rounds):
            times.append(term.key(b"\r", quiet=0.1))
            term.drain(1.5, 10)  # let idle work (collection, tokenizer) finish
            term.key(b"q", quiet=0.1)
            term.drain(1.0, 10)
        return {"open_first_ms": round(times[0], 1),
                "open_ms": round(statistics.median(times[1:] or times), 1)}
    finally:
        term.close()


def queue_times(db: Path, rounds: int) -> dict[str, float]:
    """At scale: pages of the queue (]) and the queue's refresh on coming back (q)."""
    term = Terminal(db)
    try:
        started = time.perf_counter()
        term.drain(1.5, 60)
        startup = (time.perf_counter() - started - 1.5) * 1000
        pages, backs, returns = [], [], []
        for _ in range(rounds):
            pages.append(term.key(b"]"))
        for _ in range(rounds):
            backs.append(term.key(b"["))
        for _ in range(max(2, rounds // 4)):
            term.key(b"\r", quiet=0.1)
            term.drain(1.0, 10)
            returns.append(term.key(b"q", quiet=0.1))
        return {"startup_to_queue_ms": round(startup, 1),
                "page_ms_median": round(statistics.median(pages + backs), 1),
                "page_ms_max": round(max(pages + backs), 1),
                "queue_refresh_ms_median": round(statistics.median(returns), 1)}
    finally:
        term.close()


def run(quick: bool = False, runs: int = 3, keys: int = 200) -> dict[str, Any]:
    if not PROBE.exists():
        return {"error": f"{PROBE} not found (the shared black-box probe)"}
    documents = 1_000 if quick else 10_000
    result: dict[str, Any] = {"load_before": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "long.db"
        started = time.perf_counter()
        result.update(build(db, documents))
        result["build_s"] = round(time.perf_counter() - started, 1)
        result["runs"] = [probe(db, keys) for _ in range(runs)]
        result.update({f"key_{k}": v for k, v in medians(result["runs"]).items()})
        result.update(open_times(db, 6 if quick else 12))
        many = Path(tmp) / "quotes.db"
        result["quotes_article"] = build(many, 1_000 if quick else documents,
                                         long_quotes=1_000 if quick else 10_000)
        quote_runs = [probe(many, keys) for _ in range(runs)]
        result["quotes_key_p95_ms"] = medians(quote_runs)["p95_ms"]
        result["quotes_key_p99_ms"] = medians(quote_runs)["p99_ms"]
        big = Path(tmp) / "million.db"
        size = 20_000 if quick else 1_000_000
        started = time.perf_counter()
        build_many(big, size)
        result["queue_documents"] = size
        result["queue_build_s"] = round(time.perf_counter() - started, 1)
        result.update({f"queue_{k}": v for k, v in queue_times(big, 20).items()})
    result["load_after"] = os.getloadavg()[0]
    result["targets_met"] = (result["key_p95_ms"] <= 16 and result["key_p99_ms"] <= 33
                             and result["quotes_key_p95_ms"] <= 50
                             and result["open_ms"] <= 100
                             and result["queue_page_ms_median"] <= 50)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 documents, small queue")
    parser.add_argument("--runs", type=int, default=3, help="probe runs (medians reported)")
    parser.add_argument("--keys", type=int, default=200, help="keys per probe run")
    args = parser.parse_args()
    emit(run(args.quick, args.runs, args.keys))


if __name__ == "__main__":
    main()
