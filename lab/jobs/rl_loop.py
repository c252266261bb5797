"""The loop PPO and GRPO share: answer prompts, score them, update the policy, report, save.

Each iteration draws a batch of training prompts, collects a rollout with the current
policy (`lab.rollout`), hands it to the method's `update`, and reports what the
dashboards draw: `reward/rm` (the reward model's score, what the policy optimises),
`reward/true` (the rubric's, which it never sees), `kl/ref` (nats per answer to the SFT
model), `response/length`, and a few scored samples. Dropout stays off throughout, so
probability ratios compare the same function.

The run saves every `checkpoint_every` iterations, at its end and when stopped; run it
again and it resumes an unfinished run where it stopped. A loss that turns NaN, or a
policy that runs away from the reference, stops the run with advice; the weights on
disk are then the last good checkpoint, never the broken ones. At the end every stage
asks the shared probes (`lab.align.final_evaluation`).
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Iterator
from typing import Any

import torch

from lab import align, rollout
from lab.config import RunConfig, to_dict
from lab.device import set_threads
from lab.errors import LabError
from lab.events import Artifact, Checkpoint, Done, Job, Metrics, Progress, Sample, StopRequested
from lab.i18n import QT_TRANSLATE_NOOP
from lab.training import BETAS, GRAD_CLIP, diverged, mixed_seed
from lab.workspace import Workspace

KL_LIMIT = 150.0  # nats per answer: far beyond this the policy no longer writes the reference's language
SHOWN_SAMPLES = 4
EXTRA_FILE = "extra.safetensors"  # a method's other weights (PPO's value model)
SUMMARY = ("reward/rm", "reward/true", "kl/ref", "response/length")


def adamw(params, lr: float) -> torch.optim.Optimizer:
    return torch.optim.AdamW([p for p in params if p.requires_grad], lr=lr, betas=BETAS, weight_decay=0.0)


def optimizer_step(optimizer: torch.optim.Optimizer, loss: torch.Tensor, params) -> float:
    """Backward, clip the gradient norm to 1, step; returns the norm before clipping."""
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    norm = float(torch.nn.utils.clip_grad_norm_(list(params), GRAD_CLIP))
    optimizer.step()
    return norm


class PolicyRun:
    """One PPO or GRPO run over a `Setup`; subclasses define `batch_prompts` and `update`."""

    stage = ""
    title = ""

    def __init__(self, ws: Workspace, cfg: Any, run_cfg: RunConfig, setup: align.Setup, evaluate: bool = True) -> None:
        self.ws, self.cfg, self.run_cfg, self.setup, self.evaluate = ws, cfg, run_cfg, setup, evaluate
        self.policy = setup.policy
        self.iteration = 0
        self.good_iteration = 0  # the iteration of the checkpoint on disk
        self.last: dict[str, float] = {}
        self.last_samples: list[dict] = []  # the latest scored answers, kept in the checkpoint for the page
        self.gen = torch.Generator().manual_seed(run_cfg.seed)

    # --- what a method defines -------------------------------------------------------
    def batch_prompts(self, rng: random.Random) -> list[str]:
        raise NotImplementedError

    def update(self, ro: rollout.Rollout) -> dict[str, float]:
        raise NotImplementedError

    def reward_scorer(self) -> rollout.Scorer:
        """What scores the answers the policy optimises: the reward model as trained."""
        return rollout.rm_scorer(self.setup.reward_model, self.setup.tokenizer)

    def extra_state(self) -> dict[str, torch.Tensor]:
        return {}

    def load_extra_state(self, tensors: dict[str, torch.Tensor]) -> None:
        """Restore what `extra_state` saved."""

    def extra_meta(self) -> dict[str, Any]:
        return {}

    def load_extra_meta(self, meta: dict[str, Any]) -> None:
        """Restore what `extra_meta` saved."""

    # --- the job ---------------------------------------------------------------------
    def events(self, resume: bool) -> Job:
        set_threads(self.run_cfg.threads)
        total = self.cfg.iterations
        yield Progress(0, total, QT_TRANSLATE_NOOP("job", "Loading the models"))
        try:
            align.check_prompts(self.setup.prompts)
            self._start(resume)
            yield from self._loop()
        except StopRequested:
            if self.iteration > 0:  # a run stopped before its first update leaves the previous checkpoint alone
                yield self._save(finished=False)
            yield Done(self._summary(), stopped=True)

    def _start(self, resume: bool) -> None:
        self.policy.eval()  # no dropout: ratios must compare the same function
        if resume and align.resumable(self.ws, self.stage):
            meta = align.load_policy_into(self.ws, self.stage, self.policy)
            self.iteration = self.good_iteration = int(meta.get("iteration", 0))
            self.load_extra_meta(meta)
            extra = self.ws.checkpoint_dir(self.stage) / EXTRA_FILE
            if extra.is_file():
                from safetensors.torch import load_file

                self.load_extra_state(load_file(str(extra)))
            align.trim_history(self.ws, self.stage, self.iteration)
        else:
            self.ws.clear_metrics(self.stage)

    def _loop(self) -> Iterator:
        total = self.cfg.iterations
        while self.iteration < total:
            began = time.perf_counter()
            ro = self._collect()
            values = self._rollout_metrics(ro)
            self._check_kl(values["kl/ref"])
            values.update(self._guarded_update(ro))
            self.iteration += 1
            values["time/iteration_s"] = time.perf_counter() - began
            yield self._record(Metrics(self.iteration, values))
            yield from self._samples(ro)
            align.append_experiences(self.ws, self.stage, ro.prompts, ro.answers, ro.rm.tolist())
            yield Progress(self.iteration, total, QT_TRANSLATE_NOOP("job", "Training"),
                           values["time/iteration_s"] * (total - self.iteration))
            if self.iteration % self.cfg.checkpoint_every == 0 and self.iteration < total:
                yield self._save(finished=False)
        if self.evaluate:
            yield Progress(total, total, QT_TRANSLATE_NOOP("job", "Asking the held-out questions"))
            yield self._record(Metrics(self.iteration, align.final_evaluation(self.setup, self.policy,
                                                                              self.run_cfg.seed)))
            self.policy.eval()
        yield self._save(finished=True)
        yield Done(self._summary())

    def _collect(self) -> rollout.Rollout:
        rng = random.Random(mixed_seed(self.run_cfg.seed, self.iteration))
        prompts = self.batch_prompts(rng)
        s = self.setup
        try:
            return rollout.collect(self.policy, s.ref, s.tokenizer, prompts,
                                   self.reward_scorer(), rollout.judge_scorer(s.judge),
                                   self.cfg.max_new_tokens, self.cfg.temperature,
                                   mixed_seed(self.run_cfg.seed, self.iteration))
        except RuntimeError as exc:  # sampling from NaN probabilities
            raise self._diverged() from exc

    def _guarded_update(self, ro: rollout.Rollout) -> dict[str, float]:
        values = self.update(ro)
        if not all(math.isfinite(v) for v in values.values()):
            raise self._diverged()
        return values

    @staticmethod
    def _rollout_metrics(ro: rollout.Rollout) -> dict[str, float]:
        return {"reward/rm": float(ro.rm.mean()), "reward/true": float(ro.true.mean()),
                "kl/ref": float(ro.kl().mean()), "response/length": float(ro.lengths.mean()),
                "response/ended": sum(ro.ended) / len(ro.ended)}

    def _check_kl(self, kl: float) -> None:
        if not math.isfinite(kl) or kl > KL_LIMIT:
            raise self._diverged()

    def _diverged(self) -> LabError:
        return diverged(self.iteration + 1, self.cfg.lr)

    def _samples(self, ro: rollout.Rollout) -> Iterator:
        kl = ro.kl()
        rows = [{"prompt": ro.prompts[i], "answer": ro.answers[i], "rm": float(ro.rm[i]),
                 "true": float(ro.true[i]), "kl": float(kl[i])} for i in range(min(SHOWN_SAMPLES, len(ro.prompts)))]
        self.last_samples = rows
        yield Artifact(f"{self.stage}/samples", {"iteration": self.iteration, "rows": rows})
        yield Sample(self.iteration, rows[0]["prompt"], rows[0]["answer"], self.stage)

    def _record(self, event: Metrics) -> Metrics:
        self.last.update(event.values)
        self.ws.append_metrics(self.stage, event)
        return event

    def _summary(self) -> dict[str, float]:
        keep = [k for k in self.last if k in SUMMARY or k.startswith("eval/")]
        return {"iteration": float(self.iteration), **{k: self.last[k] for k in keep}}

    def _save(self, finished: bool) -> Checkpoint:
        folder = self.ws.checkpoint_dir(self.stage)
        extra = self.extra_state()
        files = {}
        if extra:
            from safetensors.torch import save as st_save

            files[EXTRA_FILE] = st_save({k: v.detach().cpu().contiguous() for k, v in extra.items()})
        align.save_policy(self.ws, self.stage, self.policy, {  # the value model commits with the policy
            "iteration": self.iteration, "finished": finished, "config": to_dict(self.cfg),
            "seed": self.run_cfg.seed, "samples": self.last_samples, **self.extra_meta(),
            **{k: v for k, v in self.last.items() if k in SUMMARY or k.startswith("eval/")}}, extra=files)
        self.good_iteration = self.iteration
        return Checkpoint(self.iteration, str(folder))
