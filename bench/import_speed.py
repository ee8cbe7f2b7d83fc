"""Importing 10,000 generated articles from JSONL: documents a second."""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from annotate.importer import import_paths
from annotate.store import Store
from bench.common import articles, emit, median_time


def run(n: int = 10_000) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "news.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for i, text in enumerate(articles(n, seed=1)):
                out.write(json.dumps({"text": text, "meta": {"id": f"a{i}",
                                      "published": "2024-05-02"}}) + "\n")
        counter = iter(range(100))

        def once() -> None:
            store = Store(Path(tmp) / f"db{next(counter)}.db")
            report = import_paths(store, [source])
            assert report.ok and report.documents == n, report.errors
            store.close()

        seconds = median_time(once, repeat=3)
    return {"documents": n, "seconds": round(seconds, 2), "docs_per_s": round(n / seconds)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000)
    emit(run(parser.parse_args().n))
