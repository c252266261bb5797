"""Supervised fine-tuning (SFT): the pretrained model learns to answer in the chat template.

The base model from the workspace's "pretrain" stage is trained further on
conversations (the world's, or the learner's JSONL) rendered with the chat special
tokens. With `mask_prompt` (the default) only the assistant's tokens and the `<|end|>`
closing them count in the loss (`lab.losses.masked_lm_loss`); without it every token
counts, questions included, so the two runs can be compared.

Metrics: `loss/train` and `lr` every step; every `eval_every` steps (and before the
first step, which measures the base model) `loss/val` on held-out conversations and
the probe evaluation of `lab.evaluate` (`eval/format_rate`, `eval/accuracy`, …), with
a few answers as samples. Everything goes to the workspace's metric history (stage
"sft"); the model is saved to stage "sft" at the end and when the learner stops. The
final figures of the masked and unmasked runs are kept in `state.json` (key `sft`)
so the page can set them side by side.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import torch

from lab import chat, posttrain_data, stages
from lab.config import RunConfig, SFTConfig, to_dict, validate
from lab.device import best_device, set_threads
from lab.errors import LabError
from lab.evaluate import Judge, Probe, evaluate
from lab.events import Artifact, Checkpoint, Done, Job, Metrics, Progress, Sample, StopRequested
from lab.i18n import QT_TRANSLATE_NOOP
from lab.jobs.pretrain import load_tokenizer, lr_at
from lab.losses import IGNORE, masked_lm_loss
from lab.model import GPT, model_meta, state_for_save
from lab.training import BETAS, GRAD_CLIP, check_finite
from lab.workspace import Workspace

STAGE = "sft"
BASE_STAGE = "pretrain"
VAL_EVERY = 10  # one conversation in ten is held out for the validation loss
SHOWN_SAMPLES = 4


def load_base(ws: Workspace, device: str = "cpu") -> tuple[GPT, dict]:
    """The pretrained model SFT starts from; a LabError that says to pretrain first when there is none."""
    return stages.load_model(ws, BASE_STAGE, device)


def load_model(ws: Workspace, device: str = "cpu") -> tuple[GPT, dict]:
    """The fine-tuned model of the workspace (eval mode) and its checkpoint metadata."""
    model, meta = stages.load_model(ws, STAGE, device)
    return model.eval(), meta


def check_fit(model: GPT, tokenizer) -> None:
    """The tokenizer must be the one the model was pretrained with (its specials inside the vocabulary)."""
    ids = (tokenizer.user_id, tokenizer.assistant_id, tokenizer.end_id)
    if tokenizer.vocab_size != model.vocab_size or max(ids) >= model.vocab_size:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The tokenizer ({tok} tokens) is not the one the pretrained "
                                         "model learnt with ({model} tokens). Pretrain again with this tokenizer."),
                       tok=tokenizer.vocab_size, model=model.vocab_size)


def make_examples(conversations: Sequence[Sequence[dict]], tokenizer, block_size: int,
                  mask: bool) -> list[tuple[list[int], list[int]]]:
    """(inputs, targets) per conversation that still has a trained token after truncation."""
    out = []
    for c in conversations:
        ex = chat.render(c, tokenizer, mask=mask).example(block_size)
        if ex is not None:
            out.append(ex)
    return out


def collate(examples: Sequence[tuple[list[int], list[int]]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-padded inputs x and targets y, each (B, T); padded targets are IGNORE."""
    width = max(len(x) for x, _ in examples)
    x = torch.full((len(examples), width), pad_id, dtype=torch.long)
    y = torch.full((len(examples), width), IGNORE, dtype=torch.long)
    for b, (inp, tgt) in enumerate(examples):
        x[b, : len(inp)] = torch.tensor(inp)
        y[b, : len(tgt)] = torch.tensor(tgt)
    return x, y


def sft_loss(model: GPT, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    logits = model(x.to(model.device)).logits  # (B, T, V)
    y = y.to(model.device)
    return masked_lm_loss(logits, y, y != IGNORE)


def run(workspace: Workspace, cfg: SFTConfig, run_cfg: RunConfig = RunConfig(), *,
        data_path: Path | str | None = None, conversations: Sequence[Sequence[dict]] | None = None,
        probes: Sequence[Probe] | None = None, judge: Judge | None = None, tokenizer=None) -> Job:
    """Fine-tune the workspace's pretrained model; defaults come from the workspace and the world."""
    validate(cfg)
    validate(run_cfg)
    return _Run(workspace, cfg, run_cfg).events(data_path, conversations, probes, judge, tokenizer)


class _Run:
    """One SFT run: data, model, optimizer; `events()` is the job."""

    def __init__(self, ws: Workspace, cfg: SFTConfig, run_cfg: RunConfig) -> None:
        self.ws, self.cfg, self.run_cfg = ws, cfg, run_cfg
        self.model: GPT | None = None
        self.step = 0
        self.last: dict[str, float] = {}
        self.base_eval: dict[str, float] = {}

    def events(self, data_path, conversations, probes, judge, tokenizer) -> Job:
        set_threads(self.run_cfg.threads)
        yield Progress(0, self.cfg.max_steps, QT_TRANSLATE_NOOP("job", "Preparing the conversations"))
        try:
            yield from self._prepare(data_path, conversations, probes, judge, tokenizer)
            yield from self._train()
        except StopRequested:
            if self.model is not None:
                yield self._save(finished=False)
            yield Done(self._summary(), stopped=True)

    def _prepare(self, data_path, conversations, probes, judge, tokenizer) -> Iterator:
        torch.manual_seed(self.run_cfg.seed)
        self.model, base_meta = load_base(self.ws, best_device())
        self.tokenizer = tokenizer or load_tokenizer(self.ws)
        check_fit(self.model, self.tokenizer)
        if conversations is None:
            if data_path is not None:
                loaded = chat.load_conversations(data_path)
                conversations = loaded.items
                yield Artifact("sft/data", {"path": str(data_path), "conversations": len(loaded.items),
                                            "problems": [p.message() for p in loaded.problems]})
            else:
                conversations = posttrain_data.sft_conversations(self.ws)
        self._split(conversations)
        self.probes = list(probes if probes is not None else posttrain_data.probes(self.ws))[: self.cfg.eval_probes]
        self.judge = judge or posttrain_data.judge
        self.rng = random.Random(self.run_cfg.seed)
        self.optimizer = torch.optim.AdamW(self.model.parameters(), lr=self.cfg.lr, betas=BETAS, weight_decay=0.0)
        self.ws.clear_metrics(STAGE)
        yield Artifact("sft/start", {"train": len(self.train), "val": len(self.val), "probes": len(self.probes),
                                     "mask_prompt": self.cfg.mask_prompt, "base_step": base_meta.get("step", 0)})

    def _split(self, conversations: Sequence[Sequence[dict]]) -> None:
        block = self.model.cfg.block_size
        val = [c for i, c in enumerate(conversations) if i % VAL_EVERY == VAL_EVERY - 1]
        train = [c for i, c in enumerate(conversations) if i % VAL_EVERY != VAL_EVERY - 1]
        self.train = make_examples(train, self.tokenizer, block, self.cfg.mask_prompt)
        # The validation loss always counts the answers only, so masked and unmasked runs compare.
        self.val = make_examples(val, self.tokenizer, block, mask=True)
        if not self.train:
            raise LabError(QT_TRANSLATE_NOOP("LabError", "No conversation fits the model's context of {block} "
                                             "tokens with an answer in it. Use shorter conversations."), block=block)
        self.val = self.val or self.train[:1]

    def _train(self) -> Iterator:
        yield from self._evaluate()
        start = time.perf_counter()
        while self.step < self.cfg.max_steps:
            values = self._train_step()
            yield self._record(Metrics(self.step, values))
            eta = (time.perf_counter() - start) / self.step * (self.cfg.max_steps - self.step)
            yield Progress(self.step, self.cfg.max_steps, QT_TRANSLATE_NOOP("job", "Fine-tuning"), eta)
            if self.step % self.cfg.eval_every == 0 or self.step == self.cfg.max_steps:
                yield from self._evaluate()
        yield self._save(finished=True)
        yield Done(self._summary())

    def _train_step(self) -> dict[str, float]:
        lr = lr_at(self.step, self.cfg)
        for group in self.optimizer.param_groups:
            group["lr"] = lr
        batch = [self.train[self.rng.randrange(len(self.train))] for _ in range(self.cfg.batch_size)]
        x, y = collate(batch, self.tokenizer.end_id)
        self.model.train()
        loss = sft_loss(self.model, x, y)
        check_finite(loss.item(), self.step + 1, self.cfg.lr)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), GRAD_CLIP)
        self.optimizer.step()
        self.optimizer.zero_grad(set_to_none=True)
        self.step += 1
        return {"loss/train": loss.item(), "lr": lr}

    @torch.no_grad()
    def _val_loss(self) -> float:
        self.model.eval()
        total = count = 0.0
        for start in range(0, len(self.val), self.cfg.batch_size):
            x, y = collate(self.val[start:start + self.cfg.batch_size], self.tokenizer.end_id)
            n = float((y != IGNORE).sum())
            total += float(sft_loss(self.model, x, y)) * n
            count += n
        return total / max(count, 1.0)

    def _evaluate(self) -> Iterator:
        yield Progress(self.step, self.cfg.max_steps, QT_TRANSLATE_NOOP("job", "Asking the probe questions"))
        result = evaluate(self.model, self.tokenizer, self.probes, self.judge,
                          max_new_tokens=self.cfg.max_new_tokens, seed=self.run_cfg.seed)
        values = {"loss/val": self._val_loss(), **result.metrics}
        if self.step == 0:
            self.base_eval = dict(values)
        yield self._record(Metrics(self.step, values))
        for prompt, text in result.samples[:SHOWN_SAMPLES]:
            yield Sample(self.step, prompt, text, "probe")

    def _record(self, event: Metrics) -> Metrics:
        self.last.update(event.values)
        self.ws.append_metrics(STAGE, event)
        return event

    def _summary(self) -> dict[str, float]:
        keep = ("loss/train", "loss/val", "eval/format_rate", "eval/accuracy", "eval/accuracy_known",
                "eval/rude_rate", "eval/language_match", "eval/true_reward")
        return {"step": float(self.step), **{k: self.last[k] for k in keep if k in self.last}}

    def _save(self, finished: bool) -> Checkpoint:
        folder = self.ws.save_checkpoint(STAGE, state_for_save(self.model), {
            **model_meta(self.model), "step": self.step, "finished": finished, "train": to_dict(self.cfg),
            "seed": self.run_cfg.seed, "mask_prompt": self.cfg.mask_prompt, **self._summary()})
        runs = self.ws.read_state().get(STAGE, {})
        runs = runs if isinstance(runs, dict) else {}
        runs["masked" if self.cfg.mask_prompt else "unmasked"] = self._summary()
        if self.base_eval:
            runs["base"] = {"step": 0.0, **self.base_eval}
        self.ws.update_state(**{STAGE: runs})
        return Checkpoint(self.step, str(folder))


# --- when there is no base model yet ---------------------------------------------------

QUICK_PRETRAIN_STEPS = 300


def pretrain_first(ws: Workspace, max_steps: int = QUICK_PRETRAIN_STEPS) -> Job:
    """A short pretraining so SFT has a base model: prepares the corpus and tokenizer first if needed."""
    from lab.config import ModelConfig, PretrainConfig, from_dict, preset
    from lab.jobs import pretrain

    if not ws.clean_text_path.is_file() or not ws.tokenizer_path.is_file():
        from lab.jobs.prepare import run as prepare

        yield from prepare(ws)
    stored = ws.read_state().get("model")
    model_cfg = from_dict(ModelConfig, stored) if isinstance(stored, dict) else preset(ModelConfig, "classroom")
    train_cfg = preset(PretrainConfig, "classroom", max_steps=max_steps, compile=False,
                       warmup_steps=min(100, max_steps // 10))
    yield from pretrain.run(ws, model_cfg, train_cfg, resume=False)
