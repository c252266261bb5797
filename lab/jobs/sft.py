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
"sft"); the model is saved to stage "sft" at the end and when the learner stops, and a
stopped run resumes exactly (`lab.training_run`) unless the other kind of run is asked. The
final figures of the masked and unmasked runs are kept in `state.json` (key `sft`)
so the page can set them side by side.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from pathlib import Path

import torch

from lab import chat, posttrain_data, stages
from lab.config import RunConfig, SFTConfig, validate
from lab.data import check_fit, collate, load_tokenizer, split_conversations
from lab.device import best_device
from lab.evaluate import Judge, Probe, evaluate
from lab.events import Artifact, Checkpoint, Job, Metrics, Progress, Sample
from lab.i18n import QT_TRANSLATE_NOOP
from lab.jobs.prepare import pretrain_first  # noqa: F401 - where the SFT page finds it: no base model yet
from lab.losses import IGNORE, masked_lm_loss
from lab.model import GPT
from lab.training import adamw
from lab.training_run import TrainingRun
from lab.workspace import Workspace

STAGE = "sft"
BASE_STAGE = "pretrain"
VAL_EVERY = 10  # one conversation in ten is held out for the validation loss
SHOWN_SAMPLES = 4


def load_model(ws: Workspace, device: str = "cpu") -> tuple[GPT, dict]:
    """The fine-tuned model of the workspace (eval mode) and its checkpoint metadata."""
    model, meta = stages.load_model(ws, STAGE, device)
    return model.eval(), meta


def sft_loss(model: GPT, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    logits = model(x.to(model.device)).logits  # (B, T, V)
    y = y.to(model.device)
    return masked_lm_loss(logits, y, y != IGNORE)


def run(workspace: Workspace, cfg: SFTConfig, run_cfg: RunConfig = RunConfig(), *,
        data_path: Path | str | None = None, conversations: Sequence[Sequence[dict]] | None = None,
        probes: Sequence[Probe] | None = None, judge: Judge | None = None, tokenizer=None,
        resume: bool = True) -> Job:
    """Fine-tune the workspace's pretrained model (or continue a stopped run); defaults come from the workspace."""
    for c in (cfg, run_cfg):
        validate(c)
    return SFTRun(workspace, cfg, run_cfg, data_path, conversations, probes, judge, tokenizer).events(resume)


class SFTRun(TrainingRun):
    """One SFT run: conversations in, the masked next-token loss, probe questions as the evaluation."""

    stage = STAGE
    opening = QT_TRANSLATE_NOOP("job", "Preparing the conversations")
    working = QT_TRANSLATE_NOOP("job", "Fine-tuning")

    def __init__(self, ws: Workspace, cfg: SFTConfig, run_cfg: RunConfig, data_path=None, conversations=None,
                 probes=None, judge=None, tokenizer=None) -> None:
        super().__init__(ws, cfg, run_cfg)
        self.data_path, self.conversations, self.probes, self.judge = data_path, conversations, probes, judge
        self.tokenizer = tokenizer
        self.base_eval: dict[str, float] = {}

    def prepare(self) -> Iterator:
        self.model, base_meta = stages.load_model(self.ws, BASE_STAGE, best_device())  # "pretrain first" if missing
        self.tokenizer = self.tokenizer or load_tokenizer(self.ws)
        check_fit(self.model, self.tokenizer)
        conversations = yield from self.read_data(self.conversations, self.data_path, chat.load_conversations,
                                                  lambda: posttrain_data.sft_conversations(self.ws), "conversations")
        self.train, self.val = split_conversations(conversations, self.tokenizer, self.model.cfg.block_size,
                                                   self.cfg.mask_prompt, VAL_EVERY)
        probes = self.probes if self.probes is not None else posttrain_data.probes(self.ws)
        self.probes = list(probes)[: self.cfg.eval_probes]
        self.judge = self.judge or posttrain_data.judge
        self.rng = random.Random(self.run_cfg.seed)
        self.optimizer = adamw(self.model.parameters(), self.cfg.lr)
        yield Artifact("sft/start", {"train": len(self.train), "val": len(self.val), "probes": len(self.probes),
                                     "mask_prompt": self.cfg.mask_prompt, "base_step": base_meta.get("step", 0)})

    def train_step(self) -> dict[str, float]:
        """L = −mean log p(answer tokens): the cross-entropy on the assistant's tokens only (or all, unmasked)."""
        lr = self.set_lr()
        batch = [self.train[self.rng.randrange(len(self.train))] for _ in range(self.cfg.batch_size)]
        x, y = collate(batch, self.tokenizer.end_id)
        self.model.train()
        loss = sft_loss(self.model, x, y)
        self.check_loss(loss.item())
        self.optimizer_step(loss)
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

    def evaluate(self) -> Iterator:
        yield Progress(self.step, self.cfg.max_steps, QT_TRANSLATE_NOOP("job", "Asking the probe questions"))
        result = evaluate(self.model, self.tokenizer, self.probes, self.judge,
                          max_new_tokens=self.cfg.max_new_tokens, seed=self.run_cfg.seed)
        values = {"loss/val": self._val_loss(), **result.metrics}
        if self.step == 0:
            self.base_eval = dict(values)
        yield self.record(Metrics(self.step, values))
        for prompt, text in result.samples[:SHOWN_SAMPLES]:
            yield Sample(self.step, prompt, text, "probe")

    def resumes(self, meta: dict) -> bool:
        """A stopped run of the same kind (masked or not): the other kind starts over from the base model."""
        return super().resumes(meta) and meta.get("mask_prompt") == self.cfg.mask_prompt

    def extra_meta(self) -> dict:
        return {"mask_prompt": self.cfg.mask_prompt}

    def save(self) -> Checkpoint:
        """The checkpoint, and this run's figures beside the other kind's in `state.json` for the page."""
        saved = super().save()
        runs = self.ws.read_state().get(STAGE, {})
        runs = runs if isinstance(runs, dict) else {}
        runs["masked" if self.cfg.mask_prompt else "unmasked"] = self.summary()
        if self.base_eval:
            runs["base"] = {"step": 0.0, **self.base_eval}
        self.ws.update_state(**{STAGE: runs})
        return saved
