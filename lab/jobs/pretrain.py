"""Pretraining: the GPT learns to predict the next token of the corpus.

`run(...)` is a generator of events. Every step it reports the training loss, the
learning rate (linear warmup, then cosine decay to a tenth), the gradient norm (clipped
at 1.0) and the speed; every `eval_every` steps the validation loss (also in bits per
byte) and the model's continuation of two prompts: the fixed ones in Spanish and English
when the corpus has them (the world's), else openings of the corpus's own sentences.
The run saves a checkpoint every `checkpoint_every` steps, at the end, and when the
learner presses Stop. Run it again on the same workspace and it resumes where it left
off: same step count, same metric history, and (thanks to the saved optimizer moments
and random-number states) the same numbers an uninterrupted run would have given.
A loss that becomes NaN or explodes stops the run with advice on the learning rate.
"""

from __future__ import annotations

import logging
import math
import time
from collections import deque
from collections.abc import Iterator

import torch

from lab import data, samples_log, sampling, stages, token_cache
from lab.config import ModelConfig, PretrainConfig, RunConfig, validate
from lab.corpus.prompts import sample_prompts
from lab.data import TextTokenizer, TokenSplit, load_tokenizer, read_corpus
from lab.device import best_device
from lab.errors import LabError
from lab.events import Artifact, Job, Metrics, Progress, Sample
from lab.i18n import QT_TRANSLATE_NOOP
from lab.losses import lm_cross_entropy
from lab.model import GPT, check_config, flops_per_token
from lab.training import check_finite, clipped_update, decayed_adamw, diverged, lr_at
from lab.training_run import TrainingRun
from lab.workspace import Workspace

log = logging.getLogger(__name__)

STAGE = "pretrain"
PROMPTS = (("es", "La capital de Francia es"), ("en", "The cat says"))
SAMPLE_TOKENS = 24
SAMPLE_TEMPERATURE = 0.8
EVAL_BATCHES = 8
SAFE_LR = 3e-3  # the default peak learning rate, suggested when the loss explodes


class Trainer:
    """The model, its optimizer and the data order: what a resumed run must get back exactly.

    Alone, it is the pretraining maths the sweep, DDP's reference and the benchmarks reuse.
    """

    def __init__(self, model_cfg: ModelConfig, cfg: PretrainConfig, vocab_size: int, seed: int,
                 device: str = "cpu") -> None:
        torch.manual_seed(seed)
        self.cfg, self.device = cfg, device
        self.model = GPT(model_cfg, vocab_size).to(device)
        self.optimizer = decayed_adamw(self.model, cfg, device)
        self.data_rng = torch.Generator().manual_seed(seed)
        self.step = 0  # optimizer updates made so far
        self.bad_loss: float | None = None  # the last loss that stopped training (NaN or exploded)
        self._loss = self._eager_loss
        self._compiling = cfg.compile and device in ("cpu", "cuda") and hasattr(torch, "compile")
        if self._compiling:
            self._loss = torch.compile(self._eager_loss)

    @property
    def compiles_next_step(self) -> bool:
        return self._compiling

    def _eager_loss(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        with torch.autocast("cuda", torch.bfloat16, enabled=self.device == "cuda"):  # never bf16 on the CPU
            return lm_cross_entropy(self.model(x).logits, y)

    def train_step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        """One update on the batch (x, y), each (B, T): L = −mean log p(next token), checked before backward
        (a broken step never reaches the weights), then its gradients, clipped, and an AdamW step.

        The first call compiles when asked; where that fails (no C++ compiler, an unsupported
        platform), the same step runs again in plain PyTorch.
        """
        lr = lr_at(self.step, self.cfg)
        for group in self.optimizer.param_groups:
            group["lr"] = lr
        x, y = x.to(self.device), y.to(self.device)
        compiling, self._compiling = self._compiling, False
        try:
            loss = self._loss(x, y)
            value = loss.item()
            self._check_loss(value)
            loss.backward()
        except Exception as exc:
            if not compiling or isinstance(exc, LabError):
                raise
            log.warning("torch.compile failed, training without it: %s", exc)
            self.optimizer.zero_grad(set_to_none=True)
            self._loss = self._eager_loss
            return self.train_step(x, y)
        norm = clipped_update(self.optimizer, self.model.parameters(), self._check_norm)
        self.step += 1
        return {"loss/train": value, "lr": lr, "grad/norm": norm}

    def _check_loss(self, value: float) -> None:
        """Stop with advice when the loss (or the gradient) is NaN or has exploded."""
        self.bad_loss = value  # kept when it raises: the job shows it on the chart
        check_finite(value, self.step + 1, self.cfg.lr, SAFE_LR)
        if value > 3 * math.log(self.model.vocab_size) + 1:  # far above a guess at random (ln V)
            raise diverged(self.step + 1, self.cfg.lr, SAFE_LR)
        self.bad_loss = None

    def _check_norm(self, norm: float) -> None:
        if not math.isfinite(norm):  # a large norm is clipped; only a broken one stops the run
            self._check_loss(norm)

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
        self.step_times: deque[float] = deque(maxlen=20)
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
        yield Artifact("pretrain/model", {
            "params": t.model.num_params(), "flops_per_token": flops_per_token(self.model_cfg, t.model.vocab_size),
            "vocab_size": t.model.vocab_size, "train_tokens": len(self.data.train), "val_tokens": len(self.data.val),
            "device": t.device, "start_step": t.step})
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
        took = time.perf_counter() - began
        if self.step >= self.first_step:  # the run's first step, which may compile, is not the speed to expect
            self.step_times.append(took)
        window = self.step_times or [took]
        values["throughput/tokens_per_s"] = y.numel() * len(window) / sum(window)
        return values

    def evaluate(self) -> Iterator:
        t = self.trainer
        loss = t.evaluate(self.val_batches)
        yield self.record(Metrics(self.step, {"loss/val": loss,
                                              "bpb/val": data.bits_per_byte(loss, self.data.val_bytes_per_token)}))
        for tag, prompt in self.prompts:
            text = sampling.generate(t.model, self.tokenizer, prompt, SAMPLE_TOKENS, SAMPLE_TEMPERATURE,
                                     seed=self.run_cfg.seed)
            sample = Sample(self.step, prompt, text, tag)
            samples_log.append(self.ws, STAGE, sample)  # kept, so every page and a bundle can show it again
            yield sample

    # --- what resuming needs ---------------------------------------------------------
    def generators(self) -> dict[str, torch.Generator]:
        return {"data": self.trainer.data_rng}

    def resumes(self, meta: dict) -> bool:
        return True  # a finished run resumes too: raise max_steps and it trains on

    def start_fresh(self) -> None:
        super().start_fresh()
        samples_log.clear(self.ws, STAGE)


# --- what other stages and pages load ------------------------------------------------

def load_model(ws: Workspace, device: str = "cpu") -> tuple[GPT, dict]:
    """The pretrained model saved in the workspace (eval mode) and its checkpoint metadata."""
    model, meta = stages.load_model(ws, STAGE, device)
    return model.eval(), meta
