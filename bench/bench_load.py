"""Fast and fair on a busy laptop: LLM Lab against a plain loop, idle and next to busy programs.

`python -m bench load [--seconds S]`. Every run is a separate process, started the way a
learner starts it, with OpenMP's and torch's thread settings taken out of its environment
(so each one decides them itself, as on a fresh laptop):

- **plain loop**: `bench/plain_loop.py`, a hand-written eager nanoGPT loop (torch's
  default threads and wait policy);
- **LLM Lab pretraining**: `llm-lab pretrain` at the same nanoGPT CPU shape (4 layers,
  4 heads, width 128, context 64, batch 12) on the same tokens (the classroom corpus and
  tokenizer), evaluations, samples and metric files included;
- **SFT**, **DPO** and **PPO**: `llm-lab sft`, `llm-lab dpo` and `llm-lab ppo` on the
  bundled classroom stages (DPO and PPO are the pipeline's longest after pretraining), in
  steps (PPO: iterations) per second, their periodic evaluations included.

Each runs for S seconds from its first step (default 10) three times: idle, next to one
busy process and next to two (`python -c "while True: pass"`, started just before and always killed after). Its
speed is the steps it made between its first and last observed step over the time between
them (start-up left out), and the table gives each condition as the share of idle speed
kept. The plain loop and LLM Lab's pretraining run a fourth time with the busy process
starting S/3 seconds after their first step, measured from then on: what a video call
that starts mid-run costs (LLM Lab looks at the load again every few seconds,
`lab.device.follow_load`). Idle, both pretraining runs also do a fixed 30·S steps (300 by
default) from process start to exit: the whole-process ratio. One more idle run of LLM
Lab's pretraining with OpenMP's passive wait (`OMP_WAIT_POLICY=PASSIVE`) shows what that
policy would cost on an idle machine. The default takes about 5 minutes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SECONDS = 10.0
STEPS_PER_SECOND = 30  # whole-process steps per --seconds: 300 by default, the run
POLL_S = 0.05
START_LIMIT_S = 120.0  # the longest a run may take to make its first step
BUSY_CODE = "while True: pass"
PASSIVE = {"OMP_WAIT_POLICY": "PASSIVE"}  # the policy LLM Lab does not use: measured to show why
MID_RUN = ("plain loop", "LLM Lab pretraining")  # the runs also measured with a busy process starting mid-run
THREAD_VARS = ("OMP_WAIT_POLICY", "KMP_BLOCKTIME", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "GOMP_SPINCOUNT")
NANOGPT = ["--n-layer", "4", "--n-head", "4", "--n-embd", "128", "--block-size", "64", "--batch-size", "12"]
TOKENS_PER_STEP = 12 * 64
PLAIN = Path(__file__).with_name("plain_loop.py")


def clean_env() -> dict[str, str]:
    """This environment without thread settings: each measured process chooses its own."""
    return {k: v for k, v in os.environ.items() if k not in THREAD_VARS}


class Busy:
    """`n` processes that keep a core busy each, for the `with` block; always killed after."""

    def __init__(self, n: int) -> None:
        self.n, self.procs = n, []

    def __enter__(self) -> Busy:
        self.start(self.n)
        time.sleep(0.5 if self.n else 0)  # let them take their cores before the run looks at the load
        return self

    def start(self, n: int) -> None:
        self.procs += [subprocess.Popen([sys.executable, "-c", BUSY_CODE]) for _ in range(n)]

    def __exit__(self, *exc) -> None:
        for proc in self.procs:
            proc.kill()
            proc.wait()


def _stdout_steps(proc: subprocess.Popen) -> list[tuple[float, int]]:
    """(time, step) for every `step N` line the plain loop prints, collected in the background."""
    seen: list[tuple[float, int]] = []

    def read() -> None:
        for line in proc.stdout:
            if line.startswith("step "):
                seen.append((time.perf_counter(), int(line.split()[1])))

    threading.Thread(target=read, daemon=True).start()
    return seen


def _metrics_step(path: Path) -> int | None:
    """The last step written to a metrics file (its last 4 kB), or None before the first."""
    try:
        with path.open("rb") as f:
            f.seek(max(0, path.stat().st_size - 4096))
            lines = f.read().decode("utf-8", "replace").splitlines()
    except OSError:
        return None
    for line in reversed(lines):
        try:
            return int(json.loads(line)["step"])
        except (ValueError, KeyError):
            continue
    return None


def speed(steps: list[tuple[float, int]]) -> float:
    """Steps per second between the first and the last step seen (start-up left out)."""
    changes = [(t, s) for i, (t, s) in enumerate(steps) if i == 0 or s != steps[i - 1][1]]
    if len(changes) < 2:
        return 0.0
    (t0, s0), (t1, s1) = changes[0], changes[-1]
    return (s1 - s0) / (t1 - t0) if t1 > t0 else 0.0


def measure(cmd: list[str], seconds: float, metrics: Path | None = None, env: dict[str, str] | None = None,
            busy_after: float | None = None) -> float:
    """Steps per second of `cmd` over `seconds` from its first step (seen on its stdout, or in its metrics file).

    With `busy_after`, a busy process starts that many seconds after the first step, and
    only the steps from then on count.
    """
    with Busy(0) as busy:
        seen = _watch(cmd, seconds, metrics, env, busy_after, busy)
    return speed(seen)


def _watch(cmd: list[str], seconds: float, metrics: Path | None, env: dict[str, str] | None,
           busy_after: float | None, busy: Busy) -> list[tuple[float, int]]:
    """(time, step) pairs seen while `cmd` runs; `busy` starts a process at `busy_after`, and counting restarts."""
    if metrics is not None:
        metrics.unlink(missing_ok=True)  # the last run's steps are not this one's
    out = subprocess.PIPE if metrics is None else subprocess.DEVNULL
    proc = subprocess.Popen(cmd, env={**clean_env(), **(env or {})}, stdout=out, stderr=subprocess.DEVNULL, text=True)
    seen = _stdout_steps(proc) if metrics is None else []
    try:
        began = time.perf_counter()
        while proc.poll() is None:
            now = time.perf_counter()
            if now - seen[0][0] > seconds if seen else now - began > START_LIMIT_S:
                break
            if metrics is not None and (step := _metrics_step(metrics)) is not None:
                seen.append((time.perf_counter(), step))
            if busy_after is not None and seen and now - seen[0][0] > busy_after and not busy.procs:
                busy.start(1)
                del seen[:-1]  # from the last step seen before it started
            time.sleep(POLL_S)
    finally:
        proc.kill()
        proc.wait()
    return list(seen)


def wall(cmd: list[str]) -> float:
    """Seconds from starting `cmd` to its exit."""
    began = time.perf_counter()
    subprocess.run(cmd, env=clean_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - began


def _llm_lab(*args: str) -> list[str]:
    return [sys.executable, "-m", "ui.launcher", *args]


def prepare(root: Path) -> tuple[Path, int]:
    """Classroom workspaces from the bundle (the SFT and reward models ready) and the plain loop's tokens."""
    from lab.data import load_tokenizer, read_corpus
    from lab.token_cache import encoded_corpus
    from lab.workspace import Workspace

    for name in ("pretrain", "sft", "ppo"):
        subprocess.run(_llm_lab("assets", "install", "--workspace", str(root / name), "--stage",
                                "tokenizer" if name == "pretrain" else "reward"),
                       env=clean_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    ws = Workspace(root / "pretrain")
    tokenizer = load_tokenizer(ws)
    ids = encoded_corpus(ws, read_corpus(ws), tokenizer)  # LLM Lab keeps it too: both start from ids
    tokens = root / "train.bin"
    ids[: int(len(ids) * 0.9)].numpy().astype("uint16").tofile(tokens)
    return tokens, tokenizer.vocab_size


def _runs(root: Path, tokens: Path, vocab: int) -> dict[str, tuple[list[str], Path | None, float]]:
    """Each measured program: its command for a timed run, where its steps show, tokens per step."""
    ws = {name: str(root / name) for name in ("pretrain", "sft", "ppo")}
    return {
        "plain loop": ([sys.executable, str(PLAIN), str(tokens), "0", str(vocab)], None, TOKENS_PER_STEP),
        "LLM Lab pretraining": (_llm_lab("pretrain", "--workspace", ws["pretrain"], *NANOGPT, "--max-steps",
                                         "1000000", "--fresh", "--quiet"),
                                root / "pretrain" / "metrics" / "pretrain.jsonl", TOKENS_PER_STEP),
        "LLM Lab SFT": (_llm_lab("sft", "--workspace", ws["sft"], "--max-steps", "1000000", "--quiet"),
                        root / "sft" / "metrics" / "sft.jsonl", 1.0),
        "LLM Lab DPO": (_llm_lab("dpo", "--workspace", ws["sft"], "--max-steps", "1000000", "--fresh", "--quiet"),
                        root / "sft" / "metrics" / "dpo.jsonl", 1.0),
        "LLM Lab PPO": (_llm_lab("ppo", "--workspace", ws["ppo"], "--max-steps", "100000", "--fresh", "--quiet"),
                        root / "ppo" / "metrics" / "ppo.jsonl", 1.0),
    }


def whole_process(root: Path, tokens: Path, vocab: int, steps: int) -> dict[str, float]:
    """Seconds for `steps` steps from process start to exit, idle: the plain loop and `llm-lab pretrain`."""
    plain = wall([sys.executable, str(PLAIN), str(tokens), str(steps), str(vocab)])
    ours = wall(_llm_lab("pretrain", "--workspace", str(root / "pretrain"), *NANOGPT, "--max-steps", str(steps),
                         "--fresh", "--quiet"))
    return {"whole process/steps": float(steps), "whole process/plain loop s": plain,
            "whole process/LLM Lab s": ours, "whole process/LLM Lab vs plain loop": plain / ours}


def run(seconds: float = SECONDS) -> dict[str, float]:
    root = Path(tempfile.mkdtemp(prefix="llm-lab-bench-load-"))
    try:
        tokens, vocab = prepare(root)
        figures = {"cores": float(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else
                                  os.cpu_count() or 1), "seconds per run": seconds}
        figures.update(whole_process(root, tokens, vocab, max(20, int(STEPS_PER_SECOND * seconds))))
        for name, (cmd, metrics, per_step) in _runs(root, tokens, vocab).items():
            unit = "tokens/s" if per_step > 1 else "steps/s"
            for busy in (0, 1, 2):
                with Busy(busy):
                    figures[f"{name}/{busy} busy {unit}"] = measure(cmd, seconds, metrics) * per_step
            if name in MID_RUN:
                mid_run = measure(cmd, seconds, metrics, busy_after=seconds / 3)
                figures[f"{name}/mid-run busy {unit}"] = mid_run * per_step
            idle = figures[f"{name}/0 busy {unit}"] or float("nan")
            for busy in (1, 2, "mid-run"):
                if f"{name}/{busy} busy {unit}" in figures:
                    figures[f"{name}/{busy} busy share of idle"] = figures[f"{name}/{busy} busy {unit}"] / idle
        cmd, metrics, per_step = _runs(root, tokens, vocab)["LLM Lab pretraining"]
        passive = measure(cmd, seconds, metrics, PASSIVE) * per_step
        figures["LLM Lab pretraining/0 busy, passive wait tokens/s"] = passive
        plain, ours = figures["plain loop/0 busy tokens/s"], figures["LLM Lab pretraining/0 busy tokens/s"]
        figures["steady state/LLM Lab vs plain loop"] = ours / plain if plain else float("nan")
        print(table(figures))
        return figures
    finally:
        shutil.rmtree(root, ignore_errors=True)


def table(figures: dict[str, float]) -> str:
    """The side-by-side table the README shows."""
    rows = ["| program | idle | 1 busy process (share of idle kept) | 2 busy processes (share of idle kept) "
            "| 1 busy process starting mid-run |", "|---|---|---|---|---|"]
    for name in ("plain loop", "LLM Lab pretraining", "LLM Lab SFT", "LLM Lab DPO", "LLM Lab PPO"):
        unit = "tokens/s" if f"{name}/0 busy tokens/s" in figures else "steps/s"
        idle = figures.get(f"{name}/0 busy {unit}")
        if idle is None:
            continue
        cells = [f"{idle:,.1f} {unit}"] + [f"{figures[f'{name}/{b} busy {unit}']:,.1f} "
                                           f"({figures[f'{name}/{b} busy share of idle']:.0%})"
                                           if f"{name}/{b} busy {unit}" in figures else "–"
                                           for b in (1, 2, "mid-run")]
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    rows.append(f"\nwhole process, {figures['whole process/steps']:.0f} steps: plain loop "
                f"{figures['whole process/plain loop s']:.1f} s, LLM Lab {figures['whole process/LLM Lab s']:.1f} s "
                f"({figures['whole process/LLM Lab vs plain loop']:.2f}×); steady state, idle: "
                f"{figures['steady state/LLM Lab vs plain loop']:.2f}×; LLM Lab idle with OpenMP's passive wait "
                f"instead of its default: "
                f"{figures.get('LLM Lab pretraining/0 busy, passive wait tokens/s', float('nan')):,.0f} tokens/s")
    return "\n".join(rows)
