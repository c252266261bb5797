"""Evaluation of any chat model on the world's held-out probe questions.

Every post-training stage asks the same questions and reports the same numbers, so
their curves can be compared: each probe is put to the model in the chat template
(`<|user|>question<|end|><|assistant|>`), the answer is decoded greedily (or at a low
temperature) until `<|end|>`, and the world's rubric judges it.

- `eval/format_rate`: share of answers that are not empty and end with `<|end|>`
  before the length limit: the model has learnt to take its turn and stop.
- `eval/accuracy`: share the rubric finds correct (the expected fact is stated);
  `eval/accuracy_known` counts only the known-fact probes (facts the corpus states,
  asked in phrasings no training set uses), since no model can know the unknown ones.
- `eval/hallucination_rate`: share of the unknown-fact probes answered with a wrong
  fact (made up); `eval/abstain_rate`: share of them answered "I don't know" (honest);
  `eval/abstain_rate_known`: share of the known-fact probes answered "I don't know"
  (needless caution).
- `eval/rude_rate`: share the rubric finds rude.
- `eval/language_match`: share answered in the question's language.
- `eval/true_reward`: the rubric's mean total score ("the human's" opinion).
- `eval/rm_reward`: the reward model's mean score, when one is given.

Generation is batched: probes whose prompts have the same number of tokens advance
together through one KV cache, so no padding is needed with learned positions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import torch
from torch import Tensor

from lab import chat
from lab.model import GPT
from lab.sampling import probabilities

GROUP = 64  # prompts generated together at most
METRICS = ("eval/format_rate", "eval/accuracy", "eval/rude_rate", "eval/language_match", "eval/true_reward")
HONESTY = ("eval/hallucination_rate", "eval/abstain_rate", "eval/accuracy_known")  # reported for every model stage


@dataclass(frozen=True)
class Probe:
    """A held-out question, its language, and the facts of the world it asks about."""

    prompt: str
    lang: str = ""
    expected: tuple[str, ...] = ()
    held_out: bool = False  # about a fact no training text states: a correct answer would be luck
    kind: str = ""  # "known" or "unknown" (the world's probes say; others infer it from held_out)

    @property
    def group(self) -> str:
        return self.kind or ("unknown" if self.held_out else "known")


@dataclass(frozen=True)
class Judgement:
    """The rubric's verdict on one answer: the criteria evaluation counts, and its total."""

    correct: bool
    rude: bool
    language_ok: bool
    total: float
    breakdown: Mapping[str, float] = field(default_factory=dict)
    wrong: bool = False  # states a wrong fact (about an unknown fact: a hallucination)
    abstained: bool = False  # says "I don't know" and states no fact


Judge = Callable[[str, str], Judgement]  # (prompt, answer) → verdict


@dataclass(frozen=True)
class Answer:
    prompt: str
    text: str
    ended: bool  # the model wrote <|end|> before the length limit


@dataclass(frozen=True)
class Evaluation:
    metrics: dict[str, float]
    samples: list[tuple[str, str]]  # (prompt, answer) for every probe, in order
    answers: list[Answer]


# --- generation ------------------------------------------------------------------------

@torch.no_grad()
def generate_batch(model: GPT, prompts: Sequence[Sequence[int]], max_new_tokens: int, temperature: float = 0.0,
                   stop_ids: Sequence[int] = (), seed: int = 0) -> list[list[int]]:
    """The new token ids for each prompt (a stop token included when one was written)."""
    generator = torch.Generator().manual_seed(seed)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, p in enumerate(prompts):
        groups[len(p)].append(i)
    out: list[list[int]] = [[] for _ in prompts]
    was_training = model.training
    model.eval()
    try:
        for _, members in sorted(groups.items()):
            for start in range(0, len(members), GROUP):
                chunk = members[start:start + GROUP]
                rows = _generate_group(model, [prompts[i] for i in chunk], max_new_tokens, temperature,
                                       stop_ids, generator)
                for i, row in zip(chunk, rows, strict=True):
                    out[i] = row
    finally:
        model.train(was_training)
    return out


def _generate_group(model: GPT, prompts: list[Sequence[int]], max_new_tokens: int, temperature: float,
                    stop_ids: Sequence[int], generator: torch.Generator) -> list[list[int]]:
    """Prompts of equal length, continued in lockstep through one KV cache."""
    block = model.cfg.block_size
    keep = max(1, min(len(prompts[0]), block - 1))  # a prompt longer than the context keeps its end
    idx = torch.tensor([list(p)[-keep:] for p in prompts], dtype=torch.long, device=model.device)  # (B, T0)
    steps = min(max_new_tokens, block - keep)
    stops = torch.tensor(list(stop_ids) or [-1], device=model.device)
    done = torch.zeros(len(prompts), dtype=torch.bool, device=model.device)  # (B,)
    rows: list[list[int]] = [[] for _ in prompts]
    past = None
    for _ in range(steps):
        output = model(idx, past, use_cache=True)
        token = _pick(output.logits[:, -1].float(), temperature, generator)  # (B,)
        for b in (~done).nonzero().flatten().tolist():
            rows[b].append(int(token[b]))
        done |= torch.isin(token, stops)
        if bool(done.all()):
            break
        past, idx = output.past, token[:, None]  # (B, 1)
    return rows


def _pick(logits: Tensor, temperature: float, generator: torch.Generator) -> Tensor:
    """(B,) next tokens: the most likely at temperature 0, else drawn from softmax(logits / T)."""
    if temperature == 0:
        return logits.argmax(dim=-1)
    _, _, probs = probabilities(logits.cpu(), temperature)
    return torch.multinomial(probs, 1, generator=generator).squeeze(1).to(logits.device)


def answer(model: GPT, tokenizer: chat.ChatTokenizer, prompts: Sequence[str], max_new_tokens: int = 32,
           temperature: float = 0.0, seed: int = 0) -> list[Answer]:
    """The model's answers to `prompts` asked in the chat template."""
    ids = [chat.prompt_ids(tokenizer, p) for p in prompts]
    new = generate_batch(model, ids, max_new_tokens, temperature, (tokenizer.end_id,), seed)
    answers = []
    for prompt, row in zip(prompts, new, strict=True):
        text, ended = chat.answer_text(tokenizer, row)
        answers.append(Answer(prompt, text, ended))
    return answers


def complete(model: GPT, tokenizer, prompt: str, max_new_tokens: int = 32, temperature: float = 0.0,
             seed: int = 0) -> str:
    """The model's plain continuation of `prompt` (no chat template): what a base model does."""
    stops = tuple(i for i in (getattr(tokenizer, "eot_id", None), getattr(tokenizer, "end_id", None))
                  if i is not None)
    row = generate_batch(model, [tokenizer.encode(prompt)], max_new_tokens, temperature, stops, seed)[0]
    return tokenizer.decode([i for i in row if i not in stops])


# --- metrics ------------------------------------------------------------------------------

def well_formed(a: Answer) -> bool:
    return a.ended and bool(a.text.strip())


def evaluate(model: GPT, tokenizer: chat.ChatTokenizer, probes: Sequence[Probe], judge: Judge,
             reward_model: GPT | None = None, max_new_tokens: int = 32, temperature: float = 0.0,
             seed: int = 0) -> Evaluation:
    """Ask every probe, judge every answer; the metrics above and the (prompt, answer) samples."""
    answers = answer(model, tokenizer, [p.prompt for p in probes], max_new_tokens, temperature, seed)
    verdicts = [judge(a.prompt, a.text) for a in answers]
    metrics = probe_metrics(probes, answers, verdicts)
    n = max(1, len(answers))
    if reward_model is not None:
        from lab.reward_model import score_batch

        scores = score_batch(reward_model, tokenizer, [a.prompt for a in answers], [a.text for a in answers])
        metrics["eval/rm_reward"] = sum(scores) / n
    return Evaluation(metrics, [(a.prompt, a.text) for a in answers], answers)


def _share(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags)


def probe_metrics(probes: Sequence[Probe], answers: Sequence[Answer],
                  verdicts: Sequence[Judgement]) -> dict[str, float]:
    """The `eval/*` numbers of the module docstring from answers and their verdicts (no reward model)."""
    n = max(1, len(answers))
    metrics = {
        "eval/format_rate": sum(well_formed(a) for a in answers) / n,
        "eval/accuracy": sum(v.correct for v in verdicts) / n,
        "eval/rude_rate": sum(v.rude for v in verdicts) / n,
        "eval/language_match": sum(v.language_ok for v in verdicts) / n,
        "eval/true_reward": sum(v.total for v in verdicts) / n,
    }
    known = [v for p, v in zip(probes, verdicts, strict=True) if p.group == "known"]
    unknown = [v for p, v in zip(probes, verdicts, strict=True) if p.group == "unknown"]
    if known:
        metrics["eval/accuracy_known"] = _share([v.correct for v in known])
        metrics["eval/abstain_rate_known"] = _share([v.abstained for v in known])
    if unknown:
        metrics["eval/hallucination_rate"] = _share([v.wrong for v in unknown])
        metrics["eval/abstain_rate"] = _share([v.abstained for v in unknown])
    return metrics
