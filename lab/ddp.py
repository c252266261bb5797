"""Data-parallel pretraining with torch.distributed: N processes, one model each, one shared update.

Every process (a *rank*) holds a full copy of the GPT and reads its own shard of the
training tokens: the stream is cut into `world_size` contiguous pieces and rank r
draws its windows from piece r only. Each step, every rank computes the gradient of
its share of the global batch (batch_size ÷ world_size sequences); DistributedDataParallel
averages the gradients across ranks with an all-reduce during the backward pass, so
every rank makes the same AdamW update and the copies stay identical. With equal
shares, the averaged gradient is exactly the gradient of the whole global batch: the
run follows the same loss curve as one process that reads all the ranks' windows
together (`reference_losses`), up to float rounding.

Processes start the way `torchrun` starts them: each gets RANK, LOCAL_RANK,
WORLD_SIZE, LOCAL_WORLD_SIZE, MASTER_ADDR and MASTER_PORT in its environment and joins
the group with `init_process_group(init_method="env://")`, over gloo on CPUs and NCCL
on GPUs. On one machine `llm-lab pretrain --nproc N` (or `run(...)` here, a job the
app can drive) spawns them with torch.multiprocessing and passes their events back on
a queue. On several machines, start the same worker with torchrun on each:

    torchrun --nnodes 2 --node-rank 0 --nproc-per-node 8 \\
             --master-addr 10.0.0.1 --master-port 29500 -m lab.commands.ddp_worker --workspace W --preset full
    # and on the second machine the same line with --node-rank 1

Before each step the ranks agree on rank 0's order (go, pause or stop) with one small
all-reduce, so they pause, resume and stop at the same step; while paused they ask again
every 0.1 s, and nobody waits long inside a collective.

Every machine needs the workspace's corpus and tokenizer (a shared folder or a copy);
rank 0 writes the checkpoint (stage "pretrain", the same format as `lab.jobs.pretrain`,
so later stages and resuming work unchanged) and the metric history.

Events: rank 0 reports what the single-process job reports (`loss/train`, `lr`,
`grad/norm`, `loss/val`, samples, checkpoints, `Done`). Every rank reports an
`Artifact("ddp/worker", {rank, world_size, backend, device, host, shard_start,
shard_end, shard_tokens, batch_per_rank})` once, and `Metrics` with `rank{r}/step`,
`rank{r}/loss` and `rank{r}/tokens` every step, for a page that draws each worker.
"""

from __future__ import annotations

import os
import queue as queue_module
import socket
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import torch
import torch.distributed as dist

from lab import data
from lab.config import ModelConfig, PretrainConfig, RunConfig, from_dict, to_dict, validate, with_values
from lab.device import usable_cores
from lab.errors import LabError
from lab.events import Artifact, Done, Event, Job, Metrics, Progress, StopRequested
from lab.i18n import QT_TRANSLATE_NOOP
from lab.training import mixed_seed
from lab.workspace import Workspace

TIMEOUT = timedelta(minutes=10)  # how long a rank waits for the others before giving up
POLL_S = 0.1
GO, PAUSE, STOP = 0.0, 1.0, 2.0  # rank 0's order before each step; the ranks follow the largest


# --- the data each rank reads -------------------------------------------------------

def shard_bounds(n_tokens: int, rank: int, world_size: int) -> tuple[int, int]:
    """[start, end) of rank's contiguous share of a stream of n_tokens."""
    return n_tokens * rank // world_size, n_tokens * (rank + 1) // world_size


def batch_per_rank(global_batch: int, world_size: int) -> int:
    if global_batch % world_size:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The batch size {batch} does not divide among {n} workers. "
                                         "Choose a multiple of {n}."), batch=global_batch, n=world_size)
    return global_batch // world_size


def shard_batch(shard: torch.Tensor, batch: int, block: int, seed: int, rank: int, step: int):
    """Rank's windows for `step`: a pure function of (seed, rank, step), so a resumed run reads the same."""
    gen = torch.Generator().manual_seed(mixed_seed(mixed_seed(seed, rank), step))
    return data.random_batch(shard, batch, block, gen)  # x, y: (b, T) each


# --- one rank's training --------------------------------------------------------------

@dataclass
class WorkerSpec:
    """Everything a rank needs, picklable for a spawned process."""

    workspace: str
    model: dict
    train: dict
    run: dict = field(default_factory=dict)
    text: str | None = None  # default: the workspace's cleaned corpus
    tokenizer: Any = None  # default: the workspace's tokenizer
    resume: bool = True
    record: bool = True  # rank 0 writes checkpoints and metric history


def _pretrain_trainer():
    """A pretraining Trainer whose training forward pass goes through DistributedDataParallel."""
    from torch.nn.parallel import DistributedDataParallel

    from lab.jobs.pretrain import Trainer
    from lab.losses import lm_cross_entropy

    class DataParallelTrainer(Trainer):
        def attach(self) -> None:
            """Wrap the model after any restore: DDP starts every rank from rank 0's weights."""
            ids = [torch.cuda.current_device()] if self.device == "cuda" else None
            self.ddp = DistributedDataParallel(self.model, device_ids=ids)
            self._loss = self._ddp_loss

        def _ddp_loss(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
            with torch.autocast("cuda", torch.bfloat16, enabled=self.device == "cuda"):
                return lm_cross_entropy(self.ddp(x).logits, y)

    return DataParallelTrainer


def rank_events(spec: WorkerSpec, order: Callable[[], float] = lambda: GO) -> Iterator[Event]:
    """Train as this process's rank (the group is already initialised); yields this rank's events.

    Every rank drives a `PretrainRun` through its public methods with a trainer whose forward pass
    goes through DDP; rank 0 also records, evaluates and saves with it, as the single-process job does.
    """
    from lab.jobs import pretrain

    rank, world = dist.get_rank(), dist.get_world_size()
    ws = Workspace(spec.workspace)
    model_cfg = from_dict(ModelConfig, spec.model)
    cfg = with_values(from_dict(PretrainConfig, spec.train), compile=False)  # one compile per rank is too slow
    run_cfg = from_dict(RunConfig, spec.run)
    tok = spec.tokenizer or data.load_tokenizer(ws)
    split = data.split_tokens(data.encode(spec.text if spec.text is not None else data.read_corpus(ws), tok),
                              tok, model_cfg.block_size)
    start, end = shard_bounds(len(split.train), rank, world)
    shard, b = split.train[start:end], batch_per_rank(cfg.batch_size, world)
    if len(shard) <= model_cfg.block_size + 1:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "Each of the {n} workers gets only {tokens} tokens. "
                                         "Use fewer workers or more text."), n=world, tokens=len(shard))
    device = "cuda" if dist.get_backend() == "nccl" else "cpu"
    run = pretrain.PretrainRun(ws, model_cfg, cfg, run_cfg, tokenizer=tok)
    run.use(_pretrain_trainer()(model_cfg, cfg, tok.vocab_size, run_cfg.seed, device), split)
    records = rank == 0 and spec.record
    _restore_everywhere(run, records, spec.resume)
    run.trainer.attach()
    yield Artifact("ddp/worker", {"rank": rank, "world_size": world, "backend": dist.get_backend(), "device": device,
                                  "host": socket.gethostname(), "shard_start": start, "shard_end": end,
                                  "shard_tokens": end - start, "batch_per_rank": b})
    yield from _train_loop(run, records, shard, b, model_cfg.block_size, order)


def _agreed_order(trainer, order: Callable[[], float]) -> float:
    """Rank 0's order (GO, PAUSE or STOP), the same on every rank: they act on it at the same step."""
    flag = torch.tensor([order() if dist.get_rank() == 0 else GO], device=trainer.device)  # NCCL: on GPU
    dist.all_reduce(flag, op=dist.ReduceOp.MAX)
    return flag.item()


def _wait_for_order(trainer, order: Callable[[], float]) -> tuple[float, float]:
    """(the agreed order, seconds spent paused): while paused, asked again every POLL_S."""
    agreed, paused_at = _agreed_order(trainer, order), time.perf_counter()
    while agreed == PAUSE:  # so no rank waits long inside a collective
        time.sleep(POLL_S)
        agreed = _agreed_order(trainer, order)
    return agreed, time.perf_counter() - paused_at


def _train_loop(run, records: bool, shard, b: int, block: int, order) -> Iterator[Event]:
    rank, world, cfg, trainer = dist.get_rank(), dist.get_world_size(), run.cfg, run.trainer
    if records and run.step == 0:
        yield from run.evaluate()
    started, first = time.perf_counter(), run.step
    while run.step < cfg.max_steps:
        agreed, paused = _wait_for_order(trainer, order)
        started += paused  # a pause is not training time
        if agreed == STOP:
            break
        x, y = shard_batch(shard, b, block, run.run_cfg.seed, rank, run.step)
        values = trainer.train_step(x, y)  # gradients are all-reduced inside backward
        run.step = trainer.step
        local = values["loss/train"]
        total = torch.tensor([local], device=trainer.device)
        dist.all_reduce(total)
        values["loss/train"] = total.item() / world  # the global batch's mean loss
        step, elapsed = run.step, time.perf_counter() - started
        values["throughput/tokens_per_s"] = (step - first) * b * block * world / elapsed
        yield Metrics(step, {f"rank{rank}/step": float(step), f"rank{rank}/loss": local,
                             f"rank{rank}/tokens": float(step * b * block)})
        if records:
            yield run.record(Metrics(step, values))
            eta = elapsed / (step - first) * (cfg.max_steps - step)
            yield Progress(step, cfg.max_steps, QT_TRANSLATE_NOOP("job", "Training"), eta)
            if step % cfg.eval_every == 0 or step == cfg.max_steps:
                yield from run.evaluate()
            if step % cfg.checkpoint_every == 0 and step < cfg.max_steps:
                yield run.save()
    if records:
        if run.saved is None or run.saved[0] != run.step:
            yield run.save()
        yield Done({**run.summary(), "ddp/world_size": float(world)}, stopped=run.step < cfg.max_steps)


def _restore_everywhere(run, records: bool, resume: bool) -> None:
    """Rank 0 reads the checkpoint (if resuming) and sends weights, optimizer moments and step to all."""
    if dist.get_rank() == 0 and records and not (resume and run.restore()):
        run.start_fresh()
    if resume:
        state = [None]
        if dist.get_rank() == 0:
            state = [{"weights": {k: v.cpu() for k, v in run.model.state_dict().items()},
                      "training": {k: v.cpu() for k, v in run.training_state().items()}}]
        dist.broadcast_object_list(state, src=0)
        if dist.get_rank() != 0:
            run.model.load_state_dict(state[0]["weights"])
            run.step = int(state[0]["training"]["meta|step"])
            if run.step:
                run.load_training_state(state[0]["training"])
    run.trainer.step = run.step


# --- starting the processes ---------------------------------------------------------

@dataclass(frozen=True)
class _Failure:
    template: str
    params: dict
    detail: str = ""


def _env(local_rank: int, world: int, port: int) -> None:
    os.environ.update({"RANK": str(local_rank), "LOCAL_RANK": str(local_rank), "WORLD_SIZE": str(world),
                       "LOCAL_WORLD_SIZE": str(world), "MASTER_ADDR": "127.0.0.1", "MASTER_PORT": str(port)})


def init_group() -> str:
    """Join the process group described by the torchrun environment variables; returns the backend."""
    backend = "nccl" if torch.cuda.is_available() and dist.is_nccl_available() else "gloo"
    if backend == "nccl":
        torch.cuda.set_device(int(os.environ.get("LOCAL_RANK", 0)))
    local_world = int(os.environ.get("LOCAL_WORLD_SIZE", os.environ.get("WORLD_SIZE", 1)))
    torch.set_num_threads(max(1, usable_cores() // local_world))  # share the cores, don't fight over them
    dist.init_process_group(backend, init_method="env://", timeout=TIMEOUT)
    return backend


def _spawned(local_rank: int, world: int, port: int, spec: WorkerSpec, events, stop, pause) -> None:
    """Entry point of a process spawned by `run`: torchrun's environment, then train, events to the queue."""
    _env(local_rank, world, port)
    try:
        init_group()
        try:
            for event in rank_events(spec, lambda: STOP if stop.is_set() else PAUSE if pause.is_set() else GO):
                events.put(event)
        finally:
            dist.destroy_process_group()
    except LabError as err:
        events.put(_Failure(err.template, dict(err.params)))
    except Exception:  # noqa: BLE001 - any failure must reach the parent as a message, not a hang
        events.put(_Failure(QT_TRANSLATE_NOOP("LabError", "A worker failed: {error}"),
                            {"error": traceback.format_exc(limit=3).strip().splitlines()[-1]},
                            traceback.format_exc()))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(workspace: Workspace, model_cfg: ModelConfig, train_cfg: PretrainConfig, run_cfg: RunConfig = RunConfig(),
        *, nproc: int = 2, text: str | None = None, tokenizer: Any = None, resume: bool = True,
        record: bool = True, pause: Any = None) -> Job:
    """Pretrain with `nproc` processes on this machine, as a job: the ranks' events, in arrival order.

    The processes train on while the job's consumer waits; to pause them, pass a
    `pause_switch()` and set it (clear it to resume): every rank halts before the same step.
    """
    for cfg in (model_cfg, train_cfg, run_cfg):
        validate(cfg)
    if nproc < 1:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "Use at least 1 worker, not {n}."), n=nproc)
    batch_per_rank(train_cfg.batch_size, nproc)
    spec = WorkerSpec(str(workspace.root), to_dict(model_cfg), to_dict(train_cfg), to_dict(run_cfg), text,
                      tokenizer, resume, record)
    return _drive_processes(spec, nproc, pause if pause is not None else pause_switch())


def pause_switch() -> Any:
    """An event the worker processes can see: set, they pause; cleared, they go on."""
    import torch.multiprocessing as mp

    return mp.get_context("spawn").Event()


def _drive_processes(spec: WorkerSpec, nproc: int, pause) -> Job:
    import torch.multiprocessing as mp

    ctx = mp.get_context("spawn")
    events, stop = ctx.Queue(), ctx.Event()
    procs = mp.start_processes(_spawned, args=(nproc, free_port(), spec, events, stop, pause), nprocs=nproc,
                               join=False, start_method="spawn")
    try:
        yield Progress(0, 0, QT_TRANSLATE_NOOP("job", "Starting the workers"))  # a stop here ends them too
        while True:
            item = _next(events, procs)
            if item is None:
                break
            if isinstance(item, _Failure):
                raise LabError(item.template, **item.params)
            try:
                yield item
            except StopRequested:
                stop.set()  # the ranks stop together at their next step, rank 0 saves, Done follows
    finally:
        for p in procs.processes:
            if p.is_alive():
                p.terminate()


def _next(events, procs):
    """The next event from any rank, or None once every process has ended and the queue is empty."""
    while True:
        try:
            return events.get(timeout=POLL_S)
        except queue_module.Empty:
            if _all_ended(procs):
                break
    try:
        return events.get(timeout=POLL_S)  # a last look: events put just before a process ended
    except queue_module.Empty:
        return None


def _all_ended(procs) -> bool:
    """True when every process has ended; a crashed process becomes a LabError."""
    try:
        return procs.join(timeout=0)
    except Exception as exc:  # noqa: BLE001 - ProcessExitedException and friends: a worker died
        raise LabError(QT_TRANSLATE_NOOP("LabError", "A worker failed: {error}"), error=str(exc)[:300]) from exc


# --- a reference: the same global batches in one process ---------------------------

def reference_losses(text: str, tokenizer, model_cfg: ModelConfig, train_cfg: PretrainConfig, seed: int,
                     world_size: int) -> list[float]:
    """Training losses of one process reading every rank's windows together (the DDP run's global batch)."""
    from lab.jobs.pretrain import Trainer

    cfg = with_values(train_cfg, compile=False)
    split = data.split_tokens(data.encode(text, tokenizer), tokenizer, model_cfg.block_size)
    b = batch_per_rank(cfg.batch_size, world_size)
    shards = [split.train[slice(*shard_bounds(len(split.train), r, world_size))] for r in range(world_size)]
    trainer = Trainer(model_cfg, cfg, tokenizer.vocab_size, seed)
    losses = []
    while trainer.step < cfg.max_steps:
        parts = [shard_batch(shards[r], b, model_cfg.block_size, seed, r, trainer.step) for r in range(world_size)]
        x, y = torch.cat([p[0] for p in parts]), torch.cat([p[1] for p in parts])  # (B, T) each
        losses.append(trainer.train_step(x, y)["loss/train"])
    return losses
