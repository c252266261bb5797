"""`llm-lab sft` and `llm-lab reward`: the first two post-training stages, headless.

`sft` fine-tunes the workspace's pretrained model on the world's conversations (or
`--data FILE.jsonl` in the `{"messages": [...]}` form), with the loss on the answers
only unless `--no-mask`. `reward` trains the reward model from the SFT model on the
preference pairs (the rubric's and yours, or `--pairs FILE.jsonl` in the
`{"prompt", "chosen", "rejected"}` form). Every field of `SFTConfig` / `RewardConfig` is
a flag (`--max-steps`, `--eval-every`, `--no-mask-prompt`, `--layers`…). Both show a
progress bar, report skipped lines of a file by number, print their final figures, save
on Ctrl-C, and resume a stopped run unless `--fresh`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lab.commands import add_config_args, add_run_args, config_from_args, run_config
from lab.config import PRESET_NAMES, RewardConfig, SFTConfig
from lab.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("sft", help="Supervised fine-tuning: teach the pretrained model to answer in turns.")
    _common(s, SFTConfig)
    s.add_argument("--data", type=Path, help="your conversations as JSONL (default: the world's)")
    s.set_defaults(func=sft_command)

    r = sub.add_parser("reward", help="Train the reward model on preference pairs, starting from the SFT model.")
    _common(r, RewardConfig)
    r.add_argument("--pairs", type=Path, help="preference pairs as JSONL (default: the rubric's and your labels)")
    r.set_defaults(func=reward_command)


def _common(p: argparse.ArgumentParser, cls: type) -> None:
    p.add_argument("--workspace", help="workspace folder (default: the app's)")
    p.add_argument("--preset", choices=PRESET_NAMES, default="classroom", help="length of the run")
    add_config_args(p, cls)
    add_run_args(p)
    p.add_argument("--fresh", action="store_true", help="start over instead of resuming a stopped run")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def _report_problems(problems: list) -> None:
    for problem in problems:
        print(f"skipped: {problem.message()}", file=sys.stderr)


def _finish(done) -> int:
    if done is not None:
        shown = ", ".join(f"{k} {v:.4g}" for k, v in done.summary.items())
        print(("stopped: " if done.stopped else "done: ") + shown, file=sys.stderr)
    return 0


def _read_file(load, path):
    """The items of the learner's file at `path` (None: the world's own data), its skipped lines reported."""
    if path is None:
        return None
    loaded = load(path)
    _report_problems(loaded.problems)
    return loaded.items


def sft_command(args: argparse.Namespace) -> int:
    from lab.chat import load_conversations
    from lab.cli import drive
    from lab.jobs import sft

    ws = Workspace(args.workspace)
    cfg = config_from_args(SFTConfig, args, args.preset)
    conversations = _read_file(load_conversations, args.data)
    job = sft.run(ws, cfg, run_config(args), conversations=conversations, resume=not args.fresh)
    return _finish(drive(job, quiet=args.quiet))


def reward_command(args: argparse.Namespace) -> int:
    from lab.cli import drive
    from lab.jobs import reward
    from lab.preferences import load_pairs

    ws = Workspace(args.workspace)
    cfg = config_from_args(RewardConfig, args, args.preset)
    pairs = _read_file(load_pairs, args.pairs)
    job = reward.run(ws, cfg, run_config(args), pairs=pairs, resume=not args.fresh)
    return _finish(drive(job, quiet=args.quiet))
