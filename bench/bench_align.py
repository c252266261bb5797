"""Issue 16's outcome table on the classroom preset: every alignment method against the SFT model, per seed.

    python -m bench align --seeds 0 1 2 [--weak] [--sandbox]

For each seed, one workspace `out/align_ws_<seed>` is built with the pipeline's own
stages up to the reward model (corpus, tokenizer, pretraining, SFT, reward model; kept
and reused when it exists). Each method then runs as its own `llm-lab` process on a
copy, in the pipeline's order (offline RL learns from what PPO and GRPO sampled), so its
wall time and peak RSS are its own. The figures come from each stage's last probe
evaluation: `eval/true_reward`, `eval/hallucination_rate`, `eval/abstain_rate`,
`eval/accuracy_known`, `eval/rude_rate`; and the PPO curve's `reward/true`, mean of the
first and of the last 5 iterations (what the RLHF page draws). A table is printed with
each seed's checks of issue 16 (PPO, DPO, GRPO ≥ SFT + 0.10 …).

`--weak` adds the weak judge: a reward model keeping 1 of the 4 blocks (a quarter of
the policy's block parameters), then Best-of-N and PPO with it. `--sandbox` adds the
reward-hacking run (β = 0, head-only proxy): `reward/rm` first/last against `reward/true`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

OUT = Path("out")
STAGES = {"ppo": "ppo", "dpo": "dpo", "grpo": "grpo", "bon": "bon", "offline_rl": "offline-rl"}
BUILD = ("corpus", "tokenizer", "pretrain", "sft", "reward")
KEYS = ("eval/true_reward", "eval/hallucination_rate", "eval/abstain_rate", "eval/accuracy_known", "eval/rude_rate",
        "eval/kl_ref")
CHILD = ("import resource, sys, json\n"
         "from lab.cli import main\n"
         "code = main(sys.argv[2:])\n"
         "rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
         "open(sys.argv[1], 'w').write(json.dumps({'code': code, 'peak_rss_mb': rss}))\n")
BUILDER = ("import sys\n"
           "from lab import pipeline\nfrom lab.cli import drive\nfrom lab.workspace import Workspace\n"
           "drive(pipeline.run(Workspace(sys.argv[1]), 'classroom', int(sys.argv[2]), only=tuple(sys.argv[3:])))\n")
WINDOW = 5  # iterations averaged at each end of a PPO curve
GAINS = {"ppo": 0.10, "dpo": 0.10, "grpo": 0.10, "bon": 0.05, "offline_rl": 0.03}  # issue 16, item 3


def llm_lab(args: list[str]) -> tuple[float, dict]:
    """Run `llm-lab ARGS` in a fresh process; (wall seconds, {"code", "peak_rss_mb"})."""
    rss_file = OUT / "rss.json"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", CHILD, str(rss_file), *args], check=True)
    return time.perf_counter() - start, json.loads(rss_file.read_text())


def workspace(seed: int) -> Path:
    """The seed's workspace with its SFT and reward models (built once with the pipeline's stages)."""
    root = OUT / f"align_ws_{seed}"
    if not (root / "checkpoints" / "reward" / "meta.json").is_file():
        subprocess.run([sys.executable, "-c", BUILDER, str(root), str(seed), *BUILD], check=True)
    return root


def final(root: Path, stage: str) -> dict[str, float]:
    from lab.compare import final_eval
    from lab.workspace import Workspace

    return final_eval(Workspace(root), stage) or {}


def curve_ends(root: Path, stage: str = "ppo", key: str = "reward/true") -> tuple[float, float]:
    """Mean of `key` over the first and the last WINDOW iterations of a stage's history."""
    from lab.workspace import Workspace

    rows = [m.values[key] for m in Workspace(root).read_metrics(stage) if key in m.values]
    if not rows:
        return float("nan"), float("nan")
    return sum(rows[:WINDOW]) / len(rows[:WINDOW]), sum(rows[-WINDOW:]) / len(rows[-WINDOW:])


def fresh_copy(base: Path, name: str) -> Path:
    work = OUT / name
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(base, work, ignore=shutil.ignore_patterns("experiences.jsonl"))
    return work


def run_seed(seed: int) -> dict[str, float]:
    """Every method on a copy of the seed's workspace: {"<stage> <metric>": value}."""
    base = workspace(seed)
    figures = {f"sft {k}": v for k, v in final(base, "sft").items() if k in KEYS}
    work = fresh_copy(base, f"align_run_{seed}")
    for stage, command in STAGES.items():
        extra = [] if stage == "bon" else ["--fresh"]
        wall, info = llm_lab([command, "--workspace", str(work), "--preset", "classroom", "--seed", str(seed),
                              "--quiet", *extra])
        figures[f"{stage} wall_s"], figures[f"{stage} peak_rss_mb"] = wall, info["peak_rss_mb"]
        figures.update({f"{stage} {k}": v for k, v in final(work, stage).items() if k in KEYS})
    figures["ppo reward/true first"], figures["ppo reward/true last"] = curve_ends(work)
    return figures


def weak_judge(seed: int) -> dict[str, float]:
    """A reward model with 1 of the 4 blocks, then Best-of-N and PPO judged by it."""
    work = fresh_copy(workspace(seed), f"align_weak_{seed}")
    common = ["--workspace", str(work), "--preset", "classroom", "--seed", str(seed), "--quiet"]
    llm_lab(["reward", *common, "--layers", "1"])
    figures = {"weak reward/pair_accuracy": final_pairs(work)}
    for stage, command in (("bon", "bon"), ("ppo", "ppo")):
        llm_lab([command, *common, *([] if stage == "bon" else ["--fresh"])])
        figures.update({f"weak {stage} {k}": v for k, v in final(work, stage).items() if k in KEYS})
    return figures


def final_pairs(root: Path) -> float:
    from lab.workspace import Workspace

    rows = [m.values["eval/pair_accuracy"] for m in Workspace(root).read_metrics("reward")
            if "eval/pair_accuracy" in m.values]
    return rows[-1] if rows else float("nan")


def sandbox(seed: int) -> dict[str, float]:
    """The reward-hacking setting: `reward/rm` and `reward/true` at the start and the end of the run."""
    from lab.jobs.ppo import SANDBOX_STAGE  # the sandbox keeps its own history beside the class's PPO

    work = fresh_copy(workspace(seed), f"align_sandbox_{seed}")
    llm_lab(["ppo", "--workspace", str(work), "--preset", "classroom", "--seed", str(seed), "--sandbox", "--fresh",
             "--quiet"])
    figures = {}
    for key in ("reward/rm", "reward/true", "kl/ref"):
        figures[f"sandbox {key} first"], figures[f"sandbox {key} last"] = curve_ends(work, SANDBOX_STAGE, key)
    return figures


def checks(f: dict[str, float]) -> dict[str, bool]:
    """Issue 16's item 3 on one seed's figures."""
    sft = f.get("sft eval/true_reward", float("nan"))
    # Compared at the table's three decimals: 0.400 against 0.350 + 0.05 must not fail on a float's last bit.
    out = {f"{s} ≥ SFT+{g:.2f}": round(f.get(f"{s} eval/true_reward", float("nan")) - sft, 3) >= g
           for s, g in GAINS.items()}
    out["SFT hallucination ≥ 50 %"] = f.get("sft eval/hallucination_rate", 0.0) >= 0.5
    for s in ("ppo", "dpo"):
        out[f"{s} hallucination ≤ 25 %"] = f.get(f"{s} eval/hallucination_rate", 1.0) <= 0.25
        out[f"{s} accuracy_known ≥ SFT−0.05"] = (f.get(f"{s} eval/accuracy_known", 0.0)
                                                 >= f.get("sft eval/accuracy_known", 1.0) - 0.05)
        out[f"{s} rude < 2 %"] = f.get(f"{s} eval/rude_rate", 1.0) < 0.02
    out["PPO curve rises ≥ 0.05"] = f.get("ppo reward/true last", 0.0) >= f.get("ppo reward/true first", 0.0) + 0.05
    return out


def table(results: dict[int, dict[str, float]]) -> str:
    """The README's table: one row per seed and stage."""
    head = "| seed | stage | true reward | Δ vs SFT | hallucination | abstains | accuracy (known) | rude |"
    lines = [head, "|---|---|---|---|---|---|---|---|"]
    for seed, f in results.items():
        sft = f.get("sft eval/true_reward", float("nan"))
        for s in ("sft", *STAGES):
            if f"{s} eval/true_reward" not in f:
                continue
            def get(k: str, s: str = s, f: dict = f) -> float:
                return f.get(f"{s} eval/{k}", float("nan"))

            lines.append(f"| {seed} | {s} | {get('true_reward'):.3f} | {get('true_reward') - sft:+.3f} | "
                         f"{get('hallucination_rate'):.0%} | {get('abstain_rate'):.0%} | "
                         f"{get('accuracy_known'):.0%} | {get('rude_rate'):.0%} |")
    return "\n".join(lines)


def options(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench align")
    p.add_argument("--seeds", type=int, nargs="+", default=[0])
    p.add_argument("--weak", action="store_true")
    p.add_argument("--sandbox", action="store_true")
    return p.parse_known_args(argv)[0]


def run() -> dict:
    OUT.mkdir(exist_ok=True)
    opts = options(sys.argv[1:])
    results: dict[int, dict[str, float]] = {}
    figures: dict[str, float | str] = {}
    for seed in opts.seeds:
        results[seed] = run_seed(seed)
        if opts.weak:
            results[seed].update(weak_judge(seed))
        if opts.sandbox:
            results[seed].update(sandbox(seed))
        figures.update({f"seed {seed} {k}": v for k, v in results[seed].items()})
        figures.update({f"seed {seed} check {k}": str(ok) for k, ok in checks(results[seed]).items()})
    print(table(results))
    return figures
