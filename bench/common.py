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
    """Peak resident memory of this process (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def emit(result: dict[str, Any]) -> None:
    """Print one JSON object on the last line: what `bench.run` reads."""
    result["peak_rss_mb"] = peak_rss_mb()
    sys.stdout.write(json.dumps(result) + "\n")
