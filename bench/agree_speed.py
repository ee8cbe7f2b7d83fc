"""`annotate agree` on 50,000 documents × 3 annotators: seconds and peak memory.

The database is filled in this process; the report then runs in a fresh process, so the
peak memory is the agreement report's own.
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


def measure(db: Path) -> dict:
    from annotate.agree import report
    from annotate.store import Store

    store = Store(db)
    started = time.perf_counter()
    rep = report(store)
    seconds = time.perf_counter() - started
    spans = store.scalar("SELECT COUNT(*) FROM spans")
    store.close()
    return {"seconds": round(seconds, 2), "documents": rep["documents"], "spans": spans,
            "alpha_document": rep["stance"]["document"]["krippendorff_alpha"],
            "f1_overlap": rep["spans"]["micro"]["f1_overlap"], "peak_rss_mb": peak_rss_mb()}


def run(n: int, annotators: int, repeat: int) -> dict:
    from annotate.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "agree.db"
        store = Store(db)
        fill_annotated(store, n, [f"ann{i}" for i in range(annotators)])
        store.close()
        runs = []
        for _ in range(repeat):
            proc = subprocess.run([sys.executable, "-m", "bench.agree_speed", "--measure",
                                   str(db)], capture_output=True, text=True, check=True)
            runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    runs.sort(key=lambda r: r["seconds"])
    best = runs[len(runs) // 2]
    return {**best, "annotators": annotators, "report_peak_rss_mb": max(
        r["peak_rss_mb"] for r in runs)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--annotators", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--measure", type=Path)
    args = parser.parse_args()
    if args.measure:
        sys.stdout.write(json.dumps(measure(args.measure)) + "\n")
    else:
        emit(run(args.n, args.annotators, args.repeat))
