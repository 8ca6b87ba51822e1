"""The side-by-side benchmark harness behind `python benchmarks/run.py` (see docs/benchmarks.md)."""
