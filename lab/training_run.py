"""The one training-run skeleton every stage's job is built on: a job writes only its maths.

`TrainingRun.events(resume)` is a job (a generator of events) with the same life for
every stage:

    Progress(opening) → prepare() → resume the checkpoint, or start a fresh history → started()
    → evaluate() once at step 0 → repeat { train_step(); step += 1; _between_steps();
      record Metrics; after_step(); Progress; evaluate() every `eval_every`; save every
      `checkpoint_every` } → finish() → save → Done

A Stop thrown in at any point saves what was trained since the last checkpoint and ends
with `Done(stopped=True)`. The skeleton owns the threads and the seed, the metric
history and the summary, the checkpoint (weights, then the optimizer moments and
random-number states in `optimizer.safetensors`, so that a resumed run gives the numbers
an uninterrupted one would have given), the one divergence check, the one optimizer
step (gradient clipping at `GRAD_CLIP`) and the learning-rate schedule.

A stage subclasses it and writes `prepare` (data, model, `self.optimizer`), `train_step`
(its loss, then `self.optimizer_step(loss)`), and where it has them `evaluate`, `finish`
and the `extra_*` hooks for state beyond the model and its optimizer.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Generator, Iterator
from typing import Any

import torch

from lab import checkpoint
from lab.config import ModelConfig, RunConfig, from_dict, to_dict
from lab.device import follow_load, set_threads
from lab.errors import LabError
from lab.events import Artifact, Checkpoint, Done, Job, Metrics, Progress, StopRequested
from lab.i18n import QT_TRANSLATE_NOOP
from lab.model import GPT, model_meta, same_shape, state_for_save
from lab.training import check_finite, clipped_update, diverged, lr_at, trim_history
from lab.workspace import Workspace

STATE_FILE = "optimizer.safetensors"  # optimizer moments and random-number states, committed with the weights


class TrainingRun:
    """One run of one stage; subclasses define `prepare` and `train_step` (and may define the other hooks)."""

    stage = ""
    opening = QT_TRANSLATE_NOOP("job", "Loading the models")  # the Progress message while `prepare` runs
    working = QT_TRANSLATE_NOOP("job", "Training")  # the Progress message while training
    summary_keys: tuple[str, ...] = ("loss/train", "loss/val")  # what Done reports (plus any `eval/…`)
    safe_lr: float | None = None  # a learning rate known to work, suggested when the loss explodes

    def __init__(self, ws: Workspace, cfg: Any, run_cfg: RunConfig) -> None:
        self.ws, self.cfg, self.run_cfg = ws, cfg, run_cfg
        self.model: GPT | None = None  # the network that trains and is saved
        self.optimizer: Any = None
        self.rng: random.Random | None = None  # the job's draws of examples, when it draws with Python's random
        self.step = 0  # optimizer updates (PPO, GRPO: iterations) made so far
        self.saved: tuple[int, bool] | None = None  # (step, finished) of the checkpoint on disk from this run
        self.last: dict[str, float] = {}  # the latest value of every metric
        self.bad_loss: float | None = None  # the value that stopped training, drawn before the advice
        self.first_step, self.clock = 1, 0.0  # the run's first step here, and when it ended (for the ETA)

    # --- what a stage defines --------------------------------------------------------
    @property
    def total(self) -> int:
        return self.cfg.max_steps

    def prepare(self) -> Iterator:
        """Load data and model, build `self.optimizer`; may yield Artifacts."""
        raise NotImplementedError

    def train_step(self) -> dict[str, float]:
        """One update (call `self.optimizer_step(loss)`); returns its metrics."""
        raise NotImplementedError

    def started(self) -> Iterator:
        """After resuming or starting fresh, before the first step (e.g. facts about the data)."""
        return iter(())

    def evaluate(self) -> Iterator:
        """Held-out measurements, at step 0, every `eval_every` steps and at the end."""
        return iter(())

    def after_step(self) -> Iterator:
        """Events a step has besides its metrics (PPO's and GRPO's samples)."""
        return iter(())

    def finish(self) -> Iterator:
        """After the last step, before the final save (the shared probes of the alignment stages)."""
        return iter(())

    def extra_meta(self) -> dict[str, Any]:
        """JSON facts the checkpoint keeps besides step, config, seed and summary."""
        return {}

    def load_extra_meta(self, meta: dict[str, Any]) -> None:
        """Restore what `extra_meta` saved."""

    def extra_state(self) -> dict[str, torch.Tensor]:
        """Tensors a resumed run needs besides the model, its optimizer and the random states."""
        return {}

    def load_extra_state(self, tensors: dict[str, torch.Tensor]) -> None:
        """Restore what `extra_state` saved."""

    def optimizers(self) -> dict[str, tuple[Any, torch.nn.Module]]:
        """Every optimizer with the module it updates, by name ("" = the model's): saved for an exact resume."""
        return {"": (self.optimizer, self.model)}

    def generators(self) -> dict[str, torch.Generator]:
        """torch random generators the job draws from, by name, saved for an exact resume."""
        return {}

    def resumes(self, meta: dict[str, Any]) -> bool:
        """Whether a checkpoint with `meta` is continued: by default a run that stopped before its end."""
        return not meta.get("finished", True)

    def load_weights(self, tensors: dict[str, torch.Tensor], meta: dict[str, Any]) -> None:
        """The checkpoint's weights into `self.model`; a LabError when they are damaged or of another shape."""
        folder = self.ws.checkpoint_dir(self.stage)
        try:
            saved = from_dict(ModelConfig, meta["model"])
            int(meta["step"] if "step" in meta else meta["iteration"])  # PPO and GRPO once counted "iteration"
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # meta.json edited or cut by hand
            raise checkpoint.damaged(folder, f"meta.json: {type(exc).__name__} {exc}") from exc
        if not same_shape(saved, self.model.cfg) or meta.get("vocab_size") != self.model.vocab_size:
            raise LabError(QT_TRANSLATE_NOOP("LabError", "The saved model has another shape or vocabulary than these "
                                             "settings. Start over (--fresh on the command line) to train a new one."))
        try:
            self.model.load_state_dict(tensors)
        except RuntimeError as exc:  # tensors of other shapes than the meta says
            raise checkpoint.damaged(folder, str(exc).splitlines()[-1]) from exc

    def start_fresh(self) -> None:
        """Forget the stage's history: a new run draws a new curve."""
        self.ws.clear_metrics(self.stage)

    # --- the job ---------------------------------------------------------------------
    def events(self, resume: bool = True) -> Job:
        """The job: prepare, resume or start fresh, train to `total` steps, save, Done (see the module docstring)."""
        set_threads(self.run_cfg.threads)
        torch.manual_seed(self.run_cfg.seed)
        yield Progress(0, self.total, self.opening)
        try:
            yield from self.prepare()
            if not (resume and self.restore()):
                self.start_fresh()
            yield from self.started()
            if self.step == 0:
                yield from self.evaluate()
            self.first_step = self.step + 1  # the ETA is timed from the end of the first step, which may compile
            while self.step < self.total:
                try:
                    values = self.train_step()
                except LabError:
                    if self.bad_loss is not None:  # the value that broke, on the loss chart before the advice
                        yield self.record(Metrics(self.step + 1, {"loss/train": self.bad_loss}))
                    raise
                self.step += 1
                self._between_steps()
                yield from self._after_update(values)
            yield from self.finish()
            if self.saved != (self.step, True):
                yield self.save()
            yield Done(self.summary())
        except StopRequested:
            if self.model is not None and self.step > 0 and self.saved != (self.step, False):
                yield self.save()  # a run stopped before its first step leaves the previous checkpoint alone
            yield Done(self.summary(), stopped=True)

    def _after_update(self, values: dict[str, float]) -> Iterator:
        """The step's metrics and progress, then the evaluation and checkpoint when they are due."""
        total = self.total
        yield self.record(Metrics(self.step, values))
        yield from self.after_step()
        if self.step == self.first_step:
            self.clock = time.perf_counter()
        done = self.step - self.first_step
        eta = (time.perf_counter() - self.clock) / done * (total - self.step) if done else None
        yield Progress(self.step, total, self.working, eta)
        if self.step % getattr(self.cfg, "eval_every", total) == 0 or self.step == total:
            yield from self.evaluate()
        if self.step % getattr(self.cfg, "checkpoint_every", total) == 0 and self.step < total:
            yield self.save()

    def _between_steps(self) -> None:
        """Called once after every optimizer step, before its metrics go out.

        Threads are chosen again from the cores other programs leave free (every few
        seconds, `lab.device.follow_load`): a program that starts mid-run never finds two
        of our threads spinning for its core for longer than that.
        """
        follow_load()

    # --- what a stage's `prepare` may use --------------------------------------------------
    def read_data(self, given: Any, path: Any, load: Callable[[Any], Any], default: Callable[[], Any],
                  noun: str) -> Generator[Artifact, None, Any]:
        """The run's examples: `given`; else the file at `path`, read by `load`, with an Artifact
        `<stage>/data` that counts them (as `noun`) and lists the lines it skipped; else `default()`."""
        if given is None and path is not None:
            loaded = load(path)
            given = loaded.items
            yield Artifact(f"{self.stage}/data", {"path": str(path), noun: len(loaded.items),
                                                  "problems": [p.message() for p in loaded.problems]})
        return default() if given is None else given

    # --- the maths every stage shares --------------------------------------------------
    def set_lr(self) -> float:
        """This step's learning rate (`training.lr_at`), set on every group of `self.optimizer` and returned."""
        lr = lr_at(self.step, self.cfg)
        for group in self.optimizer.param_groups:
            group["lr"] = lr
        return lr

    def check_loss(self, value: float, drawn: bool = True) -> None:
        """The one divergence check: a NaN or infinite value stops the run with advice on the learning rate.

        `drawn`: the value is the training loss, drawn on the loss chart before the advice.
        """
        self.bad_loss = value if drawn else None  # kept when it raises: `events` draws it
        check_finite(value, self.step + 1, self.cfg.lr, self.safe_lr)
        self.bad_loss = None

    def diverged(self) -> LabError:
        """The advice for a run that broke at the coming step (a policy that ran away, NaN probabilities)."""
        return diverged(self.step + 1, self.cfg.lr, self.safe_lr)

    def optimizer_step(self, loss: torch.Tensor, optimizer: Any = None, params: Any = None) -> float:
        """Backward, clip the gradient's norm, update; returns the norm before clipping."""
        optimizer = optimizer or self.optimizer
        params = [p for g in optimizer.param_groups for p in g["params"]] if params is None else list(params)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        return clipped_update(optimizer, params, lambda norm: check_finite(norm, self.step + 1, self.cfg.lr,
                                                                           self.safe_lr))

    # --- recording ---------------------------------------------------------------------
    def record(self, event: Metrics) -> Metrics:
        """Keep the values for the summary and append them to the stage's history."""
        self.last.update(event.values)
        self.ws.append_metrics(self.stage, event)
        return event

    def summary(self) -> dict[str, float]:
        keep = [k for k in self.last if k in self.summary_keys or k.startswith("eval/")]
        return {"step": float(self.step), **{k: self.last[k] for k in keep}}

    # --- checkpoints -------------------------------------------------------------------
    def save(self) -> Checkpoint:
        """Weights, facts and the training state, committed together (`lab.checkpoint`)."""
        from safetensors.torch import save as st_save

        finished = self.step >= self.total
        state = {k: v.detach().cpu().contiguous() for k, v in self.training_state().items()}
        folder = self.ws.save_checkpoint(self.stage, state_for_save(self.model), {
            **model_meta(self.model), **self.summary(), "step": self.step, "finished": finished,
            "config": to_dict(self.cfg), "seed": self.run_cfg.seed, **self.extra_meta()},
            extra={STATE_FILE: st_save(state)})
        self.saved = (self.step, finished)
        return Checkpoint(self.step, str(folder))

    def restore(self) -> bool:
        """Continue the stage's checkpoint when `resumes` says so; False when starting fresh."""
        meta = self._saved_meta()
        if meta is None or not self.resumes(meta):
            return False
        tensors, meta = self.ws.load_checkpoint(self.stage, str(self.model.device))
        self.load_weights(tensors, meta)
        self.step = int(meta.get("step", meta.get("iteration", 0)))  # PPO and GRPO once counted "iteration"
        self.saved = (self.step, bool(meta.get("finished")))
        self.load_extra_meta(meta)
        self.last.update({k: float(v) for k, v in meta.items() if k in self.summary_keys})
        path = self.ws.checkpoint_dir(self.stage) / STATE_FILE
        if path.is_file():
            from safetensors.torch import load_file

            state = load_file(str(path))
            if int(state.get("meta|step", torch.tensor(-1))) == self.step:
                self.load_training_state(state)  # else: a fresh optimizer, the weights still resume
        trim_history(self.ws, self.stage, self.step)
        return True

    def _saved_meta(self) -> dict[str, Any] | None:
        """The checkpoint's JSON facts without its weights; None when there is none, {} when they cannot be read."""
        if not self.ws.has_checkpoint(self.stage):
            return None
        try:
            meta = json.loads((self.ws.checkpoint_dir(self.stage) / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # loading it says what is damaged, where a stage resumes whatever the facts say
        return meta if isinstance(meta, dict) else {}

    def training_state(self) -> dict[str, torch.Tensor]:
        """Optimizer moments (`[name.]param|field`) and random-number states, as flat tensors for safetensors."""
        tensors = {"meta|step": torch.tensor(self.step), "rng|torch": torch.get_rng_state()}
        for prefix, (optimizer, module) in self.optimizers().items():
            names = {p: n for n, p in module.named_parameters()}
            tensors.update({f"{prefix}{names[p]}|{key}": v for p, state in optimizer.state.items()
                            for key, v in state.items()})
        tensors.update({f"rng|{name}": g.get_state() for name, g in self.generators().items()})
        if self.rng is not None:
            version, words, gauss = self.rng.getstate()
            tensors["rng|python"] = torch.tensor(words, dtype=torch.int64)  # 625 words of 32 bits
            tensors["rng|python_meta"] = torch.tensor([version, gauss is not None,
                                                       0 if gauss is None else gauss], dtype=torch.float64)
        return {**tensors, **{f"extra|{k}": v for k, v in self.extra_state().items()}}

    def load_training_state(self, tensors: dict[str, torch.Tensor]) -> None:
        """Restore what `training_state` saved (the moments by parameter name, so a device change is fine)."""
        owners = {prefix: (opt, dict(module.named_parameters())) for prefix, (opt, module) in self.optimizers().items()}
        for key, value in tensors.items():
            name, field = key.split("|", 1)
            prefix = next((p for p in sorted(owners, key=len, reverse=True)
                           if name.startswith(p) and name[len(p):] in owners[p][1]), None)
            if prefix is not None:
                optimizer, params = owners[prefix]
                param = params[name[len(prefix):]]
                optimizer.state[param][field] = value.to(param.device)
        torch.set_rng_state(tensors["rng|torch"])
        for name, g in self.generators().items():
            g.set_state(tensors[f"rng|{name}"])
        if self.rng is not None and "rng|python" in tensors:
            version, has_gauss, gauss = tensors["rng|python_meta"].tolist()
            words = tuple(int(w) for w in tensors["rng|python"].tolist())
            self.rng.setstate((int(version), words, gauss if has_gauss else None))
        self.load_extra_state({k[len("extra|"):]: v for k, v in tensors.items() if k.startswith("extra|")})
