"""`llm-lab ppo`, `grpo`, `dpo`, `bon`, `offline-rl`: aligning the SFT model, headless.

Each runs on `--workspace W` (which needs an SFT model; PPO, GRPO and Best-of-N also
a reward model), with a progress bar, its main knobs as flags over the chosen
`--preset`, and its final figures printed at the end (`eval/true_reward`,
`eval/rude_rate`, `eval/kl_ref`, …). Training runs resume an unfinished run unless
`--fresh`; Ctrl-C saves and stops. `llm-lab ppo --sandbox` is the reward-hacking
setting (β = 0, the reward model's head alone; see `lab.jobs.ppo.SANDBOX`).
"""

from __future__ import annotations

import argparse
import sys

from lab.config import PRESET_NAMES, RunConfig, preset
from lab.stages import STAGES
from lab.workspace import Workspace

# (flag, field, type, help) per command
PPO_FLAGS = (("--iterations", "iterations", int, "rounds of answering, scoring and updating"),
             ("--prompts-per-iter", "prompts_per_iter", int, "prompts answered per iteration"),
             ("--beta", "beta", float, "KL penalty per token (0 lets the model hack the reward)"),
             ("--lr", "lr", float, "learning rate of the policy"),
             ("--ppo-epochs", "ppo_epochs", int, "passes over each batch of answers"))
GRPO_FLAGS = (("--iterations", "iterations", int, "rounds of answering, scoring and updating"),
              ("--prompts-per-iter", "prompts_per_iter", int, "prompts answered per iteration"),
              ("--group-size", "group_size", int, "answers per prompt"),
              ("--beta", "beta", float, "weight of the KL term in the loss"),
              ("--lr", "lr", float, "learning rate"))
DPO_FLAGS = (("--max-steps", "max_steps", int, "optimizer updates"),
             ("--batch-size", "batch_size", int, "preference pairs per update"),
             ("--beta", "beta", float, "how strongly the model is held near the SFT model"),
             ("--lr", "lr", float, "learning rate"),
             ("--rpo-alpha", "rpo_alpha", float, "weight of the chosen answers' NLL (RPO; 0 = plain DPO)"))
BON_FLAGS = (("--n-max", "n_max", int, "answers sampled per prompt"),
             ("--n", "n", int, "the N evaluated like a trained model"),
             ("--prompts", "prompts", int, "held-out prompts to try (0 = all)"))
OFFLINE_FLAGS = (("--max-steps", "max_steps", int, "optimizer updates"),
                 ("--temperature", "temperature", float, "reward temperature τ of the weights exp(r/τ)"),
                 ("--keep-fraction", "keep_fraction", float, "share of best-rewarded experiences kept"),
                 ("--lr", "lr", float, "learning rate"))

# the registry's row of each command (`lab.stages`) gives its config class and job module
ROWS = {s.command: s for s in STAGES}
COMMANDS = {
    "ppo": ("RLHF with PPO against the reward model, the KL to the SFT model in the reward.", ROWS["ppo"].config,
            PPO_FLAGS),
    "grpo": ("GRPO: groups of answers per prompt, no value model.", ROWS["grpo"].config, GRPO_FLAGS),
    "dpo": ("DPO: learn straight from the preference pairs.", ROWS["dpo"].config, DPO_FLAGS),
    "bon": ("Best-of-N: sample N answers, the reward model picks one (no training).", ROWS["bon"].config,
            BON_FLAGS),
    "offline-rl": ("Offline RL: learn from stored, rewarded answers without generating.", ROWS["offline-rl"].config,
                   OFFLINE_FLAGS),
}


def register(sub: argparse._SubParsersAction) -> None:
    for name, (help_text, _cls, flags) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--workspace", help="workspace folder (default: the app's)")
        p.add_argument("--preset", choices=PRESET_NAMES, default="classroom", help="length of the run")
        for flag, field, kind, text in flags:
            p.add_argument(flag, dest=field, type=kind, help=text)
        p.add_argument("--seed", type=int, default=RunConfig.seed)
        p.add_argument("--threads", type=int, default=0, help="CPU threads (0 = chosen from the free cores)")
        if name != "bon":
            p.add_argument("--fresh", action="store_true", help="start over instead of resuming a stopped run")
        if name == "ppo":
            p.add_argument("--sandbox", action="store_true",
                           help="the reward-hacking setting: no KL penalty, the reward model's head alone "
                                "(see lab.jobs.ppo)")
        p.add_argument("--quiet", action="store_true", help="no progress bar")
        p.set_defaults(func=align_command, stage=name)


def config_from(args: argparse.Namespace):
    """The stage's config: the preset, then the sandbox setting (ppo), then the flags given."""
    _, cls, flags = COMMANDS[args.stage]
    values = {}
    if getattr(args, "sandbox", False):
        from lab.jobs.ppo import SANDBOX

        values.update(SANDBOX)
    values.update({field: getattr(args, field) for _, field, _, _ in flags if getattr(args, field) is not None})
    return preset(cls, args.preset, **values)


def align_command(args: argparse.Namespace) -> int:
    import importlib

    from lab.cli import drive
    from lab.jobs import ppo

    ws = Workspace(args.workspace)
    cfg = config_from(args)
    run_cfg = RunConfig(seed=args.seed, threads=args.threads)
    module = importlib.import_module(f"lab.jobs.{ROWS[args.stage].job}")
    if args.stage == "bon":
        job = module.run(ws, cfg, run_cfg)
    elif getattr(args, "sandbox", False):  # its own run: the class's PPO model is never overwritten
        job = module.run(ws, cfg, run_cfg, resume=not args.fresh, stage=ppo.SANDBOX_STAGE)
    else:
        job = module.run(ws, cfg, run_cfg, resume=not args.fresh)
    done = drive(job, quiet=args.quiet)
    if done is not None:
        shown = ", ".join(f"{k} {v:.4g}" for k, v in done.summary.items())
        print(("stopped: " if done.stopped else "done: ") + shown, file=sys.stderr)
    return 0
