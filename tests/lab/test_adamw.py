"""FusedAdamW: the numbers and saved moments of torch.optim.AdamW(fused=True), without torch's compiler stack."""

import subprocess
import sys

import pytest
import torch

from lab.adamw import FusedAdamW, available

pytestmark = pytest.mark.skipif(not available("cpu"), reason="this torch has no fused AdamW kernel")


def two_copies():
    torch.manual_seed(0)
    a = torch.nn.Sequential(torch.nn.Linear(5, 7), torch.nn.LayerNorm(7), torch.nn.Linear(7, 3))
    b = torch.nn.Sequential(torch.nn.Linear(5, 7), torch.nn.LayerNorm(7), torch.nn.Linear(7, 3))
    b.load_state_dict(a.state_dict())
    return a, b


def groups(model):
    params = list(model.parameters())
    return [{"params": [p for p in params if p.dim() >= 2], "weight_decay": 0.1},
            {"params": [p for p in params if p.dim() < 2], "weight_decay": 0.0}]


def test_fused_adamw_updates_exactly_as_torchs_fused_adamw():
    ours_model, torch_model = two_copies()
    ours = FusedAdamW(groups(ours_model), lr=1e-2, betas=(0.9, 0.95))
    theirs = torch.optim.AdamW(groups(torch_model), lr=1e-2, betas=(0.9, 0.95), fused=True)
    x = torch.randn(16, 5, generator=torch.Generator().manual_seed(1))
    for step in range(5):
        for model, opt in ((ours_model, ours), (torch_model, theirs)):
            for group in opt.param_groups:
                group["lr"] = 1e-2 / (step + 1)  # the jobs' schedules set it every step
            model(x).square().mean().backward()
            opt.step()
            opt.zero_grad(set_to_none=True)
    for p, q in zip(ours_model.parameters(), torch_model.parameters(), strict=True):
        assert torch.equal(p, q)
        assert ours.state[p].keys() == theirs.state[q].keys()
        for key in ours.state[p]:
            assert torch.equal(ours.state[p][key], theirs.state[q][key])


def test_zero_grad_forgets_the_gradients():
    model, _ = two_copies()
    opt = FusedAdamW(groups(model), lr=1e-2, betas=(0.9, 0.95))
    model(torch.randn(2, 5)).sum().backward()
    opt.zero_grad()
    assert all(p.grad is None for p in model.parameters())


def test_pretraining_never_loads_torchs_compiler_stack(tmp_path):
    code = """
import sys
from lab.device import prepare_threads
prepare_threads()
from lab.config import ModelConfig, PretrainConfig
from lab.jobs import pretrain
from lab.tokenizer import CharTokenizer
from lab.workspace import Workspace
text = "the cat sat on the mat. " * 200
job = pretrain.run(Workspace(sys.argv[1]), ModelConfig(n_layer=1, n_head=1, n_embd=8, block_size=8),
                   PretrainConfig(max_steps=3, batch_size=2, eval_every=2, warmup_steps=1),
                   text=text, tokenizer=CharTokenizer.train([text]))
for _ in job:
    pass
print("torch._dynamo" in sys.modules)
"""
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "False"
