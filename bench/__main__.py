"""Run the benchmarks: `python -m bench [name ...] [--seconds S] [--busy N]` (names without the `bench_` prefix).

`--seconds` and `--busy` go to the benchmarks whose `run()` takes them (`load` and `gui`:
how long each run lasts; `gui`: how many busy processes compete with the window).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import pkgutil
import sys
import time
from pathlib import Path

import bench


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--seconds", type=float, help="length of each timed run, where a benchmark has one")
    parser.add_argument("--busy", type=int, help="busy processes beside the run (bench gui)")
    args, _ = parser.parse_known_args(argv)  # a benchmark may read its own options (`align --seeds 0 1 2`)
    options = {k: v for k, v in (("seconds", args.seconds), ("busy", args.busy)) if v is not None}
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))
    if args.names:
        names = [n for n in names if n.removeprefix("bench_") in args.names]
    results = {}
    for name in names:
        start = time.perf_counter()
        run = importlib.import_module(f"bench.{name}").run
        figures = run(**{k: v for k, v in options.items() if k in inspect.signature(run).parameters})
        results[name] = figures
        print(f"\n== {name} ({time.perf_counter() - start:.1f} s)")
        for key, value in figures.items():
            print(f"  {key:<48} {value:.4g}" if isinstance(value, float) else f"  {key:<48} {value}")
    out = Path("out")
    out.mkdir(exist_ok=True)
    (out / "bench.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
