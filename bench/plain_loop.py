"""A plain, hand-written eager PyTorch training loop: the yardstick for LLM Lab's pretraining.

nanoGPT's recipe and nothing else: a minimal GPT (`RefGPT`), random windows of a token
stream, cross-entropy, backward, gradient clipping at 1.0, AdamW with torch's defaults
for the CPU. Run as a script,

    python bench/plain_loop.py TOKENS.bin STEPS VOCAB [N_LAYER N_HEAD N_EMBD BLOCK BATCH]

it reads uint16 token ids (nanoGPT's `train.bin`), trains for STEPS steps (0 = until
killed) and prints `step N` after each one. It imports neither `lab` nor `bench` (whose
import sets OpenMP's passive wait policy), so it runs as a learner's own script would,
with torch's default threads and wait policy. `bench_model` imports the model from here.
"""

# ruff: noqa: N803, N806, N812 - B, T, C and F as in every GPT implementation
from __future__ import annotations

import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

# the same values as `lab.training`, copied on purpose: this yardstick imports nothing from lab
GRAD_CLIP = 1.0
BETAS = (0.9, 0.95)


class RefBlock(nn.Module):
    def __init__(self, C: int, nh: int) -> None:
        super().__init__()
        self.nh = nh
        self.ln1, self.ln2 = nn.LayerNorm(C), nn.LayerNorm(C)
        self.qkv, self.proj = nn.Linear(C, 3 * C), nn.Linear(C, C)
        self.fc, self.out = nn.Linear(C, 4 * C), nn.Linear(4 * C, C)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        B, T, C = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(C, dim=2)
        q, k, v = (t.view(B, T, self.nh, C // self.nh).transpose(1, 2) for t in (q, k, v))
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True).transpose(1, 2).reshape(B, T, C)
        x = x + self.proj(y)
        return x + self.out(F.gelu(self.fc(self.ln2(x)), approximate="tanh"))


class RefGPT(nn.Module):
    def __init__(self, n_layer: int, n_head: int, n_embd: int, block_size: int, vocab: int) -> None:
        super().__init__()
        self.wte, self.wpe = nn.Embedding(vocab, n_embd), nn.Embedding(block_size, n_embd)
        self.blocks = nn.ModuleList(RefBlock(n_embd, n_head) for _ in range(n_layer))
        self.ln_f = nn.LayerNorm(n_embd)

    def forward(self, idx: torch.Tensor) -> torch.Tensor:
        x = self.wte(idx) + self.wpe(torch.arange(idx.size(1)))
        for block in self.blocks:
            x = block(x)
        return self.ln_f(x) @ self.wte.weight.T


def ref_step(model: RefGPT, opt: torch.optim.Optimizer, x: torch.Tensor, y: torch.Tensor) -> None:
    logits = model(x)
    loss = F.cross_entropy(logits.view(-1, logits.size(-1)), y.reshape(-1))
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), GRAD_CLIP)
    opt.step()
    opt.zero_grad(set_to_none=True)


def main(argv: list[str]) -> None:
    import numpy as np

    path, steps, vocab = argv[0], int(argv[1]), int(argv[2])
    n_layer, n_head, n_embd, block, batch = (int(a) for a in (argv[3:] or ["4", "4", "128", "64", "12"]))
    tokens = np.memmap(path, dtype=np.uint16, mode="r")
    model = RefGPT(n_layer, n_head, n_embd, block, vocab)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3, betas=BETAS, weight_decay=0.1)
    step = 0
    while steps == 0 or step < steps:
        ix = torch.randint(len(tokens) - block - 1, (batch,))
        window = torch.stack([torch.from_numpy(tokens[i:i + block + 1].astype(np.int64)) for i in ix.tolist()])
        ref_step(model, opt, window[:, :-1], window[:, 1:])
        step += 1
        print(f"step {step}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
