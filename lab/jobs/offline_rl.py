"""Offline RL: learn from stored (prompt, answer, reward) experiences, generating nothing while training.

Online methods (PPO, GRPO) must sample new answers at every step. Offline RL learns
only from experiences gathered before: the answers PPO, GRPO and Best-of-N sampled
earlier in this workspace (`experiences.jsonl`, each with its reward-model score),
and the answers of the preference pairs, scored once by the reward model when the
run starts (scoring reads an answer; it writes none).

The method is reward-weighted regression (Peters & Schaal 2007, "Reinforcement learning
by reward-weighted regression for operational space control") with a filter, i.e.
filtered behavioural cloning as in the Improve step of ReST (Gulcehre et al. 2023):
keep the best-rewarded share of experiences (`keep_fraction`), weight each kept answer
by exp(r / τ) (τ: `reward_temperature`), and fine-tune on them with the weighted log-likelihood
(`lab.losses.reward_weights`, `weighted_nll`). Where we depart: rewards are first
standardised (mean 0, spread 1) so τ means the same whatever the reward model's scale,
and there is one round only (ReST alternates generating and improving).
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator

import torch

from lab import align, chat, rollout
from lab.config import OfflineRLConfig, RunConfig, validate
from lab.errors import LabError
from lab.events import Artifact, Job, Metrics
from lab.i18n import QT_TRANSLATE_NOOP
from lab.jobs.ppo import SANDBOX_STAGE
from lab.jobs.rl_loop import AlignmentRun
from lab.losses import reward_weights, weighted_nll
from lab.training import adamw
from lab.workspace import Workspace

STAGE = "offline_rl"
SUMMARY = ("loss/train", "data/experiences", "data/kept", "data/reward_kept", "data/reward_all")


def run(workspace: Workspace, cfg: OfflineRLConfig, run_cfg: RunConfig = RunConfig(), *, resume: bool = True,
        setup: align.Setup | None = None, experiences: list[dict] | None = None, evaluate: bool = True) -> Job:
    """Offline RL on the workspace's stored experiences and pairs (or on `experiences`)."""
    validate(cfg)
    validate(run_cfg)
    return OfflineRun(workspace, cfg, run_cfg, setup, experiences, evaluate).events(resume)


def dataset(ws: Workspace, setup: align.Setup) -> list[dict]:
    """Stored experiences plus the preference pairs' answers scored by the reward model, without repeats."""
    # the sandbox's hacked answers score high on the reward model: learning from them would copy the hack
    rows = [r for r in align.read_experiences(ws) if r.get("source") != SANDBOX_STAGE]
    if setup.pairs and setup.reward_model is not None:
        from lab.reward_model import score_batch

        prompts = [p.prompt for p in setup.pairs for _ in (0, 1)]
        answers = [a for p in setup.pairs for a in (p.chosen, p.rejected)]
        scores = score_batch(setup.reward_model, setup.tokenizer, prompts, answers)
        rows += [{"prompt": p, "response": a, "reward": s, "source": "pairs"}
                 for p, a, s in zip(prompts, answers, scores, strict=True)]
    unique: dict[tuple[str, str], dict] = {}
    for row in rows:
        if row["response"].strip() and math.isfinite(float(row.get("reward", math.nan))):
            unique.setdefault((row["prompt"], row["response"]), row)
    return list(unique.values())


class OfflineRun(AlignmentRun):
    """One offline-RL run: the best stored answers, weighted by exp(r/τ), learnt by weighted log-likelihood."""

    stage = STAGE
    opening = QT_TRANSLATE_NOOP("job", "Reading the stored experiences")
    summary_keys = SUMMARY

    def __init__(self, ws: Workspace, cfg: OfflineRLConfig, run_cfg: RunConfig, setup: align.Setup | None,
                 experiences: list[dict] | None, evaluate: bool) -> None:
        super().__init__(ws, cfg, run_cfg, setup, evaluate)
        self.experiences = experiences

    def prepare(self) -> Iterator:
        self.setup = self.setup or align.load_setup(self.ws, need_reward=False)
        rows = self.experiences if self.experiences is not None else dataset(self.ws, self.setup)
        if not rows:
            raise LabError(QT_TRANSLATE_NOOP("LabError", "There are no stored experiences to learn from. Run PPO, "
                                             "GRPO or Best-of-N first, or train a reward model to score the "
                                             "preference pairs."))
        rewards = torch.tensor([float(r["reward"]) for r in rows])
        standard = (rewards - rewards.mean()) / rewards.std().clamp(min=1e-6) if len(rows) > 1 else rewards * 0
        weights = reward_weights(standard, self.cfg.reward_temperature, self.cfg.keep_fraction)
        kept = (weights > 0).nonzero().flatten().tolist()
        tok, block = self.setup.tokenizer, self.setup.policy.cfg.block_size
        self.rows = [self._encode(rows[i], tok, block) for i in kept]
        self.weights = weights[kept]
        self.model = self.policy = self.setup.policy.eval()
        self.optimizer = adamw(self.policy.parameters(), self.cfg.lr)
        self.rng = random.Random(self.run_cfg.seed)
        self.info = {"data/experiences": float(len(rows)), "data/kept": float(len(kept)),
                     "data/reward_all": float(rewards.mean()), "data/reward_kept": float(rewards[kept].mean())}
        self.best = [rows[i] for i in kept[:5]]
        return iter(())

    def started(self) -> Iterator:
        yield self.record(Metrics(self.step, self.info))
        yield Artifact(f"{STAGE}/data", {**self.info, "best": self.best})

    @staticmethod
    def _encode(row: dict, tokenizer, block: int) -> tuple[list[int], list[int]]:
        prompt = chat.prompt_ids(tokenizer, row["prompt"])[-(block // 2):]
        answer = (tokenizer.encode(row["response"]) + [tokenizer.end_id])[: block - len(prompt)]
        return prompt, answer

    def train_step(self) -> dict[str, float]:
        """L = −Σ w·log π(answer) / Σ w·tokens, w = exp(r/τ) on the kept answers."""
        batch = [self.rng.randrange(len(self.rows)) for _ in range(self.cfg.batch_size)]
        ids, mask = rollout.pad_batch([self.rows[i][0] for i in batch], [self.rows[i][1] for i in batch])
        logp, _ = rollout.token_logprobs(self.policy, ids)  # a forward pass over stored text: no generation
        loss = weighted_nll(logp, mask.to(logp.device), self.weights[batch].to(logp.device))
        self.check_loss(float(loss.detach()))
        self.optimizer_step(loss)
        return {"loss/train": float(loss.detach())}

