"""Rollouts: the policy answers a batch of prompts, and everything RL needs is measured.

Shared by PPO and GRPO. The policy samples answers in the chat template (prompts of
equal length advance together through one KV cache, `lab.evaluate.generate_batch`);
one forward pass of the policy and one of the frozen reference then give every answer
token's log-probability under both; the reward model scores each whole answer; and the
rubric ("the human") scores it too, for the dashboards only: the policy never sees it.

Layout: a rollout is one right-padded batch `ids` (B, T) of prompt + answer tokens
(padding after the end never changes earlier positions under causal attention).
Per-token tensors are (B, T − 1): position t concerns token t + 1, whose log-probability
comes from the logits at t and whose state's value is read at t. `mask` is 1.0 on
answer tokens. Log-probabilities are taken at the sampling temperature, as TRL does,
so the policy being optimised is exactly the one that sampled.
"""

# ruff: noqa: N812 - F is torch's own alias
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import Tensor

from lab import chat
from lab.evaluate import generate_batch
from lab.losses import kl_k1
from lab.model import GPT

Scorer = Callable[[Sequence[str], Sequence[str]], list[float]]  # (prompts, answers) → one score each


@dataclass
class Rollout:
    """A batch of sampled answers with their log-probabilities and rewards."""

    prompts: list[str]
    answers: list[str]
    ended: list[bool]  # the answer closed with <|end|> before the length limit
    ids: Tensor  # (B, T) prompt + answer token ids, right-padded
    mask: Tensor  # (B, T-1) 1.0 where token t+1 is an answer token
    logp: Tensor  # (B, T-1) log π_old(token t+1), the policy that sampled
    ref_logp: Tensor  # (B, T-1) log π_ref(token t+1), the frozen SFT model
    rm: Tensor  # (B,) the reward model's score of each answer
    true: Tensor  # (B,) the rubric's total, never given to the policy

    @property
    def lengths(self) -> Tensor:
        return self.mask.sum(dim=1)  # (B,) answer tokens

    def kl(self) -> Tensor:
        """(B,) KL of each whole answer to the reference: Σₜ k1 over its tokens (nats per answer)."""
        return (kl_k1(self.logp, self.ref_logp) * self.mask).sum(dim=1)

    def last_index(self) -> Tensor:
        """(B,) the per-token position of each answer's last token."""
        return (self.mask * torch.arange(self.mask.size(1))).argmax(dim=1)

    def select(self, rows: Tensor) -> Rollout:
        """The rollout restricted to `rows` (a minibatch)."""
        pick = rows.tolist()
        return Rollout([self.prompts[i] for i in pick], [self.answers[i] for i in pick],
                       [self.ended[i] for i in pick], self.ids[rows], self.mask[rows], self.logp[rows],
                       self.ref_logp[rows], self.rm[rows], self.true[rows])


def pad_batch(prompts: Sequence[Sequence[int]], answers: Sequence[Sequence[int]],
              pad_id: int = 0) -> tuple[Tensor, Tensor]:
    """Prompt + answer rows right-padded into ids (B, T), and the answer mask (B, T−1)."""
    width = max(len(p) + len(a) for p, a in zip(prompts, answers, strict=True))
    ids = torch.full((len(prompts), width), pad_id, dtype=torch.long)
    mask = torch.zeros(len(prompts), width - 1)
    for b, (p, a) in enumerate(zip(prompts, answers, strict=True)):
        ids[b, : len(p) + len(a)] = torch.tensor([*p, *a], dtype=torch.long)
        mask[b, len(p) - 1: len(p) + len(a) - 1] = 1.0
    return ids, mask


def token_logprobs(model: GPT, ids: Tensor, temperature: float = 1.0,
                   with_entropy: bool = False) -> tuple[Tensor, Tensor | None]:
    """log p(token t+1 | tokens ≤ t) for every position, (B, T−1); and the entropy there if asked."""
    logits = model(ids.to(model.device)).logits[:, :-1].float() / temperature  # (B, T-1, V)
    logprobs = F.log_softmax(logits, dim=-1)
    chosen = logprobs.gather(-1, ids[:, 1:, None].to(logits.device)).squeeze(-1)  # (B, T-1)
    entropy = -(logprobs.exp() * logprobs).sum(-1) if with_entropy else None
    return chosen, entropy


def values_of(value_model: GPT, ids: Tensor) -> Tensor:
    """(B, T−1) the value model's estimate of the reward to come, before each token t+1."""
    return value_model(ids.to(value_model.device), with_logits=False).values[:, :-1].float()


def sample(policy: GPT, tokenizer: chat.ChatTokenizer, prompts: Sequence[str], max_new_tokens: int,
           temperature: float, seed: int) -> tuple[list[list[int]], list[list[int]]]:
    """(prompt ids, answer ids) for each prompt; an answer keeps its closing <|end|> when it wrote one."""
    prompt_rows = [chat.prompt_ids(tokenizer, p) for p in prompts]
    block = policy.cfg.block_size
    prompt_rows = [row[-(block - 1):] for row in prompt_rows]  # leave room for at least one token
    answer_rows = generate_batch(policy, prompt_rows, max_new_tokens, temperature, (tokenizer.end_id,), seed)
    return prompt_rows, [row or [tokenizer.end_id] for row in answer_rows]


@torch.no_grad()
def collect(policy: GPT, ref: GPT, tokenizer: chat.ChatTokenizer, prompts: Sequence[str], reward: Scorer,
            judge: Scorer, max_new_tokens: int, temperature: float = 1.0, seed: int = 0) -> Rollout:
    """Sample an answer to each prompt (repeat a prompt for several answers), then measure them all."""
    prompt_rows, answer_rows = sample(policy, tokenizer, prompts, max_new_tokens, temperature, seed)
    ids, mask = pad_batch(prompt_rows, answer_rows, tokenizer.end_id)
    logp, _ = token_logprobs(policy, ids, temperature)
    ref_logp, _ = token_logprobs(ref, ids, temperature)
    texts, ended = zip(*(chat.answer_text(tokenizer, row) for row in answer_rows), strict=True)
    rm = torch.tensor(reward(prompts, texts), dtype=torch.float32)
    true = torch.tensor(judge(prompts, texts), dtype=torch.float32)
    return Rollout(list(prompts), list(texts), list(ended), ids, mask, logp.cpu(), ref_logp.cpu(), rm, true)


@torch.no_grad()
def kl_to_reference(policy: GPT, ref: GPT, tokenizer: chat.ChatTokenizer, prompts: Sequence[str],
                    max_new_tokens: int, samples: int = 2, seed: int = 0) -> float:
    """KL(π‖π_ref) per answer in nats, estimated on answers sampled from π at temperature 1 (k1, summed).

    `eval/kl_ref`: how far a tuned model has moved from the SFT model on the probes, on
    the same scale as Best-of-N's analytic KL.
    """
    repeated = [p for p in prompts for _ in range(samples)]
    prompt_rows, answer_rows = sample(policy, tokenizer, repeated, max_new_tokens, 1.0, seed)
    ids, mask = pad_batch(prompt_rows, answer_rows, tokenizer.end_id)
    was_training = policy.training
    policy.eval()
    try:
        logp, _ = token_logprobs(policy, ids)
        ref_logp, _ = token_logprobs(ref, ids)
    finally:
        policy.train(was_training)
    return float((kl_k1(logp.cpu(), ref_logp.cpu()) * mask).sum(dim=1).mean())


def rm_scorer(reward_model: GPT, tokenizer: chat.ChatTokenizer, prior: bool = True) -> Scorer:
    """The reward model as a scorer of (prompts, answers); `prior=False`: its learned head alone."""
    from lab.reward_model import score_batch

    return lambda prompts, answers: score_batch(reward_model, tokenizer, prompts, answers, prior)


def judge_scorer(judge: Callable) -> Scorer:
    """A rubric `judge(prompt, answer) -> Judgement` (or RubricScore) as a scorer of totals."""
    return lambda prompts, answers: [float(judge(p, a).total) for p, a in zip(prompts, answers, strict=True)]
