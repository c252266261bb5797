"""SFT and the reward model resume a stopped run exactly, as pretraining does (`lab.training_run`)."""

import pytest
import torch
from posttrain_fakes import CharTokenizer, conversations, pairs, probes, tiny_workspace, toy_judge

from lab.config import RewardConfig, RunConfig, SFTConfig, preset
from lab.events import Checkpoint, Done, Metrics, StopRequested
from lab.jobs import reward, sft
from lab.preferences import Pair

pytestmark = pytest.mark.usefixtures("one_thread")

RUN = RunConfig(seed=3, threads=1)


def sft_job(ws, **kw):
    return sft.run(ws, preset(SFTConfig, "tiny", **{"max_steps": 12, "eval_every": 4, **kw}), RUN,
                   conversations=conversations(), probes=probes(), judge=toy_judge, tokenizer=CharTokenizer())


def reward_job(ws, **kw):
    return reward.run(ws, preset(RewardConfig, "tiny", **{"max_steps": 12, "eval_every": 4, **kw}), RUN,
                      pairs=[Pair(*p) for p in pairs()], tokenizer=CharTokenizer())


def sft_workspace(root):
    ws = tiny_workspace(root)
    list(sft_job(ws, max_steps=2))
    return ws


def stop_at(job, step):
    """Run `job` until its metrics of `step`, then press Stop; the events after the Stop."""
    for event in job:
        if isinstance(event, Metrics) and event.step == step and "loss/train" in event.values:
            break
    return [job.throw(StopRequested()), *job]


def train_losses(ws, stage):
    return [(m.step, m.values["loss/train"]) for m in ws.read_metrics(stage) if "loss/train" in m.values]


@pytest.mark.parametrize(("stage", "make", "job"), [("sft", tiny_workspace, sft_job),
                                                    ("reward", sft_workspace, reward_job)])
def test_a_stopped_run_resumes_to_the_numbers_of_a_run_never_stopped(tmp_path, stage, make, job):
    stopped_ws = make(tmp_path / "stopped")
    after = stop_at(job(stopped_ws), 5)
    assert isinstance(after[0], Checkpoint) and after[0].step == 5
    assert isinstance(after[-1], Done) and after[-1].stopped
    resumed = list(job(stopped_ws))
    assert [e.step for e in resumed if isinstance(e, Metrics) and "loss/train" in e.values][0] == 6

    straight_ws = make(tmp_path / "straight")
    list(job(straight_ws))
    assert train_losses(stopped_ws, stage) == train_losses(straight_ws, stage)  # one history, no gap, no repeat
    a, b = stopped_ws.load_checkpoint(stage)[0], straight_ws.load_checkpoint(stage)[0]
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def test_a_finished_sft_run_starts_over_and_the_other_kind_does_not_resume(tmp_path):
    ws = tiny_workspace(tmp_path)
    stop_at(sft_job(ws), 3)
    other = list(sft_job(ws, mask_prompt=False))  # unmasked: not the stopped masked run's continuation
    assert [e.step for e in other if isinstance(e, Metrics)][0] == 0
    again = list(sft_job(ws, mask_prompt=False))  # that run finished: a new one starts at the base model
    assert [e.step for e in again if isinstance(e, Metrics)][0] == 0


def dpo_job(ws):
    from rl_fakes import tiny_setup

    from lab.config import DPOConfig
    from lab.jobs import dpo

    return dpo.run(ws, preset(DPOConfig, "tiny", max_steps=6, eval_every=100, checkpoint_every=100), RUN,
                   setup=tiny_setup(), evaluate=False)


def ppo_job(ws):
    from rl_fakes import tiny_setup

    from lab.config import PPOConfig
    from lab.jobs import ppo

    return ppo.run(ws, preset(PPOConfig, "tiny", max_steps=3), RUN, setup=tiny_setup(), evaluate=False)


@pytest.mark.parametrize(("stage", "job", "stop"), [("dpo", dpo_job, 3), ("ppo", ppo_job, 1)])
def test_the_alignment_stages_resume_exactly_too(tmp_path, stage, job, stop):
    from lab.workspace import Workspace

    stopped, straight = Workspace(tmp_path / "stopped"), Workspace(tmp_path / "straight")
    for event in (run := job(stopped)):
        if isinstance(event, Metrics) and event.step == stop:
            break
    list([run.throw(StopRequested()), *run])
    list(job(stopped))
    list(job(straight))
    a, b = stopped.load_checkpoint(stage)[0], straight.load_checkpoint(stage)[0]
    assert all(torch.equal(a[k], b[k]) for k in a)  # the policy; PPO's value model and moments resume as well
