"""Exporting gold documents in every format: seconds and peak memory, each in its own process.

The database is filled once (bench.common.fill_annotated: generated news, every document
annotated and done); then `annotate.export.run` writes each format from a fresh process, so
the peak memory reported is that export's alone. `--formats` picks some.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import emit, fill_annotated, peak_rss_mb

FORMATS = ["spacy", "jsonl", "conll", "csv", "brat", "doccano", "labelstudio"]


def one(db: Path, fmt: str, out: Path) -> dict:
    from annotate.export import run
    from annotate.store import Store

    store = Store(db)
    started = time.perf_counter()
    report = run(store, fmt, "gold", str(out))
    seconds = time.perf_counter() - started
    store.close()
    return {"seconds": round(seconds, 2), "documents": report.documents, "spans": report.spans,
            "peak_rss_mb": peak_rss_mb()}


def run(n: int, formats: list[str]) -> dict:
    from annotate.store import Store

    result: dict = {"documents": n}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "gold.db"
        store = Store(db)
        fill_annotated(store, n, ["gold"], role="gold")
        store.close()
        for fmt in formats:
            out = Path(tmp) / "exports" / f"{fmt}{'.csv' if fmt == 'csv' else ''}"
            proc = subprocess.run(
                [sys.executable, "-m", "bench.export_speed", "--one", fmt, "--db", str(db),
                 "--out", str(out)], capture_output=True, text=True)
            if proc.returncode != 0:
                result[fmt] = {"error": (proc.stderr or proc.stdout).strip()[-300:]}
                continue
            result[fmt] = json.loads(proc.stdout.strip().splitlines()[-1])
    peaks = [v["peak_rss_mb"] for v in result.values() if isinstance(v, dict) and
             "peak_rss_mb" in v]
    result["max_peak_rss_mb"] = max(peaks) if peaks else None
    result["spacy_seconds"] = result.get("spacy", {}).get("seconds")
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--one")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.one:
        sys.stdout.write(json.dumps(one(args.db, args.one, args.out)) + "\n")
    else:
        emit(run(args.n, args.formats.split(",")))
