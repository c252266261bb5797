"""Pretraining's scaffolding, so that `lab/jobs/pretrain.py` shows only its maths.

`lab.jobs.pretrain.Trainer` subclasses `TrainerBase` and writes only the loss, the
step (loss, check, backward, clipped update) and the evaluation. Here: the seeded
model and its decayed AdamW, the data order's generator, the learning rate of the
step, the first step's `torch.compile` with its fall back to plain PyTorch, the
divergence check; and for the run, the speed over recent steps, the facts about the model the page shows, and
the samples the model writes at each evaluation (kept in the samples log).
"""

from __future__ import annotations

import logging
import math
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

import torch

from lab import samples_log, sampling, stages
from lab.config import ModelConfig, PretrainConfig
from lab.errors import LabError
from lab.events import Sample
from lab.model import GPT, flops_per_token
from lab.training import check_finite, decayed_adamw, diverged, lr_at
from lab.workspace import Workspace

log = logging.getLogger(__name__)

PROMPTS = (("es", "La capital de Francia es"), ("en", "The cat says"))  # unless the corpus lacks them
SAMPLE_TOKENS = 24
SAMPLE_TEMPERATURE = 0.8
SAFE_LR = 3e-3  # the default peak learning rate, suggested when the loss explodes
SPEED_WINDOW = 20  # steps the tokens-per-second figure averages over, so it reads steadily


class TrainerBase:
    """The model, its optimizer and the data order: what a resumed run must get back exactly.

    A subclass defines `_eager_loss(x, y)`, the loss in plain PyTorch.
    """

    def __init__(self, model_cfg: ModelConfig, cfg: PretrainConfig, vocab_size: int, seed: int,
                 device: str = "cpu") -> None:
        torch.manual_seed(seed)
        self.cfg, self.device = cfg, device
        self.model = GPT(model_cfg, vocab_size).to(device)
        self.optimizer = decayed_adamw(self.model, cfg, device)
        self.data_rng = torch.Generator().manual_seed(seed)
        self.step = 0  # optimizer updates made so far
        self.bad_loss: float | None = None  # the last loss that stopped training (NaN or exploded)
        self._loss = self._eager_loss
        self._compiling = cfg.compile and device in ("cpu", "cuda") and hasattr(torch, "compile")
        if self._compiling:
            self._loss = torch.compile(self._eager_loss)

    def _eager_loss(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError

    @property
    def compiles_next_step(self) -> bool:
        return self._compiling

    def set_lr(self) -> float:
        """This step's learning rate (`training.lr_at`), set on every group of the optimizer and returned."""
        lr = lr_at(self.step, self.cfg)
        for group in self.optimizer.param_groups:
            group["lr"] = lr
        return lr

    @contextmanager
    def eager_if_compiling_fails(self) -> Iterator[list[Exception]]:
        """Around a step's loss and backward: where the first, compiled step fails (no C++ compiler, an
        unsupported platform), the failure is logged and listed, and the loss runs in plain PyTorch from
        now on; the caller then does the step again. Later steps and a `LabError` raise as usual."""
        compiling, self._compiling = self._compiling, False
        failed: list[Exception] = []
        try:
            yield failed
        except Exception as exc:
            if not compiling or isinstance(exc, LabError):
                raise
            log.warning("torch.compile failed, training without it: %s", exc)
            self.optimizer.zero_grad(set_to_none=True)
            self._loss = self._eager_loss
            failed.append(exc)

    def _check_loss(self, value: float) -> None:
        """Stop with advice when the loss (or the gradient) is NaN or has exploded."""
        self.bad_loss = value  # kept when it raises: the job shows it on the chart
        check_finite(value, self.step + 1, self.cfg.lr, SAFE_LR)
        if value > 3 * math.log(self.model.vocab_size) + 1:  # far above a guess at random (ln V)
            raise diverged(self.step + 1, self.cfg.lr, SAFE_LR)
        self.bad_loss = None

    def _check_norm(self, norm: float) -> None:
        if not math.isfinite(norm):  # a large norm is clipped; only a broken one stops the run
            self._check_loss(norm)


class StepSpeed:
    """Tokens per second over the last `SPEED_WINDOW` steps, leaving out a run's first step (it may compile)."""

    def __init__(self) -> None:
        self.times: deque[float] = deque(maxlen=SPEED_WINDOW)

    def tokens_per_s(self, tokens: int, took: float, counted: bool = True) -> float:
        """The speed after a step of `tokens` that `took` seconds; `counted`: it enters the window."""
        if counted:
            self.times.append(took)
        window = self.times or [took]
        return tokens * len(window) / sum(window)


def model_facts(trainer: TrainerBase, model_cfg: ModelConfig, train_tokens: int, val_tokens: int) -> dict:
    """What the page shows about the model a run trains: its size, cost per token, data and device."""
    model = trainer.model
    return {"params": model.num_params(), "flops_per_token": flops_per_token(model_cfg, model.vocab_size),
            "vocab_size": model.vocab_size, "train_tokens": train_tokens, "val_tokens": val_tokens,
            "device": trainer.device, "start_step": trainer.step}


def write_sample(ws: Workspace, stage: str, model: GPT, tokenizer, step: int, seed: int, tag: str,
                 prompt: str) -> Sample:
    """The model's continuation of `prompt`, kept in the stage's samples log so every page and a bundle can
    show it again."""
    text = sampling.generate(model, tokenizer, prompt, SAMPLE_TOKENS, SAMPLE_TEMPERATURE, seed=seed)
    sample = Sample(step, prompt, text, tag)
    samples_log.append(ws, stage, sample)
    return sample


def load_model(ws: Workspace, device: str = "cpu") -> tuple[GPT, dict]:
    """The pretrained model saved in the workspace (eval mode) and its checkpoint metadata."""
    model, meta = stages.load_model(ws, "pretrain", device)
    return model.eval(), meta
