"""The GPT: a decoder-only transformer on the GPT-2 recipe, small enough for a laptop.

Token and learned position embeddings, a stack of pre-LayerNorm blocks (causal
self-attention, then an MLP with GPT-2's tanh GELU), a final LayerNorm, and an
output layer that reuses the token embedding (weight tying). Parameter names follow
Hugging Face's `GPT2LMHeadModel` (`transformer.h.0.attn.c_attn.weight`, ...), so a
checkpoint maps onto it one to one; only HF's `Conv1D` stores its weights transposed.

Generation reuses a KV cache: each layer hands back its keys and values, and the next
call attends to them instead of recomputing the whole text. An optional scalar head
(`scalar_head=True`) adds one number per position, for the reward and value models.
The figures the Model page shows (parameters, FLOPs, memory, block diagram) are
closed-form functions of the config at the end of this file.
"""

# ruff: noqa: N803, N806, N812 - B, T, C, F: the shape letters and alias every GPT paper and nanoGPT use
from __future__ import annotations

import math
import os
from dataclasses import dataclass, replace
from typing import Any

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import Tensor

from lab.config import ModelConfig, from_dict, to_dict, validate
from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP

KV = tuple[Tensor, Tensor]  # one layer's cached keys and values, each (B, nh, T_past, hs)


@dataclass
class GPTOutput:
    """What one forward pass returns; fields are None when not asked for."""

    logits: Tensor | None  # (B, T, V) scores for the next token at every position
    values: Tensor | None  # (B, T) the scalar head's output, if the model has one
    past: list[KV] | None  # per layer, keys and values of every position so far
    attn: list[Tensor] | None  # per layer (B, nh, T, T_past + T) attention weights
    hidden: Tensor  # (B, T, C) the final LayerNorm's output


class CausalSelfAttention(nn.Module):
    """Every position looks back at itself and earlier positions, in `n_head` heads at once."""

    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        self.n_head = cfg.n_head
        self.c_attn = nn.Linear(cfg.n_embd, 3 * cfg.n_embd)  # queries, keys, values of all heads in one matmul
        self.c_proj = nn.Linear(cfg.n_embd, cfg.n_embd)
        self.dropout = cfg.dropout
        self.resid_dropout = _dropout(cfg.dropout)

    def forward(self, x: Tensor, past: KV | None = None, return_attn: bool = False):
        B, T, C = x.shape
        hs = C // self.n_head
        q, k, v = self.c_attn(x).split(C, dim=2)  # 3 × (B, T, C)
        q, k, v = (t.view(B, T, self.n_head, hs).transpose(1, 2) for t in (q, k, v))  # (B, nh, T, hs)
        if past is not None:
            k = torch.cat((past[0], k), dim=2)  # (B, nh, T_past + T, hs)
            v = torch.cat((past[1], v), dim=2)
        p = self.dropout if self.training else 0.0
        if return_attn:
            y, weights = _explicit_attention(q, k, v, p)
        else:
            y, weights = _fast_attention(q, k, v, p), None  # (B, nh, T, hs)
        y = y.transpose(1, 2).reshape(B, T, C)  # heads side by side again
        return self.resid_dropout(self.c_proj(y)), (k, v), weights


def _fast_attention(q: Tensor, k: Tensor, v: Tensor, dropout: float) -> Tensor:
    """softmax(q kᵀ / √hs + causal mask) v with PyTorch's fused kernel (never builds T×T in memory)."""
    T, Tk = q.size(2), k.size(2)
    if T == Tk:
        return F.scaled_dot_product_attention(q, k, v, dropout_p=dropout, is_causal=True)
    if T == 1:  # one new token with a cache: it may see everything, no mask needed
        return F.scaled_dot_product_attention(q, k, v, dropout_p=dropout)
    return F.scaled_dot_product_attention(q, k, v, attn_mask=causal_mask(T, Tk, q.device), dropout_p=dropout)


def _explicit_attention(q: Tensor, k: Tensor, v: Tensor, dropout: float) -> tuple[Tensor, Tensor]:
    """The same attention written out, keeping the (B, nh, T, Tk) weights for display."""
    scores = (q @ k.transpose(-2, -1)) / math.sqrt(q.size(-1))  # (B, nh, T, Tk)
    scores = scores.masked_fill(~causal_mask(q.size(2), k.size(2), q.device), float("-inf"))
    weights = F.softmax(scores, dim=-1)
    return F.dropout(weights, dropout) @ v, weights  # (B, nh, T, hs), (B, nh, T, Tk)


def _dropout(p: float) -> nn.Module:
    """Dropout, or nothing at all when p = 0 (the usual case: saves a pass over the activations)."""
    return nn.Dropout(p) if p > 0 else nn.Identity()


def causal_mask(T: int, Tk: int, device: Any = None) -> Tensor:
    """(T, Tk) booleans: query i (the last T of Tk positions) may see keys 0 … Tk - T + i."""
    return torch.ones(T, Tk, dtype=torch.bool, device=device).tril(diagonal=Tk - T)


class MLP(nn.Module):
    """Per position: widen ×4, GELU (tanh approximation, as GPT-2), project back."""

    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        self.c_fc = nn.Linear(cfg.n_embd, 4 * cfg.n_embd)
        self.act = nn.GELU(approximate="tanh")
        self.c_proj = nn.Linear(4 * cfg.n_embd, cfg.n_embd)
        self.dropout = _dropout(cfg.dropout)

    def forward(self, x: Tensor) -> Tensor:
        return self.dropout(self.c_proj(self.act(self.c_fc(x))))  # (B, T, C) → (B, T, 4C) → (B, T, C)


class Block(nn.Module):
    """One transformer block, pre-LayerNorm: x + attn(ln(x)), then x + mlp(ln(x))."""

    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        self.ln_1 = nn.LayerNorm(cfg.n_embd)
        self.attn = CausalSelfAttention(cfg)
        self.ln_2 = nn.LayerNorm(cfg.n_embd)
        self.mlp = MLP(cfg)

    def forward(self, x: Tensor, past: KV | None = None, return_attn: bool = False):
        a, kv, weights = self.attn(self.ln_1(x), past, return_attn)
        x = x + a  # (B, T, C)
        return x + self.mlp(self.ln_2(x)), kv, weights


class GPT(nn.Module):
    """The language model; `scalar_head=True` adds a per-position scalar (reward, value)."""

    def __init__(self, cfg: ModelConfig, vocab_size: int, scalar_head: bool = False) -> None:
        super().__init__()
        self.cfg, self.vocab_size = cfg, vocab_size
        self.transformer = nn.ModuleDict(dict(
            wte=nn.Embedding(vocab_size, cfg.n_embd),  # token embedding, also the output layer (tied)
            wpe=nn.Embedding(cfg.block_size, cfg.n_embd),  # one learned vector per position
            drop=_dropout(cfg.dropout),
            h=nn.ModuleList(Block(cfg) for _ in range(cfg.n_layer)),
            ln_f=nn.LayerNorm(cfg.n_embd),
        ))
        # HF's GPT2ForSequenceClassification calls its (bias-free) head `score`.
        self.score = nn.Linear(cfg.n_embd, 1, bias=False) if scalar_head else None
        self.apply(_init_weights)
        for name, p in self.named_parameters():
            if name.endswith("c_proj.weight"):  # GPT-2: residual projections scaled by 1/√(2·layers)
                nn.init.normal_(p, mean=0.0, std=0.02 / math.sqrt(2 * cfg.n_layer))

    @property
    def device(self) -> torch.device:
        return self.transformer.wte.weight.device

    def forward(self, idx: Tensor, past: list[KV] | None = None, *, use_cache: bool = False,
                return_attn: bool = False, with_logits: bool = True) -> GPTOutput:
        """Run token ids `idx` (B, T), after the cached positions in `past` if given."""
        B, T = idx.shape
        start = past[0][0].size(2) if past else 0
        if start + T > self.cfg.block_size:
            raise LabError(QT_TRANSLATE_NOOP("LabError", "The text is {n} tokens long but this model sees at most "
                                             "{block} tokens. Use a shorter text."),
                           n=start + T, block=self.cfg.block_size)
        pos = torch.arange(start, start + T, device=idx.device)  # (T,)
        x = self.transformer.drop(self.transformer.wte(idx) + self.transformer.wpe(pos))  # (B, T, C)
        new_past, maps = [], []
        for i, block in enumerate(self.transformer.h):
            x, kv, weights = block(x, past[i] if past else None, return_attn)
            new_past.append(kv)
            maps.append(weights)
        x = self.transformer.ln_f(x)  # (B, T, C)
        return GPTOutput(
            logits=F.linear(x, self.transformer.wte.weight) if with_logits else None,  # (B, T, V), tied weights
            values=self.score(x).squeeze(-1) if self.score is not None else None,  # (B, T)
            past=new_past if use_cache else None,
            attn=maps if return_attn else None,
            hidden=x,
        )

    def num_params(self, non_embedding: bool = False) -> int:
        """Parameters in the model; `non_embedding` leaves out the position table (nanoGPT's count)."""
        n = sum(p.numel() for p in self.parameters())
        return n - self.transformer.wpe.weight.numel() if non_embedding else n


def _init_weights(module: nn.Module) -> None:
    """GPT-2's initialisation: N(0, 0.02) weights, zero biases, LayerNorm as identity."""
    if isinstance(module, (nn.Linear, nn.Embedding)):
        nn.init.normal_(module.weight, mean=0.0, std=0.02)
    if isinstance(module, nn.Linear) and module.bias is not None:
        nn.init.zeros_(module.bias)


# --- saving and loading --------------------------------------------------------------

def model_meta(model: GPT) -> dict[str, Any]:
    """The JSON facts needed to rebuild `model` from its weights."""
    return {"model": to_dict(model.cfg), "vocab_size": model.vocab_size, "scalar_head": model.score is not None}


def state_for_save(model: GPT) -> dict[str, Tensor]:
    """The weights as a flat dict of tensors (no tied duplicates), ready for safetensors."""
    return {k: v.detach() for k, v in model.state_dict().items()}


def from_checkpoint(tensors: dict[str, Tensor], meta: dict[str, Any], device: str = "cpu",
                    scalar_head: bool | None = None) -> GPT:
    """Rebuild a GPT from `(tensors, meta)` as saved by a job.

    `scalar_head=True` on a checkpoint without one starts a fresh head on top of the
    saved body (how a reward model starts from the pretrained model).
    """
    head = meta.get("scalar_head", False) if scalar_head is None else scalar_head
    try:
        cfg, vocab_size = from_dict(ModelConfig, meta["model"]), int(meta["vocab_size"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # meta.json edited or cut by hand
        raise _misfit(f"meta.json: {type(exc).__name__} {exc}") from exc
    _check_shapes(tensors, cfg, vocab_size)  # before allocating: a small file may claim a huge model
    model = GPT(cfg, vocab_size, scalar_head=head)
    try:
        missing, unexpected = model.load_state_dict(tensors, strict=False)
    except RuntimeError as exc:  # a tensor of the wrong shape
        raise _misfit(str(exc).splitlines()[-1].strip()) from exc
    if [k for k in missing if k != "score.weight"] or [k for k in unexpected if k != "score.weight"]:
        raise _misfit(", ".join(missing + unexpected))
    return model.to(device)


def _check_shapes(tensors: dict[str, Tensor], cfg: ModelConfig, vocab_size: int) -> None:
    """The embedding tables and the number of blocks that the meta claims are the ones in the file."""
    expected = {"transformer.wte.weight": (vocab_size, cfg.n_embd),
                "transformer.wpe.weight": (cfg.block_size, cfg.n_embd)}
    for key, shape in expected.items():
        if key not in tensors or tuple(tensors[key].shape) != shape:
            found = tuple(tensors[key].shape) if key in tensors else "missing"
            raise _misfit(f"{key}: {found}, the settings say {shape}")
    blocks = {k.split(".")[2] for k in tensors if k.startswith("transformer.h.")}
    if blocks != {str(i) for i in range(cfg.n_layer)}:
        raise _misfit(f"{len(blocks)} blocks, the settings say {cfg.n_layer}")


def _misfit(reason: str) -> LabError:
    return LabError(QT_TRANSLATE_NOOP("LabError", "The checkpoint does not fit this model ({reason}). "
                                      "Train this stage again."), reason=reason[:200])


# --- what a config costs: the Model page's figures ----------------------------------

def count_params(cfg: ModelConfig, vocab_size: int, non_embedding: bool = False, scalar_head: bool = False) -> int:
    """Parameters of `GPT(cfg, vocab_size)` in closed form (equals `model.num_params()`)."""
    C = cfg.n_embd
    # per block: c_attn 3C²+3C, attn.c_proj C²+C, c_fc 4C²+4C, mlp.c_proj 4C²+C, two LayerNorms 4C
    per_block = 12 * C * C + 13 * C
    n = vocab_size * C + cfg.n_layer * per_block + 2 * C + (C if scalar_head else 0)
    return n if non_embedding else n + cfg.block_size * C


def flops_per_token(cfg: ModelConfig, vocab_size: int) -> int:
    """Training FLOPs per token (forward and backward): 6·N plus 12·L·C·T for attention.

    N counts the weights a token is multiplied by: the tied embedding once (as the output
    layer), not the position table, which is only looked up. The attention term counts
    q·kᵀ and weights·v over the whole context, as nanoGPT and PaLM do, although the
    causal mask lets half of it be skipped.
    """
    n = count_params(cfg, vocab_size, non_embedding=True)
    return 6 * n + 12 * cfg.n_layer * cfg.n_embd * cfg.block_size


def training_memory(cfg: ModelConfig, vocab_size: int, batch_size: int = 1) -> dict[str, int]:
    """Bytes to train in fp32 with AdamW: weights, gradients, optimizer moments, activations.

    Activations are what backward needs per token and layer (LayerNorm inputs and outputs,
    q/k/v, attention output, the MLP's two 4C tensors: 16·C floats, plus the attention
    weights when they are kept), the embeddings and the logits with their gradient.
    """
    n, C, T = count_params(cfg, vocab_size), cfg.n_embd, cfg.block_size
    per_token = cfg.n_layer * (16 * C + cfg.n_head * T) + 3 * C + 2 * vocab_size
    weights = 4 * n
    parts = {"weights": weights, "gradients": weights, "optimizer": 2 * weights,
             "activations": 4 * batch_size * T * per_token}
    return {**parts, "total": sum(parts.values())}


def available_memory() -> int | None:
    """Bytes of memory free for a new model (Linux), else the machine's total, else None."""
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None


def same_shape(a: ModelConfig, b: ModelConfig) -> bool:
    """True when weights saved for `a` fit `b`: dropout changes how it trains, not its tensors."""
    return replace(a, dropout=b.dropout) == b


def check_config(cfg: ModelConfig, vocab_size: int, batch_size: int = 1, memory_bytes: int | None = None) -> None:
    """Refuse, with a LabError saying why, a model that cannot be built or trained here."""
    validate(cfg)
    if cfg.n_embd % cfg.n_head:
        nearest = max(cfg.n_head, round(cfg.n_embd / cfg.n_head) * cfg.n_head)
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The width {width} does not divide by {heads} attention heads. "
                                         "Choose a multiple of {heads}, such as {nearest}."),
                       width=cfg.n_embd, heads=cfg.n_head, nearest=nearest)
    if vocab_size < 2:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The vocabulary has {n} tokens; a model needs at least 2. "
                                         "Train the tokenizer first."), n=vocab_size)
    need = training_memory(cfg, vocab_size, batch_size)["total"]
    have = memory_bytes if memory_bytes is not None else available_memory()
    if have is not None and need > 0.8 * have:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "This model needs about {need} GB of memory to train, but about "
                                         "{have} GB are free. Use fewer layers, a smaller width or a smaller batch."),
                       need=round(need / 1e9, 1), have=round(have / 1e9, 1))


def diagram(cfg: ModelConfig, vocab_size: int, batch: int = 1, seq: int | None = None) -> list[tuple[str, tuple]]:
    """The block diagram as (name, tensor shape) rows, top to bottom; `transformer.h.*` repeats n_layer times."""
    B, T, C, nh = batch, seq or cfg.block_size, cfg.n_embd, cfg.n_head
    block = [
        ("ln_1", (B, T, C)), ("attn.c_attn", (B, T, 3 * C)), ("attn.q, attn.k, attn.v", (B, nh, T, C // nh)),
        ("attn.softmax(q·kᵀ/√hs)", (B, nh, T, T)), ("attn.weights·v", (B, nh, T, C // nh)),
        ("attn.c_proj", (B, T, C)), ("residual +", (B, T, C)), ("ln_2", (B, T, C)), ("mlp.c_fc", (B, T, 4 * C)),
        ("mlp.gelu", (B, T, 4 * C)), ("mlp.c_proj", (B, T, C)), ("residual +", (B, T, C)),
    ]
    return [("tokens", (B, T)), ("transformer.wte", (B, T, C)), ("transformer.wpe", (T, C)),
            ("wte + wpe", (B, T, C)), *[(f"transformer.h.*.{name}", shape) for name, shape in block],
            ("transformer.ln_f", (B, T, C)), ("lm_head (wteᵀ)", (B, T, vocab_size)),
            ("softmax", (B, T, vocab_size))]
