"""`annotate agree` on 5,000 documents × 3 annotators: seconds for the whole report."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from annotate.agree import report
from annotate.store import Store
from bench.common import emit, fill_annotated


def run(n: int = 5_000, annotators: int = 3) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "agree.db")
        fill_annotated(store, n, [f"ann{i}" for i in range(annotators)])
        spans = store.scalar("SELECT COUNT(*) FROM spans")
        times = []
        for _ in range(3):
            started = time.perf_counter()
            rep = report(store)
            times.append(time.perf_counter() - started)
        store.close()
    times.sort()
    return {"documents": rep["documents"], "annotators": annotators, "spans": spans,
            "seconds": round(times[1], 2), "alpha_document": rep["stance"]["document"][
                "krippendorff_alpha"], "f1_overlap": rep["spans"]["micro"]["f1_overlap"]}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=5_000)
    emit(run(parser.parse_args().n))
