"""Measure the SFT and reward-model outcomes of issue 5 on a preset, end to end.

    python -m tools.posttrain_outcomes --workspace W [--preset classroom] [--threads N]

Pretrains first when W has no pretrained model (world → clean → tokenizer → pretrain,
as `llm-lab pretrain` does). Then SFT without loss masking, SFT with it (same steps;
the masked model is the one kept), and the reward model on the rubric's pairs. Prints
one JSON object: the base model's probe figures (measured before the first SFT step),
both SFT runs' final figures, the reward model's held-out pair accuracy and margin,
and the wall time of each stage. Every figure is also in W's metric history.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from lab import cli
from lab.config import RewardConfig, RunConfig, SFTConfig, preset
from lab.jobs import reward, sft
from lab.workspace import Workspace

KEYS = ("eval/format_rate", "eval/accuracy", "eval/accuracy_known", "eval/rude_rate", "eval/language_match",
        "eval/true_reward")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.posttrain_outcomes")
    parser.add_argument("--workspace", required=True)
    parser.add_argument("--preset", default="classroom")
    parser.add_argument("--threads", type=int, default=0)
    args = parser.parse_args(argv)
    ws, run_cfg = Workspace(args.workspace), RunConfig(threads=args.threads)
    out: dict = {"preset": args.preset, "seconds": {}}
    if not ws.has_checkpoint("pretrain"):
        start = time.perf_counter()
        cli.main(["pretrain", "--workspace", args.workspace, "--preset", args.preset, "--quiet"])
        out["seconds"]["pretrain"] = round(time.perf_counter() - start, 1)
    for mask in (False, True):
        name = "sft_masked" if mask else "sft_unmasked"
        start = time.perf_counter()
        done = cli.drive(sft.run(ws, preset(SFTConfig, args.preset, mask_prompt=mask), run_cfg), quiet=True)
        out["seconds"][name] = round(time.perf_counter() - start, 1)
        out[name] = {k: round(done.summary[k], 4) for k in ("step", *KEYS) if k in done.summary}
    base = ws.read_state()["sft"]["base"]
    out["base"] = {k: round(base[k], 4) for k in KEYS if k in base}
    start = time.perf_counter()
    done = cli.drive(reward.run(ws, preset(RewardConfig, args.preset), run_cfg), quiet=True)
    out["seconds"]["reward"] = round(time.perf_counter() - start, 1)
    out["reward"] = {k: round(v, 4) for k, v in done.summary.items()}
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
