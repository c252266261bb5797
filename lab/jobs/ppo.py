"""RLHF with PPO: the SFT model learns to write answers the reward model scores highly.

The InstructGPT recipe (Ouyang et al. 2022, after Ziegler et al. 2019): the KL to the
frozen SFT model is a *per-token penalty inside the reward*, not a term of the loss.
Every answer token t earns rₜ = −β·(log π(aₜ) − log π_ref(aₜ)) (estimator k1), and the
last token also earns the reward model's score of the whole answer. A value model
(initialised from the reward model, as InstructGPT does) estimates the reward to come;
GAE turns rewards and values into advantages; then several PPO epochs over the batch
minimise the clipped policy loss and the clipped value loss (`lab.losses`).

Where we depart from the papers, for a small model on a laptop:
- the reward model's score is normalised by the mean and spread of the SFT model's
  first batch of answers (InstructGPT subtracts a bias only), so β means the same
  whatever the reward model's scale;
- no pretraining-gradient mix (InstructGPT's "PPO-ptx") and no adaptive KL controller:
  β stays fixed, which the β slider makes visible;
- the policy and the value model are separate networks with separate optimisers.

Reward-hacking sandbox: the reward model is only a proxy of the rubric. `SANDBOX`
(`llm-lab ppo --workspace W --sandbox --fresh`: β = 0, knowledge prior off, temperature
0.6, learning rate 1e-4, 25 iterations) takes away both things that hold the policy near the
SFT model. One is β. The other is the reward model's knowledge prior (`lab.reward_model`): the
SFT model's own log-probability of the answer, which rewards staying near the SFT model much
as the KL penalty does, so with it on even β = 0 cannot hack the classroom reward model.
Without it the learned head alone scores, and it has a loophole: it learned to mark down rude
and other-language answers but never to check that an answer fits the question. The low
temperature keeps exploration near the SFT model's best answers, so the default β holds;
at temperature 1 the policy drifts into wrong facts the head cannot tell from right ones.
A runaway policy may cross the KL limit that stops a run (`lab.jobs.rl_loop`): on the
classroom world a 35-iteration run crossed it, hence 25. What the
sandbox does on the classroom workspace, measured, is in the README ("Measured on the
development machine"). A sandbox run is its own run, saved as `ppo-sandbox`
(`SANDBOX_STAGE`: its checkpoint and metric history), so the class's PPO model, which
Compare and the report show, is never overwritten.
"""

from __future__ import annotations

import copy
import random
from collections import defaultdict
from typing import Any

import torch

from lab import align
from lab.config import PPOConfig, RunConfig, validate
from lab.events import Job
from lab.jobs.rl_loop import PolicyRun, policy_job
from lab.losses import gae, kl_k1, masked_mean, ppo_clip_loss, value_loss, whiten
from lab.rollout import Rollout, Scorer, rm_scorer, token_logprobs, values_of
from lab.training import adamw
from lab.workspace import Workspace

STAGE = "ppo"
SANDBOX_STAGE = "ppo-sandbox"  # sandbox runs keep their own checkpoint and metrics: the class's PPO model stays
VALUE_CLIP = 0.2
# The documented reward-hacking setting (see the module docstring).
SANDBOX: dict[str, Any] = {"beta": 0.0, "knowledge_prior": False, "temperature": 0.6, "lr": 1e-4, "max_steps": 25}


def run(workspace: Workspace, cfg: PPOConfig, run_cfg: RunConfig = RunConfig(), *, resume: bool = True,
        setup: align.Setup | None = None, evaluate: bool = True, stage: str = STAGE) -> Job:
    """RLHF with PPO on the workspace's SFT model and reward model (or on `setup`), saved as `stage`."""
    validate(cfg)
    validate(run_cfg)
    return policy_job(PPORun, workspace, cfg, run_cfg, resume, setup, evaluate, stage)


class PPORun(PolicyRun):
    stage = STAGE

    def __init__(self, ws: Workspace, cfg: PPOConfig, run_cfg: RunConfig, setup: align.Setup,
                 evaluate: bool = True) -> None:
        super().__init__(ws, cfg, run_cfg, setup, evaluate)
        # InstructGPT starts the value model from the reward model: it already reads answers for quality.
        self.value = copy.deepcopy(setup.reward_model).eval().requires_grad_(True)
        self.optimizer = adamw(self.policy.parameters(), cfg.lr)
        self.value_optimizer = adamw(self.value.parameters(), cfg.value_lr)
        self.reward_norm: tuple[float, float] | None = None  # (mean, std) of the SFT model's first answers

    def batch_prompts(self, rng: random.Random) -> list[str]:
        prompts = self.setup.prompts
        n = self.cfg.prompts_per_iter
        return rng.sample(prompts, n) if n <= len(prompts) else [rng.choice(prompts) for _ in range(n)]

    def reward_scorer(self) -> Scorer:
        """The reward model, or its learned head alone when `knowledge_prior` is off (the sandbox)."""
        return rm_scorer(self.setup.reward_model, self.setup.tokenizer, self.cfg.knowledge_prior)

    def rewards(self, ro: Rollout) -> torch.Tensor:
        """(B, T−1) per-token rewards: −β·k1 on every answer token, plus the normalised RM score on the last."""
        if self.reward_norm is None:
            self.reward_norm = (float(ro.rm.mean()), float(ro.rm.std()) if len(ro.rm) > 1 else 1.0)
        mean, std = self.reward_norm
        score = (ro.rm - mean) / max(std, 1e-3)  # (B,)
        rewards = -self.cfg.beta * kl_k1(ro.logp, ro.ref_logp) * ro.mask
        rewards[torch.arange(len(score)), ro.last_index()] += score
        return rewards

    def train_step(self) -> dict[str, float]:
        """One iteration: answer, reward each token, GAE, then `epochs` passes over minibatches, each one update
        of the clipped policy loss and one of the clipped value loss."""
        cfg = self.cfg
        ro, values = self.collect()
        rewards = self.rewards(ro)
        with torch.no_grad():
            old_values = values_of(self.value, ro.ids) * ro.mask  # (B, T-1)
        advantages, returns = gae(rewards, old_values, ro.mask, cfg.gamma, cfg.lam)
        advantages = whiten(advantages, ro.mask)
        stats: dict[str, list[float]] = defaultdict(list)
        for epoch in range(cfg.epochs):
            for rows in torch.randperm(len(ro.prompts), generator=self.gen).split(cfg.minibatch_size):
                mb = ro.select(rows)
                logp, entropy = token_logprobs(self.policy, mb.ids, cfg.temperature, with_entropy=epoch == 0)
                policy_loss, clip_frac = ppo_clip_loss(logp, mb.logp, advantages[rows], mb.mask, cfg.clip)
                self.optimizer_step(policy_loss)
                v_loss = value_loss(values_of(self.value, mb.ids), old_values[rows], returns[rows], mb.mask,
                                    VALUE_CLIP)
                self.optimizer_step(v_loss, self.value_optimizer)
                stats["loss/policy"].append(float(policy_loss.detach()))
                stats["loss/value"].append(float(v_loss.detach()))
                stats["policy/clip_frac"].append(float(clip_frac))
                if entropy is not None:
                    stats["policy/entropy"].append(float(masked_mean(entropy.detach(), mb.mask)))
        update = {k: sum(v) / len(v) for k, v in stats.items()}
        update["reward/total"] = float((rewards * ro.mask).sum(dim=1).mean())
        return self.iteration_metrics(values, update)

    # --- what resuming needs besides the policy --------------------------------------------
    def optimizers(self) -> dict[str, tuple[Any, torch.nn.Module]]:
        return {**super().optimizers(), "value.": (self.value_optimizer, self.value)}

    def extra_state(self) -> dict[str, torch.Tensor]:
        return {f"value.{k}": v for k, v in self.value.state_dict().items()}

    def load_extra_state(self, tensors: dict[str, torch.Tensor]) -> None:
        self.value.load_state_dict({k[len("value."):]: v for k, v in tensors.items() if k.startswith("value.")})

    def extra_meta(self) -> dict[str, Any]:
        return {**super().extra_meta(), **({"reward_norm": list(self.reward_norm)} if self.reward_norm else {})}

    def load_extra_meta(self, meta: dict[str, Any]) -> None:
        if meta.get("reward_norm"):
            self.reward_norm = tuple(meta["reward_norm"])
