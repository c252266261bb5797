"""Best-of-N: the analytic KL, the pick, and the job on tiny fakes."""

import math

import pytest
from rl_fakes import tiny_setup

from lab import align, bon_results
from lab.config import BestOfNConfig, RunConfig, preset
from lab.errors import LabError
from lab.events import Done, Metrics
from lab.jobs import best_of_n
from lab.jobs.best_of_n import Candidate, analytic_kl, n_values, pick
from lab.workspace import Workspace

RUN = RunConfig(seed=0, threads=1)


def test_analytic_kl_is_log_n_minus_n_minus_one_over_n():
    assert analytic_kl(1) == 0.0
    assert analytic_kl(2) == pytest.approx(math.log(2) - 0.5)
    assert analytic_kl(8) == pytest.approx(2.0794415 - 0.875)
    assert all(analytic_kl(n + 1) > analytic_kl(n) for n in range(1, 64))


def test_n_values_double_up_to_the_largest():
    assert n_values(16) == [1, 2, 4, 8, 16]
    assert n_values(12) == [1, 2, 4, 8, 12]
    assert n_values(1) == [1]


def test_pick_is_the_reward_models_favourite_among_the_first_n():
    cands = [Candidate("a", True, 0.1, 0.0), Candidate("b", True, 0.7, -1.0), Candidate("c", True, 0.9, 1.0)]
    assert pick(cands, 1) == 0
    assert pick(cands, 2) == 1
    assert pick(cands) == 2


def test_best_of_n_job_reports_reward_against_n_with_the_analytic_kl(tmp_path):
    ws = Workspace(tmp_path)
    events = list(best_of_n.run(ws, preset(BestOfNConfig, "tiny"), RUN, setup=tiny_setup()))
    by_n = [e for e in events if isinstance(e, Metrics) and "reward/rm" in e.values]
    assert [m.step for m in by_n] == [1, 2, 4]
    assert [m.values["kl/ref"] for m in by_n] == [analytic_kl(n) for n in (1, 2, 4)]
    rm = [m.values["reward/rm"] for m in by_n]
    assert rm == sorted(rm)  # the best of more answers is never worse in the reward model's eyes
    done = events[-1]
    assert isinstance(done, Done)
    assert done.summary["eval/kl_ref"] == pytest.approx(analytic_kl(2))
    assert {"eval/true_reward", "eval/rude_rate", "eval/format_rate"} <= set(done.summary)
    results = bon_results.load_results(ws)
    assert results["examples"] and len(results["examples"][0]["answers"]) == 4
    assert "eval/true_reward" in ws.read_metrics("bon")[-1].values


def test_best_of_n_without_reward_model_offers_to_train_one(tmp_path):
    with pytest.raises(LabError, match="no reward model yet"):
        list(best_of_n.run(Workspace(tmp_path), preset(BestOfNConfig, "tiny"), RUN, setup=tiny_setup(reward=False)))


def test_best_of_n_for_one_prompt_returns_n_scored_answers_and_the_pick():
    s = tiny_setup()
    cands, chosen = best_of_n.best_of_n(s.policy, s.tokenizer, s.reward_model, s.judge, "what is 1?", 3,
                                        max_new_tokens=4)
    assert len(cands) == 3 and cands[chosen].rm == max(c.rm for c in cands)


def test_best_of_n_keeps_no_experiences_from_the_evaluation_probes(tmp_path):
    ws = Workspace(tmp_path)
    list(best_of_n.run(ws, preset(BestOfNConfig, "tiny"), RUN, setup=tiny_setup()))
    assert align.read_experiences(ws) == []  # offline RL must never train on the questions it is scored on
