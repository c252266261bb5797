"""The language-model cross-entropy fused for the CPU: the forward pass's softmax becomes the gradient in place.

torch's `F.cross_entropy` is `log_softmax` then `nll_loss`. Its forward writes the (N, V)
log-probabilities; its backward allocates and zero-fills an (N, V) tensor for `nll_loss`'s
gradient, then runs `log_softmax`'s backward over both. At the classroom's sizes (N = 768
positions, V = 2048) each of those is 6 MB written per step. Here the forward keeps the
softmax itself and the backward turns it into the gradient in place,

    ∂L/∂logits = (softmax(logits) − one_hot(target)) · g / N,

which saves about a twentieth of a pretraining step on a laptop CPU (`python -m bench load`).
Same value and gradient as `F.cross_entropy` to float rounding (tests/lab/test_fused_loss.py).
"""

from __future__ import annotations

import torch
from torch import Tensor


class SoftmaxCrossEntropy(torch.autograd.Function):
    """Mean cross-entropy of `logits` (N, V) against `targets` (N,), skipping `ignore_index`."""

    @staticmethod
    def forward(ctx, logits: Tensor, targets: Tensor, ignore_index: int) -> Tensor:
        keep = targets != ignore_index
        safe = torch.where(keep, targets, 0)  # any real id: its row is weighted 0 below
        top = logits.amax(-1, keepdim=True)  # subtracted before exp: no overflow
        probs = torch.sub(logits, top).exp_()
        total = probs.sum(-1, keepdim=True)
        nll = (torch.log(total) + top).squeeze(1) - logits.gather(1, safe[:, None]).squeeze(1)  # log Σe^z − z_target
        count = keep.sum()
        probs.div_(total)
        ctx.save_for_backward(probs, safe, keep, count)
        ctx.spent = False
        return (nll * keep).sum() / count  # 0/0 = NaN when nothing counts, as F.cross_entropy

    @staticmethod
    def backward(ctx, grad: Tensor):
        if ctx.spent:  # the softmax became the gradient: a second backward through it would be wrong
            raise RuntimeError("softmax_cross_entropy supports one backward pass (no retain_graph)")
        ctx.spent = True
        probs, safe, keep, count = ctx.saved_tensors
        weight = keep.to(probs.dtype) * (grad / count)  # (N,): g/N on counted rows, 0 elsewhere
        grad_logits = probs.mul_(weight[:, None])
        grad_logits.scatter_add_(1, safe[:, None], -weight[:, None])
        return grad_logits, None, None


def softmax_cross_entropy(logits: Tensor, targets: Tensor, ignore_index: int) -> Tensor:
    return SoftmaxCrossEntropy.apply(logits, targets, ignore_index)
