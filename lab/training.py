"""What every training run shares, written once: the optimizer's settings, seeds, divergence, history.

Each job (pretraining, SFT, reward model, DPO, offline RL, the PPO/GRPO loop) imports these
instead of keeping its own copy, so a change to clipping or to the divergence advice reaches
every stage at once.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any

import torch

from lab.adamw import FusedAdamW
from lab.adamw import available as fused_adamw_available
from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP
from lab.workspace import Workspace

GRAD_CLIP = 1.0  # the gradient's global norm is cut to this (GPT-2, nanoGPT): one bad batch cannot throw the run
BETAS = (0.9, 0.95)  # GPT-3's, as nanoGPT: a shorter memory of squared gradients than the default 0.999
# Mixes a run's seed with a step (or rank) into one seed: seed * SEED_MIX + step. SEED_MIX is a prime larger
# than any step count, so two (seed, step) pairs never give the same number, and neighbouring seeds do not
# share their streams shifted by one step (as seed + step would).
SEED_MIX = 1_000_003
MIN_LR_FRACTION = 0.1  # the cosine schedule ends at a tenth of the peak learning rate


def lr_at(step: int, cfg: Any) -> float:
    """Learning rate for update `step` (0-based): linear warmup, then cosine decay to 10 % at `max_steps`.

    A config without `warmup_steps` keeps its learning rate constant (DPO, offline RL, PPO, GRPO).
    """
    if not hasattr(cfg, "warmup_steps"):
        return cfg.lr
    if step < cfg.warmup_steps:
        return cfg.lr * (step + 1) / (cfg.warmup_steps + 1)
    progress = min(1.0, (step - cfg.warmup_steps) / max(1, cfg.max_steps - cfg.warmup_steps))
    floor = MIN_LR_FRACTION * cfg.lr
    return floor + 0.5 * (1.0 + math.cos(math.pi * progress)) * (cfg.lr - floor)


def adamw(params: Iterable[torch.nn.Parameter], lr: float) -> torch.optim.Optimizer:
    """AdamW without weight decay over the parameters that train: the post-training stages' optimizer."""
    return torch.optim.AdamW([p for p in params if p.requires_grad], lr=lr, betas=BETAS, weight_decay=0.0)


def decayed_adamw(model: torch.nn.Module, cfg: Any, device: str = "cpu") -> torch.optim.Optimizer | FusedAdamW:
    """Pretraining's AdamW: weight decay `cfg.weight_decay` on the matrices only (not on biases and LayerNorm
    gains), as GPT-2.

    One fused kernel for the whole update; `FusedAdamW` where it can, which spares the
    start of the run the import of torch's compiler stack (see `lab.adamw`).
    """
    params = [p for p in model.parameters() if p.requires_grad]
    groups = [{"params": [p for p in params if p.dim() >= 2], "weight_decay": cfg.weight_decay},
              {"params": [p for p in params if p.dim() < 2], "weight_decay": 0.0}]
    if fused_adamw_available(device):
        return FusedAdamW(groups, lr=cfg.lr, betas=BETAS)
    try:
        return torch.optim.AdamW(groups, lr=cfg.lr, betas=BETAS, fused=True)
    except (RuntimeError, TypeError):
        return torch.optim.AdamW(groups, lr=cfg.lr, betas=BETAS)


def clipped_update(optimizer: Any, params: Iterable[torch.Tensor], check: Callable[[float], None]) -> float:
    """Clip the gradient's global norm to GRAD_CLIP, `check` the norm, update, clear; returns the norm before clipping.

    `check` raises on a NaN or infinite norm before the optimizer steps, so a broken gradient
    never reaches the weights (and a Stop afterwards saves the last good ones).
    """
    norm = float(torch.nn.utils.clip_grad_norm_(list(params), GRAD_CLIP))
    check(norm)
    optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    return norm


def mixed_seed(seed: int, step: int) -> int:
    """One seed per (run seed, step): the same pair always draws the same batch, whether resumed or not."""
    return seed * SEED_MIX + step


def diverged(step: int, lr: float, safe_lr: float | None = None) -> LabError:
    """The one message for a run whose numbers broke: which step, and the learning rate to try instead."""
    suggestion = float(f"{lr / 10:.1g}") if safe_lr is None else float(f"{min(lr / 10, safe_lr):.1g}")
    return LabError(QT_TRANSLATE_NOOP("LabError", "Training diverged at step {step}: the loss is no longer a number, "
                                      "or it exploded. The learning rate {lr} is too high. Try {suggestion} or "
                                      "lower; a resumed run starts from the last good checkpoint."),
                    step=step, lr=lr, suggestion=suggestion)


def check_finite(value: float, step: int, lr: float, safe_lr: float | None = None) -> None:
    """The one divergence check: stop with `diverged` when `value` (a loss, a norm) is NaN or infinite."""
    if not math.isfinite(value):
        raise diverged(step, lr, safe_lr)


def trim_history(ws: Workspace, stage: str, step: int) -> None:
    """Forget metrics logged after `step` (the checkpoint a resumed run starts from): the curve never folds back."""
    history = ws.read_metrics(stage)
    if any(m.step > step for m in history):
        ws.write_metrics(stage, [m for m in history if m.step <= step])  # in one step: a crash leaves no gap
