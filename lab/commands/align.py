"""`llm-lab ppo`, `grpo`, `dpo`, `bon`, `offline-rl`: aligning the SFT model, headless.

Each runs on `--workspace W` (which needs an SFT model; PPO, GRPO and Best-of-N also
a reward model), with a progress bar, every field of its config as a flag over the
chosen `--preset` (`--max-steps`, `--beta`, `--epochs`, `--reward-temperature`…), and
its final figures printed at the end (`eval/true_reward`, `eval/rude_rate`,
`eval/kl_ref`, …). Training runs resume an unfinished run unless `--fresh`; Ctrl-C
saves and stops. `llm-lab ppo --sandbox` is the reward-hacking setting (β = 0, the
reward model's head alone; see `lab.jobs.ppo.SANDBOX`).
"""

from __future__ import annotations

import argparse
import sys

from lab.commands import add_config_args, add_run_args, config_from_args, run_config
from lab.config import PRESET_NAMES
from lab.stages import STAGES
from lab.workspace import Workspace

# the registry's row of each command (`lab.stages`) gives its config class (every field a flag) and job module
ROWS = {s.command: s for s in STAGES}
COMMANDS = {
    "ppo": "RLHF with PPO against the reward model, the KL to the SFT model in the reward.",
    "grpo": "GRPO: groups of answers per prompt, no value model.",
    "dpo": "DPO: learn straight from the preference pairs.",
    "bon": "Best-of-N: sample N answers, the reward model picks one (no training).",
    "offline-rl": "Offline RL: learn from stored, rewarded answers without generating.",
}


def register(sub: argparse._SubParsersAction) -> None:
    for name, help_text in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--workspace", help="workspace folder (default: the app's)")
        p.add_argument("--preset", choices=PRESET_NAMES, default="classroom", help="length of the run")
        add_config_args(p, ROWS[name].config)
        add_run_args(p)
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
    sandbox = {}
    if getattr(args, "sandbox", False):
        from lab.jobs.ppo import SANDBOX

        sandbox = SANDBOX
    return config_from_args(ROWS[args.stage].config, args, args.preset, under=sandbox)


def align_command(args: argparse.Namespace) -> int:
    import importlib

    from lab.cli import drive
    from lab.jobs import ppo

    ws = Workspace(args.workspace)
    cfg = config_from(args)
    run_cfg = run_config(args)
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
