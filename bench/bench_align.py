"""Issue 6's outcome figures on the classroom preset: every alignment method against the SFT model.

Needs a workspace with the classroom SFT and reward models: `LLM_LAB_ALIGN_WORKSPACE`
names one, else one is built in `out/align_ws` with `llm-lab pretrain`, `sft` and
`reward` (long). Each method then runs as its own `llm-lab` process on a copy, so its
wall time and peak RSS are its own; the figures are read from the metric history:
`eval/true_reward`, `eval/rude_rate`, `eval/kl_ref` per method beside the SFT model's,
and the reward-hacking sandbox's first and last `reward/rm`, `reward/true` and
`kl/ref`, as set (β = 0) and with the default β put back (`--beta 0.1`).

    python -m bench align
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

OUT = Path("out")
STAGES = {"ppo": "ppo", "dpo": "dpo", "grpo": "grpo", "bon": "bon", "offline_rl": "offline-rl"}
CHILD = ("import resource, sys, json\n"
         "from lab.cli import main\n"
         "code = main(sys.argv[2:])\n"
         "rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
         "open(sys.argv[1], 'w').write(json.dumps({'code': code, 'peak_rss_mb': rss}))\n")
WINDOW = 5  # iterations averaged at each end of the sandbox run


def llm_lab(args: list[str], rss_file: Path) -> tuple[float, dict]:
    """Run `llm-lab ARGS` in a fresh process; (wall seconds, {"code", "peak_rss_mb"})."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", CHILD, str(rss_file), *args], check=True)
    return time.perf_counter() - start, json.loads(rss_file.read_text())


def workspace() -> Path:
    given = os.environ.get("LLM_LAB_ALIGN_WORKSPACE")
    if given:
        return Path(given)
    root = OUT / "align_ws"
    for stage in ("pretrain", "sft", "reward"):
        if not (root / "checkpoints" / stage / "meta.json").is_file():
            llm_lab([stage, "--workspace", str(root), "--preset", "classroom", "--quiet"], OUT / "rss.json")
    return root


def final(root: Path, stage: str) -> dict[str, float]:
    from lab.compare import final_eval
    from lab.workspace import Workspace

    return final_eval(Workspace(root), stage) or {}


def run() -> dict:
    OUT.mkdir(exist_ok=True)
    base = workspace()
    figures: dict[str, float] = {}
    for key, value in final(base, "sft").items():
        if key in ("eval/true_reward", "eval/rude_rate", "eval/rm_reward"):
            figures[f"sft {key}"] = value
    work = OUT / "align_run"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(base, work, ignore=shutil.ignore_patterns("experiences.jsonl"))
    for stage, command in STAGES.items():  # in this order: offline RL learns from the answers sampled before it
        extra = [] if stage == "bon" else ["--fresh"]
        wall, info = llm_lab([command, "--workspace", str(work), "--preset", "classroom", "--quiet", *extra],
                             OUT / "rss.json")
        figures[f"{stage} wall_s"] = wall
        figures[f"{stage} peak_rss_mb"] = info["peak_rss_mb"]
        for key in ("eval/true_reward", "eval/rude_rate", "eval/kl_ref", "eval/rm_reward"):
            if key in (values := final(work, stage)):
                figures[f"{stage} {key}"] = values[key]
    figures.update(sandbox(base, "sandbox"))
    figures.update(sandbox(base, "sandbox β=0.1", "--beta", "0.1"))
    return figures


def sandbox(base: Path, name: str, *flags: str) -> dict[str, float]:
    """The reward-hacking setting: `reward/rm`, `reward/true`, `kl/ref` at the start and the end of the run."""
    from lab.workspace import Workspace

    work = OUT / "align_sandbox"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(base, work, ignore=shutil.ignore_patterns("experiences.jsonl"))
    wall, _ = llm_lab(["ppo", "--workspace", str(work), "--preset", "classroom", "--sandbox", *flags, "--fresh",
                       "--quiet"], OUT / "rss.json")
    rows = [m.values for m in Workspace(work).read_metrics("ppo") if "reward/rm" in m.values]

    def mean(key: str, part: list[dict]) -> float:
        return sum(r[key] for r in part) / len(part)

    figures = {f"{name} wall_s": wall}
    for key in ("reward/rm", "reward/true", "kl/ref"):
        figures[f"{name} {key} first"] = mean(key, rows[:WINDOW])
        figures[f"{name} {key} last"] = mean(key, rows[-WINDOW:])
    return figures
