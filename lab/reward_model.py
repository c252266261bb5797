"""The reward model: a transformer that reads a (prompt, answer) and gives one number.

It is the SFT model with a scalar head (`GPT(..., scalar_head=True)`): the conversation
is rendered in the chat template, and the head's output at the answer's closing
`<|end|>` token is the score. Causal attention means that position has read the
whole prompt and answer. Only differences between scores mean anything (Bradley–Terry
fixes no zero point), so the page shows scores side by side, never alone as "good".
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import Tensor

from lab import chat
from lab.model import GPT, from_checkpoint
from lab.workspace import Workspace

STAGE = "reward"
BATCH = 32


def sequence(tokenizer: chat.ChatTokenizer, prompt: str, response: str) -> list[int]:
    """The token ids the reward model reads: the rendered (prompt, response) exchange."""
    return chat.render([{"role": "user", "content": prompt}, {"role": "assistant", "content": response}],
                       tokenizer).ids


def scores(model: GPT, rows: Sequence[Sequence[int]]) -> Tensor:
    """(B,) the scalar head's value at each row's last token; keeps gradients for training.

    Rows are padded on the right (causal attention: padding never changes earlier
    positions); a row longer than the context keeps its last `block_size` tokens.
    """
    block = model.cfg.block_size
    rows = [list(r)[-block:] for r in rows]
    width = max(len(r) for r in rows)
    idx = torch.zeros(len(rows), width, dtype=torch.long, device=model.device)  # (B, T)
    for b, r in enumerate(rows):
        idx[b, : len(r)] = torch.tensor(r, dtype=torch.long)
    last = torch.tensor([len(r) - 1 for r in rows], device=model.device)  # (B,)
    values = model(idx, with_logits=False).values  # (B, T)
    return values.gather(1, last[:, None]).squeeze(1)  # (B,)


@torch.no_grad()
def score_batch(model: GPT, tokenizer: chat.ChatTokenizer, prompts: Sequence[str],
                responses: Sequence[str]) -> list[float]:
    """The reward model's score of each (prompt, response)."""
    was_training = model.training
    model.eval()
    try:
        rows = [sequence(tokenizer, p, r) for p, r in zip(prompts, responses, strict=True)]
        out: list[float] = []
        for start in range(0, len(rows), BATCH):
            out += scores(model, rows[start:start + BATCH]).float().cpu().tolist()
    finally:
        model.train(was_training)
    return out


def score(model: GPT, tokenizer: chat.ChatTokenizer, prompt: str, response: str) -> float:
    return score_batch(model, tokenizer, [prompt], [response])[0]


def load(workspace: Workspace, device: str = "cpu") -> tuple[GPT, dict]:
    """The trained reward model of the workspace (eval mode) and its checkpoint metadata."""
    tensors, meta = workspace.load_checkpoint(STAGE, device)
    return from_checkpoint(tensors, meta, device, scalar_head=True).eval(), meta
