"""A live scaling sweep: K tiny GPTs of growing size, trained on the same data, and the law they follow.

Every model sees the same batches in the same order (same seed, same data), so the
only thing that changes is its size. In the default mode each model trains for the
same number of tokens; the final validation losses then fall with the number of
non-embedding parameters N roughly as L(N) = a·N^−α + c (Kaplan et al., 2020), and
the fit gives α with its standard error. With `same_budget`, every model gets the same
FLOPs instead (bigger models see fewer tokens): the losses then trace an iso-FLOP
curve whose bottom is the compute-optimal size for that budget (Hoffmann et al., 2022).

Text is read as raw UTF-8 bytes (a 256-token vocabulary) rather than with the
learner's BPE: the embedding table then stays small next to the transformer, loss in
nats per token converts to bits per byte by a plain ÷ ln 2, and the sweep needs no
trained tokenizer. The text is the workspace's cleaned corpus, or the synthetic world's
web when there is none yet. Every model has at least two blocks: a single block cannot
learn to copy from earlier in the text, which puts a kink in the curve. Results go to
the workspace's `sweep.json`, which the Scale page draws.

Measured (classroom preset, world corpus, seed 1234): six models from 25k to 793k
non-embedding parameters, 1M tokens each, give α = 0.70 ± 0.14 with a floor c = 0.34
nats per byte, in about 3 minutes of one CPU core.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass

from lab import checkpoint, data
from lab.config import ModelConfig, PretrainConfig, RunConfig, SweepConfig, to_dict, validate
from lab.device import follow_load, set_threads
from lab.energy import EnergyMeter, energy_values
from lab.errors import LabError
from lab.events import Artifact, Done, Job, Metrics, Progress, StopRequested
from lab.i18n import QT_TRANSLATE_NOOP
from lab.model import count_params, flops_per_token
from lab.powerlaw import fit_power_law, parabola_minimum
from lab.workspace import Workspace

STAGE = "sweep"
RESULTS_FILE = "sweep.json"
EVAL_BATCHES = 16
LOG_EVERY = 10  # steps between the live loss points of one model (each the mean over those steps)
WIDTH_PER_LAYER = 32  # depth grows with width: a 128-wide model has 4 blocks
MIN_LAYERS = 2  # one block cannot learn to copy earlier text (no induction heads): a kink in the law
HEAD_SIZE = 16


class ByteTokenizer:
    """Text as its UTF-8 bytes: 256 tokens, nothing to train (picklable, for worker processes)."""

    vocab_size = 256

    def encode(self, text: str) -> list[int]:
        return list(text.encode("utf-8"))

    def decode(self, ids: list[int]) -> str:
        return bytes(ids).decode("utf-8", errors="replace")


@dataclass(frozen=True)
class PlannedModel:
    """One model of the sweep: its shape, size, and the tokens and FLOPs it will get."""

    index: int
    n_layer: int
    n_embd: int
    n_head: int
    params: int  # non-embedding parameters: the N of the scaling law
    params_total: int
    flops_per_token: int
    steps: int
    tokens: int
    flops: float


def ladder(cfg: SweepConfig) -> list[ModelConfig]:
    """K shapes, widths evenly spaced in log from min_width to max_width, depth ∝ width."""
    k = cfg.models
    ratio = (cfg.max_width / cfg.min_width) ** (1 / max(1, k - 1))
    shapes, seen = [], set()
    for i in range(k):
        width = max(8, int(round(cfg.min_width * ratio**i / 8)) * 8)
        if width in seen:
            continue
        seen.add(width)
        heads = max(1, width // HEAD_SIZE)
        while width % heads:  # the width must divide into the heads
            heads -= 1
        shapes.append(ModelConfig(n_layer=max(MIN_LAYERS, round(width / WIDTH_PER_LAYER)), n_head=heads,
                                  n_embd=width, block_size=cfg.block_size, dropout=0.0))
    return shapes


def non_embedding_params(shape: ModelConfig, vocab_size: int) -> int:
    """Parameters outside the token and position tables (Kaplan's N)."""
    return count_params(shape, vocab_size, non_embedding=True) - vocab_size * shape.n_embd


def plan(cfg: SweepConfig, vocab_size: int = ByteTokenizer.vocab_size) -> list[PlannedModel]:
    """What each model will be and get. Same tokens for all, or (same_budget) the same FLOPs."""
    shapes = ladder(cfg)
    tokens_per_step = cfg.batch_size * cfg.block_size
    fpt = [flops_per_token(s, vocab_size) for s in shapes]
    budget = fpt[len(fpt) // 2] * cfg.max_steps * tokens_per_step  # the middle model at `max_steps` sets the budget
    models = []
    for i, (shape, f) in enumerate(zip(shapes, fpt, strict=True)):
        steps = max(1, round(budget / (f * tokens_per_step))) if cfg.same_budget else cfg.max_steps
        tokens = steps * tokens_per_step
        models.append(PlannedModel(i, shape.n_layer, shape.n_embd, shape.n_head,
                                   non_embedding_params(shape, vocab_size), count_params(shape, vocab_size),
                                   f, steps, tokens, float(f) * tokens))
    return models


def run(workspace: Workspace, cfg: SweepConfig, run_cfg: RunConfig = RunConfig(), *, text: str | None = None) -> Job:
    """The sweep as a job; `text` defaults to the workspace's cleaned corpus."""
    validate(cfg)
    validate(run_cfg)
    return _Sweep(workspace, cfg, run_cfg).events(text)


class _Sweep:
    def __init__(self, ws: Workspace, cfg: SweepConfig, run_cfg: RunConfig) -> None:
        self.ws, self.cfg, self.run_cfg = ws, cfg, run_cfg
        self.plan = plan(cfg)
        self.points: list[dict] = []
        self.curves: dict[str, list[list[float]]] = {}
        self.started = time.perf_counter()

    def events(self, text: str | None) -> Job:
        set_threads(self.run_cfg.threads)
        meter = EnergyMeter()
        total = sum(m.steps for m in self.plan)
        yield Progress(0, total, QT_TRANSLATE_NOOP("job", "Reading the corpus"))
        split = self._data(text)
        yield Artifact("sweep/plan", {"models": [asdict(m) for m in self.plan], "same_budget": self.cfg.same_budget})
        self.ws.clear_metrics(STAGE)
        stopped = False
        try:
            for model in self.plan:
                yield from self._train_one(model, split, total)
        except StopRequested:
            stopped = True
        fit = self._fit()
        summary = self._summary(fit, meter.read())
        self._save(fit, summary, stopped)  # before the last yields: a late Stop must not lose the results
        if fit:
            yield Artifact("sweep/fit", fit)
        yield Done(summary, stopped=stopped)

    def _data(self, text: str | None) -> data.TokenSplit:
        if text is None:
            text = sweep_text(self.ws)
        tok = ByteTokenizer()
        return data.split_tokens(data.encode(text, tok), tok, self.cfg.block_size)

    def _train_one(self, model: PlannedModel, split: data.TokenSplit, total: int) -> Iterator:
        from lab.jobs.pretrain import Trainer

        shape = ModelConfig(n_layer=model.n_layer, n_head=model.n_head, n_embd=model.n_embd,
                            block_size=self.cfg.block_size, dropout=0.0)
        train_cfg = PretrainConfig(max_steps=model.steps, batch_size=self.cfg.batch_size, lr=self.cfg.lr,
                                   warmup_steps=min(self.cfg.warmup_steps, model.steps // 2), weight_decay=0.0,
                                   eval_every=model.steps, checkpoint_every=model.steps, compile=False)
        trainer = Trainer(shape, train_cfg, ByteTokenizer.vocab_size, self.run_cfg.seed)
        val = data.fixed_batches(split.val, self.cfg.batch_size, self.cfg.block_size, EVAL_BATCHES)
        meter, curve, done_before = EnergyMeter(), [], sum(m.steps for m in self.plan[: model.index])
        self.curves[str(model.index)] = curve
        window: list[float] = []  # losses since the last point: their mean is a steadier curve than one batch
        while trainer.step < model.steps:
            x, y = data.random_batch(split.train, self.cfg.batch_size, self.cfg.block_size, trainer.data_rng)
            window.append(trainer.train_step(x, y)["loss/train"])
            follow_load()  # a long job: give a core back to a program that started since
            if trainer.step % LOG_EVERY == 0 or trainer.step == model.steps:
                tokens = trainer.step * self.cfg.batch_size * self.cfg.block_size
                loss, window = sum(window) / len(window), []
                curve.append([float(tokens), loss])
                yield Metrics(trainer.step, {"sweep/model": float(model.index), "sweep/tokens": float(tokens),
                                             "loss/train": loss})
                yield Progress(done_before + trainer.step, total, QT_TRANSLATE_NOOP("job", "Training the models"),
                               self._eta(done_before + trainer.step))
        yield from self._finish_one(model, trainer, val, split, meter.read())

    def _finish_one(self, model: PlannedModel, trainer, val, split: data.TokenSplit, reading) -> Iterator:
        loss = trainer.evaluate(val)
        point = {**asdict(model), "loss_val": loss, "bpb_val": data.bits_per_byte(loss, split.val_bytes_per_token),
                 "seconds": reading.seconds, "kwh": reading.kwh, "achieved_flops": model.flops / reading.seconds}
        self.points.append(point)
        metrics = Metrics(model.index, {f"sweep/{k}": float(point[k]) for k in
                                        ("params", "flops", "tokens", "loss_val", "bpb_val", "seconds", "kwh")})
        self.ws.append_metrics(STAGE, metrics)
        yield metrics
        yield Artifact("sweep/point", point)

    def _eta(self, done: int) -> float | None:
        """Seconds left, counting work in FLOPs: a big model's step costs more than a small one's."""
        done_flops = sum(m.flops * min(1.0, max(0, done - sum(p.steps for p in self.plan[: m.index])) / m.steps)
                         for m in self.plan)
        elapsed = time.perf_counter() - self.started
        return elapsed * (sum(m.flops for m in self.plan) / done_flops - 1) if done_flops else None

    def _fit(self) -> dict | None:
        """The power law over the finished models (same tokens), or the iso-FLOP optimum (same budget)."""
        xs, ys = [p["params"] for p in self.points], [p["loss_val"] for p in self.points]
        if self.cfg.same_budget:
            best = parabola_minimum(xs, ys)
            return {"optimal_params": best} if best else None
        if len(xs) < 4:
            return None
        try:
            fit = fit_power_law(xs, ys)
        except LabError:
            return None
        return {k: _finite(v) for k, v in asdict(fit).items()}

    def _summary(self, fit: dict | None, reading) -> dict[str, float]:
        summary = {"sweep/models": float(len(self.points)), "flops/total": float(sum(p["flops"] for p in self.points)),
                   **energy_values(reading)}
        for key in ("alpha", "alpha_err", "a", "c", "optimal_params"):
            if fit and fit.get(key) is not None:
                summary[f"sweep/{key}"] = float(fit[key])
        return summary

    def _save(self, fit: dict | None, summary: dict[str, float], stopped: bool) -> None:
        results = {"config": to_dict(self.cfg), "points": self.points, "fit": fit, "curves": self.curves,
                   "summary": summary, "stopped": stopped, "finished": time.time()}
        checkpoint.atomic_write_text(self.ws.root / RESULTS_FILE, json.dumps(results, indent=1))


def sweep_text(ws: Workspace) -> str:
    """The workspace's cleaned corpus, or else the synthetic world's web text (classroom size)."""
    if ws.clean_text_path.is_file():
        return ws.clean_text_path.read_text(encoding="utf-8")
    from lab.config import WorldConfig, preset
    from lab.world import generate

    return generate(preset(WorldConfig, "classroom")).text


def _finite(value: float) -> float | None:
    return value if isinstance(value, (int, float)) and math.isfinite(value) else None


def load_results(ws: Workspace) -> dict | None:
    """The last sweep saved in the workspace, or None."""
    return checkpoint.read_json(ws.root / RESULTS_FILE)
