"""Data-parallel pretraining: shards, and two gloo processes against one process on the same global batch."""

import threading
import time

import pytest

from lab import ddp
from lab.config import ModelConfig, PretrainConfig, preset
from lab.errors import LabError
from lab.events import Artifact, Done, Metrics
from lab.jobs.sweep import ByteTokenizer
from lab.workspace import Workspace

TEXT = ("La capital de Francia es París. The capital of France is Paris. "
        "El perro dice guau. The cow says moo. ") * 300
MODEL = ModelConfig(n_layer=1, n_head=2, n_embd=32, block_size=32)
TRAIN = preset(PretrainConfig, "tiny", max_steps=5, batch_size=8, warmup_steps=1, eval_every=1000)
TOLERANCE = 1e-4  # nats; float sums in another order differ by about 1e-6


def test_shards_cover_the_stream_once():
    bounds = [ddp.shard_bounds(1001, r, 3) for r in range(3)]
    assert bounds[0][0] == 0 and bounds[-1][1] == 1001
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))


def test_a_batch_that_does_not_divide_among_workers_is_refused():
    with pytest.raises(LabError, match="multiple of 3"):
        ddp.batch_per_rank(8, 3)


def test_each_rank_reads_the_same_windows_for_the_same_step():
    import torch

    shard = torch.arange(500)
    x1, _ = ddp.shard_batch(shard, 4, 8, seed=1, rank=0, step=3)
    x2, _ = ddp.shard_batch(shard, 4, 8, seed=1, rank=0, step=3)
    x3, _ = ddp.shard_batch(shard, 4, 8, seed=1, rank=1, step=3)
    assert torch.equal(x1, x2) and not torch.equal(x1, x3)


def test_two_gloo_processes_follow_the_single_process_loss_curve(tmp_path):
    events = list(ddp.run(Workspace(tmp_path), MODEL, TRAIN, nproc=2, text=TEXT, tokenizer=ByteTokenizer(),
                          resume=False))
    losses = [e.values["loss/train"] for e in events if isinstance(e, Metrics) and "loss/train" in e.values]
    reference = ddp.reference_losses(TEXT, ByteTokenizer(), MODEL, TRAIN, seed=1234, world_size=2)
    assert len(losses) == TRAIN.max_steps
    assert max(abs(a - b) for a, b in zip(losses, reference, strict=True)) < TOLERANCE
    assert reference[-1] < reference[0]  # it learns
    workers = sorted(e.data["rank"] for e in events if isinstance(e, Artifact) and e.kind == "ddp/worker")
    assert workers == [0, 1]
    per_rank = {k for e in events if isinstance(e, Metrics) for k in e.values if k.startswith("rank")}
    assert {"rank0/step", "rank1/step", "rank0/loss", "rank1/tokens"} <= per_rank
    done = events[-1]
    assert isinstance(done, Done) and done.summary["ddp/world_size"] == 2
    assert Workspace(tmp_path).has_checkpoint("pretrain")


def test_paused_workers_take_no_step_until_resumed_and_learn_the_same(tmp_path):
    switch = ddp.pause_switch()
    switch.set()
    cleared = []

    def resume_later():
        time.sleep(1.0)
        cleared.append(time.monotonic())
        switch.clear()

    threading.Thread(target=resume_later, daemon=True).start()
    arrivals = [(time.monotonic(), e) for e in ddp.run(Workspace(tmp_path), MODEL, TRAIN, nproc=2, text=TEXT,
                                                        tokenizer=ByteTokenizer(), resume=False, pause=switch)]
    steps = [t for t, e in arrivals if isinstance(e, Metrics) and "rank0/step" in e.values]
    assert len(steps) == TRAIN.max_steps and min(steps) >= cleared[0]
    losses = [e.values["loss/train"] for _, e in arrivals if isinstance(e, Metrics) and "loss/train" in e.values]
    reference = ddp.reference_losses(TEXT, ByteTokenizer(), MODEL, TRAIN, seed=1234, world_size=2)
    assert max(abs(a - b) for a, b in zip(losses, reference, strict=True)) < TOLERANCE
