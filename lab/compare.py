"""One prompt answered by every stage side by side, and every method on one reward-vs-KL chart.

`answers(ws, prompt)` is a job: the base model continues the prompt as plain text (it
never learnt turns), while SFT, PPO, DPO, GRPO and offline RL answer it in the chat
template, greedily, so the same prompt always gets the same answer. Best-of-N samples N
answers from the SFT model (at its stage's default temperature) and keeps the reward
model's favourite. Each answer comes with the reward model's score, the rubric's, and
the probability each model gave each of its own tokens. Stages the workspace has not
trained yet are reported as missing.

`showcase_in(ws, lang)` finds an unknown-fact probe that the SFT model answers with a made-up
fact and the most aligned models decline: the course's point, which `opening(ws, lang, …)`
asks first when the page opens.

`reward_kl_points(ws)` reads every stage's metric history: its final probe evaluation
as one point (`eval/kl_ref`, `eval/true_reward`, `eval/rm_reward`; the SFT model is
KL 0 by definition), and Best-of-N's curve over N on the same probes. Training curves
are left out: they are measured on training prompts and sampled answers, so they would
not compare with the points.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

import torch

from lab import chat, posttrain_data, rollout, stages
from lab.evaluate import Judge, Probe, generate_batch
from lab.events import Artifact, Done, Job, Progress
from lab.i18n import QT_TRANSLATE_NOOP
from lab.model import GPT
from lab.workspace import Workspace

TRAINED = tuple(s for s in stages.MODEL_STAGES if s != "pretrain")  # the registry's trained language models
ALIGNED = tuple(s for s in TRAINED if s != "sft")  # the models tuned on preferences or rewards
METHODS = ("pretrain", *TRAINED, "bon")
MAX_TOKENS = 32


@dataclass(frozen=True)
class StageAnswer:
    """What one stage said, with its scores; `tokens` are (text, probability under that model)."""

    stage: str
    text: str = ""
    rm: float | None = None
    true: float | None = None
    tokens: list[tuple[str, float]] = field(default_factory=list)
    missing: bool = False


def load_stage(ws: Workspace, stage: str) -> GPT | None:
    if not ws.has_checkpoint(stage):
        return None
    return stages.load_model(ws, stage)[0].eval()


@torch.no_grad()
def token_probs(model: GPT, tokenizer, context: Sequence[int], new: Sequence[int]) -> list[tuple[str, float]]:
    """(token text, probability the model gave it) for each token of `new` after `context` (never empty).

    Past the model's window, each token is read with the `block_size − 1` tokens before it, as
    generation crops its context: one pass when everything fits, then one pass per token.
    """
    if not new:
        return []
    seq, block = [*context, *new], model.cfg.block_size
    probs: list[float] = []
    at = len(context)
    while at < len(seq):
        low = max(0, at - (block - 1))
        high = min(len(seq), low + block)
        logp, _ = rollout.token_logprobs(model, torch.tensor([seq[low:high]]))  # (1, high−low−1): token t+1
        probs += logp[0, at - low - 1:].exp().tolist()
        at = high
    return whole_characters(tokenizer, list(new), probs)


def whole_characters(tokenizer, ids: list[int], probs: list[float]) -> list[tuple[str, float]]:
    """(text, probability) per token, tokens that split one character joined (with the product of
    their probabilities): byte-level BPE may cut "¡" in two bytes, which alone decode to "�"."""
    pieces, group, p_group = [], [], 1.0
    for i, (t, p) in enumerate(zip(ids, probs, strict=True)):
        group.append(t)
        p_group *= p
        text = tokenizer.decode(group)
        if "\ufffd" not in text or i == len(ids) - 1 or len(group) >= 4:
            pieces.append((text, p_group))
            group, p_group = [], 1.0
    return pieces


def answer_one(model: GPT, tokenizer, prompt: str, as_chat: bool = True) -> tuple[str, list[tuple[str, float]]]:
    """The greedy answer (chat template) or continuation (plain text), with its token probabilities."""
    context = chat.prompt_ids(tokenizer, prompt) if as_chat else tokenizer.encode(prompt)
    context = context[-(model.cfg.block_size - 1):]
    stops = (tokenizer.end_id,) if as_chat else tuple(
        i for i in (getattr(tokenizer, "eot_id", None), tokenizer.end_id) if i is not None)
    new = generate_batch(model, [context], MAX_TOKENS, 0.0, stops)[0]
    kept = [t for t in new if t not in stops]
    text = chat.answer_text(tokenizer, new)[0] if as_chat else tokenizer.decode(kept)
    return text, token_probs(model, tokenizer, context, kept)


def answers(ws: Workspace, prompt: str, n: int = 8, seed: int = 0) -> Job:
    """Ask every stage `prompt`; yields one `Artifact("compare/answer", StageAnswer)` per method."""
    from lab import reward_model
    from lab.data import load_tokenizer
    from lab.jobs.best_of_n import best_of_n

    yield Progress(0, len(METHODS), QT_TRANSLATE_NOOP("job", "Loading the models"))
    tokenizer = load_tokenizer(ws)
    rm = load_stage(ws, reward_model.STAGE)
    judge = posttrain_data.judge

    def scored(stage: str, text: str, tokens: list) -> StageAnswer:
        rm_score = reward_model.score(rm, tokenizer, prompt, text) if rm is not None else None
        return StageAnswer(stage, text, rm_score, float(judge(prompt, text).total), tokens)

    for i, stage in enumerate(METHODS):
        yield Progress(i, len(METHODS), QT_TRANSLATE_NOOP("job", "Asking every model"))
        result = StageAnswer(stage, missing=True)
        if stage == "bon":
            sft = load_stage(ws, "sft")
            if sft is not None and rm is not None:
                cands, best = best_of_n(sft, tokenizer, rm, judge, prompt, n, seed=seed)
                context = chat.prompt_ids(tokenizer, prompt)
                new = tokenizer.encode(cands[best].text)
                result = StageAnswer(stage, cands[best].text, cands[best].rm, cands[best].true,
                                     token_probs(sft, tokenizer, context, new))
        else:
            model = load_stage(ws, stage)
            if model is not None:
                result = scored(stage, *answer_one(model, tokenizer, prompt, as_chat=stage != "pretrain"))
        yield Artifact("compare/answer", asdict(result))
    yield Done({"methods": float(len(METHODS))})


# --- a question that shows what preference tuning repairs ------------------------------

def showcase(probes: Sequence[Probe], lang: str, answer: Callable[[str, str], str | None], judge: Judge) -> str | None:
    """The unknown-fact probe in `lang` that the SFT model answers with a made-up fact and the most aligned models
    decline to answer (the first of equals), or None if none declines any. `answer(stage, prompt)` is that stage's
    answer (None: not trained)."""
    best, most = None, 0
    for probe in probes:
        if probe.group != "unknown" or probe.lang != lang:
            continue
        guess = answer("sft", probe.prompt)
        if guess is None or not judge(probe.prompt, guess).wrong:
            continue
        texts = [answer(stage, probe.prompt) for stage in ALIGNED]
        declined = sum(t is not None and judge(probe.prompt, t).abstained for t in texts)
        if declined > most:
            best, most = probe.prompt, declined
    return best


def opening(ws: Workspace, lang: str, fallback: str, n: int = 8, seed: int = 0) -> Job:
    """The Compare page's first question, asked by itself: the workspace's showcase in `lang` (`showcase_in`), else
    `fallback`. Yields `Artifact("compare/prompt", prompt)`, then what `answers` yields."""
    yield Progress(0, 1, QT_TRANSLATE_NOOP("job", "Looking for a question the models answer differently"))
    prompt = showcase_in(ws, lang) or fallback
    yield Artifact("compare/prompt", prompt)
    yield from answers(ws, prompt, n, seed)


def showcase_in(ws: Workspace, lang: str) -> str | None:
    """`showcase` on the workspace's probes, each model answering as in `answers` (greedy, chat template)."""
    from lab.data import load_tokenizer

    if not ws.has_checkpoint("sft"):
        return None
    tokenizer = load_tokenizer(ws)
    models: dict[str, GPT | None] = {}

    def answer(stage: str, prompt: str) -> str | None:
        if stage not in models:
            models[stage] = load_stage(ws, stage)
        model = models[stage]
        return None if model is None else answer_one(model, tokenizer, prompt)[0]

    return showcase(posttrain_data.probes(ws), lang, answer, posttrain_data.judge)


# --- the reward-vs-KL chart ---------------------------------------------------------------

def final_eval(ws: Workspace, stage: str) -> dict[str, float] | None:
    """The last probe evaluation in a stage's metric history, or None."""
    for event in reversed(ws.read_metrics(stage)):
        if "eval/true_reward" in event.values:
            return dict(event.values)
    return None


def reward_kl_points(ws: Workspace) -> dict:
    """{"points": {stage: {kl, true, rm}}, "curves": {stage: [{kl, true, rm}, …]}} for the chart."""
    points = {}
    for stage in (*TRAINED, "bon"):
        values = final_eval(ws, stage)
        if values is None:
            continue
        kl = 0.0 if stage == "sft" else values.get("eval/kl_ref")
        if kl is not None:
            points[stage] = {"kl": kl, "true": values["eval/true_reward"], "rm": values.get("eval/rm_reward")}
    curves = {}
    for stage in ("bon",):
        rows = [m.values for m in ws.read_metrics(stage) if "kl/ref" in m.values and "reward/true" in m.values]
        if rows:
            curves[stage] = [{"kl": r["kl/ref"], "true": r["reward/true"], "rm": r.get("reward/rm")} for r in rows]
    return {"points": points, "curves": curves}
