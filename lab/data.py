"""Training data for a language model: one long stream of token ids, split and batched.

The corpus is encoded once into a 1-D stream. Its last tenth is held out for
validation; training draws random windows of `block_size + 1` tokens from the rest,
whose first `block_size` tokens are the input and last `block_size` the targets (the
same window shifted by one). Validation uses fixed, evenly spaced windows, so its
loss curve moves only when the model does.

Losses per token depend on the tokenizer (a bigger vocabulary puts more text in each
token), so models with different tokenizers are compared in bits per byte of text.

Also here, what every training job reads before its maths starts: the workspace's corpus and
tokenizer (`read_corpus`, `load_tokenizer`, `check_fit`), SFT's conversations as padded
batches (`chat_examples`, `collate`) and the held-out split of preference pairs by fact
(`split_by_prompt`).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import torch
from torch import Tensor

from lab import chat
from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP
from lab.losses import IGNORE

if TYPE_CHECKING:
    from lab.workspace import Workspace


class TextTokenizer(Protocol):
    """What training needs from a tokenizer (`lab.tokenizer.BPETokenizer` is one)."""

    vocab_size: int

    def encode(self, text: str) -> list[int]: ...

    def decode(self, ids: list[int]) -> str: ...


@dataclass(frozen=True)
class TokenSplit:
    """The token stream cut in two, with what it takes to convert losses to bits per byte."""

    train: Tensor  # (N_train,) int64 token ids
    val: Tensor  # (N_val,) int64 token ids
    val_bytes_per_token: float  # UTF-8 bytes of text per validation token


ENCODE_GROUP = 64  # documents per batch call: the GIL is free while a batch encodes, held while it converts


def encode(text: str, tokenizer: TextTokenizer) -> Tensor:
    """The whole text as one (N,) int64 stream of token ids.

    A tokenizer with `encode_batch` gets the text one document (blank-line separated)
    at a time, in groups: the Rust encoder runs without Python's lock, so the app's
    window stays responsive while a large corpus is read.
    """
    batch = getattr(tokenizer, "encode_batch", None)
    if batch is None:
        return torch.tensor(tokenizer.encode(text), dtype=torch.long)
    pieces = text.split("\n\n")
    docs = [p + "\n\n" for p in pieces[:-1]] + [pieces[-1]]
    groups = [np.fromiter(chain.from_iterable(batch(docs[start:start + ENCODE_GROUP])), dtype=np.int64)
              for start in range(0, len(docs), ENCODE_GROUP)]  # each group holds the lock only briefly
    return torch.from_numpy(np.concatenate(groups))


def split_tokens(ids: Tensor, tokenizer: TextTokenizer, block_size: int, val_fraction: float = 0.1) -> TokenSplit:
    """Hold out the last `val_fraction` of the stream (at least one window) for validation."""
    need = block_size + 1  # one window: inputs plus the shifted targets
    n_val = max(int(len(ids) * val_fraction), need)
    if len(ids) - n_val < need:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The corpus has only {n} tokens, too few for a context of "
                                         "{block}. Add more text or choose a shorter context."),
                       n=len(ids), block=block_size)
    train, val = ids[:-n_val], ids[-n_val:]
    val_bytes = len(tokenizer.decode(val.tolist()).encode("utf-8"))
    return TokenSplit(train, val, val_bytes / len(val))


def random_batch(tokens: Tensor, batch_size: int, block_size: int,
                 generator: torch.Generator | None = None) -> tuple[Tensor, Tensor]:
    """`batch_size` random windows: inputs x and next-token targets y, each (B, T)."""
    starts = torch.randint(len(tokens) - block_size, (batch_size,), generator=generator)  # (B,)
    window = tokens[starts[:, None] + torch.arange(block_size + 1)]  # (B, T + 1)
    return window[:, :-1], window[:, 1:]


def fixed_batches(tokens: Tensor, batch_size: int, block_size: int, n_batches: int) -> list[tuple[Tensor, Tensor]]:
    """Up to `n_batches` batches of evenly spaced windows over `tokens`, the same every call."""
    n_windows = max(1, min(batch_size * n_batches, (len(tokens) - 1) // block_size))
    starts = torch.linspace(0, len(tokens) - block_size - 1, n_windows).long()  # (W,)
    windows = tokens[starts[:, None] + torch.arange(block_size + 1)]  # (W, T + 1)
    return [(w[:, :-1], w[:, 1:]) for w in windows.split(batch_size)]


def bits_per_byte(loss_nats_per_token: float, bytes_per_token: float) -> float:
    """Loss in bits per byte of text: nats/token ÷ (ln 2 · bytes/token). Tokenizer-independent."""
    return loss_nats_per_token / (math.log(2) * bytes_per_token)


# --- what the jobs read from the workspace -------------------------------------------

def read_corpus(ws: Workspace) -> str:
    if not ws.clean_text_path.is_file():
        raise LabError(QT_TRANSLATE_NOOP("LabError", "This workspace has no cleaned corpus yet. "
                                         "Prepare the corpus first."))
    return ws.clean_text_path.read_text(encoding="utf-8")


def load_tokenizer(ws: Workspace):
    """The workspace's trained tokenizer (`lab.tokenizer.BPETokenizer`)."""
    if not ws.tokenizer_path.is_file():
        raise LabError(QT_TRANSLATE_NOOP("LabError", "This workspace has no tokenizer yet. Train the tokenizer first."))
    from lab.tokenizer import BPETokenizer

    return BPETokenizer.load(ws.tokenizer_path)


def check_fit(model: Any, tokenizer) -> None:
    """The tokenizer must be the one the model was pretrained with (its specials inside the vocabulary)."""
    ids = (tokenizer.user_id, tokenizer.assistant_id, tokenizer.end_id)
    if tokenizer.vocab_size != model.vocab_size or max(ids) >= model.vocab_size:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The tokenizer ({tok} tokens) is not the one the pretrained "
                                         "model learnt with ({model} tokens). Pretrain again with this tokenizer."),
                       tok=tokenizer.vocab_size, model=model.vocab_size)


# --- SFT's conversations ---------------------------------------------------------------

def chat_examples(conversations: Sequence[Sequence[dict]], tokenizer, block_size: int,
                  mask: bool) -> list[tuple[list[int], list[int]]]:
    """(inputs, targets) per conversation that still has a trained token after truncation."""
    out = []
    for c in conversations:
        ex = chat.render(c, tokenizer, mask=mask).example(block_size)
        if ex is not None:
            out.append(ex)
    return out


def split_conversations(conversations: Sequence[Sequence[dict]], tokenizer, block_size: int, mask_prompt: bool,
                        val_every: int = 10) -> tuple[list, list]:
    """(train, val) examples: one conversation in `val_every` is held out for the validation loss, which
    always counts the answers only (so masked and unmasked runs compare); a LabError when none fits."""
    val = [c for i, c in enumerate(conversations) if i % val_every == val_every - 1]
    train = [c for i, c in enumerate(conversations) if i % val_every != val_every - 1]
    train_examples = chat_examples(train, tokenizer, block_size, mask_prompt)
    if not train_examples:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "No conversation fits the model's context of {block} "
                                         "tokens with an answer in it. Use shorter conversations."), block=block_size)
    return train_examples, chat_examples(val, tokenizer, block_size, mask=True) or train_examples[:1]


def collate(examples: Sequence[tuple[list[int], list[int]]], pad_id: int) -> tuple[Tensor, Tensor]:
    """Right-padded inputs x and targets y, each (B, T); padded targets are IGNORE."""
    width = max(len(x) for x, _ in examples)
    x = torch.full((len(examples), width), pad_id, dtype=torch.long)
    y = torch.full((len(examples), width), IGNORE, dtype=torch.long)
    for b, (inp, tgt) in enumerate(examples):
        x[b, : len(inp)] = torch.tensor(inp)
        y[b, : len(tgt)] = torch.tensor(tgt)
    return x, y


# --- the reward model's preference pairs ----------------------------------------------

def split_by_prompt(pairs: Sequence[Any], share: float, seed: int) -> tuple[list, list]:
    """(train, held_out): whole facts (a pair's `group`; its prompt when unknown) go to one side.

    So the held-out pairs ask about facts no training pair mentions, in any phrasing:
    their accuracy measures what the reward model learnt, not what it memorised.
    """
    keys = sorted({_group(p) for p in pairs})
    if len(keys) < 2:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The reward model needs pairs about at least two different "
                                         "prompts ({n} now), so some can be held out. Label or import more pairs."),
                       n=len(keys))
    rng = random.Random(seed)
    held = set(rng.sample(keys, max(1, min(len(keys) - 1, round(share * len(keys))))))
    return [p for p in pairs if _group(p) not in held], [p for p in pairs if _group(p) in held]


def _group(pair: Any) -> str:
    return pair.group or pair.prompt
