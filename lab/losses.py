"""Loss functions, each a small pure function named after its equation.

Pretraining needs only the language-model cross-entropy; the post-training stages
(SFT, reward model, DPO, PPO) add theirs here, one function per formula, saying
where they depart from the paper.
"""

# ruff: noqa: N812 - F is torch's own alias
from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor

from lab.fused_loss import softmax_cross_entropy

IGNORE = -100  # a target id that adds nothing to the loss (padding, masked prompt tokens)


def lm_cross_entropy(logits: Tensor, targets: Tensor, ignore_index: int = IGNORE) -> Tensor:
    """L = −(1/N) Σₜ log softmax(logitsₜ)[targetₜ], averaged over the N counted positions.

    `logits` (B, T, V) are the scores for the next token at each position, `targets`
    (B, T) the tokens that actually came next. In nats per token; divide by ln 2 for bits.
    """
    flat, goal = logits.reshape(-1, logits.size(-1)), targets.reshape(-1)
    if flat.device.type == "cpu" and flat.dtype == torch.float32:  # the same value with less memory traffic
        return softmax_cross_entropy(flat, goal, ignore_index)
    return F.cross_entropy(flat, goal, ignore_index=ignore_index)


# --- RLHF: DPO, PPO, GAE, KL estimators, GRPO, offline RL (issue 6) ----------------------
# Per-token tensors below are (B, T) over the positions of a batch; `mask` (B, T) is 1.0
# on response tokens (the actions) and 0.0 on prompt and padding positions.

def masked_mean(x: Tensor, mask: Tensor) -> Tensor:
    """Σ x·mask / Σ mask: the mean over the counted positions only (0 when none count)."""
    return (x * mask).sum() / mask.sum().clamp(min=1.0)


def whiten(x: Tensor, mask: Tensor, eps: float = 1e-8) -> Tensor:
    """(x − mean) / std over the counted positions, as PPO implementations do with advantages.

    The std is the *population* one (divide by n, no Bessel correction), where TRL's
    `masked_whiten` uses the sample one (n − 1). With the hundreds of tokens of a PPO
    batch the two differ by well under 1 %; the population std keeps the whitened values
    at exactly unit variance and never divides by zero for a single counted position.
    """
    mean = masked_mean(x, mask)
    var = masked_mean((x - mean) ** 2, mask)
    return (x - mean) * (var + eps).rsqrt() * mask


def dpo_loss(policy_chosen: Tensor, policy_rejected: Tensor, ref_chosen: Tensor, ref_rejected: Tensor,
             beta: float) -> tuple[Tensor, Tensor, Tensor]:
    """DPO (Rafailov et al. 2023, eq. 7): L = −log σ(β·[log πθ/π_ref (y_w|x) − log πθ/π_ref (y_l|x)]).

    Inputs are the summed log-probabilities of each whole answer, (B,) each: `chosen`
    is y_w, `rejected` y_l. Returns the mean loss and the implicit rewards
    β·(log πθ − log π_ref) of the chosen and rejected answers, (B,) each and detached
    (TRL's `rewards/chosen`, `rewards/rejected`). As the paper, no label smoothing.
    """
    chosen = beta * (policy_chosen - ref_chosen)  # (B,)
    rejected = beta * (policy_rejected - ref_rejected)  # (B,)
    loss = -F.logsigmoid(chosen - rejected).mean()
    return loss, chosen.detach(), rejected.detach()


def chosen_nll(policy_chosen: Tensor, chosen_lengths: Tensor) -> Tensor:
    """RPO's extra term (Pang et al. 2024, "Iterative Reasoning Preference Optimization").

    L_NLL = −(1/B) Σᵢ log πθ(y_w,i|x) / |y_w,i|: the negative log-likelihood of each chosen
    answer per token, averaged over the batch. Added to DPO with a weight α
    (`DPOConfig.rpo_alpha`; TRL's `rpo_alpha`), it keeps the chosen answers likely while
    the DPO term separates them from the rejected ones. `policy_chosen` (B,) summed
    log-probabilities, `chosen_lengths` (B,) token counts.

    Normalisation differs from TRL: we divide each answer by its own length and then
    average the answers, so a short chosen answer ("No lo sé.") weighs as much as a long
    one; TRL's `rpo_alpha` term averages the cross-entropy over all chosen tokens of the
    batch together, so long answers weigh more. With answers of similar lengths the two
    agree; ours is the paper's per-answer form (Pang et al. 2024, eq. 1, |y_w| inside).
    """
    return -(policy_chosen / chosen_lengths.clamp(min=1)).mean()


def ppo_clip_loss(logp: Tensor, old_logp: Tensor, advantages: Tensor, mask: Tensor,
                  clip: float = 0.2) -> tuple[Tensor, Tensor]:
    """PPO's clipped surrogate (Schulman et al. 2017, eq. 7), as a loss to minimise.

    ρₜ = exp(log πθ(aₜ) − log π_old(aₜ)),  L = −E[min(ρₜ·Aₜ, clip(ρₜ, 1 − ε, 1 + ε)·Aₜ)].
    The expectation is the mean over every response token of the batch (token-level,
    as most RLHF code does; the paper's timesteps are our tokens). Returns the loss and
    the share of tokens whose ratio was clipped (`policy/clip_frac`).
    """
    ratio = (logp - old_logp).exp()  # (B, T)
    unclipped = ratio * advantages
    clipped = ratio.clamp(1.0 - clip, 1.0 + clip) * advantages
    loss = -masked_mean(unclipped.minimum(clipped), mask)
    clip_frac = masked_mean(((ratio - 1.0).abs() > clip).float(), mask)
    return loss, clip_frac.detach()


def value_loss(values: Tensor, old_values: Tensor, returns: Tensor, mask: Tensor,
               clip: float = 0.2) -> Tensor:
    """The value head's clipped squared error: ½·E[max((V − R)², (clip(V, V_old ± ε) − R)²)].

    Not in the PPO paper's equations: it is the value clipping of OpenAI's baselines,
    which InstructGPT-style RLHF code keeps. `returns` R are GAE's targets.
    """
    clipped = old_values + (values - old_values).clamp(-clip, clip)
    worst = ((values - returns) ** 2).maximum((clipped - returns) ** 2)
    return 0.5 * masked_mean(worst, mask)


def gae(rewards: Tensor, values: Tensor, mask: Tensor, gamma: float = 1.0, lam: float = 0.95) -> tuple[Tensor, Tensor]:
    """Generalized advantage estimation (Schulman et al. 2016, eq. 16): advantages and returns, (B, T) each.

    δₜ = rₜ + γ·V(sₜ₊₁) − V(sₜ),  Âₜ = δₜ + γλ·Âₜ₊₁,  returns Rₜ = Âₜ + V(sₜ).
    After an answer's last token the episode ends: V = 0 there and nothing flows back
    from padding. The mask must be one contiguous run of ones per row.
    """
    advantages = rewards.new_zeros(rewards.shape)
    next_value = rewards.new_zeros(rewards.shape[0])  # (B,)
    next_adv = rewards.new_zeros(rewards.shape[0])
    for t in reversed(range(rewards.size(1))):
        m = mask[:, t]
        delta = rewards[:, t] + gamma * next_value - values[:, t]
        adv = (delta + gamma * lam * next_adv) * m
        advantages[:, t] = adv
        next_value, next_adv = values[:, t] * m, adv
    return advantages, (advantages + values) * mask


def kl_k1(logp: Tensor, ref_logp: Tensor) -> Tensor:
    """k1 = log π(a) − log π_ref(a), per token: unbiased for KL(π‖π_ref) on samples of π, but noisy and can be < 0.

    Schulman, "Approximating KL divergence" (2020). InstructGPT's per-token penalty.
    """
    return logp - ref_logp


def kl_k3(logp: Tensor, ref_logp: Tensor) -> Tensor:
    """k3 = (r − 1) − log r with r = π_ref(a) / π(a), per token: unbiased, never negative, less noisy.

    Schulman (2020); the estimator GRPO puts in its loss (DeepSeekMath, eq. 4).
    """
    log_r = ref_logp - logp
    return log_r.expm1() - log_r


def group_advantages(rewards: Tensor, eps: float = 1e-4) -> Tensor:
    """GRPO's group-relative advantage (Shao et al. 2024, DeepSeekMath §4.1.2): (r − mean) / (std + ε).

    `rewards` is (G, n): n answers to each of G prompts. Every token of an answer gets
    its answer's advantage (outcome supervision). A group whose answers all score the
    same teaches nothing: its advantages are 0.

    The std is the *population* one (divide by n): DeepSeekMath writes std(r) without
    saying which, and TRL uses torch's default, the sample std (n − 1). With a group of 4
    the sample std is √(4/3) ≈ 1.15 times larger, so TRL's advantages are about 13 %
    smaller; the difference is a constant rescaling that the learning rate absorbs, and
    the population std is what "how far from the group's mean, in the group's own
    spread" says for a group that is the whole population of answers we have.
    """
    mean = rewards.mean(dim=1, keepdim=True)
    std = rewards.std(dim=1, keepdim=True, unbiased=False)
    return (rewards - mean) / (std + eps)


def grpo_loss(logp: Tensor, old_logp: Tensor, ref_logp: Tensor, advantages: Tensor, mask: Tensor,
              clip: float = 0.2, beta: float = 0.04) -> tuple[Tensor, Tensor, Tensor]:
    """GRPO (DeepSeekMath, eq. 3): PPO's clipped surrogate with group advantages, plus β·KL in the loss.

    Unlike PPO-RLHF, the KL to the reference is a loss term (estimator k3), not a reward
    penalty, and there is no value model. Aggregation: the loss is the mean over every
    answer token of the batch (sum over tokens / number of tokens), which is TRL's
    `loss_type="bnpo"` (and `"dapo"`, which normalises by the same token count over the
    whole batch); not the paper's mean per answer and then per group (TRL's `"grpo"`,
    which favours short wrong answers and long right ones), and not Dr. GRPO (which
    divides by a constant, the largest possible length, instead of the tokens present).
    Returns (loss, clip_frac, mean k3).
    """
    surrogate, clip_frac = ppo_clip_loss(logp, old_logp, advantages, mask, clip)
    kl = masked_mean(kl_k3(logp, ref_logp), mask)
    return surrogate + beta * kl, clip_frac, kl.detach()


def reward_weights(rewards: Tensor, temperature: float = 1.0, keep_fraction: float = 1.0) -> Tensor:
    """Weights for offline RL, (N,) with mean 1 over the kept experiences.

    Reward-weighted regression (Peters & Schaal 2007): w ∝ exp(r / τ). With
    `keep_fraction` < 1, only the best share of experiences keeps any weight, which is
    filtered behavioural cloning (as in ReST, Gulcehre et al. 2023); τ → ∞ with a filter
    gives plain filtered BC.
    """
    n = rewards.numel()
    keep = rewards.new_ones(rewards.shape).bool()
    if keep_fraction < 1.0:
        k = max(1, int(round(n * keep_fraction)))
        keep = keep.logical_not().scatter(0, rewards.topk(k).indices, True)
    logits = (rewards - rewards[keep].max()) / temperature
    w = logits.exp() * keep
    return w * keep.sum() / w.sum()


def weighted_nll(token_logp: Tensor, mask: Tensor, weights: Tensor) -> Tensor:
    """Σᵢ wᵢ · NLLᵢ / N: each answer's mean negative log-likelihood per token, weighted.

    `token_logp` (B, T) log-probabilities of the answer tokens, `weights` (B,).
    """
    per_answer = -(token_logp * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)  # (B,)
    return (weights * per_answer).mean()


# --- SFT and the reward model (issue 5) -----------------------------------------------

def masked_lm_loss(logits: Tensor, targets: Tensor, mask: Tensor) -> Tensor:
    """SFT loss: L = Σₜ mₜ · (−log softmax(logitsₜ)[targetₜ]) / Σₜ mₜ, with mₜ ∈ {0, 1}.

    The language-model loss over the positions the mask keeps (the assistant's answer
    and its end token), averaged over those positions only, so the user's question
    and the padding add nothing. `logits` (B, T, V), `targets` and `mask` (B, T);
    targets under a zero mask are never read and may be anything, IGNORE included.
    """
    keep = mask.to(logits.dtype)  # (B, T)
    safe = targets.masked_fill(keep == 0, 0)  # any valid id where the mask is off
    nll = F.cross_entropy(logits.reshape(-1, logits.size(-1)), safe.reshape(-1), reduction="none")  # (B·T,)
    return (nll * keep.reshape(-1)).sum() / keep.sum().clamp_min(1.0)


def bradley_terry_loss(r_chosen: Tensor, r_rejected: Tensor) -> Tensor:
    """Reward-model loss: L = −mean log σ(r_chosen − r_rejected) (Bradley–Terry, 1952; InstructGPT).

    Under Bradley–Terry, P(chosen ≻ rejected) = σ(r_chosen − r_rejected); the loss is the
    negative log-likelihood of the human's choices, so only the difference of the two
    scores matters. `r_chosen`, `r_rejected` (B,) are the scalar scores of each pair.
    """
    return -F.logsigmoid(r_chosen - r_rejected).mean()
