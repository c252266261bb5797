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

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lab.config import ModelConfig, PretrainConfig, to_dict
from lab.errors import LabError
from lab.events import Artifact, Checkpoint, Done, Job, Metrics, Progress, Sample
from lab.i18n import QT_TRANSLATE_NOOP
from lab.model import same_shape
from ui.context import AppContext
from ui.pages.base import Page
from ui.pages.model import shape_text
from ui.pages.pretrain_parts import PrepareBanner, SampleTimeline, format_eta, when_set
from ui.pages.pretrain_workers import WorkersChoice, WorkersPanel, worker_values
from ui.pages.workspace_info import continued_model, model_config, pretrain_config, saved_meta
from ui.palette import series, set_role
from ui.runner import RunHandle
from ui.state import stage_watch
from ui.widgets.config_form import ConfigForm
from ui.widgets.inline_error import field_named_in, show_problem
from ui.widgets.live_plot import LivePlot

STAGE = "pretrain"


class PretrainPage(Page):
    key = "pretrain"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.handle: RunHandle | None = None
        self.training: ModelConfig | None = None  # the model of the run in progress
        self.form = ConfigForm(PretrainConfig, "classroom")
        self.form.set_value(pretrain_config(ctx.workspace))
        self.loss_plot = LivePlot(ctx.theme)
        self.loss_plot.setObjectName("pretrain.loss_plot")
        self.loss_plot.add_curve("loss/train", "", series("train"), spikes=True)
        self.loss_plot.add_curve("loss/val", "", series("validation"), points=True)
        val_curve = self.loss_plot.plot.getPlotItem().listDataItems()[-1]
        val_curve.setSymbol("o")  # validation comes every `eval_every` steps: show each point
        val_curve.setSymbolSize(6)
        val_curve.setSymbolBrush(series("validation"))
        self.lr_plot = LivePlot(ctx.theme)
        self.lr_plot.setObjectName("pretrain.lr_plot")
        self.lr_plot.add_curve("lr", "", series("lr"))
        self.timeline = SampleTimeline()
        self.banner = PrepareBanner(ctx)
        self.workers = WorkersChoice(ctx)
        self.workers_panel = WorkersPanel()
        self.workers_panel.load(ctx.workspace)
        self._build_controls()
        self._build_layout()
        self.form.changed.connect(self._on_form_changed)
        self.banner.prepared.connect(self._update_buttons)
        self.workers.changed.connect(self._on_workers_changed)
        ctx.facts.set("pretrain.workers", self.workers.value())
        ctx.facts.changed.connect(self._on_fact_changed)
        ctx.runner.busy_changed.connect(self._update_buttons)
        ctx.runner.paused_changed.connect(self._update_buttons)
        stage_watch(ctx).changed.connect(self._on_stages_changed)
        self.retranslate()
        self._draw_history()
        self._update_buttons()

    def _build_controls(self) -> None:
        self.start_button = QPushButton(objectName="pretrain.start", clicked=self._on_start)
        self.start_over_button = QPushButton(objectName="pretrain.start_over", clicked=self._on_start_over)
        self.pause_button = QPushButton(objectName="pretrain.pause", clicked=self.ctx.runner.toggle_pause)
        self.stop_button = QPushButton(objectName="pretrain.stop", clicked=self.ctx.runner.stop)
        self.progress = QProgressBar(objectName="pretrain.progress")
        self.progress.hide()  # shown with the first progress, of this run or a saved one
        self.eta_label = QLabel(objectName="pretrain.eta")
        self.speed_label = QLabel(objectName="pretrain.speed")
        self.info_label = QLabel(objectName="pretrain.info", wordWrap=True)
        self.model_label = QLabel(objectName="pretrain.model", wordWrap=True)
        self.problem = QLabel(objectName="pretrain.problem", wordWrap=True)
        set_role(self.problem, "error")
        self.problem.hide()
        self.blocker = QLabel(objectName="pretrain.blocker", wordWrap=True)
        set_role(self.blocker, "error")

    def _build_layout(self) -> None:
        self.form_box = QGroupBox(objectName="pretrain.settings")
        settings = QVBoxLayout(self.form_box)
        settings.addWidget(self.form)
        settings.addWidget(self.workers)
        buttons = QGridLayout()
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.start_over_button, 0, 1)
        buttons.addWidget(self.pause_button, 1, 0)
        buttons.addWidget(self.stop_button, 1, 1)
        left = QVBoxLayout()
        for widget in (self.banner, self.model_label, self.form_box):
            left.addWidget(widget)
        left.addLayout(buttons)
        for widget in (self.blocker, self.progress, self.eta_label, self.speed_label, self.info_label, self.problem):
            left.addWidget(widget)
        left.addStretch(1)
        column = self.side_column(left, 390)
        self.lr_box = QGroupBox(objectName="pretrain.lr_box")
        QVBoxLayout(self.lr_box).addWidget(self.lr_plot)
        self.samples_box = QGroupBox(objectName="pretrain.samples_box")
        QVBoxLayout(self.samples_box).addWidget(self.timeline)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.lr_box)
        bottom.addWidget(self.samples_box)
        bottom.setSizes([300, 500])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.loss_plot)
        right.addWidget(self.workers_panel)
        right.addWidget(bottom)
        right.setSizes([420, 150, 300])
        row = QHBoxLayout(self)
        row.addWidget(column)
        row.addWidget(right, 1)

    def title(self) -> str:
        return self.tr("Pretraining")

    # --- starting and stopping ----------------------------------------------------
    def _on_start(self) -> None:
        self._start(resume=True)

    def _on_start_over(self) -> None:
        if self.ctx.workspace.has_checkpoint(STAGE) and not self._confirm_start_over():
            return
        self._start(resume=False)

    def _confirm_start_over(self) -> bool:
        answer = QMessageBox.question(self, self.title(), self.tr(
            "Start over forgets the model trained so far and its curves. Go on?"))
        return answer == QMessageBox.StandardButton.Yes

    def _start(self, resume: bool) -> None:
        ws, workers = self.ctx.workspace, self.workers.value()
        settled = threading.Event()
        try:
            model_cfg = continued_model(ws) if resume else model_config(ws)
            train_cfg = self.form.value()
            make_job, pause_with = self._job(model_cfg, train_cfg, resume, workers)
            self.handle = self.ctx.runner.start(QT_TRANSLATE_NOOP("job", "Pretraining"),
                                                lambda: when_set(settled, make_job),
                                                pause_with)
        except LabError as err:
            self._show_problem(err.message(QCoreApplication.translate))
            return
        self._show_problem("")
        self.training = model_cfg
        self.workers_panel.reset(train_cfg.max_steps if workers > 1 else 0)
        if resume:
            self._draw_history()
        else:
            self.loss_plot.clear()
            self.lr_plot.clear()
            self.timeline.clear()
        self.handle.events.connect(self._on_events)
        self.handle.failed.connect(self._on_failed)
        self.handle.finished.connect(self._on_finished)
        self.ctx.facts.set("pretrain.running", True)
        self.ctx.facts.set("pretrain.done", False)
        self._update_buttons()
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

    def _draw_history(self) -> None:
        """The curves of earlier runs on this workspace, so a resumed run continues them."""
        self.loss_plot.clear()
        self.lr_plot.clear()
        history = self.ctx.workspace.read_metrics(STAGE)
        for event in history:
            self._plot(event)
        if history:
            self._publish_metrics(history)
            self._on_progress(Progress(history[-1].step, self.form.value().max_steps))
        self.timeline.load(self.ctx.workspace)
        self.timeline.fill_from_saved_model(self.ctx)
        self.ctx.facts.set("pretrain.running", self.handle is not None)
        self.ctx.facts.set("pretrain.done", saved_meta(self.ctx.workspace).get("finished", False))

    # --- job events ---------------------------------------------------------------------
    def _on_events(self, batch: list) -> None:
        self.workers_panel.take(batch)
        steps = [row["step"] for row in self.workers_panel.rows.values() if "step" in row]
        if len(steps) > 1 and any(worker_values(e) for e in batch if isinstance(e, Metrics)):
            self.ctx.facts.set("pretrain.worker_steps", min(steps))  # the steps every worker has taken
        metrics = [e for e in batch if isinstance(e, Metrics) and not worker_values(e)]
        for event in metrics:
            self._plot(event)
        if metrics:
            self._publish_metrics(metrics)
        for event in batch:
            if isinstance(event, Progress):
                self._on_progress(event)
            elif isinstance(event, Sample):
                self.timeline.add(event)
            elif isinstance(event, Checkpoint):
                self.info_label.setText(self.tr("Checkpoint saved at step {step}.").format(step=event.step))
            elif isinstance(event, Artifact) and event.kind == "pretrain/model":
                self._on_model_info(event.data)
            elif isinstance(event, Done) and not event.stopped:
                self.ctx.facts.set("pretrain.done", True)

    def _plot(self, event: Metrics) -> None:
        for key in ("loss/train", "loss/val"):
            if key in event.values:
                self.loss_plot.append(key, event.step, event.values[key])
        if "lr" in event.values:
            self.lr_plot.append("lr", event.step, event.values["lr"])

    def _publish_metrics(self, events: list[Metrics]) -> None:
        facts = self.ctx.facts
        facts.set("pretrain.step", events[-1].step)
        for key, fact in (("loss/train", "pretrain.loss"), ("loss/val", "pretrain.val_loss")):
            values = [e.values[key] for e in events if key in e.values]
            if values:
                facts.set(fact, values[-1])
        speeds = [e.values["throughput/tokens_per_s"] for e in events if "throughput/tokens_per_s" in e.values]
        if speeds:
            self.speed_label.setText(self.tr("{n} tokens per second").format(n=QLocale().toString(round(speeds[-1]))))

    def _on_progress(self, event: Progress) -> None:
        parts = [QCoreApplication.translate("job", event.message)] if event.message else []
        if event.total:  # "Starting the workers" comes before any step
            self.progress.show()
            self.progress.setMaximum(event.total)
            self.progress.setValue(event.done)
            parts.append(self.tr("step {done} of {total}").format(done=event.done, total=event.total))
        if format_eta(event.eta_s):
            parts.append(self.tr("{eta} left").format(eta=format_eta(event.eta_s)))
        self.eta_label.setText(" · ".join(parts))

    def _on_model_info(self, data: dict) -> None:
        self.info_label.setText(self.tr("{params} parameters, {tokens} training tokens, on {device}.").format(
            params=QLocale().toString(int(data.get("params", 0))),
            tokens=QLocale().toString(int(data.get("train_tokens", 0))),
            device=str(data.get("device", "cpu")).upper()))

    def _on_failed(self, message: str) -> None:
        self._show_problem(message)

    def _on_finished(self, stopped: bool) -> None:
        self.handle, self.training = None, None
        self.workers_panel.save(self.ctx.workspace)
        self.ctx.facts.set("pretrain.running", False)
        self._update_buttons()
        self._show_model()

    def _on_stages_changed(self) -> None:
        """Another job (Run everything, a lesson, a bundle) changed the workspace: show what it holds."""
        if self.handle is None:
            self._draw_history()
            self._show_model()
            self._update_buttons()

    # --- state of the controls ----------------------------------------------------------
    def _on_form_changed(self) -> None:
        try:
            self.ctx.workspace.update_state(pretrain=to_dict(self.form.value()))
        except LabError as err:
            self._show_problem(err.message(QCoreApplication.translate))
        self._update_buttons()

    def _on_workers_changed(self, workers: int) -> None:
        self.ctx.facts.set("pretrain.workers", workers)
        self._update_buttons()

    def _on_fact_changed(self, name: str, value: object) -> None:
        if name == "model.valid":
            self._update_buttons()
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
        self._update_buttons()
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: self.timeline.fill_from_saved_model(self.ctx))  # once it shows

    def _update_buttons(self, *_) -> None:
        ours = self.handle is not None
        busy = self.ctx.runner.is_busy()
        blocker = self._blocker()
        self.start_button.setEnabled(not busy and not blocker)
        self.start_over_button.setEnabled(not busy and not blocker)
        self.pause_button.setEnabled(ours)
        self.stop_button.setEnabled(ours)
        self.form.set_enabled_editing(not ours)
        self.workers.setEnabled(not ours)
        self.workers_panel.setVisible(self.workers.value() > 1)
        self.pause_button.setText(self.tr("Resume") if ours and self.ctx.runner.is_paused() else self.tr("Pause"))
        self.start_button.setText(self.tr("Continue") if self.ctx.workspace.has_checkpoint(STAGE)
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

    def _show_problem(self, message: str, near: QWidget | None = None) -> None:
        """Under `near` or the setting the message names, or where the page keeps its problems."""
        if near is None and message:
            near = field_named_in(message, self.form)
        show_problem(self.problem, message, near)

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("Training settings"))
        self.start_over_button.setText(self.tr("Start over"))
        self.start_over_button.setToolTip(self.tr("Forget the saved model and train a new one from scratch."))
        self.start_button.setToolTip(self.tr("Train the model named above; continues from the saved checkpoint "
                                             "if there is one."))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop and save a checkpoint; you can continue later."))
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
        self._update_buttons()
