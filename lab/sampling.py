"""Choosing the next token: temperature, top-k, top-p, seeds, and streaming generation.

The model gives a score (logit) to every token of the vocabulary. Sampling turns the
scores into probabilities in three visible stages, which the Playground draws side by
side: the model's own distribution (`raw`), the one reshaped by the temperature
(`tempered`), and the one left after the top-k and top-p filters (`filtered`), from
which the token is drawn. Temperature 0 means greedy: always the most likely token.

`generate_stream` reuses the model's KV cache, so each new token costs one position,
not the whole text; it yields a `Step` per token with its distributions.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import torch
from torch import Tensor

from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP
from lab.model import GPT

# When the text outgrows the context, the cache is rebuilt from the last 3/4 of it:
# learned positions cannot slide, and rebuilding every step would lose the cache's gain.
KEEP_ON_OVERFLOW = 0.75


# --- pure functions over logits (..., V) -------------------------------------------

def apply_temperature(logits: Tensor, temperature: float) -> Tensor:
    """logits / T; at T = 0 (the limit) every token but the most likely gets −∞."""
    if temperature < 0:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The temperature cannot be negative ({t}). Use 0 or more."),
                       t=temperature)
    if temperature == 0:
        best = logits.argmax(dim=-1, keepdim=True)
        return torch.full_like(logits, float("-inf")).scatter(-1, best, 0.0)
    return logits / temperature


def top_k_filter(logits: Tensor, k: int | None) -> Tensor:
    """Keep exactly the `k` highest logits (ties broken by position), the rest −∞; 0/None keeps all."""
    if not k or k >= logits.size(-1):
        return logits
    keep = torch.zeros_like(logits, dtype=torch.bool).scatter(-1, logits.topk(k, dim=-1).indices, True)
    return logits.masked_fill(~keep, float("-inf"))


def top_p_filter(logits: Tensor, p: float | None) -> Tensor:
    """Keep the smallest set of most likely tokens whose probability adds up to at least `p` (nucleus)."""
    if p is None or p >= 1.0:
        return logits
    probs, order = torch.softmax(logits, dim=-1).sort(dim=-1, descending=True)  # (..., V) best first
    mass_before = probs.cumsum(dim=-1) - probs  # mass of the strictly better tokens
    drop = mass_before >= p - 1e-6  # the set already reached p without this token (float slack)
    drop[..., 0] = False  # the most likely token always stays
    return logits.masked_fill(torch.zeros_like(drop).scatter(-1, order, drop), float("-inf"))


def probabilities(logits: Tensor, temperature: float = 1.0, top_k: int | None = None,
                  top_p: float | None = None) -> tuple[Tensor, Tensor, Tensor]:
    """(raw, tempered, filtered) probability distributions over the vocabulary, each (..., V)."""
    tempered = apply_temperature(logits, temperature)
    filtered = top_p_filter(top_k_filter(tempered, top_k), top_p)
    return tuple(torch.softmax(x, dim=-1) for x in (logits, tempered, filtered))


def entropy(probs: Tensor, base: float = 2.0) -> Tensor:
    """H(p) = −Σ p log p over the last axis (bits by default); 0·log 0 counts as 0."""
    return torch.special.entr(probs).sum(dim=-1) / math.log(base)


def choose(filtered: Tensor, temperature: float, generator: torch.Generator | None = None) -> int:
    """Draw a token from a (V,) distribution; at temperature 0 take the most likely one."""
    if temperature == 0:
        return int(filtered.argmax())
    return int(torch.multinomial(filtered, 1, generator=generator))


# --- generation ----------------------------------------------------------------------

MAX_SEED = 2**63 - 1  # torch.Generator.manual_seed takes 64-bit seeds


def check_options(temperature: float, top_k: int | None, top_p: float | None, seed: int | None = None,
                  max_new_tokens: int = 0) -> None:
    """A LabError naming the first sampling option that is not a usable value (NaN, negative, too big)."""
    problems = [
        (not math.isfinite(temperature) or temperature < 0,
         QT_TRANSLATE_NOOP("LabError", "The temperature must be a number, 0 or more (0 = greedy), not {value}."),
         temperature),
        (top_k is not None and top_k < 0,
         QT_TRANSLATE_NOOP("LabError", "top-k must be 0 (keep every token) or more, not {value}."), top_k),
        (top_p is not None and not 0 < top_p <= 1,
         QT_TRANSLATE_NOOP("LabError", "top-p must be more than 0 and at most 1, not {value}."), top_p),
        (seed is not None and not 0 <= seed <= MAX_SEED,
         QT_TRANSLATE_NOOP("LabError", "The seed must be a whole number from 0 to {top}, not {value}."), seed),
        (max_new_tokens < 0,
         QT_TRANSLATE_NOOP("LabError", "The number of new tokens must be 0 or more, not {value}."), max_new_tokens),
    ]
    for bad, template, value in problems:
        if bad:
            raise LabError(template, value=value, top=MAX_SEED)

@dataclass(frozen=True)
class Step:
    """One generated token, with the distributions it was drawn from (CPU tensors, (V,))."""

    index: int  # 0 for the first new token
    token: int
    logprob: float  # log p(token) under the model itself (temperature 1, no filters)
    raw: Tensor
    tempered: Tensor
    filtered: Tensor

    def top(self, n: int = 10, which: str = "filtered") -> list[tuple[int, float]]:
        """The `n` most likely tokens of distribution `which` as (token id, probability)."""
        probs = getattr(self, which)
        values, ids = probs.topk(min(n, probs.numel()))
        return list(zip(ids.tolist(), values.tolist(), strict=True))


def generate_stream(model: GPT, ids: Sequence[int] | Tensor, max_new_tokens: int, temperature: float = 1.0,
                    top_k: int | None = None, top_p: float | None = None, seed: int | None = None,
                    stop_ids: Sequence[int] = ()) -> Iterator[Step]:
    """Continue the token ids `ids` one token at a time, yielding a `Step` per new token.

    Same seed, same continuation. Stops after a token in `stop_ids` (which is yielded).
    """
    check_options(temperature, top_k, top_p, seed, max_new_tokens)
    context = [int(i) for i in (ids.flatten().tolist() if isinstance(ids, Tensor) else ids)]
    if not context:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The prompt is empty. Write a few words first."))
    generator = torch.Generator().manual_seed(seed) if seed is not None else None
    cache = _Cache(model)
    for index in range(max_new_tokens):
        logits = cache.next_logits(context)  # (V,) on the CPU
        raw, tempered, filtered = probabilities(logits, temperature, top_k, top_p)
        token = choose(filtered, temperature, generator)
        context.append(token)
        yield Step(index, token, math.log(max(float(raw[token]), 1e-45)), raw, tempered, filtered)
        if token in stop_ids:
            return


class _Cache:
    """The KV cache of one generation, and the few positions not in it yet."""

    def __init__(self, model: GPT) -> None:
        self.model, self.past, self.cached = model, None, 0  # `cached` tokens of the context are in `past`
        self.block = model.cfg.block_size

    def next_logits(self, context: list[int]) -> Tensor:
        """Logits for the token after `context`, feeding the model only what the cache lacks."""
        if self.past is None or len(context) - self.cached + self.cache_len > self.block:
            keep = len(context) if self.past is None else int(self.block * KEEP_ON_OVERFLOW)
            window = context[-min(keep, self.block):]  # a fresh cache over the last tokens
            self.past, self.cached = None, len(context) - len(window)
        new = context[self.cached:]
        x = torch.tensor([new], dtype=torch.long, device=self.model.device)  # (1, T_new)
        out = _eval_forward(self.model, x, self.past)
        self.past, self.cached = out.past, len(context)
        return out.logits[0, -1].float().cpu()

    @property
    def cache_len(self) -> int:
        return self.past[0][0].size(2) if self.past else 0


def _eval_forward(model: GPT, x: Tensor, past: list | None):
    """A forward pass without gradients and in eval mode (no dropout), leaving the model's mode as it was."""
    with torch.no_grad():
        if not model.training:
            return model(x, past, use_cache=True)
        model.eval()
        try:
            return model(x, past, use_cache=True)
        finally:
            model.train()


def next_token_probabilities(model: GPT, ids: Sequence[int], temperature: float = 1.0, top_k: int | None = None,
                             top_p: float | None = None) -> tuple[Tensor, Tensor, Tensor]:
    """(raw, tempered, filtered) distributions, each (V,), for the token after `ids`."""
    return probabilities(_Cache(model).next_logits(list(ids)), temperature, top_k, top_p)


def generate(model: GPT, tokenizer, prompt: str, max_new_tokens: int = 64, temperature: float = 0.8,
             top_k: int | None = None, top_p: float | None = None, seed: int | None = None,
             stop_ids: Sequence[int] | None = None) -> str:
    """The model's continuation of `prompt` as text (stop tokens left out).

    Stops at the tokenizer's end-of-text token unless `stop_ids` says otherwise.
    """
    if stop_ids is None:
        stop_ids = tuple(i for i in (getattr(tokenizer, "eot_id", None),) if i is not None)
    new = [s.token for s in generate_stream(model, tokenizer.encode(prompt), max_new_tokens, temperature,
                                            top_k, top_p, seed, stop_ids) if s.token not in stop_ids]
    return tokenizer.decode(new)

