"""The reward model: a transformer that reads a (prompt, answer) and gives one number.

It is the SFT model with a scalar head (`GPT(..., scalar_head=True)`): the conversation
is rendered in the chat template, and the head's output at the answer's closing
`<|end|>` token is the score. Causal attention means that position has read the
whole prompt and answer. Only differences between scores mean anything (Bradley–Terry
fixes no zero point), so the page shows scores side by side, never alone as "good".

The knowledge prior (`RewardConfig.knowledge_prior`, on by default) adds to the head's
output the mean log-probability per token that the transformer's own language-model
head gives the answer: `r = head(h_end) + (1/|y|) Σₜ log p(yₜ | x, y<ₜ)`. Where we
depart from InstructGPT's reward model (head only, everything fine-tuned): on the
classroom preset a few hundred pairs teach a fully fine-tuned head to spot rude,
rambling and other-language answers, but it stays at chance on wrong facts, which
the SFT model itself finds unlikely. With the prior the transformer is frozen as SFT
left it (training it would blur that knowledge) and only the head learns. The flag
travels in the checkpoint's metadata and on the loaded model (`model.knowledge_prior`).
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import Tensor

from lab import chat, checkpoint, stages
from lab.model import GPT, from_checkpoint
from lab.preferences import Pair
from lab.workspace import Workspace

STAGE = "reward"
BATCH = 32
START = "sft"  # the stage whose model a reward model starts from
PRIOR = "knowledge_prior"  # attribute (and metadata key) saying the model's score includes the prior


def sequence(tokenizer: chat.ChatTokenizer, prompt: str, response: str) -> list[int]:
    """The token ids the reward model reads: the rendered (prompt, response) exchange."""
    return chat.render([{"role": "user", "content": prompt}, {"role": "assistant", "content": response}],
                       tokenizer).ids


def answer_start(tokenizer: chat.ChatTokenizer, prompt: str) -> int:
    """Index of the answer's first token in `sequence(...)`: the prompt and `<|assistant|>` come before."""
    return len(chat.prompt_ids(tokenizer, prompt))


def uses_prior(model: GPT) -> bool:
    return bool(getattr(model, PRIOR, False))


def scores(model: GPT, rows: Sequence[Sequence[int]], starts: Sequence[int] | None = None) -> Tensor:
    """(B,) the score of each row; keeps gradients for training.

    The scalar head's value at each row's last token, plus the knowledge prior when the
    model uses it (then `starts`, each answer's first index, is needed).
    """
    return head_score(model, *read(model, rows, starts))


def head_score(model: GPT, hidden: Tensor, prior: Tensor | None) -> Tensor:
    """(B,) the scalar head on what `read` gave: its value at the hidden states, plus the prior when there is one."""
    value = model.score(hidden).squeeze(-1)  # (B,)
    return value if prior is None else value + prior


def read(model: GPT, rows: Sequence[Sequence[int]],
         starts: Sequence[int] | None = None) -> tuple[Tensor, Tensor | None]:
    """What the transformer reads from each row: (B, C) its final hidden state at the row's last token, and (B,)
    the knowledge prior when the model uses it and `starts` are given (else None). The head is applied apart.

    Rows are padded on the right (causal attention: padding never changes earlier
    positions); a row longer than the context keeps its last `block_size` tokens.
    """
    block = model.cfg.block_size
    cut = [max(0, len(r) - block) for r in rows]
    rows = [list(r)[c:] for r, c in zip(rows, cut, strict=True)]
    width = max(len(r) for r in rows)
    idx = torch.zeros(len(rows), width, dtype=torch.long, device=model.device)  # (B, T)
    for b, r in enumerate(rows):
        idx[b, : len(r)] = torch.tensor(r, dtype=torch.long)
    last = torch.tensor([len(r) - 1 for r in rows], device=model.device)  # (B,)
    prior = uses_prior(model) and starts is not None
    out = model(idx, with_logits=prior)
    hidden = out.hidden[torch.arange(len(rows), device=model.device), last]  # (B, C)
    if not prior:
        return hidden, None
    begin = [max(1, s - c) for s, c in zip(starts, cut, strict=True)]
    return hidden, mean_answer_logprob(out.logits, idx, begin, [len(r) for r in rows])


def mean_answer_logprob(logits: Tensor, idx: Tensor, begin: Sequence[int], end: Sequence[int]) -> Tensor:
    """(B,) mean log p(token) over each row's answer tokens `begin[b]:end[b]` (logits (B, T, V))."""
    logp = logits[:, :-1].float().log_softmax(-1).gather(2, idx[:, 1:, None]).squeeze(2)  # (B, T-1): token t+1
    mask = torch.zeros_like(logp)
    for b, (s, e) in enumerate(zip(begin, end, strict=True)):
        mask[b, s - 1: e - 1] = 1.0
    return (logp * mask).sum(1) / mask.sum(1).clamp(min=1.0)


@torch.no_grad()
def score_batch(model: GPT, tokenizer: chat.ChatTokenizer, prompts: Sequence[str],
                responses: Sequence[str], prior: bool = True) -> list[float]:
    """The reward model's score of each (prompt, response).

    `prior=False` leaves out the knowledge prior even when the model was trained with
    it: the learned head alone scores (the PPO reward-hacking sandbox's proxy).
    """
    was_training = model.training
    model.eval()
    try:
        rows = [sequence(tokenizer, p, r) for p, r in zip(prompts, responses, strict=True)]
        starts = [answer_start(tokenizer, p) for p in prompts]
        out: list[float] = []
        for i in range(0, len(rows), BATCH):
            out += scores(model, rows[i:i + BATCH], starts[i:i + BATCH] if prior else None).float().cpu().tolist()
    finally:
        model.train(was_training)
    return out


def score(model: GPT, tokenizer: chat.ChatTokenizer, prompt: str, response: str) -> float:
    return score_batch(model, tokenizer, [prompt], [response])[0]


def load(workspace: Workspace, device: str = "cpu", stage: str = STAGE) -> tuple[GPT, dict]:
    """The trained reward model of the workspace (eval mode) and its checkpoint metadata.

    `stage` names another one saved apart, as the weak judge (`lab.weak_judge`) is.
    """
    model, meta = stages.load_model(workspace, stage, device, head=True)
    model.eval()
    setattr(model, PRIOR, bool(meta.get(PRIOR, False)))
    return model, meta


def load_start(ws: Workspace, device: str = "cpu", layers: int = 0) -> GPT:
    """The SFT model with a fresh scalar head; a LabError saying to run SFT first when there is none.

    `layers` > 0 keeps only the first `layers` transformer blocks (then the final layer
    norm and the tied output layer read their output, as a logit lens does): a smaller,
    weaker judge, for the book's claim that a weak model can supervise a stronger one.
    """
    if not ws.has_checkpoint(START):
        raise stages.missing_model(ws, START)
    tensors, meta = ws.load_checkpoint(START, device)
    if 0 < layers < int(meta["model"]["n_layer"]):
        tensors, meta = checkpoint.first_blocks(tensors, meta, layers)
    return from_checkpoint(tensors, meta, device, scalar_head=True)


def use_prior(model: GPT, on: bool) -> list[torch.nn.Parameter]:
    """Switch the knowledge prior on the model; returns the parameters that train (only the head when on)."""
    setattr(model, PRIOR, on)
    for name, p in model.named_parameters():
        p.requires_grad_(not on or name.startswith("score."))
    return [p for p in model.parameters() if p.requires_grad]


def accuracy_by_kind(pairs: Sequence[Pair], right: Sequence[bool]) -> dict[str, float]:
    """`pair_accuracy/<kind>`: the held-out accuracy per kind of rejected answer, where kinds are known."""
    groups: dict[str, list[bool]] = {}
    for pair, ok in zip(pairs, right, strict=True):
        if pair.kind:
            groups.setdefault(pair.kind, []).append(bool(ok))
    return {f"pair_accuracy/{kind}": sum(oks) / len(oks) for kind, oks in sorted(groups.items())}
