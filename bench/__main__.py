"""Run the benchmarks: `python -m bench [name ...]` (names without the `bench_` prefix)."""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

import bench


def main(argv: list[str]) -> int:
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))
    if argv:
        names = [n for n in names if n.removeprefix("bench_") in argv]
    results = {}
    for name in names:
        start = time.perf_counter()
        figures = importlib.import_module(f"bench.{name}").run()
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
