"""What the alignment stages share: `AlignmentRun`, and `PolicyRun`, the loop of PPO and GRPO.

`AlignmentRun` is a `lab.training_run.TrainingRun` that starts from the SFT model (an
`align.Setup`) and ends by asking every stage's shared probes (`lab.align.final_evaluation`);
DPO, offline RL, PPO and GRPO are built on it.

`PolicyRun` is one step per iteration: draw a batch of training prompts, collect a rollout
with the current policy (`lab.rollout`), let the method's `train_step` update on it, and report what
the dashboards draw: `reward/rm` (the reward model's score, what the policy optimises),
`reward/true` (the rubric's, which it never sees), `kl/ref` (nats per answer to the SFT
model), `response/length`, and a few scored samples. Dropout stays off throughout, so
probability ratios compare the same function.

It saves every `checkpoint_every` iterations, at its end and when stopped; run it again and
it resumes an unfinished run exactly where it stopped. A loss that turns NaN, or a policy
that runs away from the reference, stops the run with advice; the weights on disk are then
the last good checkpoint, never the broken ones.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Iterator
from typing import Any

import torch

from lab import align, rollout
from lab.config import RunConfig
from lab.events import Artifact, Job, Metrics, Progress, Sample
from lab.i18n import QT_TRANSLATE_NOOP
from lab.training import mixed_seed
from lab.training_run import TrainingRun
from lab.workspace import Workspace

KL_LIMIT = 150.0  # nats per answer: far beyond this the policy no longer writes the reference's language
SHOWN_SAMPLES = 4
SUMMARY = ("reward/rm", "reward/true", "kl/ref", "response/length")


class AlignmentRun(TrainingRun):
    """A run that starts from the SFT model (`align.Setup`, loaded in `prepare` when not given) and ends
    with the probes every alignment stage answers (`lab.align.final_evaluation`): DPO, offline RL, PPO, GRPO."""

    def __init__(self, ws: Workspace, cfg: Any, run_cfg: RunConfig, setup: align.Setup | None,
                 evaluate: bool = True) -> None:
        super().__init__(ws, cfg, run_cfg)
        self.setup, self.final_eval = setup, evaluate

    def finish(self) -> Iterator:
        if self.final_eval:
            yield Progress(self.total, self.total, QT_TRANSLATE_NOOP("job", "Asking the held-out questions"))
            yield self.record(Metrics(self.step, align.final_evaluation(self.setup, self.model, self.run_cfg.seed)))
            self.model.eval()

    def load_extra_meta(self, meta: dict[str, Any]) -> None:
        if self.rng is not None:  # a checkpoint without the random state (older versions): a seed of its step
            self.rng = random.Random(mixed_seed(self.run_cfg.seed, self.step))


class PolicyRun(AlignmentRun):
    """One PPO or GRPO run over a `Setup`: a step is one iteration; subclasses define `batch_prompts` and
    `train_step` (collect, update, report)."""

    summary_keys = SUMMARY

    def __init__(self, ws: Workspace, cfg: Any, run_cfg: RunConfig, setup: align.Setup, evaluate: bool = True) -> None:
        super().__init__(ws, cfg, run_cfg, setup, evaluate)
        self.model = self.policy = setup.policy
        self.last_samples: list[dict] = []  # the latest scored answers, kept in the checkpoint for the page
        self.rollout: rollout.Rollout | None = None  # this iteration's answers
        self.began = 0.0  # when this iteration started collecting
        self.gen = torch.Generator().manual_seed(run_cfg.seed)

    # --- what a method defines -------------------------------------------------------
    def batch_prompts(self, rng: random.Random) -> list[str]:
        raise NotImplementedError

    def train_step(self) -> dict[str, float]:
        """One iteration: `self.collect()`, the method's updates (each through `self.optimizer_step`), then
        `self.iteration_metrics(...)`."""
        raise NotImplementedError

    def reward_scorer(self) -> rollout.Scorer:
        """What scores the answers the policy optimises: the reward model as trained."""
        return rollout.rm_scorer(self.setup.reward_model, self.setup.tokenizer)

    # --- the skeleton's hooks ----------------------------------------------------------
    def prepare(self) -> Iterator:
        align.check_prompts(self.setup.prompts)
        self.policy.eval()  # no dropout: ratios must compare the same function
        return iter(())

    def collect(self) -> tuple[rollout.Rollout, dict[str, float]]:
        """This iteration's answers, scored, and their metrics; a policy that ran away from the SFT model stops."""
        self.began = time.perf_counter()
        self.rollout = ro = self._collect()
        values = self._rollout_metrics(ro)
        if not math.isfinite(values["kl/ref"]) or values["kl/ref"] > KL_LIMIT:
            raise self.diverged()
        return ro, values

    def iteration_metrics(self, values: dict[str, float], update: dict[str, float]) -> dict[str, float]:
        """The rollout's `values`, then the updates' (each checked: a NaN stops the run), then the time taken."""
        for value in update.values():
            self.check_loss(value, drawn=False)
        values.update(update)
        values["time/iteration_s"] = time.perf_counter() - self.began
        return values

    def after_step(self) -> Iterator:
        ro = self.rollout
        yield from self._samples(ro)
        align.append_experiences(self.ws, self.stage, ro.prompts, ro.answers, ro.rm.tolist())

    def generators(self) -> dict[str, torch.Generator]:
        return {"minibatches": self.gen}

    def extra_meta(self) -> dict[str, Any]:
        return {"iteration": self.step, "samples": self.last_samples}  # the page shows them again

    # --- one iteration -----------------------------------------------------------------
    def _collect(self) -> rollout.Rollout:
        rng = random.Random(mixed_seed(self.run_cfg.seed, self.step))
        prompts = self.batch_prompts(rng)
        s = self.setup
        try:
            return rollout.collect(self.policy, s.ref, s.tokenizer, prompts,
                                   self.reward_scorer(), rollout.judge_scorer(s.judge),
                                   self.cfg.max_new_tokens, self.cfg.temperature,
                                   mixed_seed(self.run_cfg.seed, self.step))
        except RuntimeError as exc:  # sampling from NaN probabilities
            raise self.diverged() from exc

    @staticmethod
    def _rollout_metrics(ro: rollout.Rollout) -> dict[str, float]:
        return {"reward/rm": float(ro.rm.mean()), "reward/true": float(ro.true.mean()),
                "kl/ref": float(ro.kl().mean()), "response/length": float(ro.lengths.mean()),
                "response/ended": sum(ro.ended) / len(ro.ended)}

    def _samples(self, ro: rollout.Rollout) -> Iterator:
        kl = ro.kl()
        rows = [{"prompt": ro.prompts[i], "answer": ro.answers[i], "rm": float(ro.rm[i]),
                 "true": float(ro.true[i]), "kl": float(kl[i])} for i in range(min(SHOWN_SAMPLES, len(ro.prompts)))]
        self.last_samples = rows
        yield Artifact(f"{self.stage}/samples", {"iteration": self.step, "rows": rows})
        yield Sample(self.step, rows[0]["prompt"], rows[0]["answer"], self.stage)


# --- the jobs of the methods that sample with a reward model ----------------------------

def reward_setup(ws: Workspace, setup: align.Setup | None) -> align.Setup:
    """`setup`, or the workspace's SFT and reward models; the LabError that offers to train a reward model."""
    setup = setup or align.load_setup(ws, need_reward=True)
    if setup.reward_model is None:
        raise align.no_reward_model(ws)
    return setup


def policy_job(run_class: type[PolicyRun], ws: Workspace, cfg: Any, run_cfg: RunConfig, resume: bool,
               setup: align.Setup | None, evaluate: bool, stage: str | None = None) -> Job:
    """PPO's or GRPO's job: the models loaded when the job starts (not when it is made), then the run."""
    torch.manual_seed(run_cfg.seed)
    policy_run = run_class(ws, cfg, run_cfg, reward_setup(ws, setup), evaluate)
    policy_run.stage = stage or policy_run.stage
    yield from policy_run.events(resume)
