"""The fused cross-entropy gives torch's value and gradient, padding skipped, and refuses a second backward."""

import pytest
import torch
import torch.nn.functional as F  # noqa: N812 - torch's own alias

from lab.fused_loss import softmax_cross_entropy
from lab.losses import IGNORE, lm_cross_entropy


def _both(logits, targets):
    ours, theirs = logits.clone().requires_grad_(), logits.clone().requires_grad_()
    value = softmax_cross_entropy(ours, targets, IGNORE)
    value.backward()
    reference = F.cross_entropy(theirs, targets, ignore_index=IGNORE)
    reference.backward()
    return value, ours.grad, reference, theirs.grad


def test_it_matches_torchs_cross_entropy_and_its_gradient():
    torch.manual_seed(0)
    logits, targets = torch.randn(48, 37) * 4, torch.randint(37, (48,))
    value, grad, reference, reference_grad = _both(logits, targets)
    assert value.item() == pytest.approx(reference.item(), rel=1e-6)
    assert torch.allclose(grad, reference_grad, atol=1e-7)


def test_ignored_targets_add_nothing_to_the_loss_or_the_gradient():
    torch.manual_seed(1)
    logits, targets = torch.randn(10, 7), torch.randint(7, (10,))
    targets[[2, 5]] = IGNORE
    value, grad, reference, reference_grad = _both(logits, targets)
    assert value.item() == pytest.approx(reference.item(), rel=1e-6)
    assert torch.allclose(grad, reference_grad, atol=1e-7) and grad[[2, 5]].abs().sum() == 0


def test_a_hand_computed_case():
    logits = torch.tensor([[0.0, 0.0], [2.0, 0.0]], requires_grad=True)  # softmax [.5, .5] and [e²/(e²+1), 1/(e²+1)]
    loss = softmax_cross_entropy(logits, torch.tensor([0, 1]), IGNORE)
    p = torch.sigmoid(torch.tensor(2.0))
    assert loss.item() == pytest.approx((-torch.log(torch.tensor(0.5)) - torch.log(1 - p)).item() / 2)
    loss.backward()
    assert torch.allclose(logits.grad, torch.tensor([[-0.25, 0.25], [p.item() / 2, (1 - p.item() - 1) / 2]]))


def test_the_language_model_loss_uses_it_on_the_cpu_and_keeps_its_shape_contract():
    torch.manual_seed(2)
    logits, targets = torch.randn(2, 5, 11), torch.randint(11, (2, 5))
    assert lm_cross_entropy(logits, targets).item() == pytest.approx(
        F.cross_entropy(logits.reshape(-1, 11), targets.reshape(-1)).item(), rel=1e-6)


def test_a_second_backward_through_it_is_refused():
    logits = torch.randn(3, 4, requires_grad=True)
    loss = softmax_cross_entropy(logits, torch.tensor([0, 1, 2]), IGNORE)
    loss.backward(retain_graph=True)
    with pytest.raises(RuntimeError):
        loss.backward()
