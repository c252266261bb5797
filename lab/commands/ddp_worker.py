"""`python -m lab.commands.ddp_worker`: one data-parallel pretraining worker, started by torchrun.

On several machines, start it on each with the same flags (see `lab/ddp.py` for what a rank does):

    torchrun --nnodes 2 --node-rank 0 --nproc-per-node 8 \\
             --master-addr 10.0.0.1 --master-port 29500 -m lab.commands.ddp_worker --workspace W --preset full

It lives with the commands, not in `lab.ddp`, so the engine never imports the command line
(it reads `llm-lab pretrain`'s flag lists).
"""

from __future__ import annotations

import argparse

from lab.commands.pretrain import MODEL_FLAGS, TRAIN_FLAGS
from lab.config import ModelConfig, PretrainConfig, RunConfig, preset, to_dict
from lab.events import Metrics


def main(argv: list[str] | None = None) -> int:
    """One rank under torchrun (which sets the environment); rank 0 shows the progress bar."""
    import torch.distributed as dist

    from lab import ddp
    from lab.cli import drive

    spec = _parse(argv)
    ddp.init_group()
    try:
        job = ddp.rank_events(spec)
        if dist.get_rank() == 0:
            drive(e for e in job if not (isinstance(e, Metrics) and not _is_global(e)))
        else:
            for _ in job:
                pass
    finally:
        dist.destroy_process_group()
    return 0


def _parse(argv: list[str] | None):  # -> lab.ddp.WorkerSpec, imported late so --help never loads torch
    from lab.ddp import WorkerSpec

    p = argparse.ArgumentParser(prog="python -m lab.commands.ddp_worker",
                                description="One data-parallel pretraining worker (start it with torchrun); "
                                "the flags are those of `llm-lab pretrain`.")
    p.add_argument("--workspace", required=True, help="with a cleaned corpus and a tokenizer on every machine")
    p.add_argument("--preset", default="classroom")
    for name in MODEL_FLAGS + TRAIN_FLAGS:
        p.add_argument("--" + name.replace("_", "-"), dest=name, type=float if name == "lr" else int)
    p.add_argument("--seed", type=int, default=RunConfig.seed)
    p.add_argument("--fresh", action="store_true", help="forget the saved model and metric history")
    args = p.parse_args(argv)
    model = {n: getattr(args, n) for n in MODEL_FLAGS if getattr(args, n) is not None}
    train = {n: getattr(args, n) for n in TRAIN_FLAGS if getattr(args, n) is not None}
    return WorkerSpec(args.workspace, to_dict(preset(ModelConfig, args.preset, **model)),
                      to_dict(preset(PretrainConfig, args.preset, **train)), {"seed": args.seed},
                      resume=not args.fresh)


def _is_global(event: Metrics) -> bool:
    """Rank 0's own numbers, not the per-rank `rank{r}/…` ones the page draws per worker."""
    return not any(k.startswith("rank") for k in event.values)


if __name__ == "__main__":
    raise SystemExit(main())
