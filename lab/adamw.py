"""AdamW in one fused kernel, without loading `torch.optim`'s machinery.

The first `torch.optim` optimizer a process builds imports torch's compiler stack
(about 800 modules, 1 to 2.5 seconds on a laptop core) although an eager run never uses
it. `pretrain` makes a few hundred steps in a lesson, so that wait is a visible share of
the whole run. `FusedAdamW` calls the same kernel `torch.optim.AdamW(fused=True)` calls
(`torch._fused_adamw_`: decoupled weight decay, Loshchilov & Hutter 2019, with Adam's
bias-corrected moments, Kingma & Ba 2015) with the same arguments, and keeps its state
under the same names (`step`, `exp_avg`, `exp_avg_sq`), so the numbers and the saved
optimizer moments are those of torch's optimizer (`tests/lab/test_adamw.py` checks both).
It has what the training jobs use: `param_groups` (with their `lr`), `state`, `step()`
and `zero_grad()`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import torch

EPS = 1e-8  # torch's default


def available(device: str) -> bool:
    """Whether this torch has the fused kernel for `device` (older builds and MPS may not)."""
    return hasattr(torch, "_fused_adamw_") and device in ("cpu", "cuda")


class FusedAdamW:
    def __init__(self, groups: Iterable[dict], lr: float, betas: tuple[float, float]) -> None:
        self.param_groups = [{"lr": lr, "betas": betas, "eps": EPS, "weight_decay": 0.01, **g,
                              "params": list(g["params"])} for g in groups]
        self.state: defaultdict[torch.Tensor, dict[str, torch.Tensor]] = defaultdict(dict)

    @torch.no_grad()
    def step(self) -> None:
        for group in self.param_groups:
            params = [p for p in group["params"] if p.grad is not None]
            if not params:
                continue
            states = [self._state(p) for p in params]
            steps = [s["step"] for s in states]
            torch._foreach_add_(steps, 1)  # as torch.optim does, before the kernel reads them
            beta1, beta2 = group["betas"]
            torch._fused_adamw_(params, [p.grad for p in params], [s["exp_avg"] for s in states],
                                [s["exp_avg_sq"] for s in states], [], steps, lr=float(group["lr"]), beta1=beta1,
                                beta2=beta2, weight_decay=group["weight_decay"], eps=group["eps"], amsgrad=False,
                                maximize=False)

    def zero_grad(self, set_to_none: bool = True) -> None:
        for group in self.param_groups:
            for p in group["params"]:
                if set_to_none:
                    p.grad = None
                elif p.grad is not None:
                    p.grad.zero_()

    def _state(self, p: torch.Tensor) -> dict[str, torch.Tensor]:
        state = self.state[p]
        if not state:  # torch's layout for a fused optimizer: a float32 step on the parameter's device
            state["step"] = torch.zeros((), dtype=torch.float32, device=p.device)
            state["exp_avg"] = torch.zeros_like(p, memory_format=torch.preserve_format)
            state["exp_avg_sq"] = torch.zeros_like(p, memory_format=torch.preserve_format)
        elif state["step"].dtype != torch.float32:  # moments saved by an older, non-fused optimizer
            state["step"] = state["step"].to(torch.float32)
        return state
