"""Pre-annotation throughput as a ratio to bare `nlp.pipe` on the same texts.

Both sides load the same pipeline once and process the same texts with the same batch size
and number of processes; ours also reads from and writes to SQLite, so the ratio is the
whole cost of our rules and storage over spaCy itself.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from annotate.corpus import Record
from annotate.importer import write_records
from annotate.preannotate import preannotate
from annotate.store import Store
from annotate.suggest.pipeline import load_pipeline
from bench.common import articles, emit


def run(n: int = 400, n_process: int = 1, repeat: int = 3, batch_size: int = 64) -> dict:
    nlp = load_pipeline()
    texts = articles(n, seed=2)
    records = [Record(text=t, path="bench", line=i, title=f"a{i}", published="2024-05-02")
               for i, t in enumerate(texts)]
    for _ in nlp.pipe(texts[:20]):  # warm up both sides the same way
        pass
    bare, ours = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(repeat):
            started = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
                pass
            bare.append(time.perf_counter() - started)

            store = Store(Path(tmp) / f"p{r}.db")
            write_records(store, records)
            started = time.perf_counter()
            report = preannotate(store, nlp=nlp, n_process=n_process, batch_size=batch_size)
            ours.append(time.perf_counter() - started)
            assert report.documents == n
            store.close()
    bare_s, ours_s = statistics.median(bare), statistics.median(ours)
    return {"documents": n, "n_process": n_process, "bare_docs_per_s": round(n / bare_s, 1),
            "ours_docs_per_s": round(n / ours_s, 1), "ratio": round(bare_s / ours_s, 3)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()
    emit(run(args.n, args.n_process))
