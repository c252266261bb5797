"""`llm-lab sft` and `llm-lab reward`: the first two post-training stages, headless.

`sft` fine-tunes the workspace's pretrained model on the world's conversations (or
`--data FILE.jsonl` in the `{"messages": [...]}` form), with the loss on the answers
only unless `--no-mask`. `reward` trains the reward model from the SFT model on the
preference pairs (the rubric's and yours, or `--pairs FILE.jsonl` in the
`{"prompt", "chosen", "rejected"}` form). Both show a progress bar, report skipped
lines of a file by number, print their final figures, and save on Ctrl-C.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lab.config import PRESET_NAMES, RewardConfig, RunConfig, SFTConfig, preset
from lab.workspace import Workspace

SFT_FLAGS = ("max_steps", "batch_size", "lr", "eval_every")
REWARD_FLAGS = ("max_steps", "batch_size", "lr", "eval_every", "layers")


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("sft", help="Supervised fine-tuning: teach the pretrained model to answer in turns.")
    _common(s)
    s.add_argument("--data", type=Path, help="your conversations as JSONL (default: the world's)")
    s.add_argument("--mask", action=argparse.BooleanOptionalAction, default=None,
                   help="loss on the assistant's answers only (default) or on every token (--no-mask)")
    s.set_defaults(func=sft_command)

    r = sub.add_parser("reward", help="Train the reward model on preference pairs, starting from the SFT model.")
    _common(r)
    r.add_argument("--pairs", type=Path, help="preference pairs as JSONL (default: the rubric's and your labels)")
    r.add_argument("--layers", type=int, help="transformer blocks the reward model keeps (0 = all): a weaker judge")
    r.set_defaults(func=reward_command)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workspace", help="workspace folder (default: the app's)")
    p.add_argument("--preset", choices=PRESET_NAMES, default="classroom", help="length of the run")
    p.add_argument("--max-steps", dest="max_steps", type=int)
    p.add_argument("--batch-size", dest="batch_size", type=int)
    p.add_argument("--lr", type=float)
    p.add_argument("--eval-every", dest="eval_every", type=int)
    p.add_argument("--seed", type=int, default=RunConfig.seed)
    p.add_argument("--threads", type=int, default=0, help="CPU threads (0 = chosen from the free cores)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def _given(args: argparse.Namespace, names: tuple[str, ...]) -> dict:
    return {n: getattr(args, n) for n in names if getattr(args, n, None) is not None}


def _report_problems(problems: list) -> None:
    for problem in problems:
        print(f"skipped: {problem.message()}", file=sys.stderr)


def _finish(done) -> int:
    if done is not None:
        shown = ", ".join(f"{k} {v:.4g}" for k, v in done.summary.items())
        print(("stopped: " if done.stopped else "done: ") + shown, file=sys.stderr)
    return 0


def sft_command(args: argparse.Namespace) -> int:
    from lab.chat import load_conversations
    from lab.cli import drive
    from lab.jobs import sft

    ws = Workspace(args.workspace)
    mask = {} if args.mask is None else {"mask_prompt": args.mask}
    cfg = preset(SFTConfig, args.preset, **_given(args, SFT_FLAGS), **mask)
    conversations = None
    if args.data is not None:
        loaded = load_conversations(args.data)
        _report_problems(loaded.problems)
        conversations = loaded.items
    job = sft.run(ws, cfg, RunConfig(seed=args.seed, threads=args.threads), conversations=conversations)
    return _finish(drive(job, quiet=args.quiet))


def reward_command(args: argparse.Namespace) -> int:
    from lab.cli import drive
    from lab.jobs import reward
    from lab.preferences import load_pairs

    ws = Workspace(args.workspace)
    cfg = preset(RewardConfig, args.preset, **_given(args, REWARD_FLAGS))
    pairs = None
    if args.pairs is not None:
        loaded = load_pairs(args.pairs)
        _report_problems(loaded.problems)
        pairs = loaded.items
    job = reward.run(ws, cfg, RunConfig(seed=args.seed, threads=args.threads), pairs=pairs)
    return _finish(drive(job, quiet=args.quiet))
