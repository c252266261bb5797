"""GRPO on tiny fakes: groups of answers, no value model, the KL in the loss."""

import random

from rl_fakes import tiny_setup

from lab.config import GRPOConfig, RunConfig, preset
from lab.events import Done, Metrics
from lab.jobs import grpo
from lab.workspace import Workspace

RUN = RunConfig(seed=0, threads=1)


def test_grpo_runs_on_the_tiny_preset_without_a_value_model(tmp_path):
    ws = Workspace(tmp_path)
    events = list(grpo.run(ws, preset(GRPOConfig, "tiny"), RUN, setup=tiny_setup()))
    training = [e for e in events if isinstance(e, Metrics) and "reward/rm" in e.values]
    assert [m.step for m in training] == [1, 2]
    assert {"reward/rm", "reward/true", "kl/ref", "kl/k3", "policy/entropy", "reward/group_std"} <= set(
        training[-1].values)
    assert isinstance(events[-1], Done) and "eval/kl_ref" in events[-1].summary
    assert ws.has_checkpoint("grpo")
    from safetensors.torch import load_file

    assert not any(k.startswith(("extra|", "value.")) for k in load_file(str(ws.checkpoint_dir("grpo") /
                                                                            "optimizer.safetensors")))


def test_each_prompt_is_answered_by_a_whole_group_side_by_side(tmp_path):
    run = grpo.GRPORun(Workspace(tmp_path), preset(GRPOConfig, "tiny", prompts_per_iter=2, group_size=3), RUN,
                       tiny_setup())
    prompts = run.batch_prompts(random.Random(0))
    assert len(prompts) == 6
    assert prompts[0] == prompts[1] == prompts[2] and prompts[3] == prompts[4] == prompts[5]


def test_same_seed_same_grpo_run(tmp_path):
    first = list(grpo.run(Workspace(tmp_path / "a"), preset(GRPOConfig, "tiny"), RUN, setup=tiny_setup(),
                          evaluate=False))
    second = list(grpo.run(Workspace(tmp_path / "b"), preset(GRPOConfig, "tiny"), RUN, setup=tiny_setup(),
                           evaluate=False))
    values = [{k: v for k, v in e.values.items() if not k.startswith("time/")}
              for e in first if isinstance(e, Metrics)]
    again = [{k: v for k, v in e.values.items() if not k.startswith("time/")}
             for e in second if isinstance(e, Metrics)]
    assert values == again
