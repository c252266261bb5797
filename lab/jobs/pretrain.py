"""Pretraining: the GPT learns to predict the next token of the corpus, L = −mean log p(next token).

Every step reports the training loss, the learning rate (warmup, then cosine decay to a
tenth), the gradient norm (clipped at 1.0) and the speed; every `eval_every` steps the
validation loss (also in bits per byte) and the model's continuation of two prompts (the
world's in Spanish and English, else openings of the corpus's own sentences). Saving,
exact resuming and Stop are the skeleton's (`lab.training_run`); the model, optimizer,
compiling and the divergence check are `lab.trainer_support`'s.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import torch

from lab import data, samples_log, token_cache, trainer_support
from lab.config import ModelConfig, PretrainConfig, RunConfig, validate
from lab.corpus.prompts import sample_prompts
from lab.data import TextTokenizer, TokenSplit, load_tokenizer, read_corpus
from lab.device import best_device
from lab.events import Artifact, Job, Metrics, Progress
from lab.i18n import QT_TRANSLATE_NOOP
from lab.losses import lm_cross_entropy
from lab.model import check_config
from lab.trainer_support import PROMPTS, SAFE_LR, StepSpeed, TrainerBase, model_facts, write_sample
from lab.training import clipped_update
from lab.training_run import TrainingRun
from lab.workspace import Workspace

STAGE = "pretrain"
EVAL_BATCHES = 8
load_model = trainer_support.load_model  # the playground page loads the pretrained model through the job


class Trainer(TrainerBase):
    """Pretraining's maths: the loss, one step and the evaluation (the model, optimizer, data order and
    compiling are `TrainerBase`'s). Alone, it is what the sweep, DDP's reference and the benchmarks reuse."""

    def _eager_loss(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        with torch.autocast("cuda", torch.bfloat16, enabled=self.device == "cuda"):  # never bf16 on the CPU
            return lm_cross_entropy(self.model(x).logits, y)

    def train_step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        """One update on the batch (x, y), each (B, T): the loss, checked before backward (a broken step never
        reaches the weights), its gradients, clipped, and an AdamW step. A first compiled step that fails
        runs again in plain PyTorch."""
        lr = self.set_lr()
        x, y = x.to(self.device), y.to(self.device)
        with self.eager_if_compiling_fails() as failed:
            loss = self._loss(x, y)
            value = loss.item()
            self._check_loss(value)
            loss.backward()
        if failed:
            return self.train_step(x, y)
        norm = clipped_update(self.optimizer, self.model.parameters(), self._check_norm)
        self.step += 1
        return {"loss/train": value, "lr": lr, "grad/norm": norm}

    @torch.no_grad()
    def evaluate(self, batches: list[tuple[torch.Tensor, torch.Tensor]]) -> float:
        """Mean loss per token over fixed batches, in eval mode (no dropout)."""
        self.model.eval()
        total = count = 0
        for x, y in batches:
            total += float(self._eager_loss(x.to(self.device), y.to(self.device))) * y.numel()
            count += y.numel()
        self.model.train()
        return total / count


def run(workspace: Workspace, model_cfg: ModelConfig, train_cfg: PretrainConfig, run_cfg: RunConfig = RunConfig(),
        *, text: str | None = None, tokenizer: TextTokenizer | None = None, resume: bool = True) -> Job:
    """Pretrain on `text` (default: the workspace's cleaned corpus) with `tokenizer` (default: the workspace's)."""
    for cfg in (model_cfg, train_cfg, run_cfg):
        validate(cfg)
    return PretrainRun(workspace, model_cfg, train_cfg, run_cfg, text, tokenizer).events(resume)


class PretrainRun(TrainingRun):
    """One pretraining run: its data and `Trainer` (the maths); the skeleton does the rest."""

    stage = STAGE
    opening = QT_TRANSLATE_NOOP("job", "Reading the corpus")
    summary_keys = ("loss/train", "loss/val", "bpb/val")
    safe_lr = SAFE_LR

    def __init__(self, ws: Workspace, model_cfg: ModelConfig, cfg: PretrainConfig, run_cfg: RunConfig,
                 text: str | None = None, tokenizer: TextTokenizer | None = None) -> None:
        super().__init__(ws, cfg, run_cfg)
        self.model_cfg, self.text, self.tokenizer = model_cfg, text, tokenizer
        self.trainer: Trainer | None = None
        self.speed = StepSpeed()  # tokens per second over recent steps
        self.prompts = PROMPTS  # until `prepare` reads the corpus (DDP workers keep these)

    def prepare(self) -> Iterator:
        own = self.text is None and self.tokenizer is None  # the workspace's corpus and tokenizer: cached
        self.tokenizer = self.tokenizer or load_tokenizer(self.ws)
        text = read_corpus(self.ws) if self.text is None else self.text
        self.prompts = sample_prompts(text, PROMPTS)  # the learner's corpus, not always the world's
        ids = token_cache.encoded_corpus(self.ws, text, self.tokenizer) if own else data.encode(text, self.tokenizer)
        split = data.split_tokens(ids, self.tokenizer, self.model_cfg.block_size)
        check_config(self.model_cfg, self.tokenizer.vocab_size, self.cfg.batch_size)
        self.use(Trainer(self.model_cfg, self.cfg, self.tokenizer.vocab_size, self.run_cfg.seed, best_device()),
                 split)
        return iter(())

    def use(self, trainer: Trainer, split: TokenSplit) -> None:
        """Train with `trainer` on `split` (DDP's rank 0 hands in its own)."""
        self.trainer, self.data, self.model, self.optimizer = trainer, split, trainer.model, trainer.optimizer
        self.val_batches = data.fixed_batches(split.val, self.cfg.batch_size, self.model_cfg.block_size, EVAL_BATCHES)

    def started(self) -> Iterator:
        t = self.trainer
        t.step = self.step  # the trainer's schedule follows a resumed run
        yield Artifact("pretrain/model", model_facts(t, self.model_cfg, len(self.data.train), len(self.data.val)))
        if t.compiles_next_step:
            yield Progress(t.step, self.cfg.max_steps, QT_TRANSLATE_NOOP("job", "Compiling the model"))

    def train_step(self) -> dict[str, float]:
        x, y = data.random_batch(self.data.train, self.cfg.batch_size, self.model_cfg.block_size,
                                 self.trainer.data_rng)
        began = time.perf_counter()
        try:
            values = self.trainer.train_step(x, y)
        finally:
            self.bad_loss = self.trainer.bad_loss
        values["throughput/tokens_per_s"] = self.speed.tokens_per_s(y.numel(), time.perf_counter() - began,
                                                                    counted=self.step >= self.first_step)
        return values

    def evaluate(self) -> Iterator:
        loss = self.trainer.evaluate(self.val_batches)
        yield self.record(Metrics(self.step, {"loss/val": loss,
                                              "bpb/val": data.bits_per_byte(loss, self.data.val_bytes_per_token)}))
        for tag, prompt in self.prompts:  # the model's own words, to read beside the curve
            yield write_sample(self.ws, STAGE, self.model, self.tokenizer, self.step, self.run_cfg.seed, tag, prompt)

    # --- what resuming needs ---------------------------------------------------------
    def generators(self) -> dict[str, torch.Generator]:
        return {"data": self.trainer.data_rng}

    def resumes(self, meta: dict) -> bool:
        return True  # a finished run resumes too: raise max_steps and it trains on

    def start_fresh(self) -> None:
        super().start_fresh()
        samples_log.clear(self.ws, STAGE)
