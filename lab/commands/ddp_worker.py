"""`python -m lab.commands.ddp_worker`: one data-parallel pretraining worker, started by torchrun.

On several machines, start it on each with the same flags (see `lab/ddp.py` for what a rank does):

    torchrun --nnodes 2 --node-rank 0 --nproc-per-node 8 \\
             --master-addr 10.0.0.1 --master-port 29500 -m lab.commands.ddp_worker --workspace W --preset full

It lives with the commands, not in `lab.ddp`, so the engine never imports the command line.
Its flags are `llm-lab pretrain`'s, built the same way from `ModelConfig` and `PretrainConfig`.
"""

from __future__ import annotations

import argparse

from lab.commands import add_config_args, add_run_args, config_from_args
from lab.config import ModelConfig, PretrainConfig, RunConfig, to_dict
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
    add_config_args(p, ModelConfig)
    add_config_args(p, PretrainConfig, skip=("compile",))  # a rank never compiles (see lab.ddp)
    add_run_args(p)
    p.add_argument("--fresh", action="store_true", help="forget the saved model and metric history")
    args = p.parse_args(argv)
    return WorkerSpec(args.workspace, to_dict(config_from_args(ModelConfig, args, args.preset)),
                      to_dict(config_from_args(PretrainConfig, args, args.preset)),
                      to_dict(config_from_args(RunConfig, args)), resume=not args.fresh)


def _is_global(event: Metrics) -> bool:
    """Rank 0's own numbers, not the per-rank `rank{r}/…` ones the page draws per worker."""
    return not any(k.startswith("rank") for k in event.values)


if __name__ == "__main__":
    raise SystemExit(main())
