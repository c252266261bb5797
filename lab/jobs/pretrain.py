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

from lab import adamw, checkpoint, data, samples_log, sampling, stages, token_cache
from lab.config import ModelConfig, PretrainConfig, RunConfig, from_dict, to_dict, validate
from lab.corpus.prompts import sample_prompts
from lab.data import TextTokenizer, TokenSplit
from lab.device import best_device, set_threads
from lab.errors import LabError
from lab.events import Artifact, Checkpoint, Done, Job, Metrics, Progress, Sample, StopRequested
from lab.i18n import QT_TRANSLATE_NOOP
from lab.losses import lm_cross_entropy
from lab.model import GPT, check_config, flops_per_token, model_meta, same_shape, state_for_save
from lab.training import BETAS, GRAD_CLIP, check_finite, diverged, trim_history
from lab.workspace import Workspace

log = logging.getLogger(__name__)

STAGE = "pretrain"
PROMPTS = (("es", "La capital de Francia es"), ("en", "The cat says"))
SAMPLE_TOKENS = 24
SAMPLE_TEMPERATURE = 0.8
EVAL_BATCHES = 8
MIN_LR_FRACTION = 0.1
OPTIMIZER_FILE = "optimizer.safetensors"
SAFE_LR = 3e-3  # the default peak learning rate, suggested when the loss explodes


def lr_at(step: int, cfg: PretrainConfig) -> float:
    """Learning rate for update `step` (0-based): linear warmup, then cosine decay to 10 % at the end."""
    if step < cfg.warmup_steps:
        return cfg.lr * (step + 1) / (cfg.warmup_steps + 1)
    progress = min(1.0, (step - cfg.warmup_steps) / max(1, cfg.max_steps - cfg.warmup_steps))
    floor = MIN_LR_FRACTION * cfg.lr
    return floor + 0.5 * (1.0 + math.cos(math.pi * progress)) * (cfg.lr - floor)


def make_optimizer(model: GPT, cfg: PretrainConfig, device: str = "cpu") -> torch.optim.Optimizer | adamw.FusedAdamW:
    """AdamW; weight decay on the matrices only (not on biases and LayerNorm gains), as GPT-2.

    One fused kernel for the whole update; `FusedAdamW` where it can, which spares the
    start of the run the import of torch's compiler stack (see `lab.adamw`).
    """
    params = [p for p in model.parameters() if p.requires_grad]
    groups = [{"params": [p for p in params if p.dim() >= 2], "weight_decay": cfg.weight_decay},
              {"params": [p for p in params if p.dim() < 2], "weight_decay": 0.0}]
    if adamw.available(device):
        return adamw.FusedAdamW(groups, lr=cfg.lr, betas=BETAS)
    try:
        return torch.optim.AdamW(groups, lr=cfg.lr, betas=BETAS, fused=True)
    except (RuntimeError, TypeError):
        return torch.optim.AdamW(groups, lr=cfg.lr, betas=BETAS)


class Trainer:
    """The model, its optimizer and the data order: what a resumed run must get back exactly."""

    def __init__(self, model_cfg: ModelConfig, cfg: PretrainConfig, vocab_size: int, seed: int,
                 device: str = "cpu") -> None:
        torch.manual_seed(seed)
        self.cfg, self.device = cfg, device
        self.model = GPT(model_cfg, vocab_size).to(device)
        self.optimizer = make_optimizer(self.model, cfg, device)
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
        """One update on the batch (x, y), each (B, T); returns its metrics."""
        lr = lr_at(self.step, self.cfg)
        for group in self.optimizer.param_groups:
            group["lr"] = lr
        value = self._loss_and_grads(x.to(self.device), y.to(self.device))
        norm = float(torch.nn.utils.clip_grad_norm_(self.model.parameters(), GRAD_CLIP))
        if not math.isfinite(norm):
            self._check_loss(norm)
        self.optimizer.step()
        self.optimizer.zero_grad(set_to_none=True)
        self.step += 1
        return {"loss/train": value, "lr": lr, "grad/norm": norm}

    def _loss_and_grads(self, x: torch.Tensor, y: torch.Tensor) -> float:
        """Loss of the batch, with its gradients accumulated; compiles on the first call if asked."""
        if self._compiling:
            self._compiling = False
            try:
                return self._backward(self._loss, x, y)
            except LabError:
                raise
            except Exception as exc:  # no C++ compiler, unsupported platform: plain PyTorch does the same math
                log.warning("torch.compile failed, training without it: %s", exc)
                self.optimizer.zero_grad(set_to_none=True)
                self._loss = self._eager_loss
        return self._backward(self._loss, x, y)

    def _backward(self, loss_fn, x: torch.Tensor, y: torch.Tensor) -> float:
        loss = loss_fn(x, y)
        value = loss.item()
        self._check_loss(value)  # before backward: a broken step never reaches the weights
        loss.backward()
        return value

    def _check_loss(self, value: float) -> None:
        """Stop with advice when the loss (or the gradient) is NaN or has exploded."""
        self.bad_loss = value  # kept when it raises: the job shows it on the chart
        check_finite(value, self.step + 1, self.cfg.lr, SAFE_LR)
        if value > 3 * math.log(self.model.vocab_size) + 1:  # far above a guess at random (ln V)
            raise diverged(self.step + 1, self.cfg.lr, SAFE_LR)
        self.bad_loss = None

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

    # --- exact resume --------------------------------------------------------------
    def extra_state(self) -> dict[str, torch.Tensor]:
        """Optimizer moments and random-number states, as flat tensors for safetensors."""
        names = {p: n for n, p in self.model.named_parameters()}
        tensors = {f"{names[p]}|{key}": v for p, state in self.optimizer.state.items() for key, v in state.items()}
        tensors["rng|data"] = self.data_rng.get_state()
        tensors["rng|torch"] = torch.get_rng_state()
        tensors["meta|step"] = torch.tensor(self.step)
        return tensors

    def load_extra_state(self, tensors: dict[str, torch.Tensor]) -> None:
        params = dict(self.model.named_parameters())
        for key, value in tensors.items():
            name, field = key.split("|")
            if name in params:
                self.optimizer.state[params[name]][field] = value.to(params[name].device)
        self.data_rng.set_state(tensors["rng|data"])
        torch.set_rng_state(tensors["rng|torch"])


def run(workspace: Workspace, model_cfg: ModelConfig, train_cfg: PretrainConfig, run_cfg: RunConfig = RunConfig(),
        *, text: str | None = None, tokenizer: TextTokenizer | None = None, resume: bool = True) -> Job:
    """Pretrain on `text` (default: the workspace's cleaned corpus) with `tokenizer` (default: the workspace's)."""
    for cfg in (model_cfg, train_cfg, run_cfg):
        validate(cfg)
    return _Run(workspace, model_cfg, train_cfg, run_cfg).events(text, tokenizer, resume)


class _Run:
    """One pretraining run: its data, trainer and clocks; `events()` is the job."""

    def __init__(self, ws: Workspace, model_cfg: ModelConfig, cfg: PretrainConfig, run_cfg: RunConfig) -> None:
        self.ws, self.model_cfg, self.cfg, self.run_cfg = ws, model_cfg, cfg, run_cfg
        self.trainer: Trainer | None = None
        self.last: dict[str, float] = {}
        self.saved_step = -1
        self.step_times: deque[float] = deque(maxlen=20)
        self.prompts = PROMPTS  # until `_prepare` reads the corpus (DDP workers keep these)

    def events(self, text: str | None, tokenizer: TextTokenizer | None, resume: bool) -> Job:
        set_threads(self.run_cfg.threads)
        yield Progress(0, self.cfg.max_steps, QT_TRANSLATE_NOOP("job", "Reading the corpus"))
        try:
            self._prepare(text, tokenizer, resume)
            yield from self._train()
        except StopRequested:
            if self.trainer is not None:
                yield self._save()
            yield Done(self._summary(), stopped=True)

    def _prepare(self, text: str | None, tokenizer: TextTokenizer | None, resume: bool) -> None:
        own = text is None and tokenizer is None  # the workspace's corpus and tokenizer: encoded once, then cached
        self.tokenizer = tokenizer or load_tokenizer(self.ws)
        text = read_corpus(self.ws) if text is None else text
        self.prompts = sample_prompts(text, PROMPTS)  # the learner's corpus, not always the world's
        ids = token_cache.encoded_corpus(self.ws, text, self.tokenizer) if own else data.encode(text, self.tokenizer)
        self.data: TokenSplit = data.split_tokens(ids, self.tokenizer, self.model_cfg.block_size)
        vocab = self.tokenizer.vocab_size
        check_config(self.model_cfg, vocab, self.cfg.batch_size)
        self.val_batches = data.fixed_batches(self.data.val, self.cfg.batch_size, self.model_cfg.block_size,
                                              EVAL_BATCHES)
        self.trainer = Trainer(self.model_cfg, self.cfg, vocab, self.run_cfg.seed, best_device())
        if resume and self.ws.has_checkpoint(STAGE):
            self._restore()
        else:
            self.ws.clear_metrics(STAGE)
            samples_log.clear(self.ws, STAGE)

    def _train(self) -> Iterator:
        t = self.trainer
        yield Artifact("pretrain/model", {
            "params": t.model.num_params(), "flops_per_token": flops_per_token(self.model_cfg, t.model.vocab_size),
            "vocab_size": t.model.vocab_size, "train_tokens": len(self.data.train), "val_tokens": len(self.data.val),
            "device": t.device, "start_step": t.step})
        if t.step == 0:
            yield from self._evaluate()
        if t.compiles_next_step:
            yield Progress(t.step, self.cfg.max_steps, QT_TRANSLATE_NOOP("job", "Compiling the model"))
        start, first = 0.0, t.step + 1  # the clock starts after the first step, which may compile
        while t.step < self.cfg.max_steps:
            try:
                values = self._timed_step(keep_time=t.step >= first)
            except LabError:
                if t.bad_loss is not None:  # the explosion, for the loss chart, before the advice
                    yield Metrics(t.step + 1, {"loss/train": t.bad_loss})
                raise
            yield self._record(Metrics(t.step, values))
            if t.step == first:
                start = time.perf_counter()
            done_since = t.step - first
            eta = (time.perf_counter() - start) / done_since * (self.cfg.max_steps - t.step) if done_since else None
            yield Progress(t.step, self.cfg.max_steps, QT_TRANSLATE_NOOP("job", "Training"), eta)
            if t.step % self.cfg.eval_every == 0 or t.step == self.cfg.max_steps:
                yield from self._evaluate()
            if t.step % self.cfg.checkpoint_every == 0 and t.step < self.cfg.max_steps:
                yield self._save()
        if self.saved_step != t.step:
            yield self._save()
        yield Done(self._summary())

    def _timed_step(self, keep_time: bool) -> dict[str, float]:
        x, y = data.random_batch(self.data.train, self.cfg.batch_size, self.model_cfg.block_size,
                                 self.trainer.data_rng)
        began = time.perf_counter()
        values = self.trainer.train_step(x, y)
        took = time.perf_counter() - began
        if keep_time:  # a first step that compiled is not the speed to expect
            self.step_times.append(took)
        window = self.step_times or [took]
        values["throughput/tokens_per_s"] = y.numel() * len(window) / sum(window)
        return values

    def _evaluate(self) -> Iterator:
        t = self.trainer
        loss = t.evaluate(self.val_batches)
        yield self._record(Metrics(t.step, {"loss/val": loss,
                                            "bpb/val": data.bits_per_byte(loss, self.data.val_bytes_per_token)}))
        for tag, prompt in self.prompts:
            text = sampling.generate(t.model, self.tokenizer, prompt, SAMPLE_TOKENS, SAMPLE_TEMPERATURE,
                                     seed=self.run_cfg.seed)
            sample = Sample(t.step, prompt, text, tag)
            samples_log.append(self.ws, STAGE, sample)  # kept, so every page and a bundle can show it again
            yield sample

    def _record(self, event: Metrics) -> Metrics:
        self.last.update(event.values)
        self.ws.append_metrics(STAGE, event)
        return event

    def _summary(self) -> dict[str, float]:
        keys = ("loss/train", "loss/val", "bpb/val")
        step = float(self.trainer.step) if self.trainer else 0.0
        return {"step": step, **{k: self.last[k] for k in keys if k in self.last}}

    # --- checkpoints -----------------------------------------------------------------
    def _save(self) -> Checkpoint:
        t = self.trainer
        folder = self.ws.checkpoint_dir(STAGE)
        from safetensors.torch import save as st_save

        # the optimizer state commits with the weights, so a resume after any crash is exact
        optimizer = st_save({k: v.detach().cpu().contiguous() for k, v in t.extra_state().items()})
        self.ws.save_checkpoint(STAGE, state_for_save(t.model), {
            **model_meta(t.model), "step": t.step, "train": to_dict(self.cfg), "seed": self.run_cfg.seed,
            "finished": t.step >= self.cfg.max_steps, **{k: self.last[k] for k in ("loss/val", "bpb/val")
                                                        if k in self.last}}, extra={OPTIMIZER_FILE: optimizer})
        self.saved_step = t.step
        return Checkpoint(t.step, str(folder))

    def _restore(self) -> None:
        from safetensors.torch import load_file

        t = self.trainer
        tensors, meta = self.ws.load_checkpoint(STAGE, t.device)
        try:
            saved, step = from_dict(ModelConfig, meta["model"]), int(meta["step"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # meta.json edited or cut by hand
            raise checkpoint.damaged(self.ws.checkpoint_dir(STAGE), f"meta.json: {type(exc).__name__} {exc}") from exc
        if not same_shape(saved, self.model_cfg) or meta.get("vocab_size") != t.model.vocab_size:
            raise LabError(QT_TRANSLATE_NOOP("LabError", "The saved model has another shape or vocabulary than these "
                                             "settings. Start over (--fresh on the command line) to train a new one."))
        try:
            t.model.load_state_dict(tensors)
        except RuntimeError as exc:  # tensors of other shapes than the meta says
            raise checkpoint.damaged(self.ws.checkpoint_dir(STAGE), str(exc).splitlines()[-1]) from exc
        t.step = self.saved_step = step
        extra_path = self.ws.checkpoint_dir(STAGE) / OPTIMIZER_FILE
        extra = load_file(str(extra_path)) if extra_path.is_file() else {}
        if int(extra.get("meta|step", torch.tensor(-1))) == t.step:
            t.load_extra_state(extra)  # else: a fresh optimizer, weights still resume
        self.last.update({k: float(meta[k]) for k in ("loss/val", "bpb/val") if k in meta})
        trim_history(self.ws, STAGE, t.step)


# --- what other stages and pages load ------------------------------------------------

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


def load_model(ws: Workspace, device: str = "cpu") -> tuple[GPT, dict]:
    """The pretrained model saved in the workspace (eval mode) and its checkpoint metadata."""
    model, meta = stages.load_model(ws, STAGE, device)
    return model.eval(), meta
