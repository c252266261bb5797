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
by exp(r / τ), and fine-tune on them with the weighted log-likelihood
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
from lab.config import OfflineRLConfig, RunConfig, to_dict, validate
from lab.device import set_threads
from lab.errors import LabError
from lab.events import Artifact, Checkpoint, Done, Job, Metrics, Progress, StopRequested
from lab.i18n import QT_TRANSLATE_NOOP
from lab.jobs.ppo import SANDBOX_STAGE
from lab.jobs.rl_loop import adamw, optimizer_step
from lab.losses import reward_weights, weighted_nll
from lab.training import diverged, mixed_seed
from lab.workspace import Workspace

STAGE = "offline_rl"
SUMMARY = ("loss/train", "data/experiences", "data/kept", "data/reward_kept", "data/reward_all")


def run(workspace: Workspace, cfg: OfflineRLConfig, run_cfg: RunConfig = RunConfig(), *, resume: bool = True,
        setup: align.Setup | None = None, experiences: list[dict] | None = None, evaluate: bool = True) -> Job:
    """Offline RL on the workspace's stored experiences and pairs (or on `experiences`)."""
    validate(cfg)
    validate(run_cfg)
    return _OfflineRun(workspace, cfg, run_cfg, setup, experiences, evaluate).events(resume)


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


class _OfflineRun:
    def __init__(self, ws: Workspace, cfg: OfflineRLConfig, run_cfg: RunConfig, setup: align.Setup | None,
                 experiences: list[dict] | None, evaluate: bool) -> None:
        self.ws, self.cfg, self.run_cfg, self.setup, self.evaluate = ws, cfg, run_cfg, setup, evaluate
        self.experiences = experiences
        self.step = 0
        self.last: dict[str, float] = {}

    def events(self, resume: bool) -> Job:
        set_threads(self.run_cfg.threads)
        yield Progress(0, self.cfg.max_steps, QT_TRANSLATE_NOOP("job", "Reading the stored experiences"))
        torch.manual_seed(self.run_cfg.seed)
        self.setup = self.setup or align.load_setup(self.ws, need_reward=False)
        try:
            yield from self._prepare(resume)
            yield from self._train()
        except StopRequested:
            if self.step > 0:
                yield self._save(finished=False)
            yield Done(self._summary(), stopped=True)

    def _prepare(self, resume: bool) -> Iterator:
        rows = self.experiences if self.experiences is not None else dataset(self.ws, self.setup)
        if not rows:
            raise LabError(QT_TRANSLATE_NOOP("LabError", "There are no stored experiences to learn from. Run PPO, "
                                             "GRPO or Best-of-N first, or train a reward model to score the "
                                             "preference pairs."))
        rewards = torch.tensor([float(r["reward"]) for r in rows])
        standard = (rewards - rewards.mean()) / rewards.std().clamp(min=1e-6) if len(rows) > 1 else rewards * 0
        weights = reward_weights(standard, self.cfg.temperature, self.cfg.keep_fraction)
        kept = (weights > 0).nonzero().flatten().tolist()
        tok, block = self.setup.tokenizer, self.setup.policy.cfg.block_size
        self.rows = [self._encode(rows[i], tok, block) for i in kept]
        self.weights = weights[kept]
        self.policy = self.setup.policy.eval()
        self.optimizer = adamw(self.policy.parameters(), self.cfg.lr)
        self.rng = random.Random(self.run_cfg.seed)
        if resume and align.resumable(self.ws, STAGE):
            self.step = int(align.load_policy_into(self.ws, STAGE, self.policy).get("step", 0))
            self.rng = random.Random(mixed_seed(self.run_cfg.seed, self.step))
            align.trim_history(self.ws, STAGE, self.step)
        else:
            self.ws.clear_metrics(STAGE)
        info = {"data/experiences": float(len(rows)), "data/kept": float(len(kept)),
                "data/reward_all": float(rewards.mean()), "data/reward_kept": float(rewards[kept].mean())}
        yield self._record(Metrics(self.step, info))
        yield Artifact(f"{STAGE}/data", {**info, "best": [rows[i] for i in kept[:5]]})

    @staticmethod
    def _encode(row: dict, tokenizer, block: int) -> tuple[list[int], list[int]]:
        prompt = chat.prompt_ids(tokenizer, row["prompt"])[-(block // 2):]
        answer = (tokenizer.encode(row["response"]) + [tokenizer.end_id])[: block - len(prompt)]
        return prompt, answer

    def _train(self) -> Iterator:
        total = self.cfg.max_steps
        while self.step < total:
            values = self._train_step()
            self.step += 1
            yield self._record(Metrics(self.step, values))
            yield Progress(self.step, total, QT_TRANSLATE_NOOP("job", "Training"))
        if self.evaluate:
            yield Progress(total, total, QT_TRANSLATE_NOOP("job", "Asking the held-out questions"))
            yield self._record(Metrics(self.step, align.final_evaluation(self.setup, self.policy, self.run_cfg.seed)))
            self.policy.eval()
        yield self._save(finished=True)
        yield Done(self._summary())

    def _train_step(self) -> dict[str, float]:
        batch = [self.rng.randrange(len(self.rows)) for _ in range(self.cfg.batch_size)]
        ids, mask = rollout.pad_batch([self.rows[i][0] for i in batch], [self.rows[i][1] for i in batch])
        logp, _ = rollout.token_logprobs(self.policy, ids)  # a forward pass over stored text: no generation
        loss = weighted_nll(logp, mask.to(logp.device), self.weights[batch].to(logp.device))
        if not math.isfinite(float(loss.detach())):
            raise diverged(self.step + 1, self.cfg.lr)
        optimizer_step(self.optimizer, loss, self.policy.parameters())
        return {"loss/train": float(loss.detach())}

    def _record(self, event: Metrics) -> Metrics:
        self.last.update(event.values)
        self.ws.append_metrics(STAGE, event)
        return event

    def _summary(self) -> dict[str, float]:
        keep = [k for k in self.last if k in SUMMARY or k.startswith("eval/")]
        return {"step": float(self.step), **{k: self.last[k] for k in keep}}

    def _save(self, finished: bool) -> Checkpoint:
        align.save_policy(self.ws, STAGE, self.policy, {
            "step": self.step, "finished": finished, "config": to_dict(self.cfg), "seed": self.run_cfg.seed,
            **{k: v for k, v in self.last.items() if k in SUMMARY or k.startswith("eval/")}})
        return Checkpoint(self.step, str(self.ws.checkpoint_dir(STAGE)))
