"""A reader gets from a training run to its `loss.backward()` in at most three calls, for every stage.

`TrainingRun.events` → `train_step` → (the optimizer step, or pretraining's `Trainer.train_step`)
→ `backward`: each stage's maths sits one call below the loop, and the call that holds the
backward pass is the next one. The test counts the calls for real, from the frame of
`TrainingRun.events` to the frame that calls `torch.Tensor.backward`, during one tiny step of
each stage; it fails when a stage hides its backward pass deeper again.
"""

import sys
from dataclasses import fields

import pytest
import torch
from posttrain_fakes import CharTokenizer, conversations, pairs, probes, tiny_workspace, toy_judge
from rl_fakes import prompts, tiny_setup

from lab.config import (
    DPOConfig,
    GRPOConfig,
    ModelConfig,
    OfflineRLConfig,
    PPOConfig,
    PretrainConfig,
    RewardConfig,
    RunConfig,
    SFTConfig,
    preset,
)
from lab.jobs import dpo, grpo, offline_rl, ppo, pretrain, reward, sft
from lab.preferences import Pair
from lab.training_run import TrainingRun
from lab.workspace import Workspace

pytestmark = pytest.mark.usefixtures("one_thread")

MAX_HOPS = 3  # run → train_step → optimizer_step → backward
RUN = RunConfig(seed=0, threads=1)


def one(cls, **kw):
    """`cls`'s tiny preset for one step, without evaluations or checkpoints on the way (where it has them)."""
    names = {f.name for f in fields(cls)}
    quiet = {k: v for k, v in {"eval_every": 100, "checkpoint_every": 100}.items() if k in names}
    return preset(cls, "tiny", max_steps=1, **quiet, **kw)


def one_step(stage, root):
    """A job that trains `stage` for one tiny step."""
    ws = tiny_workspace(root)
    text = " ".join(f"{c[0]['content']} {c[1]['content']}" for c in conversations()) * 20
    if stage == "pretrain":
        return pretrain.run(Workspace(root / "p"), preset(ModelConfig, "tiny", block_size=16),
                            one(PretrainConfig, warmup_steps=0), RUN, text=text,
                            tokenizer=CharTokenizer())
    if stage == "sft":
        return sft.run(ws, one(SFTConfig, eval_probes=1), RUN, conversations=conversations(),
                       probes=probes()[:1], judge=toy_judge, tokenizer=CharTokenizer(), resume=False)
    if stage == "reward":
        ws.save_checkpoint("sft", *ws.load_checkpoint("pretrain"))
        return reward.run(ws, one(RewardConfig), RUN, pairs=[Pair(*p) for p in pairs()],
                          tokenizer=CharTokenizer(), resume=False)
    experiences = [{"prompt": p, "response": f"answer {i}.", "reward": float(i)} for i, p in enumerate(prompts())]
    jobs = {"dpo": lambda: dpo.run(ws, one(DPOConfig), RUN, setup=tiny_setup(), evaluate=False),
            "offline_rl": lambda: offline_rl.run(ws, one(OfflineRLConfig), RUN, setup=tiny_setup(),
                                                 experiences=experiences, evaluate=False),
            "ppo": lambda: ppo.run(ws, one(PPOConfig), RUN, setup=tiny_setup(), evaluate=False),
            "grpo": lambda: grpo.run(ws, one(GRPOConfig), RUN, setup=tiny_setup(), evaluate=False)}
    return jobs[stage]()


def calls_below_the_loop(frame) -> list[str] | None:
    """The functions from `TrainingRun.events` down to `frame`, outermost first; None outside a run."""
    chain = []
    while frame is not None and frame.f_code is not TrainingRun.events.__code__:
        chain.append(frame.f_code.co_qualname if hasattr(frame.f_code, "co_qualname") else frame.f_code.co_name)
        frame = frame.f_back
    return None if frame is None else ["events", *reversed(chain)]


@pytest.mark.parametrize("stage", ["pretrain", "sft", "reward", "dpo", "offline_rl", "ppo", "grpo"])
def test_run_reaches_backward_in_at_most_three_calls(tmp_path, monkeypatch, stage):
    seen = []
    real_backward = torch.Tensor.backward

    def backward(self, *args, **kwargs):
        seen.append(calls_below_the_loop(sys._getframe(1)))
        return real_backward(self, *args, **kwargs)

    monkeypatch.setattr(torch.Tensor, "backward", backward)
    list(one_step(stage, tmp_path))
    assert seen, f"{stage} never called backward"
    for chain in seen:
        assert chain is not None, f"{stage} called backward outside TrainingRun.events"
        hops = len(chain)  # each arrow of events → … → caller, plus the call to backward itself
        assert hops <= MAX_HOPS, f"{stage}: {' → '.join([*chain, 'backward'])} is {hops} hops"
