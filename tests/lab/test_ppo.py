"""RLHF with PPO on tiny fakes: what it reports, how it saves, stops, resumes and fails."""

import re
from pathlib import Path

import pytest
import torch
from rl_fakes import tiny_setup

from lab.config import PPOConfig, RunConfig, preset, validate
from lab.errors import LabError
from lab.events import Artifact, Checkpoint, Done, Metrics, Sample, StopRequested
from lab.jobs import ppo
from lab.reward_model import score_batch
from lab.rollout import Rollout
from lab.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
RUN = RunConfig(seed=0, threads=1)
DASHBOARD = ("reward/rm", "reward/true", "kl/ref", "policy/entropy", "policy/clip_frac", "loss/value",
             "response/length")


def tiny(**overrides):
    return preset(PPOConfig, "tiny", **overrides)


def test_ppo_runs_on_the_tiny_preset_and_reports_every_dashboard_metric(tmp_path):
    ws = Workspace(tmp_path)
    events = list(ppo.run(ws, tiny(), RUN, setup=tiny_setup()))
    training = [e for e in events if isinstance(e, Metrics) and "reward/rm" in e.values]
    assert [m.step for m in training] == [1, 2]
    assert all(k in training[-1].values for k in DASHBOARD)
    assert len([e for e in events if isinstance(e, Sample)]) == 2  # samples every iteration
    assert any(isinstance(e, Artifact) and e.kind == "ppo/samples" for e in events)
    done = events[-1]
    assert isinstance(done, Done) and not done.stopped
    assert {"eval/true_reward", "eval/rude_rate", "eval/kl_ref"} <= set(done.summary)
    from safetensors.torch import load_file

    state = load_file(str(ws.checkpoint_dir("ppo") / "optimizer.safetensors"))
    assert any(k.startswith("extra|value.") for k in state)  # the value model commits with the policy
    assert any(k.startswith("value.") and k.endswith("|exp_avg") for k in state)  # and its optimizer moments
    history = ws.read_metrics("ppo")
    assert "eval/true_reward" in history[-1].values
    assert (tmp_path / "experiences.jsonl").is_file()


def test_without_a_reward_model_ppo_offers_to_train_one(tmp_path):
    with pytest.raises(LabError, match="no reward model yet.*llm-lab reward"):
        list(ppo.run(Workspace(tmp_path), tiny(), RUN, setup=tiny_setup(reward=False)))


def test_an_empty_prompt_set_is_refused_with_what_to_do(tmp_path):
    setup = tiny_setup()
    setup.prompts = []
    with pytest.raises(LabError, match="prompt set is empty"):
        list(ppo.run(Workspace(tmp_path), tiny(), RUN, setup=setup))


def test_the_kl_penalty_is_in_every_tokens_reward_and_the_score_on_the_last(tmp_path):
    run = ppo.PPORun(Workspace(tmp_path), tiny(beta=0.5), RUN, tiny_setup())
    run.reward_norm = (1.0, 2.0)
    mask = torch.tensor([[0.0, 1.0, 1.0, 0.0]])
    ro = Rollout(["q"], ["a"], [True], torch.zeros(1, 5, dtype=torch.long), mask,
                 logp=torch.tensor([[0.0, -1.0, -2.0, 0.0]]), ref_logp=torch.tensor([[0.0, -1.5, -1.0, 0.0]]),
                 rm=torch.tensor([5.0]), true=torch.tensor([0.0]))
    # k1 = logp − ref = [0.5, −1.0] on the answer; normalised score (5 − 1) / 2 = 2 on the last token
    assert torch.allclose(run.rewards(ro), torch.tensor([[0.0, -0.25, 0.5 + 2.0, 0.0]]))


def test_stop_saves_and_a_second_run_resumes_where_it_stopped(tmp_path):
    ws = Workspace(tmp_path)
    cfg = tiny(max_steps=3)
    job = ppo.run(ws, cfg, RUN, setup=tiny_setup())
    for event in job:
        if isinstance(event, Metrics) and event.step == 1:
            break
    stopped = [job.throw(StopRequested()), *job]
    assert isinstance(stopped[0], Checkpoint) and stopped[-1].stopped
    assert ws.load_checkpoint("ppo")[1]["iteration"] == 1
    events = list(ppo.run(ws, cfg, RUN, setup=tiny_setup(), evaluate=False))
    steps = [m.step for m in ws.read_metrics("ppo")]
    assert steps == [1, 2, 3]
    assert events[-1].summary["step"] == 3.0


def test_a_diverging_run_stops_with_advice_and_keeps_the_last_good_checkpoint(tmp_path, monkeypatch):
    ws = Workspace(tmp_path)
    real_step, real_loss = ppo.PPORun.train_step, ppo.ppo_clip_loss

    def train_step(self):  # the second iteration's policy loss is NaN, and so are its gradients
        if self.step == 1:
            monkeypatch.setattr(ppo, "ppo_clip_loss", lambda *a: (real_loss(*a)[0] * float("nan"), torch.tensor(0.0)))
        return real_step(self)

    monkeypatch.setattr(ppo.PPORun, "train_step", train_step)
    with pytest.raises(LabError, match="diverged at step 2.*last good checkpoint"):
        list(ppo.run(ws, tiny(max_steps=3, checkpoint_every=1), RUN, setup=tiny_setup()))
    assert ws.load_checkpoint("ppo")[1]["iteration"] == 1


def test_sandbox_setting_is_the_one_the_docs_describe():
    described = "β = 0, knowledge prior off, temperature 0.6, learning rate 1e-4, 25 iterations"
    assert ppo.SANDBOX == {"beta": 0.0, "knowledge_prior": False, "temperature": 0.6, "lr": 1e-4, "max_steps": 25}
    assert f"`llm-lab ppo --workspace W --sandbox --fresh`: {described}" in " ".join(ppo.__doc__.split())
    assert f"`llm-lab ppo --workspace W --sandbox --fresh`: {described}" in (ROOT / "README.md").read_text()
    lesson_checks = re.findall(r"ppo\.step >= (\d+)", (ROOT / "lessons" / "en" / "10-rlhf.md").read_text())
    assert ppo.SANDBOX["max_steps"] >= max(map(int, lesson_checks))  # the lesson's sandbox step can be completed
    validate(preset(PPOConfig, "classroom", **ppo.SANDBOX))


def test_without_the_knowledge_prior_ppo_scores_with_the_reward_models_head_alone(tmp_path):
    setup = tiny_setup()
    setup.reward_model.knowledge_prior = True
    prompts, answers = setup.prompts[:3], ["yes.", "no.", "maybe."]
    head = score_batch(setup.reward_model, setup.tokenizer, prompts, answers, prior=False)
    full = score_batch(setup.reward_model, setup.tokenizer, prompts, answers)
    assert head != full
    for on, expected in ((False, head), (True, full)):
        scorer = ppo.PPORun(Workspace(tmp_path), tiny(knowledge_prior=on), RUN, setup).reward_scorer()
        assert scorer(prompts, answers) == expected


def test_cli_sandbox_flag_loads_the_documented_setting_and_flags_win():
    from lab.cli import build_parser
    from lab.commands.align import config_from

    cfg = config_from(build_parser().parse_args(["ppo", "--preset", "tiny", "--sandbox"]))
    assert {k: getattr(cfg, k) for k in ppo.SANDBOX} == ppo.SANDBOX
    cfg = config_from(build_parser().parse_args(["ppo", "--preset", "tiny", "--sandbox", "--beta", "0.3"]))
    assert cfg.beta == 0.3
