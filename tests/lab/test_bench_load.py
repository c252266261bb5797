"""`python -m bench load`: speeds from observed steps, busy processes that always end, the README table."""

import os
import sys

import pytest

from bench import bench_load
from bench.bench_load import Busy, clean_env, speed, table


def test_speed_counts_steps_between_the_first_and_last_change():
    seen = [(0.0, 0), (0.5, 0), (1.0, 1), (2.0, 3), (3.0, 5), (3.5, 5)]  # start-up before step 1 left out
    assert speed(seen) == pytest.approx((5 - 0) / (3.0 - 0.0))
    assert speed([(1.0, 4), (2.0, 4)]) == 0.0  # no progress seen: no speed


def test_busy_processes_run_inside_the_block_and_are_killed_after():
    with Busy(1) as busy:
        assert busy.procs[0].poll() is None
    assert busy.procs[0].poll() is not None


def test_busy_processes_are_killed_when_the_run_fails():
    with pytest.raises(RuntimeError), Busy(1) as busy:
        raise RuntimeError("a run broke")
    assert busy.procs[0].poll() is not None


def test_measured_programs_choose_their_own_threads(monkeypatch):
    monkeypatch.setenv("OMP_WAIT_POLICY", "PASSIVE")
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    env = clean_env()
    assert "OMP_WAIT_POLICY" not in env and "OMP_NUM_THREADS" not in env and env["PATH"] == os.environ["PATH"]


def test_the_table_puts_the_plain_loop_and_llm_lab_side_by_side():
    figures = {"whole process/steps": 300.0, "whole process/plain loop s": 20.0, "whole process/LLM Lab s": 19.0,
               "whole process/LLM Lab vs plain loop": 20 / 19, "steady state/LLM Lab vs plain loop": 1.1}
    for name, unit, idle in (("plain loop", "tokens/s", 13000.0), ("LLM Lab pretraining", "tokens/s", 14000.0),
                             ("LLM Lab PPO", "steps/s", 0.5)):
        figures[f"{name}/0 busy {unit}"] = idle
        for busy in (1, 2):
            figures[f"{name}/{busy} busy {unit}"] = idle / (busy + 1)
            figures[f"{name}/{busy} busy share of idle"] = 1 / (busy + 1)
    text = table(figures)
    figures["plain loop/mid-run busy tokens/s"], figures["plain loop/mid-run busy share of idle"] = 650.0, 0.05
    text = table(figures)
    assert "| plain loop | 13,000.0 tokens/s | 6,500.0 (50%) | 4,333.3 (33%) | 650.0 (5%) |" in text
    assert "| LLM Lab pretraining | 14,000.0 tokens/s | 7,000.0 (50%) | 4,666.7 (33%) | – |" in text
    assert "| LLM Lab PPO | 0.5 steps/s |" in text and "SFT" not in text
    assert "(1.05×)" in text and "1.10×" in text


def test_python_m_bench_load_runs_it_with_the_seconds_given(monkeypatch, tmp_path):
    import json

    from bench import __main__ as bench_main

    asked = []
    monkeypatch.setattr(bench_load, "run", lambda seconds=12.0: asked.append(seconds) or {"x": 1.0})
    monkeypatch.chdir(tmp_path)
    assert bench_main.main(["load", "--seconds", "3"]) == 0
    assert asked == [3.0]
    assert json.loads((tmp_path / "out" / "bench.json").read_text()) == {"bench_load": {"x": 1.0}}


STEPS_EVERY_50_MS = "import time\nfor i in range(1, 10_000):\n    print(f'step {i}', flush=True)\n    time.sleep(0.05)"


def test_a_busy_process_can_start_mid_run_and_only_the_steps_after_it_count(monkeypatch):
    started = []
    real_start = Busy.start
    monkeypatch.setattr(Busy, "start", lambda self, n: started.append(n) or real_start(self, n))
    with Busy(0) as busy:
        seen = bench_load._watch([sys.executable, "-c", STEPS_EVERY_50_MS], 1.0, None, None, 0.5, busy)
        assert started == [0, 1] and busy.procs[0].poll() is None  # none at the start, one mid-run
    assert busy.procs[0].poll() is not None  # killed with the block
    assert seen[0][1] >= 5  # counting began near step 10 (0.5 s in), not at step 1
