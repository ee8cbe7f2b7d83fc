"""`make bench`: every benchmark in its own process, one table, JSON under bench/results/.

Each benchmark module prints one JSON object on its last line (see `bench.common.emit`),
including the peak memory of its own process, so figures do not leak into each other.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

RESULTS = Path(__file__).resolve().parent / "results"

# name, module, arguments, the figure to show, its target (a predicate and its text)
BENCHMARKS: list[tuple[str, str, list[str], str, Any, str]] = [
    ("import 1,000,000 short articles vs bare executemany", "bench.import_speed", [], "ratio",
     lambda v: v >= 0.8, "≥ 0.8 of bare executemany"),
    ("import 1,000,000 short articles: peak MB", "bench.import_speed", [],
     "import_peak_rss_mb", lambda v: v <= 500, "≤ 500 MB"),
    ("pre-annotation, 1 process", "bench.preannotate_speed", ["--n-process", "1"], "ratio",
     lambda v: v >= 0.95, "≥ 0.95 of bare nlp.pipe"),
    ("pre-annotation, 2 processes", "bench.preannotate_speed", ["--n-process", "2"], "ratio",
     lambda v: v >= 0.85, "≥ 0.85 of bare nlp.pipe"),
    ("app: key p95, 21,000-word article, 10,001 docs (ms)", "bench.tui_latency", [],
     "key_p95_ms", lambda v: v <= 16, "≤ 16 ms"),
    ("app: key p99, same article (ms)", "bench.tui_latency", [], "key_p99_ms",
     lambda v: v <= 33, "≤ 33 ms"),
    ("app: key p95, 10,000-quote article (ms)", "bench.tui_latency", [], "quotes_key_p95_ms",
     lambda v: v <= 50, "≤ 50 ms"),
    ("app: open the article from the queue (ms)", "bench.tui_latency", [], "open_ms",
     lambda v: v <= 100, "≤ 100 ms"),
    ("app: queue at 1,000,000 docs, start to queue (ms)", "bench.tui_latency", [],
     "queue_startup_to_queue_ms", None, "—"),
    ("app: queue at 1,000,000 docs, refresh (ms)", "bench.tui_latency", [],
     "queue_queue_refresh_ms_median", lambda v: v <= 300, "≤ 300 ms"),
    ("app: queue at 1,000,000 docs, a page (ms)", "bench.tui_latency", [],
     "queue_page_ms_max", lambda v: v <= 50, "≤ 50 ms (slowest page)"),
    ("agree: 50,000 docs × 3 annotators", "bench.agree_speed", [], "seconds",
     lambda v: v <= 10, "≤ 10 s"),
    ("agree: 50,000 docs × 3 annotators: peak MB", "bench.agree_speed", [],
     "report_peak_rss_mb", lambda v: v <= 500, "≤ 500 MB"),
    ("export 100,000 gold docs, every format: peak MB", "bench.export_speed", [],
     "max_peak_rss_mb", lambda v: v <= 500, "≤ 500 MB"),
    ("export 100,000 gold docs to DocBin: seconds", "bench.export_speed", [],
     "spacy_seconds", None, "s"),
    ("keys per PolNeAR quote, with suggestions", "bench.keystrokes", [],
     "keys_per_quote_with", lambda v: v <= 4, "≤ 4 keys"),
    ("keys per quote: without / with suggestions", "bench.keystrokes", [], "ratio",
     lambda v: v >= 5, "≥ 5×"),
]


def run_module(module: str, args: list[str], cache: dict[tuple, dict]) -> dict[str, Any]:
    key = (module, tuple(args))
    if key not in cache:
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", module, *args], capture_output=True,
                              text=True)
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
            cache[key] = {"error": tail[0]}
        else:
            cache[key] = json.loads(proc.stdout.strip().splitlines()[-1])
        cache[key]["wall_seconds"] = round(time.perf_counter() - started, 1)
    return cache[key]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="run only benchmarks whose module contains this")
    args = parser.parse_args()
    cache: dict[tuple, dict] = {}
    table = Table("benchmark", "median", "target", "ok", "peak MB", title="annotate benchmarks")
    rows = []
    failed = False
    for name, module, margs, figure, target, target_text in BENCHMARKS:
        if args.only and args.only not in module:
            continue
        result = run_module(module, margs, cache)
        value = result.get(figure)
        ok = "—" if target is None or value is None else ("yes" if target(value) else "NO")
        failed |= ok == "NO" or "error" in result
        shown = result.get("error", value)
        table.add_row(name, str(shown), target_text, ok, str(result.get("peak_rss_mb", "")))
        rows.append({"benchmark": name, "figure": figure, "value": value, "target": target_text,
                     "ok": ok, "result": result})
    Console().print(table)
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    machine = {"when": stamp, "machine": platform.platform(),
               "python": platform.python_version()}
    # One file a benchmark module, committed with the README figures it backs; `--only`
    # rewrites only what it ran.
    for (module, margs), result in cache.items():
        name = module.removeprefix("bench.") + "".join(f"_{a.strip('-')}" for a in margs)
        mine = [r for r in rows if r["result"] is result]
        out = RESULTS / f"{name}.json"
        out.write_text(json.dumps({**machine, "rows": [
            {k: v for k, v in r.items() if k != "result"} for r in mine],
            "result": result}, indent=2) + "\n")
        print(f"results: {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
