"""Importing short articles from JSONL: documents a second, against a bare `executemany`.

The floor inserts the very rows our import stores (hash, title, text, metadata...), computed
beforehand, with one `executemany` in one transaction into a fresh database of the same
schema and the same page cache the import sets for itself (so the ratio measures our work,
not a cache setting); ours is `import_paths` on the JSONL file, which also reads, parses, validates,
normalises and hashes. Ratio = floor time / our time. Each side runs in its own process, so
the peak memory reported is the import's own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import emit, peak_rss_mb

SENTENCES = ["Officials said the talks on {t} would continue next week.",
             '"We are ready to act on {t}," the minister told reporters.',
             "According to the agency, {t} remains the main concern for the region.",
             "Critics argued that {t} had been delayed for too long."]
TOPICS = ["energy", "the budget", "sanctions", "air defence", "reconstruction", "trade"]


def write_corpus(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            t = TOPICS[i % len(TOPICS)]
            text = f"Report {i} on {t}\n\n" + " ".join(
                s.format(t=t) for s in SENTENCES[i % 3:i % 3 + 2])
            out.write(json.dumps({"text": text, "meta": {"id": f"a{i}",
                                                          "published": "2024-05-02"}}) + "\n")


def ours(corpus: Path, db: Path) -> dict:
    from annotate.importer import import_paths
    from annotate.store import Store

    store = Store(db)
    started = time.perf_counter()
    report = import_paths(store, [corpus])
    seconds = time.perf_counter() - started
    assert report.ok and report.errors == [], report.errors
    store.close()
    return {"seconds": seconds, "documents": report.documents, "peak_rss_mb": peak_rss_mb()}


def floor(corpus: Path, db: Path) -> dict:
    from annotate.corpus import Record, finish, parse_date, text_hash
    from annotate.store import Store
    from annotate.store.connection import now

    stamp = now()
    rows = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            rec = finish(Record(obj["text"], "", None, ext_id=obj["meta"]["id"],
                                published=str(parse_date(obj["meta"]["published"]))))
            rows.append((text_hash(rec.text), rec.ext_id, rec.title, rec.text, None, None,
                         rec.published, "{}", stamp))
    from annotate.importer import BULK_CACHE_KIB

    store = Store(db)
    store.conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    started = time.perf_counter()
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO documents(hash, ext_id, title, text, source, url, published, meta, "
            "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    seconds = time.perf_counter() - started
    store.close()
    return {"seconds": seconds, "documents": len(rows)}


def _part(name: str, corpus: Path, db: Path) -> dict:
    proc = subprocess.run([sys.executable, "-m", "bench.import_speed", "--part", name,
                           "--corpus", str(corpus), "--db", str(db)], capture_output=True,
                          text=True, check=True)
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def run(n: int, repeat: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "news.jsonl"
        write_corpus(corpus, n)
        ours_t, floor_t, peaks = [], [], []
        for k in range(repeat):
            f = _part("floor", corpus, Path(tmp) / f"floor{k}.db")
            o = _part("ours", corpus, Path(tmp) / f"ours{k}.db")
            assert o["documents"] == n
            floor_t.append(f["seconds"])
            ours_t.append(o["seconds"])
            peaks.append(o["peak_rss_mb"])
    ours_t.sort()
    floor_t.sort()
    o, f = ours_t[len(ours_t) // 2], floor_t[len(floor_t) // 2]
    return {"documents": n, "ours_seconds": round(o, 2), "floor_seconds": round(f, 2),
            "docs_per_s": round(n / o), "floor_docs_per_s": round(n / f),
            "ratio": round(f / o, 3), "import_peak_rss_mb": max(peaks)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--part", choices=["ours", "floor"])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    if args.part:
        result = (ours if args.part == "ours" else floor)(args.corpus, args.db)
        sys.stdout.write(json.dumps(result) + "\n")
    else:
        emit(run(args.n, args.repeat))
