"""The Pretrain page: train the GPT chosen on the Model page, and watch it learn.

Start runs `lab.jobs.pretrain` through the job runner (it resumes from the workspace's
checkpoint when there is one; "Start over" forgets it). The page draws what the job
reports: train and validation loss, learning rate, tokens per second, progress with
the time left, and the model's text samples as they improve, newest on top. The
metric history already in the workspace is drawn first, so a resumed run continues
the same curves. Without a corpus or tokenizer, the page offers to prepare them.

With 2 workers, Start runs `lab.ddp` (data parallelism) instead: rank 0 reports the same
events as the single-process job, so the curves are the same, and a card per worker
shows the part of the corpus it reads and its progress (`pretrain_workers`). Continue
trains the saved model's shape; a different shape on the Model page waits for "Start over".
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
)

from lab.config import ModelConfig, PretrainConfig, to_dict
from lab.errors import LabError
from lab.events import Artifact, Checkpoint, Job, Metrics, Progress, Sample
from lab.i18n import QT_TRANSLATE_NOOP
from lab.model import same_shape
from ui.context import AppContext
from ui.pages.base import group, split
from ui.pages.job_page import Curve, JobPage
from ui.pages.model import shape_text
from ui.pages.pretrain_parts import PrepareBanner, SampleTimeline, format_eta, when_set
from ui.pages.pretrain_workers import WorkersChoice, WorkersPanel, worker_values
from ui.pages.workspace_info import continued_model, model_config, pretrain_config, saved_meta
from ui.palette import series, set_role
from ui.state import stage_watch
from ui.widgets.config_form import ConfigForm

STAGE = "pretrain"


class PretrainPage(JobPage):
    key = stage = STAGE
    job_name = QT_TRANSLATE_NOOP("job", "Pretraining")
    CURVES = (Curve("loss_plot", "loss/train", series("train"), spikes=True),
              Curve("loss_plot", "loss/val", series("validation"), points=True), Curve("lr_plot", "lr", series("lr")))
    METRIC_FACTS = (("loss/train", "pretrain.loss"), ("loss/val", "pretrain.val_loss"))
    FACTS = ("pretrain.workers", "pretrain.worker_steps")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.training: ModelConfig | None = None  # the model of the run in progress
        self.form = ConfigForm(PretrainConfig, "classroom")
        self.form.set_value(pretrain_config(ctx.workspace))
        self.loss_plot = self.make_plot("loss_plot")
        val_curve = self.loss_plot.plot.getPlotItem().listDataItems()[-1]
        val_curve.setSymbol("o")  # validation comes every `eval_every` steps: show each point
        val_curve.setSymbolSize(6)
        val_curve.setSymbolBrush(series("validation"))
        self.lr_plot = self.make_plot("lr_plot")
        self.timeline = SampleTimeline()
        self.banner = PrepareBanner(ctx)
        self.workers = WorkersChoice(ctx)
        self.workers_panel = WorkersPanel()
        self.workers_panel.load(ctx.workspace)
        self._build_controls()
        self._build_layout()
        self.form.changed.connect(self._on_form_changed)
        self.banner.prepared.connect(self.update_state)
        self.workers.changed.connect(self._on_workers_changed)
        ctx.facts.set("pretrain.workers", self.workers.value())
        ctx.facts.changed.connect(self._on_fact_changed)
        stage_watch(ctx).changed.connect(self._on_stages_changed)
        self.retranslate()
        self.replay_history()
        self.update_state()

    def _build_controls(self) -> None:
        controls = self.make_controls(start_over=True, pause=True)
        controls.start_button.clicked.connect(self._on_start)
        controls.start_over_button.clicked.connect(self._on_start_over)
        controls.progress.hide()  # shown with the first progress, of this run or a saved one
        self.speed_label = QLabel(objectName="pretrain.speed")
        self.info_label = QLabel(objectName="pretrain.info", wordWrap=True)
        self.model_label = QLabel(objectName="pretrain.model", wordWrap=True)
        self.blocker = QLabel(objectName="pretrain.blocker", wordWrap=True)
        set_role(self.blocker, "error")
        controls.rows.insertWidget(1, self.blocker)  # right under the buttons it explains
        controls.rows.insertWidget(4, self.speed_label)  # under the progress and the time left
        controls.rows.insertWidget(5, self.info_label)

    def _build_layout(self) -> None:
        self.form_box = group("pretrain.settings", self.form, self.workers)
        self.lr_box = group("pretrain.lr_box", self.lr_plot)
        self.samples_box = group("pretrain.samples_box", self.timeline)
        bottom = split(False, (self.lr_box, self.samples_box), (300, 500))
        self.place_columns((self.banner, self.model_label, self.form_box, self.controls), 390,
                           split(True, (self.loss_plot, self.workers_panel, bottom), (420, 150, 300)))

    def title(self) -> str:
        return self.tr("Pretraining")

    # --- starting and stopping ----------------------------------------------------
    def _on_start(self) -> None:
        self._start(go_on=True)

    def _on_start_over(self) -> None:
        if self.ctx.workspace.has_checkpoint(STAGE) and not self._confirm_start_over():
            return
        self._start(go_on=False)

    def _confirm_start_over(self) -> bool:
        answer = QMessageBox.question(self, self.title(), self.tr(
            "Start over forgets the model trained so far and its curves. Go on?"))
        return answer == QMessageBox.StandardButton.Yes

    def continues_saved_run(self) -> bool:
        """Pretraining goes on from any saved model, a finished one too (raise the steps and it trains on);
        only Start over, which asks first, throws a model away."""
        return self.ctx.workspace.has_checkpoint(STAGE)

    def forget_run(self) -> None:
        super().forget_run()
        self.timeline.clear()

    def _start(self, go_on: bool) -> None:
        ws, workers, resume = self.ctx.workspace, self.workers.value(), self.will_resume(go_on)
        settled = threading.Event()
        try:
            model_cfg = continued_model(ws) if resume else model_config(ws)
            train_cfg = self.form.value()
            make_job, pause_with = self._job(model_cfg, train_cfg, resume, workers)
        except LabError as err:
            self.show_problem(err, near=self.controls.start_button)
            return
        if self.start_run(lambda: when_set(settled, make_job), resume, pause_with=pause_with,
                          near=self.controls.start_button) is None:
            return
        self.training = model_cfg
        self.workers_panel.reset(train_cfg.max_steps if workers > 1 else 0)
        self.update_state()
        self._show_model()
        QTimer.singleShot(0, settled.set)  # the job's busy first second starts once the window has redrawn

    def _job(self, model_cfg: ModelConfig, train_cfg: PretrainConfig, resume: bool,
             workers: int) -> tuple[Callable[[], Job], Callable[[bool], None] | None]:
        """What Start runs: the ordinary job, or data-parallel workers (rank 0 reports the same events),
        with what pauses them: the workers are other processes, so they pause through a shared switch."""
        ws = self.ctx.workspace
        if workers > 1:
            from lab import ddp

            switch = ddp.pause_switch()
            return (lambda: ddp.run(ws, model_cfg, train_cfg, nproc=workers, resume=resume, pause=switch),
                    lambda on: switch.set() if on else switch.clear())
        from lab.jobs import pretrain

        return lambda: pretrain.run(ws, model_cfg, train_cfg, resume=resume), None

    def replay_history(self) -> list[Metrics]:
        """The curves of earlier runs on this workspace, so a resumed run continues them."""
        history = super().replay_history()
        if history:
            self.on_progress(Progress(history[-1].step, self.form.value().max_steps))
        self.timeline.load(self.ctx.workspace)
        self.timeline.fill_from_saved_model(self.ctx)
        self.set_fact("running", self.handle is not None)
        self.set_fact("done", saved_meta(self.ctx.workspace).get("finished", False))
        return history

    # --- job events ---------------------------------------------------------------------
    def take_events(self, batch: list) -> None:
        """The workers' own metrics go to their cards; the rest, rank 0's, as from the single-process job."""
        self.workers_panel.take(batch)
        steps = [row["step"] for row in self.workers_panel.rows.values() if "step" in row]
        if len(steps) > 1 and any(worker_values(e) for e in batch if isinstance(e, Metrics)):
            self.ctx.facts.set("pretrain.worker_steps", min(steps))  # the steps every worker has taken
        super().take_events([e for e in batch if not (isinstance(e, Metrics) and worker_values(e))])

    def publish(self, events: list[Metrics]) -> None:
        super().publish(events)
        speeds = [e.values["throughput/tokens_per_s"] for e in events if "throughput/tokens_per_s" in e.values]
        if speeds:
            self.speed_label.setText(self.tr("{n} tokens per second").format(n=QLocale().toString(round(speeds[-1]))))

    def on_sample(self, event: Sample) -> None:
        self.timeline.add(event)

    def on_checkpoint(self, event: Checkpoint) -> None:
        self.info_label.setText(self.tr("Checkpoint saved at step {step}.").format(step=event.step))

    def on_artifact(self, event: Artifact) -> None:
        if event.kind == "pretrain/model":
            self._on_model_info(event.data)

    def on_progress(self, event: Progress) -> None:
        """The step, and the time left, on the status line."""
        parts = [QCoreApplication.translate("job", event.message)] if event.message else []
        if event.total:  # "Starting the workers" comes before any step
            self.controls.progress.show()
            self.controls.progress.setMaximum(event.total)
            self.controls.progress.setValue(event.done)
            parts.append(self.tr("step {done} of {total}").format(done=event.done, total=event.total))
        if format_eta(event.eta_s):
            parts.append(self.tr("{eta} left").format(eta=format_eta(event.eta_s)))
        self.controls.status.setText(" · ".join(parts))

    def _on_model_info(self, data: dict) -> None:
        self.info_label.setText(self.tr("{params} parameters, {tokens} training tokens, on {device}.").format(
            params=QLocale().toString(int(data.get("params", 0))),
            tokens=QLocale().toString(int(data.get("train_tokens", 0))),
            device=str(data.get("device", "cpu")).upper()))

    def on_finished(self, stopped: bool) -> None:
        self.training = None
        self.workers_panel.save(self.ctx.workspace)
        self._show_model()

    def _on_stages_changed(self) -> None:
        """Another job (Run everything, a lesson, a bundle) changed the workspace: show what it holds."""
        if self.handle is None:
            self.replay_history()
            self._show_model()
            self.update_state()

    # --- state of the controls ----------------------------------------------------------
    def _on_form_changed(self) -> None:
        try:
            self.ctx.workspace.update_state(pretrain=to_dict(self.form.value()))
        except LabError as err:
            self.show_problem(err, near=self.form)
        self.update_state()

    def _on_workers_changed(self, workers: int) -> None:
        self.ctx.facts.set("pretrain.workers", workers)
        self.update_state()

    def _on_fact_changed(self, name: str, value: object) -> None:
        if name == "model.valid":
            self.update_state()
        if name.startswith("model."):
            self._show_model()

    def _show_model(self) -> None:
        """Which model Start trains; a saved model of another shape than the Model page's is said plainly."""
        chosen = model_config(self.ctx.workspace)
        trains = self.training or continued_model(self.ctx.workspace)
        waiting = self.training is None and not same_shape(trains, chosen)  # the Model page's choice waits
        if same_shape(trains, chosen):
            text = self.tr("It trains the model chosen on the Model page: {shape}.").format(shape=shape_text(chosen))
        elif waiting:
            text = self.tr("Continue trains the saved model: {saved}. The Model page now has another model "
                           "({chosen}); it is trained only if you press Start over.").format(
                saved=shape_text(trains), chosen=shape_text(chosen))
        else:
            text = self.tr("It trains the saved model: {shape}.").format(shape=shape_text(trains))
        self.model_label.setText(text)
        set_role(self.model_label, "mismatch" if waiting else "model")

    def showEvent(self, event) -> None:
        self._show_model()
        self.update_state()
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: self.timeline.fill_from_saved_model(self.ctx))  # once it shows

    def can_start(self) -> bool:
        return not self._blocker()

    def update_state(self, *_) -> None:
        super().update_state()
        ours = self.handle is not None
        blocker = self._blocker()
        self.form.set_enabled_editing(not ours)
        self.workers.setEnabled(not ours)
        self.workers_panel.setVisible(self.workers.value() > 1)
        self.controls.start_button.setText(self.tr("Continue") if self.ctx.workspace.has_checkpoint(STAGE)
                                           else self.tr("Start"))
        self.banner.refresh()
        self.blocker.setText(blocker)
        self.blocker.setVisible(bool(blocker) and not ours)

    def _blocker(self) -> str:
        """Why training cannot start now, or "" when it can."""
        if self.ctx.facts.get("model.valid", True) is False:
            return self.tr("The model's shape cannot work. Fix it on the Model page first.")
        if self.banner.missing():
            return self.tr("Prepare the corpus and the tokenizer first (see above).")
        if self.workers.value() > 1:
            from lab.ddp import batch_per_rank

            try:
                batch_per_rank(self.form.value().batch_size, self.workers.value())
            except LabError as err:
                return err.message(QCoreApplication.translate)
        return ""


    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("Training settings"))
        self.controls.retranslate()
        self.controls.start_over_button.setToolTip(self.tr("Forget the saved model and train a new one from "
                                                           "scratch."))
        self.controls.start_button.setToolTip(self.tr("Train the model named above; continues from the saved "
                                                      "checkpoint if there is one."))
        self.controls.stop_button.setToolTip(self.tr("Stop and save a checkpoint; you can continue later."))
        self.lr_box.setTitle(self.tr("Learning rate"))
        self.samples_box.setTitle(self.tr("What the model writes (newest on top)"))
        self.loss_plot.rename_curve("loss/train", self.tr("training"))
        self.loss_plot.rename_curve("loss/val", self.tr("validation"))
        self.loss_plot.set_labels(self.tr("step"), self.tr("loss"))
        self.lr_plot.rename_curve("lr", self.tr("learning rate"))
        self.lr_plot.set_labels(self.tr("step"), self.tr("learning rate"))
        self.timeline.retranslate()
        self.banner.retranslate()
        self.workers.retranslate()
        self.workers_panel.retranslate()
        self._show_model()
        self.update_state()
