"""Benchmarks: `make bench` runs every `bench/bench_*.py` module's `run()`.

Each `run()` returns a dict of named figures; they are printed as a table and saved
to `out/bench.json`, so the numbers in the README can be checked by anyone.
"""
