"""Shared by the benchmarks: generated news, a median timer, peak memory, JSON output."""

from __future__ import annotations

import json
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

SPEAKERS = [("Jens Stoltenberg", "the NATO Secretary General"), ("Ursula von der Leyen",
            "the Commission President"), ("Olaf Scholz", "the German Chancellor"),
            ("Emmanuel Macron", "the French President"), ("Dmytro Kuleba", "the minister")]
VERBS = ["said", "stressed", "noted", "emphasized", "added", "announced", "stated"]
TOPICS = ["membership", "military aid", "the energy system", "sanctions", "air defence",
          "the summit", "the budget", "reconstruction", "training centres", "ammunition"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def article(rng: random.Random, paragraphs: int = 6) -> str:
    """A news-like article with direct and indirect quotes, titles, pronouns and dates."""
    name, title = rng.choice(SPEAKERS)
    surname = name.split()[-1]
    topic = rng.choice(TOPICS)
    lines = [f"{surname} says allies will decide on {topic} — {title}"]
    lines.append(f"On {rng.choice(MONTHS)} {rng.randint(1, 28)}, {title} {name} "
                 f"{rng.choice(VERBS)} that the allies are ready to discuss {topic}.")
    for _ in range(paragraphs):
        kind = rng.randrange(4)
        other = rng.choice(TOPICS)
        if kind == 0:
            lines.append(f'"We will continue to support Ukraine on {other}. This is what we '
                         f'agreed today," {surname} {rng.choice(VERBS)}.')
        elif kind == 1:
            lines.append(f"He also {rng.choice(VERBS)} that {other} would be discussed "
                         f"in {rng.choice(MONTHS)} {rng.randint(2019, 2025)}.")
        elif kind == 2:
            lines.append(f"According to {surname}, {other} is the most urgent task for the "
                         "allies this year.")
        else:
            lines.append(f"It is necessary to work on {other} together - {surname} "
                         f"{rng.choice(VERBS)}.")
    return "\n\n".join(lines)


def articles(n: int, seed: int = 0, paragraphs: int = 6) -> list[str]:
    rng = random.Random(seed)
    return [f"{article(rng, paragraphs)}\n\nReport {i}." for i in range(n)]


def median_time(fn: Callable[[], Any], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports KiB).

    VmHWM (the high-water mark of this process image) where /proc has it: ru_maxrss keeps the
    parent's figure across fork + exec, so a child started by a big parent would report the
    parent's memory, not its own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def emit(result: dict[str, Any]) -> None:
    """Print one JSON object on the last line: what `bench.run` reads."""
    result["peak_rss_mb"] = peak_rss_mb()
    sys.stdout.write(json.dumps(result) + "\n")


def fill_annotated(store: Any, n_docs: int, annotators: list[str], role: str = "annotator",
                   seed: int = 0, paragraphs: int = 4) -> None:
    """Bulk-insert `n_docs` generated articles, each annotated and done by every annotator.

    Annotators mostly agree (same quotes, speakers, dates) and sometimes differ in a
    boundary, a stance or a missed span, so agreement and export do real work.
    """
    from annotate.corpus import text_hash

    rng = random.Random(seed)
    stances = ["favor", "against", "neutral", "unclear"]
    stamp = "2024-01-01T00:00:00"
    with store.write() as conn:
        ids = []
        for name in annotators:
            conn.execute("INSERT OR IGNORE INTO annotators(name, role, created_at) "
                         "VALUES (?, ?, ?)", (name, role, stamp))
            ids.append(conn.execute("SELECT id FROM annotators WHERE name = ?",
                                    (name,)).fetchone()[0])
        texts = articles(n_docs, seed=seed, paragraphs=paragraphs)
        conn.executemany(
            "INSERT INTO documents(hash, ext_id, title, text, published, meta, imported_at) "
            "VALUES (?, ?, ?, ?, '2024-05-02', '{}', ?)",
            [(text_hash(t), f"g{i}", t.split("\n", 1)[0], t, stamp) for i, t in enumerate(texts)],
        )
        rows = conn.execute("SELECT id, text FROM documents ORDER BY id DESC LIMIT ?",
                            (n_docs,)).fetchall()
        next_span = (conn.execute("SELECT COALESCE(MAX(id), 0) FROM spans").fetchone()[0]) + 1
        spans, rels, status = [], [], []
        for doc_id, text in rows:
            units = _units(text)
            doc_stance = rng.choice(stances)
            for annotator_id in ids:
                for quote, speaker, date in units:
                    if rng.random() < 0.05:
                        continue  # a missed quote
                    q0, q1 = quote
                    if rng.random() < 0.1:
                        q1 = max(q0 + 1, q1 - 3)  # a boundary disagreement
                    quote_stance = rng.choice(stances) if rng.random() < 0.3 else "favor"
                    spans.append((next_span, doc_id, annotator_id, "QUOTE", q0, q1,
                                  text[q0:q1], None, None, quote_stance, "manual", stamp, stamp))
                    spans.append((next_span + 1, doc_id, annotator_id, "SPEAKER", *speaker,
                                  text[speaker[0]:speaker[1]], None, None, None, "manual",
                                  stamp, stamp))
                    rels.append((doc_id, annotator_id, "ATTRIBUTED_TO", next_span,
                                 next_span + 1, "manual", stamp))
                    next_span += 2
                    if date is not None:
                        spans.append((next_span, doc_id, annotator_id, "DATE", *date,
                                      text[date[0]:date[1]], "2024-05", None, None, "manual",
                                      stamp, stamp))
                        next_span += 1
                stance = doc_stance if rng.random() < 0.8 else rng.choice(stances)
                status.append((doc_id, annotator_id, "done", stance, 60.0, stamp))
        conn.executemany(
            'INSERT INTO spans(id, document_id, annotator_id, label, start, "end", text, value, '
            "canonical, stance, origin, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", spans)
        conn.executemany(
            "INSERT INTO relations(document_id, annotator_id, label, head_id, child_id, origin, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rels)
        conn.executemany(
            "INSERT INTO document_status(document_id, annotator_id, status, stance, "
            "updated_at) VALUES (?, ?, ?, ?, ?)", [(d, a, st, s, u) for d, a, st, s, _, u
                                                  in status])
        conn.executemany(
            "INSERT INTO document_time(document_id, annotator_id, seconds, updated_at) "
            "VALUES (?, ?, ?, ?)", [(d, a, sec, u) for d, a, _, _, sec, u in status])


def _units(text: str) -> list[tuple[tuple[int, int], tuple[int, int], tuple[int, int] | None]]:
    """(quote, speaker, date) offsets for the generated sentences of the form
    `"...," Surname verb.` and `... - Surname verb.`."""
    import re

    units = []
    for m in re.finditer(r'"([^"]+),"\s+(\w+)\s+\w+\.', text):
        units.append(((m.start(1), m.end(1)), (m.start(2), m.end(2)), None))
    for m in re.finditer(r"\n\n([^\n]+?) - (\w+) \w+\.", text):
        units.append(((m.start(1), m.end(1)), (m.start(2), m.end(2)), None))
    for m in re.finditer(r"in ((?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December) \d{4})", text):
        if units:
            quote, speaker, _ = units[-1]
            units[-1] = (quote, speaker, (m.start(1), m.end(1)))
    return units
