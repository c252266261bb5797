"""What the Playground looks at inside a trained model, for one text at a time.

The next-token logits (computed once per text, so moving a slider only re-runs the
cheap `sampling.probabilities`), the attention weights of every layer and head, the
entropy of the next-token distribution across temperatures, and a job that draws a
few continuations per temperature to show diversity against coherence.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import torch
from torch import Tensor

from lab.errors import LabError
from lab.events import Done, Progress, Sample
from lab.i18n import QT_TRANSLATE_NOOP
from lab.model import GPT, causal_mask
from lab.sampling import choose, entropy, generate, probabilities


def _forward(model: GPT, ids: Sequence[int], return_attn: bool = False):
    """One eval-mode forward pass over the last `block_size` ids, without gradients."""
    window = [int(i) for i in ids][-model.cfg.block_size:]
    x = torch.tensor([window], dtype=torch.long, device=model.device)  # (1, T)
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            return model(x, return_attn=return_attn)
    finally:
        model.train(was_training)


def next_logits(model: GPT, ids: Sequence[int]) -> Tensor:
    """(V,) scores for the token after `ids`; feed them to `sampling.probabilities`."""
    return _forward(model, ids).logits[0, -1].float().cpu()


def attention_maps(model: GPT, ids: Sequence[int]) -> Tensor:
    """(n_layer, n_head, T, T) attention weights for the text (the last `block_size` ids).

    Row i is query position i; column j is how much it takes from key position j. The
    causal mask makes every entry above the diagonal exactly 0.
    """
    out = _forward(model, ids, return_attn=True)
    return torch.stack([a[0] for a in out.attn]).float().cpu()


@dataclass(frozen=True)
class NextToken:
    """The `n` most likely next tokens (by the model's own probability), best first."""

    ids: list[int]
    raw: list[float]  # the model's probabilities
    tempered: list[float]  # after the temperature
    filtered: list[float]  # after top-k and top-p, renormalised: what the token is drawn from
    cumulative: list[float]  # running total of the distribution top-p cuts (tempered, then top-k)
    kept: int  # tokens of the whole vocabulary that survive the filters
    entropy: float  # bits, of the filtered distribution


def next_token_view(logits: Tensor, temperature: float, top_k: int | None = None, top_p: float | None = None,
                    n: int = 20) -> NextToken:
    """The Playground's bars for `logits` (V,) under the current sliders."""
    raw, tempered, filtered = probabilities(logits, temperature, top_k, top_p)  # each (V,)
    before_p = probabilities(logits, temperature, top_k, None)[2]
    ids = raw.topk(min(n, raw.numel())).indices  # (n,) order kept by temperature and filters
    cumulative = before_p.sort(descending=True).values.cumsum(-1)[: len(ids)]
    return NextToken(ids.tolist(), raw[ids].tolist(), tempered[ids].tolist(), filtered[ids].tolist(),
                     cumulative.tolist(), int((filtered > 0).sum()), float(entropy(filtered)))


def entropy_by_temperature(logits: Tensor, temperatures: Sequence[float], top_k: int | None = None,
                           top_p: float | None = None) -> tuple[list[float], list[float]]:
    """Entropy in bits of the tempered and of the filtered distribution, per temperature."""
    tempered, filtered = [], []
    for t in temperatures:
        _, after_t, after_filters = probabilities(logits, t, top_k, top_p)
        tempered.append(float(entropy(after_t)))
        filtered.append(float(entropy(after_filters)))
    return tempered, filtered


def sample_grid(model: GPT, tokenizer, prompt: str, temperatures: Sequence[float], n: int, max_new_tokens: int = 24,
                top_k: int | None = None, top_p: float | None = None, seed: int = 0) -> Iterator:
    """A job: `n` continuations of `prompt` at each temperature, as `Sample(tag=str(t))` events."""
    total = len(temperatures) * n
    done = 0
    for t in temperatures:
        for i in range(n):
            text = generate(model, tokenizer, prompt, max_new_tokens, t, top_k, top_p, seed=seed + i)
            done += 1
            yield Sample(i, prompt, text, tag=f"{t:g}")
            yield Progress(done, total)
    yield Done({"samples": float(total)})


# --- one learner's text, step by step ------------------------------------------------

@dataclass(frozen=True)
class Chosen:
    """A token added to the text, and how likely the model found it (temperature 1, no filters)."""

    token: int
    text: str
    probability: float
    picked: bool = False  # chosen by the learner (a click), not drawn


class Session:
    """A prompt and the tokens added to it, over a loaded model and tokenizer.

    The logits for the next token are computed once per text, so redrawing the bars for
    new slider values costs only `sampling.probabilities`.
    """

    def __init__(self, model: GPT, tokenizer, seed: int = 0) -> None:
        self.model, self.tokenizer = model, tokenizer
        self.prompt_ids: list[int] = []
        self.added: list[Chosen] = []
        self._logits: Tensor | None = None
        self._generator = torch.Generator().manual_seed(seed)

    @property
    def ids(self) -> list[int]:
        return self.prompt_ids + [c.token for c in self.added]

    def set_prompt(self, prompt: str) -> None:
        self.prompt_ids, self.added, self._logits = list(self.tokenizer.encode(prompt)), [], None

    def token_text(self, token: int) -> str:
        """The token as text (bytes that are only part of a character show as `\\xNN`)."""
        as_text = getattr(self.tokenizer, "token_str", None)
        return as_text(token) if as_text else self.tokenizer.decode([token])

    def logits(self) -> Tensor:
        """(V,) scores for the next token (empty prompt: none, a LabError from the sampler)."""
        if self._logits is None:
            if not self.prompt_ids:
                raise LabError(QT_TRANSLATE_NOOP("LabError", "The prompt is empty. Write a few words first."))
            self._logits = next_logits(self.model, self.ids)
        return self._logits

    def view(self, temperature: float, top_k: int | None, top_p: float | None, n: int = 20) -> NextToken:
        return next_token_view(self.logits(), temperature, top_k, top_p, n)

    def choose(self, token: int, picked: bool = True) -> Chosen:
        """Add `token` to the text (the learner's pick, or a drawn one)."""
        raw = probabilities(self.logits())[0]
        chosen = Chosen(int(token), self.token_text(int(token)), float(raw[int(token)]), picked)
        self.added.append(chosen)
        self._logits = None
        return chosen

    def step(self, temperature: float, top_k: int | None, top_p: float | None) -> Chosen:
        """Draw the next token from the filtered distribution and add it."""
        filtered = probabilities(self.logits(), temperature, top_k, top_p)[2]
        return self.choose(choose(filtered, temperature, self._generator), picked=False)

    def undo(self) -> None:
        if self.added:
            self.added.pop()
            self._logits = None

    def attention(self) -> tuple[Tensor, Tensor, list[str]]:
        """(n_layer, n_head, T, T) weights, the (T, T) causal mask and the T token texts."""
        ids = self.ids[-self.model.cfg.block_size:]
        maps = attention_maps(self.model, ids)
        return maps, causal_mask(len(ids), len(ids)), [self.token_text(i) for i in ids]
