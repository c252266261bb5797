"""GRPO: group-relative policy optimisation, PPO's sibling without a value model.

Shao et al. 2024 (DeepSeekMath), also used for DeepSeek-R1: the policy writes a group of
answers to each prompt; each answer's advantage is its reward-model score compared
with its group, (r − mean) / std, and every token of the answer shares it. No value
model has to learn what a prompt is worth: the group's mean is the baseline. The KL to
the SFT model is a term of the loss (β·k3, `lab.losses.grpo_loss`), not a penalty in
the reward as in PPO-RLHF. The rollout code is PPO's (`lab.rollout`, `lab.jobs.rl_loop`).

Where we depart from the paper: the loss averages over all answer tokens of the batch
rather than per answer then per group (Dr. GRPO's fix, so long answers gain no weight),
and each batch is reused for a few epochs with the whole batch as one minibatch.
"""

from __future__ import annotations

import random
from collections import defaultdict

from lab import align
from lab.config import GRPOConfig, RunConfig, validate
from lab.events import Job
from lab.jobs.rl_loop import PolicyRun, policy_job
from lab.losses import group_advantages, grpo_loss, masked_mean
from lab.rollout import token_logprobs
from lab.training import adamw
from lab.workspace import Workspace

STAGE = "grpo"


def run(workspace: Workspace, cfg: GRPOConfig, run_cfg: RunConfig = RunConfig(), *, resume: bool = True,
        setup: align.Setup | None = None, evaluate: bool = True) -> Job:
    """GRPO on the workspace's SFT model and reward model (or on `setup`)."""
    validate(cfg)
    validate(run_cfg)
    return policy_job(GRPORun, workspace, cfg, run_cfg, resume, setup, evaluate)


class GRPORun(PolicyRun):
    stage = STAGE

    def __init__(self, ws: Workspace, cfg: GRPOConfig, run_cfg: RunConfig, setup: align.Setup,
                 evaluate: bool = True) -> None:
        super().__init__(ws, cfg, run_cfg, setup, evaluate)
        self.optimizer = adamw(self.policy.parameters(), cfg.lr)

    def batch_prompts(self, rng: random.Random) -> list[str]:
        """`prompts_per_iter` prompts, each repeated `group_size` times side by side."""
        prompts = self.setup.prompts
        n = self.cfg.prompts_per_iter
        chosen = rng.sample(prompts, n) if n <= len(prompts) else [rng.choice(prompts) for _ in range(n)]
        return [p for p in chosen for _ in range(self.cfg.group_size)]

    def train_step(self) -> dict[str, float]:
        """One iteration: a group of answers per prompt, advantages relative to the group, then `epochs` updates
        of the clipped loss with its β·KL term on the whole batch."""
        cfg = self.cfg
        ro, values = self.collect()
        scores = group_advantages(ro.rm.view(-1, cfg.group_size)).flatten()  # (B,)
        advantages = scores[:, None] * ro.mask  # (B, T-1): every token of an answer shares its advantage
        stats: dict[str, list[float]] = defaultdict(list)
        for epoch in range(cfg.epochs):
            logp, entropy = token_logprobs(self.policy, ro.ids, cfg.temperature, with_entropy=epoch == 0)
            loss, clip_frac, kl = grpo_loss(logp, ro.logp, ro.ref_logp, advantages, ro.mask, cfg.clip, cfg.beta)
            self.optimizer_step(loss)
            stats["loss/policy"].append(float(loss.detach()))
            stats["policy/clip_frac"].append(float(clip_frac))
            stats["kl/k3"].append(float(kl))
            if entropy is not None:
                stats["policy/entropy"].append(float(masked_mean(entropy.detach(), ro.mask)))
        spread = ro.rm.view(-1, cfg.group_size).std(dim=1, unbiased=False)
        update = {k: sum(v) / len(v) for k, v in stats.items()}
        update["reward/group_std"] = float(spread.mean())
        return self.iteration_metrics(values, update)
