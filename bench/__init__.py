"""Benchmarks: `make bench` runs every `bench/bench_*.py` module's `run()`.

Each `run()` returns a dict of named figures; they are printed as a table and saved
to `out/bench.json`, so the numbers in the README can be checked by anyone.
Importing the package starts the load watch that jobs choose their threads from
(`lab.device.prepare_threads`), for `python -m bench` and `python -m bench.bench_x` alike.
"""

from lab.device import prepare_threads

prepare_threads()
