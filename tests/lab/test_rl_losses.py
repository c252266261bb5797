"""The RLHF losses against hand computation on small exact tensors."""

import math

import pytest
import torch

from lab.losses import (
    chosen_nll,
    dpo_loss,
    gae,
    group_advantages,
    grpo_loss,
    kl_k1,
    kl_k3,
    masked_mean,
    ppo_clip_loss,
    reward_weights,
    value_loss,
    weighted_nll,
    whiten,
)


def test_dpo_loss_matches_minus_log_sigmoid_of_the_margin():
    # margin = 0.5·[(−1 − −2) − (−3 − −2.5)] = 0.5·[1 − (−0.5)] = 0.75
    loss, chosen, rejected = dpo_loss(torch.tensor([-1.0]), torch.tensor([-3.0]),
                                      torch.tensor([-2.0]), torch.tensor([-2.5]), beta=0.5)
    assert loss.item() == pytest.approx(math.log(1 + math.exp(-0.75)))
    assert chosen.item() == pytest.approx(0.5) and rejected.item() == pytest.approx(-0.25)


def test_dpo_loss_is_log_2_when_policy_equals_reference():
    logps = torch.tensor([-4.0, -7.0])
    loss, chosen, rejected = dpo_loss(logps, logps + 1, logps, logps + 1, beta=0.1)
    assert loss.item() == pytest.approx(math.log(2))
    assert torch.equal(chosen, torch.zeros(2)) and torch.equal(rejected, torch.zeros(2))


def test_dpo_margin_can_rise_while_the_chosen_reward_falls():
    ref_c, ref_r = torch.tensor([-5.0]), torch.tensor([-5.0])
    before, *_ = dpo_loss(ref_c, ref_r, ref_c, ref_r, beta=1.0)
    after, chosen, rejected = dpo_loss(ref_c - 1, ref_r - 4, ref_c, ref_r, beta=1.0)
    assert chosen.item() < 0 and after < before


def test_chosen_nll_is_the_mean_per_token_negative_log_likelihood_of_the_chosen_answers():
    # answers of 4 and 2 tokens with summed log-probabilities −2 and −3: (2/4 + 3/2) / 2 = 1.0
    nll = chosen_nll(torch.tensor([-2.0, -3.0]), torch.tensor([4.0, 2.0]))
    assert nll.item() == pytest.approx(1.0)


def test_ppo_clip_loss_by_hand():
    logp = torch.log(torch.tensor([[1.5, 0.5, 1.1]]))  # ratios 1.5, 0.5, 1.1 against old log-probs of 0
    old = torch.zeros(1, 3)
    adv = torch.tensor([[2.0, -1.0, 1.0]])
    mask = torch.ones(1, 3)
    loss, clip_frac = ppo_clip_loss(logp, old, adv, mask, clip=0.2)
    # min(1.5·2, 1.2·2) = 2.4; min(0.5·−1, 0.8·−1) = −0.8; min(1.1·1, 1.1·1) = 1.1
    assert loss.item() == pytest.approx(-(2.4 - 0.8 + 1.1) / 3)
    assert clip_frac.item() == pytest.approx(2 / 3)


def test_ppo_clip_loss_ignores_masked_positions():
    logp = torch.tensor([[0.0, 5.0]])
    loss, clip_frac = ppo_clip_loss(logp, torch.zeros(1, 2), torch.tensor([[1.0, 100.0]]), torch.tensor([[1.0, 0.0]]))
    assert loss.item() == pytest.approx(-1.0) and clip_frac.item() == 0.0


def test_ppo_gradient_vanishes_once_the_ratio_is_clipped_in_the_advantage_direction():
    logp = torch.tensor([[math.log(1.5)]], requires_grad=True)
    loss, _ = ppo_clip_loss(logp, torch.zeros(1, 1), torch.tensor([[1.0]]), torch.ones(1, 1), clip=0.2)
    loss.backward()
    assert logp.grad.item() == 0.0


def test_value_loss_takes_the_worse_of_clipped_and_unclipped():
    values, old, returns = torch.tensor([[1.0, 0.0]]), torch.tensor([[0.0, 0.0]]), torch.tensor([[0.0, 1.0]])
    # position 0: (1 − 0)² = 1 vs (0.2 − 0)² = 0.04 → 1; position 1: (0 − 1)² = 1 both → 1
    assert value_loss(values, old, returns, torch.ones(1, 2), clip=0.2).item() == pytest.approx(0.5 * (1 + 1) / 2)


def test_gae_by_hand_with_terminal_after_the_last_token():
    rewards = torch.tensor([[0.0, 0.0, 1.0, 9.0]])  # the 9 is padding
    values = torch.tensor([[0.5, 0.2, 0.4, 7.0]])
    mask = torch.tensor([[1.0, 1.0, 1.0, 0.0]])
    gamma, lam = 0.9, 0.5
    d2 = 1.0 - 0.4  # terminal: no next value
    d1 = 0.0 + gamma * 0.4 - 0.2
    d0 = 0.0 + gamma * 0.2 - 0.5
    a2 = d2
    a1 = d1 + gamma * lam * a2
    a0 = d0 + gamma * lam * a1
    adv, ret = gae(rewards, values, mask, gamma, lam)
    assert torch.allclose(adv, torch.tensor([[a0, a1, a2, 0.0]]))
    assert torch.allclose(ret, torch.tensor([[a0 + 0.5, a1 + 0.2, a2 + 0.4, 0.0]]))


def test_gae_with_lambda_one_and_gamma_one_gives_reward_to_go_minus_value():
    rewards = torch.tensor([[-0.1, -0.2, 2.0]])
    values = torch.tensor([[1.0, 0.5, 0.25]])
    adv, ret = gae(rewards, values, torch.ones(1, 3), gamma=1.0, lam=1.0)
    assert torch.allclose(ret, torch.tensor([[1.7, 1.8, 2.0]]))
    assert torch.allclose(adv, ret - values)


def test_gae_skips_prompt_positions_before_the_answer():
    rewards = torch.tensor([[5.0, 0.0, 1.0]])
    values = torch.tensor([[3.0, 0.0, 0.0]])
    adv, _ = gae(rewards, values, torch.tensor([[0.0, 1.0, 1.0]]), gamma=1.0, lam=1.0)
    assert torch.allclose(adv, torch.tensor([[0.0, 1.0, 1.0]]))


def test_kl_estimators_by_hand():
    logp, ref = torch.tensor([math.log(0.5)]), torch.tensor([math.log(0.25)])
    assert kl_k1(logp, ref).item() == pytest.approx(math.log(2))
    # r = π_ref / π = 0.5: (0.5 − 1) − log 0.5
    assert kl_k3(logp, ref).item() == pytest.approx(-0.5 + math.log(2))


def test_k3_is_never_negative_and_zero_when_equal():
    logp = torch.linspace(-5, 0, 11)
    assert (kl_k3(logp, logp.flip(0)) >= 0).all()
    assert torch.equal(kl_k3(logp, logp), torch.zeros(11))


def test_k1_and_k3_estimate_the_true_kl_on_samples():
    p = torch.tensor([0.6, 0.3, 0.1])
    q = torch.tensor([0.2, 0.5, 0.3])
    true_kl = (p * (p / q).log()).sum()
    draws = torch.multinomial(p, 200_000, replacement=True, generator=torch.Generator().manual_seed(0))
    logp, ref = p.log()[draws], q.log()[draws]
    assert kl_k1(logp, ref).mean().item() == pytest.approx(true_kl.item(), abs=0.01)
    assert kl_k3(logp, ref).mean().item() == pytest.approx(true_kl.item(), abs=0.01)


def test_group_advantages_by_hand():
    adv = group_advantages(torch.tensor([[1.0, 3.0], [2.0, 2.0]]), eps=0.0)
    assert torch.allclose(adv[0], torch.tensor([-1.0, 1.0]))
    adv = group_advantages(torch.tensor([[2.0, 2.0]]))
    assert torch.equal(adv, torch.zeros(1, 2))


def test_grpo_loss_adds_beta_times_k3():
    logp, old = torch.zeros(1, 2), torch.zeros(1, 2)
    ref = torch.log(torch.tensor([[0.5, 2.0]]))
    adv, mask = torch.tensor([[1.0, 1.0]]), torch.ones(1, 2)
    loss, clip_frac, kl = grpo_loss(logp, old, ref, adv, mask, clip=0.2, beta=0.1)
    k3 = ((0.5 - 1 - math.log(0.5)) + (2 - 1 - math.log(2))) / 2
    assert kl.item() == pytest.approx(k3)
    assert loss.item() == pytest.approx(-1.0 + 0.1 * k3)
    assert clip_frac.item() == 0.0


def test_masked_mean_and_whiten():
    x, mask = torch.tensor([[1.0, 3.0, 100.0]]), torch.tensor([[1.0, 1.0, 0.0]])
    assert masked_mean(x, mask).item() == 2.0
    assert torch.allclose(whiten(x, mask), torch.tensor([[-1.0, 1.0, 0.0]]), atol=1e-6)


def test_reward_weights_follow_exp_reward_over_temperature_with_mean_one():
    w = reward_weights(torch.tensor([0.0, math.log(3.0)]), temperature=1.0)
    assert torch.allclose(w, torch.tensor([0.5, 1.5]))


def test_reward_weights_filter_keeps_only_the_best_share():
    w = reward_weights(torch.tensor([0.1, 0.9, 0.5, 0.3]), temperature=1e6, keep_fraction=0.5)
    assert torch.allclose(w, torch.tensor([0.0, 1.0, 1.0, 0.0]), atol=1e-4)


def test_weighted_nll_weights_each_answers_mean_token_loss():
    token_logp = torch.tensor([[-1.0, -3.0], [-4.0, 0.0]])
    mask = torch.tensor([[1.0, 1.0], [1.0, 0.0]])
    loss = weighted_nll(token_logp, mask, torch.tensor([2.0, 0.5]))
    assert loss.item() == pytest.approx((2.0 * 2.0 + 0.5 * 4.0) / 2)
