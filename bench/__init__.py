"""Benchmarks: `make bench` runs `python -m bench.run`. Figures, never timed unit tests."""
