"""The classroom scaling sweep on the world's corpus: its time (goal: ≤ 5 min on 2 cores) and fitted exponent.

Also the machine's float32 matrix-product speed, which the Scale page's calculator uses
for "this computer". `BENCH_SWEEP_THREADS` sets torch's threads (default: all); on a
machine shared with other work, 1 thread per process avoids threads fighting for cores.
"""

from __future__ import annotations

import os
import tempfile
import time


def run() -> dict:
    from lab import scaling
    from lab.config import RunConfig, SweepConfig, preset
    from lab.events import Done
    from lab.jobs import sweep
    from lab.workspace import Workspace

    threads = int(os.environ.get("BENCH_SWEEP_THREADS", "0"))
    ws = Workspace(tempfile.mkdtemp(prefix="bench-sweep-"))
    text = sweep.sweep_text(ws)  # the world's web text, classroom size
    wall, cpu = time.perf_counter(), time.process_time()
    done = [e for e in sweep.run(ws, preset(SweepConfig, "classroom"), RunConfig(threads=threads), text=text)
            if isinstance(e, Done)][-1]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    results = sweep.load_results(ws)
    figures = {
        "sweep_wall_s (goal <= 300)": wall,
        "sweep_cpu_s": cpu,
        "sweep_models": int(done.summary["sweep/models"]),
        "sweep_alpha": done.summary.get("sweep/alpha", float("nan")),
        "sweep_alpha_err": done.summary.get("sweep/alpha_err", float("nan")),
        "sweep_floor_c": done.summary.get("sweep/c", float("nan")),
        "sweep_flops_total": done.summary["flops/total"],
        "matmul_gflops": scaling.measure_cpu_flops() / 1e9,
    }
    for p in results["points"]:
        figures[f"model_{p['index']}: N={p['params']} loss"] = p["loss_val"]
    return figures
