"""DPO on tiny fakes: the dashboard's numbers, the RPO term, the margin growing, bad input."""

import math

import pytest
from rl_fakes import tiny_setup

from lab.config import DPOConfig, RunConfig, preset
from lab.errors import LabError
from lab.events import Done, Metrics, StopRequested
from lab.jobs import dpo
from lab.workspace import Workspace

RUN = RunConfig(seed=0, threads=1)
DASHBOARD = ("loss/train", "rewards/chosen", "rewards/rejected", "rewards/margins", "rewards/accuracy")


def test_dpo_runs_on_the_tiny_preset_and_reports_the_dashboard(tmp_path):
    ws = Workspace(tmp_path)
    events = list(dpo.run(ws, preset(DPOConfig, "tiny"), RUN, setup=tiny_setup()))
    metrics = [e for e in events if isinstance(e, Metrics)]
    steps = [m for m in metrics if "loss/train" in m.values]
    assert [m.step for m in steps] == [1, 2, 3, 4]
    assert all(k in steps[0].values for k in DASHBOARD)
    evals = [m for m in metrics if "kl/ref" in m.values]
    assert [m.step for m in evals] == [0, 2, 4]
    assert {"reward/true", "reward/rm"} <= set(evals[0].values)
    assert isinstance(events[-1], Done) and {"eval/true_reward", "eval/kl_ref"} <= set(events[-1].summary)
    assert ws.has_checkpoint("dpo")


def test_first_step_loss_of_plain_dpo_is_log_two_since_the_policy_starts_as_the_reference(tmp_path):
    events = list(dpo.run(Workspace(tmp_path), preset(DPOConfig, "tiny", max_steps=1, rpo_alpha=0.0), RUN,
                          setup=tiny_setup(), evaluate=False))
    first = next(e for e in events if isinstance(e, Metrics) and "loss/train" in e.values)
    assert first.values["loss/train"] == pytest.approx(0.6931, abs=1e-3)
    assert first.values["rewards/margins"] == pytest.approx(0.0, abs=1e-5)


def test_rpo_adds_alpha_times_the_chosen_answers_nll_to_the_first_step_loss(tmp_path):
    events = list(dpo.run(Workspace(tmp_path), preset(DPOConfig, "tiny", max_steps=1, rpo_alpha=0.5), RUN,
                          setup=tiny_setup(), evaluate=False))
    first = next(e for e in events if isinstance(e, Metrics) and "loss/train" in e.values).values
    assert first["nll/chosen"] > 0
    assert first["loss/train"] == pytest.approx(math.log(2) + 0.5 * first["nll/chosen"], abs=1e-5)


def test_the_margin_grows_with_training(tmp_path):
    cfg = preset(DPOConfig, "tiny", max_steps=12, lr=3e-3, beta=0.5, eval_every=100)
    events = list(dpo.run(Workspace(tmp_path), cfg, RUN, setup=tiny_setup(), evaluate=False))
    margins = [e.values["rewards/margins"] for e in events if isinstance(e, Metrics) and "loss/train" in e.values]
    assert sum(margins[-3:]) / 3 > margins[0] + 0.1


def test_no_pairs_is_refused_with_what_to_do(tmp_path):
    setup = tiny_setup()
    setup.pairs = []
    with pytest.raises(LabError, match="no preference pairs.*Preferences page"):
        list(dpo.run(Workspace(tmp_path), preset(DPOConfig, "tiny"), RUN, setup=setup))


def test_stop_saves_and_resume_continues(tmp_path):
    ws = Workspace(tmp_path)
    cfg = preset(DPOConfig, "tiny", eval_every=100)
    job = dpo.run(ws, cfg, RUN, setup=tiny_setup(), evaluate=False)
    for event in job:
        if isinstance(event, Metrics) and event.step == 2 and "loss/train" in event.values:
            break
    rest = [job.throw(StopRequested()), *job]
    assert rest[-1].stopped and ws.load_checkpoint("dpo")[1]["step"] == 2
    list(dpo.run(ws, cfg, RUN, setup=tiny_setup(), evaluate=False))
    steps = [m.step for m in ws.read_metrics("dpo") if "loss/train" in m.values]
    assert steps == [1, 2, 3, 4]
