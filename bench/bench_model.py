"""How fast our GPT trains and generates on this machine, against plain references.

- `peak`: this machine's fp32 matmul speed (large square matmuls, 2 threads), the
  ceiling every other figure is compared with.
- `throughput`: training tokens per second at nanoGPT's CPU shape (4 layers, 4 heads,
  width 128, context 64, batch 12, its 65-character vocabulary), for a minimal eager
  GPT written below (the reference), our model eager, and our model compiled the way
  the pretraining job runs it; and the share of the peak our model reaches, counting
  6·N + attention FLOPs per token (nanoGPT's and PaLM's convention).
- `kv_cache`: 500 new tokens with a context of 256, with our KV cache against
  recomputing the whole context for every token (same sampling code otherwise).
- `quality` (slow, only when named: `python -m bench.bench_model quality`): validation
  bits per byte after the same wall-clock training time, BPE model against a
  character-level model of the nanoGPT CPU shape.

Run with `python -m bench model`, or `python -m bench.bench_model [part ...]`.
"""

# ruff: noqa: N803, N806, N812 - B, T, C and F as in every GPT implementation
from __future__ import annotations

import math
import os
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

from lab.config import ModelConfig, PretrainConfig, TokenizerConfig, WorldConfig, preset
from lab.jobs.pretrain import BETAS, GRAD_CLIP, Trainer
from lab.model import GPT, flops_per_token
from lab.sampling import choose, generate_stream, probabilities

THREADS = 2
NANOGPT_CPU = ModelConfig(n_layer=4, n_head=4, n_embd=128, block_size=64)
BATCH, CHAR_VOCAB = 12, 65


def peak(threads: int = THREADS) -> dict[str, float]:
    """Best fp32 GFLOPS of large square matmuls (the ceiling for everything else)."""
    torch.set_num_threads(threads)
    best = 0.0
    for n in (1024, 2048, 3072):
        a, b, c = torch.randn(n, n), torch.randn(n, n), torch.empty(n, n)
        torch.mm(a, b, out=c)
        reps = max(3, int(4e9 / n**3))
        for _ in range(3):
            began = time.perf_counter()
            for _ in range(reps):
                torch.mm(a, b, out=c)
            best = max(best, 2 * n**3 * reps / (time.perf_counter() - began) / 1e9)
    return {"peak/matmul_gflops": best}


# --- a minimal eager GPT, the reference (nanoGPT's recipe, nothing else) ---------------

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
    def __init__(self, cfg: ModelConfig, vocab: int) -> None:
        super().__init__()
        self.wte, self.wpe = nn.Embedding(vocab, cfg.n_embd), nn.Embedding(cfg.block_size, cfg.n_embd)
        self.blocks = nn.ModuleList(RefBlock(cfg.n_embd, cfg.n_head) for _ in range(cfg.n_layer))
        self.ln_f = nn.LayerNorm(cfg.n_embd)

    def forward(self, idx: torch.Tensor) -> torch.Tensor:
        x = self.wte(idx) + self.wpe(torch.arange(idx.size(1)))
        for block in self.blocks:
            x = block(x)
        return self.ln_f(x) @ self.wte.weight.T


def _ref_step(model: RefGPT, opt: torch.optim.Optimizer, x: torch.Tensor, y: torch.Tensor) -> None:
    logits = model(x)
    loss = F.cross_entropy(logits.view(-1, logits.size(-1)), y.view(-1))
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), GRAD_CLIP)
    opt.step()
    opt.zero_grad(set_to_none=True)


def _tokens_per_s(step, batches, warmup: int = 5, steps: int = 15, windows: int = 3) -> float:
    """Best of `windows` timings of `steps` training steps, after `warmup` untimed ones."""
    for i in range(warmup):
        step(*batches[i % len(batches)])
    best = 0.0
    for _ in range(windows):
        began = time.perf_counter()
        for i in range(steps):
            step(*batches[i % len(batches)])
        best = max(best, steps * batches[0][0].numel() / (time.perf_counter() - began))
    return best


def throughput(cfg: ModelConfig = NANOGPT_CPU, vocab: int = CHAR_VOCAB, batch: int = BATCH,
               peak_gflops: float | None = None) -> dict[str, float]:
    """Training tokens/s: reference, ours eager, ours compiled; our share of the matmul peak."""
    torch.set_num_threads(THREADS)
    g = torch.Generator().manual_seed(0)
    batches = [(torch.randint(vocab, (batch, cfg.block_size), generator=g),
                torch.randint(vocab, (batch, cfg.block_size), generator=g)) for _ in range(4)]
    torch.manual_seed(0)
    ref = RefGPT(cfg, vocab)
    ref_opt = torch.optim.AdamW(ref.parameters(), lr=1e-3, betas=BETAS, weight_decay=0.1)
    figures = {"train/reference_eager_tokens_per_s": _tokens_per_s(lambda x, y: _ref_step(ref, ref_opt, x, y), batches)}
    train_cfg = PretrainConfig(max_steps=10**6, warmup_steps=0, compile=False)
    eager = Trainer(cfg, train_cfg, vocab, seed=0)
    figures["train/ours_eager_tokens_per_s"] = _tokens_per_s(eager.train_step, batches)
    compiled = Trainer(cfg, PretrainConfig(max_steps=10**6, warmup_steps=0, compile=True), vocab, seed=0)
    began = time.perf_counter()
    compiled.train_step(*batches[0])
    figures["train/compile_s"] = time.perf_counter() - began
    figures["train/ours_compiled_tokens_per_s"] = _tokens_per_s(compiled.train_step, batches)
    flops = flops_per_token(cfg, vocab)
    figures["train/flops_per_token"] = float(flops)
    if peak_gflops:
        for name in ("ours_eager", "ours_compiled", "reference_eager"):
            figures[f"train/{name}_fraction_of_peak"] = flops * figures[f"train/{name}_tokens_per_s"] / (
                peak_gflops * 1e9)
    return figures


# --- generation: KV cache against recomputing the context -------------------------------

def _recompute_stream(model: GPT, ids: list[int], max_new_tokens: int) -> list[int]:
    """Greedy generation that reruns the model on the last `block_size` tokens for every new one."""
    ids = list(ids)
    with torch.no_grad():
        for _ in range(max_new_tokens):
            window = torch.tensor([ids[-model.cfg.block_size:]])
            logits = model(window).logits[0, -1].float()
            ids.append(choose(probabilities(logits, 0.0)[2], 0.0))
    return ids


def kv_cache(new_tokens: int = 500, context: int = 256, vocab: int = 2048) -> dict[str, float]:
    """Seconds for `new_tokens` greedy tokens with the cache and without, at a `context`-token window."""
    torch.set_num_threads(THREADS)
    torch.manual_seed(0)
    model = GPT(ModelConfig(n_layer=4, n_head=4, n_embd=128, block_size=context), vocab).eval()
    prompt = torch.randint(vocab, (16,), generator=torch.Generator().manual_seed(1)).tolist()
    list(generate_stream(model, prompt, 20, temperature=0))  # warm up
    began = time.perf_counter()
    cached = [s.token for s in generate_stream(model, prompt, new_tokens, temperature=0)]
    with_cache = time.perf_counter() - began
    began = time.perf_counter()
    recomputed = _recompute_stream(model, prompt, new_tokens)[len(prompt):]
    without = time.perf_counter() - began
    same = next((i for i, (a, b) in enumerate(zip(cached, recomputed, strict=True)) if a != b), new_tokens)
    return {"generate/cached_s": with_cache, "generate/recompute_s": without,
            "generate/speedup": without / with_cache, "generate/tokens_equal_to_recompute": float(same)}


def run(parts: tuple[str, ...] | None = None) -> dict[str, float]:
    """The figures named in `parts` (default: peak, throughput, kv_cache; `quality` only when asked)."""
    parts = parts or tuple(os.environ.get("LLM_LAB_BENCH_MODEL", "peak,throughput,kv_cache").split(","))
    figures: dict[str, float] = {}
    if "peak" in parts or "throughput" in parts:
        figures.update(peak())
    if "throughput" in parts:
        figures.update(throughput(peak_gflops=figures["peak/matmul_gflops"]))
        figures.update({k.replace("train/", "train_bpe2048/"): v for k, v in throughput(
            vocab=2048, peak_gflops=figures["peak/matmul_gflops"]).items() if "ours" in k or "reference" in k})
    if "kv_cache" in parts:
        figures.update(kv_cache())
    if "quality" in parts:
        figures.update(quality())
    return figures


# --- quality per wall-clock: BPE against characters ---------------------------------

class CharTokenizer:
    """nanoGPT's character-level tokenizer: one id per distinct character of the text."""

    def __init__(self, text: str) -> None:
        self.chars = sorted(set(text))
        self.index = {c: i for i, c in enumerate(self.chars)}
        self.vocab_size = len(self.chars)

    def encode(self, text: str) -> list[int]:
        return [self.index[c] for c in text]

    def decode(self, ids: list[int]) -> str:
        return "".join(self.chars[i] for i in ids)


def _bpe_tokenizer(text: str, vocab_size: int):
    """The lab's BPE tokenizer when it exists, else the same recipe straight from HF `tokenizers`."""
    try:
        from lab.tokenizer import train_bpe

        return train_bpe([text], TokenizerConfig(vocab_size=vocab_size))
    except ImportError:
        from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

        tok = Tokenizer(models.BPE())
        tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
        tok.decoder = decoders.ByteLevel()
        tok.train_from_iterator([text], trainers.BpeTrainer(
            vocab_size=vocab_size, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))

        class HF:
            vocab_size = tok.get_vocab_size()
            encode = staticmethod(lambda t: tok.encode(t).ids)
            decode = staticmethod(lambda ids: tok.decode(ids))

        return HF()


def _train_for(seconds: float, text: str, tokenizer, cfg: ModelConfig, batch: int, compile: bool) -> dict:
    """Train from scratch for `seconds` of wall-clock (compiling included); validation bits per byte."""
    from lab import data

    split = data.split_tokens(data.encode(text, tokenizer), tokenizer, cfg.block_size)
    timing = Trainer(cfg, PretrainConfig(max_steps=100, warmup_steps=0, compile=False), tokenizer.vocab_size, 0)
    began = time.perf_counter()
    for _ in range(10):
        timing.train_step(*data.random_batch(split.train, batch, cfg.block_size))
    steps = int(seconds / ((time.perf_counter() - began) / 10) * (1.2 if compile else 1.0))
    train_cfg = PretrainConfig(max_steps=max(steps, 50), batch_size=batch, warmup_steps=min(100, steps // 10),
                               compile=compile)
    trainer = Trainer(cfg, train_cfg, tokenizer.vocab_size, seed=0)
    began = time.perf_counter()
    while trainer.step < train_cfg.max_steps and time.perf_counter() - began < seconds:
        trainer.train_step(*data.random_batch(split.train, batch, cfg.block_size, trainer.data_rng))
    loss = trainer.evaluate(data.fixed_batches(split.val, 32, cfg.block_size, 16))
    return {"bpb": data.bits_per_byte(loss, split.val_bytes_per_token), "steps": float(trainer.step),
            "val_bytes_per_token": split.val_bytes_per_token}


def quality(seconds: float = 120.0) -> dict[str, float]:
    """Validation bits per byte after `seconds` of training: our BPE model vs nanoGPT's char model."""
    from lab.world import generate

    torch.set_num_threads(THREADS)
    text = generate(preset(WorldConfig, "classroom")).text
    bpe = _train_for(seconds, text, _bpe_tokenizer(text, 2048), preset(ModelConfig, "classroom"),
                     batch=preset(PretrainConfig, "classroom").batch_size, compile=True)
    char = _train_for(seconds, text, CharTokenizer(text), NANOGPT_CPU, batch=BATCH, compile=False)
    return {f"quality/{name}_{key}": value for name, run in (("bpe", bpe), ("char", char))
            for key, value in run.items()}


if __name__ == "__main__":
    for key, value in run(tuple(sys.argv[1:]) or None).items():
        print(f"{key:<52} {value:,.4g}" if isinstance(value, float) and not math.isnan(value) else f"{key:<52} {value}")
