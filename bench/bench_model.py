"""How fast our GPT trains and generates on this machine, against plain references.

- `throughput`: training tokens per second at nanoGPT's CPU shape (4 layers, 4 heads,
  width 128, context 64, batch 12, its 65-character vocabulary), for a minimal eager
  GPT (the reference, `bench/plain_loop.py`), our model eager, and our model compiled the way
  the pretraining job runs it; and the share of this machine's fp32 matmul peak
  (large square matmuls, 2 threads, measured between the rounds) each reaches,
  counting 6·N + attention FLOPs per token (nanoGPT's and PaLM's convention).
  `throughput_bpe` (only when named): the same at the classroom 2048-token vocabulary.
- `kv_cache`: 500 new tokens with a context of 256, with our KV cache against
  recomputing the whole context for every token (same sampling code otherwise).
- `quality` (slow, only when named: `python -m bench.bench_model quality`): validation
  bits per byte after the same wall-clock training time, BPE model against a
  character-level model of the nanoGPT CPU shape.

Run with `python -m bench model`, or `python -m bench.bench_model [part ...]`. The
machine's load average is reported before and after: on a shared machine, compare
figures only within one run.
"""

# ruff: noqa: N803, N806, N812 - B, T, C and F as in every GPT implementation
from __future__ import annotations

import math
import os
import sys
import time

import torch

from bench.plain_loop import RefGPT, ref_step
from lab import data
from lab.config import ModelConfig, PretrainConfig, TokenizerConfig, WorldConfig, preset
from lab.jobs.pretrain import Trainer
from lab.model import GPT, flops_per_token
from lab.sampling import choose, generate_stream, probabilities
from lab.training import BETAS

THREADS = int(os.environ.get("LLM_LAB_BENCH_THREADS", "2"))  # 1 gives steadier figures on a busy machine
NANOGPT_CPU = ModelConfig(n_layer=4, n_head=4, n_embd=128, block_size=64)
BATCH, CHAR_VOCAB = 12, 65


def peak(threads: int = THREADS, tries: int = 2) -> dict[str, float]:
    """Best fp32 GFLOPS of large square matmuls (the ceiling for everything else)."""
    torch.set_num_threads(threads)
    best = 0.0
    for n in (2048, 3072):
        a, b, c = torch.randn(n, n), torch.randn(n, n), torch.empty(n, n)
        torch.mm(a, b, out=c)
        reps = max(2, int(2e10 / n**3))
        for _ in range(tries):
            began = time.perf_counter()
            for _ in range(reps):
                torch.mm(a, b, out=c)
            best = max(best, 2 * n**3 * reps / (time.perf_counter() - began) / 1e9)
    return {"peak/matmul_gflops": best}


def _time_steps(step, batches, steps: int) -> float:
    """Tokens per second over `steps` training steps."""
    began = time.perf_counter()
    for i in range(steps):
        step(*batches[i % len(batches)])
    return steps * batches[0][0].numel() / (time.perf_counter() - began)


def throughput(cfg: ModelConfig = NANOGPT_CPU, vocab: int = CHAR_VOCAB, batch: int = BATCH,
               rounds: int = 4, steps: int = 10) -> dict[str, float]:
    """Training tokens/s of the reference, ours eager and ours compiled, and our share of the matmul peak.

    The candidates (and the peak) are timed in turn, `rounds` times, keeping each one's
    best: on a shared machine, the others' load then falls on all of them alike.
    """
    torch.set_num_threads(THREADS)
    g = torch.Generator().manual_seed(0)
    batches = [(torch.randint(vocab, (batch, cfg.block_size), generator=g),
                torch.randint(vocab, (batch, cfg.block_size), generator=g)) for _ in range(4)]
    torch.manual_seed(0)
    ref = RefGPT(cfg.n_layer, cfg.n_head, cfg.n_embd, cfg.block_size, vocab)
    ref_opt = torch.optim.AdamW(ref.parameters(), lr=1e-3, betas=BETAS, weight_decay=0.1)
    eager = Trainer(cfg, PretrainConfig(max_steps=10**6, warmup_steps=0, compile=False), vocab, seed=0)
    compiled = Trainer(cfg, PretrainConfig(max_steps=10**6, warmup_steps=0, compile=True), vocab, seed=0)
    began = time.perf_counter()
    compiled.train_step(*batches[0])
    figures = {"compile_s": time.perf_counter() - began}
    candidates = {"reference_eager": lambda x, y: ref_step(ref, ref_opt, x, y),
                  "ours_eager": eager.train_step, "ours_compiled": compiled.train_step}
    best = dict.fromkeys(candidates, 0.0)
    peak_gflops = 0.0
    for step in candidates.values():
        _time_steps(step, batches, 3)  # warm up
    for _ in range(rounds):
        peak_gflops = max(peak_gflops, peak()["peak/matmul_gflops"])
        for name, step in candidates.items():
            best[name] = max(best[name], _time_steps(step, batches, steps))
    flops = flops_per_token(cfg, vocab)
    figures.update({"flops_per_token": float(flops), "peak_gflops": peak_gflops})
    for name, tokens_per_s in best.items():
        figures[f"{name}_tokens_per_s"] = tokens_per_s
        figures[f"{name}_fraction_of_peak"] = flops * tokens_per_s / (peak_gflops * 1e9)
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
    """The figures named in `parts` (default: throughput, kv_cache; `quality` only when asked)."""
    parts = parts or tuple(os.environ.get("LLM_LAB_BENCH_MODEL", "throughput,kv_cache").split(","))
    figures: dict[str, float] = {"threads": float(THREADS), "load_average_1min_before": os.getloadavg()[0]}
    if "peak" in parts:
        figures.update(peak())
    if "throughput" in parts:
        figures.update({f"train/{k}": v for k, v in throughput().items()})
    if "throughput_bpe" in parts:  # the same shape with the classroom tokenizer's 2048 tokens
        figures.update({f"train_v2048/{k}": v for k, v in throughput(vocab=2048).items()})
    if "kv_cache" in parts:
        figures.update(kv_cache())
    if "quality" in parts:
        figures.update(quality())
    figures["load_average_1min_after"] = os.getloadavg()[0]
    return figures


# --- quality per wall-clock: BPE against characters ---------------------------------

class _Contender:
    """One model training on its own tokenization of the text, with its own wall-clock budget."""

    def __init__(self, text: str, tokenizer, cfg: ModelConfig, batch: int, compile: bool, seconds: float) -> None:
        self.split = data.split_tokens(data.encode(text, tokenizer), tokenizer, cfg.block_size)
        self.cfg, self.batch, self.seconds, self.spent = cfg, batch, seconds, 0.0
        steps = int(seconds / self._seconds_per_step(tokenizer.vocab_size))  # to size the cosine schedule
        train_cfg = PretrainConfig(max_steps=max(steps, 50), batch_size=batch, warmup_steps=min(100, steps // 10),
                                   compile=compile)
        self.trainer = Trainer(cfg, train_cfg, tokenizer.vocab_size, seed=0)

    def _seconds_per_step(self, vocab: int) -> float:
        probe = Trainer(self.cfg, PretrainConfig(max_steps=100, warmup_steps=0, compile=False), vocab, seed=0)
        began = time.perf_counter()
        for _ in range(10):
            probe.train_step(*data.random_batch(self.split.train, self.batch, self.cfg.block_size))
        return (time.perf_counter() - began) / 10

    def train(self, slice_s: float) -> None:
        """Train for up to `slice_s` more seconds of this contender's budget (compiling counts)."""
        t, began = self.trainer, time.perf_counter()
        until = min(slice_s, self.seconds - self.spent)
        while t.step < t.cfg.max_steps and time.perf_counter() - began < until:
            t.train_step(*data.random_batch(self.split.train, self.batch, self.cfg.block_size, t.data_rng))
        self.spent += time.perf_counter() - began
        if t.step >= t.cfg.max_steps:  # schedule finished early: its budget is over
            self.spent = self.seconds

    def result(self) -> dict[str, float]:
        loss = self.trainer.evaluate(data.fixed_batches(self.split.val, 32, self.cfg.block_size, 16))
        return {"val_bpb": data.bits_per_byte(loss, self.split.val_bytes_per_token),
                "steps": float(self.trainer.step), "bytes_per_token": self.split.val_bytes_per_token}


def quality(seconds: float = 120.0, slice_s: float = 10.0) -> dict[str, float]:
    """Validation bits per byte after `seconds` of training each: our BPE model vs nanoGPT's char model.

    Both learn the classroom world's cleaned corpus; they train in alternating slices, so
    a busy machine slows both alike. The BPE model is the classroom preset, compiled as
    the job runs it (compile time included); the char model is nanoGPT's CPU shape, eager.
    """
    from lab.corpus import clean_text
    from lab.tokenizer import CharTokenizer, train_bpe
    from lab.world import generate

    torch.set_num_threads(THREADS)
    text = clean_text(generate(preset(WorldConfig, "classroom")).text)[0]
    contenders = {
        "bpe": _Contender(text, train_bpe([text], TokenizerConfig(vocab_size=2048)), preset(ModelConfig, "classroom"),
                          preset(PretrainConfig, "classroom").batch_size, compile=True, seconds=seconds),
        "char": _Contender(text, CharTokenizer.train([text]), NANOGPT_CPU, BATCH, compile=False, seconds=seconds),
    }
    while any(c.spent < c.seconds for c in contenders.values()):
        for c in contenders.values():
            c.train(slice_s)
    return {f"quality/{name}_{key}": value for name, c in contenders.items() for key, value in c.result().items()}


if __name__ == "__main__":
    for key, value in run(tuple(sys.argv[1:]) or None).items():
        print(f"{key:<52} {value:,.4g}" if isinstance(value, float) and not math.isnan(value) else f"{key:<52} {value}")
