"""Offline RL learns from stored experiences and never generates while it trains."""

import pytest
import torch
from rl_fakes import prompts, tiny_setup

from lab.config import OfflineRLConfig, RunConfig, preset
from lab.errors import LabError
from lab.events import Done, Metrics
from lab.jobs import offline_rl
from lab.model import GPT
from lab.workspace import Workspace

RUN = RunConfig(seed=0, threads=1)


class NoGenerationGPT(GPT):
    """A GPT that fails if anyone generates with it: every generation path uses the KV cache."""

    def forward(self, idx, past=None, *, use_cache=False, **kwargs):
        if use_cache or past is not None:
            raise AssertionError("offline RL generated text while training")
        return super().forward(idx, past, use_cache=use_cache, **kwargs)


def experiences():
    return [{"prompt": p, "response": f"answer {i}.", "reward": float(i)} for i, p in enumerate(prompts() * 3)]


def test_offline_rl_trains_without_ever_generating(tmp_path):
    ws = Workspace(tmp_path)
    setup = tiny_setup(policy_cls=NoGenerationGPT)
    events = list(offline_rl.run(ws, preset(OfflineRLConfig, "tiny"), RUN, setup=setup, experiences=experiences(),
                                 evaluate=False))
    steps = [e for e in events if isinstance(e, Metrics) and "loss/train" in e.values]
    assert [m.step for m in steps] == [1, 2, 3]
    assert isinstance(events[-1], Done) and ws.has_checkpoint("offline_rl")


def test_only_the_best_share_of_experiences_is_kept(tmp_path):
    events = list(offline_rl.run(Workspace(tmp_path), preset(OfflineRLConfig, "tiny", keep_fraction=0.25), RUN,
                                 setup=tiny_setup(), experiences=experiences(), evaluate=False))
    info = next(e for e in events if isinstance(e, Metrics) and "data/kept" in e.values).values
    assert info["data/experiences"] == 12 and info["data/kept"] == 3
    assert info["data/reward_kept"] == pytest.approx(10.0)  # rewards 9, 10, 11


def test_training_raises_the_likelihood_of_the_best_answers(tmp_path):
    setup = tiny_setup()
    rows = [{"prompt": "what is the cat says?", "response": "meow.", "reward": 1.0},
            {"prompt": "what is the cat says?", "response": "stupid.", "reward": -1.0}]
    cfg = preset(OfflineRLConfig, "tiny", max_steps=15, lr=3e-3, keep_fraction=0.5)
    job = offline_rl.OfflineRun(Workspace(tmp_path), cfg, RUN, setup, rows, evaluate=False)
    events = list(job.events(resume=False))
    losses = [e.values["loss/train"] for e in events if isinstance(e, Metrics) and "loss/train" in e.values]
    assert losses[-1] < losses[0]
    assert torch.equal(job.weights, torch.tensor([1.0]))


def test_no_experiences_is_refused_with_what_to_do(tmp_path):
    with pytest.raises(LabError, match="no stored experiences.*PPO"):
        list(offline_rl.run(Workspace(tmp_path), preset(OfflineRLConfig, "tiny"), RUN, setup=tiny_setup(),
                            experiences=[]))


def test_the_workspace_dataset_joins_stored_experiences_and_scored_pairs(tmp_path):
    from lab import align

    ws = Workspace(tmp_path)
    setup = tiny_setup()
    align.append_experiences(ws, "ppo", ["q?"], ["a."], [0.5])
    rows = offline_rl.dataset(ws, setup)
    assert {"prompt": "q?", "response": "a.", "reward": 0.5, "source": "ppo"} in rows
    assert len(rows) == 1 + len({(p.prompt, a) for p in setup.pairs for a in (p.chosen, p.rejected)})


def test_the_sandbox_runs_hacked_answers_are_not_learnt_from(tmp_path):
    from lab import align
    from lab.jobs.offline_rl import dataset
    from lab.jobs.ppo import SANDBOX_STAGE
    from lab.workspace import Workspace

    ws = Workspace(tmp_path)
    align.append_experiences(ws, "ppo", ["q?"], ["Right."], [0.5])
    align.append_experiences(ws, SANDBOX_STAGE, ["q?"], ["One plus one equals one."], [3.0])

    class NoPairs:
        pairs, reward_model = [], None

    assert [r["response"] for r in dataset(ws, NoPairs())] == ["Right."]
