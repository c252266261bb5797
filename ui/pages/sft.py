"""The SFT page: turn the pretrained text-completer into an assistant that answers in turns.

Start runs `lab.jobs.sft` on the world's conversations or on the learner's JSONL file.
The chat template is shown token by token with the masked tokens greyed out; the
"Loss on answers only" switch (loss masking) changes which are, at once. Live plots
show the training and validation loss and the probe evaluation (format, accuracy,
rudeness, language, rubric reward); the first point of every evaluation curve is the
base model, measured before the first step. Below, the before/after panel asks the
base and the SFT model the same question, and a table sets the masked and unmasked
runs side by side. Without a pretrained model the page says so and offers to go to
the Pretrain page or to run a short pretraining right here.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lab import chat
from lab.config import SFTConfig
from lab.errors import LabError
from lab.events import Done, Metrics, Progress, Sample
from lab.i18n import QT_TRANSLATE_NOOP
from ui.context import AppContext
from ui.pages.base import Page
from ui.pages.posttrain_common import Banner, go_to_page, tokenizer
from ui.pages.sft_parts import ComparePanel, RunsTable, metric_names
from ui.palette import series, set_role
from ui.runner import RunHandle
from ui.widgets.chat_template_view import ChatTemplateView
from ui.widgets.config_form import ConfigForm
from ui.widgets.inline_error import field_named_in, show_problem
from ui.widgets.live_plot import LivePlot

STAGE = "sft"
EVAL_CURVES = (("eval/format_rate", series("format")), ("eval/accuracy", series("correct")),
               ("eval/rude_rate", series("rude")), ("eval/language_match", series("language")),
               ("eval/true_reward", series("true_reward")))


class SFTPage(Page):
    key = "sft"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.handle: RunHandle | None = None
        self.data_path: Path | None = None
        self._conversations: list | None = None
        self._problems: list[str] = []
        self._world: list | None = None  # the world's conversations, read once
        self._build_widgets()
        self._build_layout()
        ctx.runner.busy_changed.connect(self._update_buttons)
        self.retranslate()
        self._refresh_data()
        self._draw_history()
        self._asked_once = False
        ctx.facts.set("sft.masked", self.mask.isChecked())

    def showEvent(self, event) -> None:
        """The first time the page shows, put one question to both saved models (if there are both)."""
        super().showEvent(event)
        ws = self.ctx.workspace
        if not self._asked_once and ws.has_checkpoint("sft") and ws.has_checkpoint("pretrain"):
            self._asked_once = True
            self.compare.ask()

    # --- building -------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.banner = Banner("sft.no_base", [("sft.goto_pretrain", self._on_goto_pretrain),
                                             ("sft.quick_pretrain", self._on_quick_pretrain)])
        self.source = QComboBox(objectName="sft.data_source")
        self.source.currentIndexChanged.connect(self._on_source_changed)
        self.open_button = QPushButton(objectName="sft.open_file", clicked=self._on_open_file)
        self.data_info = QLabel(objectName="sft.data_info", wordWrap=True)
        set_role(self.data_info, "note")
        self.form = ConfigForm(SFTConfig, "classroom", hidden=("mask_prompt",))
        self.mask = QCheckBox(objectName="sft.mask", checked=True)
        self.mask.toggled.connect(self._on_mask_toggled)
        self.start_button = QPushButton(objectName="sft.start", clicked=self._on_start)
        self.stop_button = QPushButton(objectName="sft.stop", clicked=self.ctx.runner.stop)
        self.progress = QProgressBar(objectName="sft.progress")
        self.status = QLabel(objectName="sft.status", wordWrap=True)
        self.problem = QLabel(objectName="sft.problem", wordWrap=True)
        set_role(self.problem, "error")
        self.problem.hide()
        self.template = ChatTemplateView()
        self.loss_plot = LivePlot(self.ctx.theme)
        self.loss_plot.setObjectName("sft.loss_plot")
        self.loss_plot.add_curve("loss/train", "", series("train"), spikes=True)
        self.loss_plot.add_curve("loss/val", "", series("validation"), points=True)
        self.eval_plot = LivePlot(self.ctx.theme)
        self.eval_plot.setObjectName("sft.eval_plot")
        for key, color in EVAL_CURVES:
            self.eval_plot.add_curve(key, "", color)
        for plot in (self.loss_plot, self.eval_plot):
            plot.plot.getAxis("left").enableAutoSIPrefix(False)
        self.compare = ComparePanel(self.ctx.workspace)
        self.compare.asked.connect(lambda: self.ctx.facts.add("sft.compared"))
        self.runs = RunsTable()

    def _build_layout(self) -> None:
        self.data_box = QGroupBox(objectName="sft.data")
        data = QGridLayout(self.data_box)
        data.addWidget(self.source, 0, 0)
        data.addWidget(self.open_button, 0, 1)
        data.addWidget(self.data_info, 1, 0, 1, 2)
        self.form_box = QGroupBox(objectName="sft.settings")
        settings = QVBoxLayout(self.form_box)
        settings.addWidget(self.mask)
        settings.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        left = QVBoxLayout()
        for widget in (self.banner, self.data_box, self.form_box):
            left.addWidget(widget)
        left.addLayout(buttons)
        for widget in (self.progress, self.status, self.problem):
            left.addWidget(widget)
        left.addWidget(self.runs, 1)
        column = self.side_column(left, 380)
        self.template_box = QGroupBox(objectName="sft.template")
        QVBoxLayout(self.template_box).addWidget(self.template)
        plots = QSplitter(Qt.Orientation.Horizontal)
        plots.addWidget(self.loss_plot)
        plots.addWidget(self.eval_plot)
        right = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.template_box, plots, self.compare):
            right.addWidget(widget)
        right.setSizes([150, 280, 300])
        row = QHBoxLayout(self)
        row.addWidget(column)
        row.addWidget(right, 1)

    def title(self) -> str:
        return self.tr("SFT")

    # --- data -------------------------------------------------------------------------------
    def _on_source_changed(self, index: int) -> None:
        if index == 1 and self.data_path is None:
            self._on_open_file()
            return
        self._refresh_data()

    def _on_open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Your conversations (JSONL)"), "",
                                              self.tr("JSON Lines (*.jsonl *.json);;All files (*)"))
        if path:
            self.load_file(Path(path))
        elif self.data_path is None:
            self.source.setCurrentIndex(0)

    def load_file(self, path: Path) -> None:
        """Use the learner's JSONL; bad lines are listed by number and skipped."""
        try:
            loaded = chat.load_conversations(path)
        except LabError as err:
            self._show_problem(err.message(QCoreApplication.translate), self.source)  # the file picker
            self.source.setCurrentIndex(0)
            return
        self.data_path, self._conversations = path, loaded.items
        self._problems = [p.message(QCoreApplication.translate) for p in loaded.problems]
        self.source.blockSignals(True)
        self.source.setCurrentIndex(1)
        self.source.blockSignals(False)
        self._show_problem("")
        self._refresh_data()

    def conversations(self) -> list:
        """The conversations the next run trains on."""
        if self.source.currentIndex() == 1 and self._conversations:
            return self._conversations
        if self._world is None:
            from lab import posttrain_data

            self._world = posttrain_data.sft_conversations(self.ctx.workspace)
        return self._world

    def _refresh_data(self) -> None:
        from lab import posttrain_data

        convos = self.conversations()
        mine = self.source.currentIndex() == 1 and self._conversations
        if mine:
            text = self.tr("{n} conversations from {file}.").format(n=len(convos), file=self.data_path.name)
            problems = self._problems
            if problems:
                text += " " + self.tr("{n} lines skipped:").format(n=len(problems)) + "\n" + "\n".join(problems[:5])
        else:
            text = self.tr("{n} conversations written by the world: polite, correct, short answers.").format(
                n=len(convos))
        self.data_info.setText(text)
        self.compare.set_prompts([p.prompt for p in posttrain_data.probes(self.ctx.workspace)])
        self._show_template()

    def _show_template(self) -> None:
        convos = self.conversations()
        if not convos:
            return
        tok = tokenizer(self.ctx.workspace)
        if tok is None:
            self.template.show_text(chat.render_text(convos[0]))
        else:
            self.template.show_chat(chat.render(convos[0], tok, mask=self.mask.isChecked()), tok.decode)

    def _on_mask_toggled(self, on: bool) -> None:
        self.ctx.facts.set("sft.masked", on)
        self._show_template()

    # --- running -----------------------------------------------------------------------------
    def _on_start(self) -> None:
        from dataclasses import replace

        from lab.jobs import sft

        ws, convos = self.ctx.workspace, None
        if self.source.currentIndex() == 1 and self._conversations:
            convos = self._conversations
        try:
            cfg = replace(self.form.value(), mask_prompt=self.mask.isChecked())
            self.handle = self.ctx.runner.start(QT_TRANSLATE_NOOP("job", "SFT"),
                                                lambda: sft.run(ws, cfg, conversations=convos))
        except LabError as err:
            self._show_problem(err.message(QCoreApplication.translate))
            return
        self._show_problem("")
        self.loss_plot.clear()
        self.eval_plot.clear()
        self.handle.events.connect(self._on_events)
        self.handle.failed.connect(self._on_failed)
        self.handle.finished.connect(self._on_finished)
        self.ctx.facts.set("sft.running", True)
        self.ctx.facts.set("sft.done", False)
        self._update_buttons()

    def _on_quick_pretrain(self) -> None:
        from lab.jobs.sft import pretrain_first

        ws = self.ctx.workspace
        try:
            handle = self.ctx.runner.start(QT_TRANSLATE_NOOP("job", "Short pretraining"),
                                           lambda: pretrain_first(ws))
        except LabError as err:
            self._show_problem(err.message(QCoreApplication.translate))
            return
        handle.events.connect(self._on_pretrain_events)
        handle.failed.connect(self._on_failed)
        handle.finished.connect(lambda _stopped: self._after_pretrain())
        self.banner.text.setText(self.tr("Pretraining a base model for a few minutes…"))

    def _on_pretrain_events(self, batch: list) -> None:
        for event in batch:
            if isinstance(event, Progress):
                self._on_progress(event)

    def _after_pretrain(self) -> None:
        self._refresh_data()
        self._update_buttons()

    def _on_goto_pretrain(self) -> None:
        go_to_page(self, "pretrain")

    # --- job events --------------------------------------------------------------------------
    def _on_events(self, batch: list) -> None:
        metrics = [e for e in batch if isinstance(e, Metrics)]
        for event in metrics:
            self._plot(event)
        if metrics:
            self._publish(metrics)
        for event in batch:
            if isinstance(event, Progress):
                self._on_progress(event)
            elif isinstance(event, Sample):
                self.status.setText(self.tr("Step {step}: {prompt} ▸ {text}").format(
                    step=event.step, prompt=event.prompt, text=event.text))
            elif isinstance(event, Done) and not event.stopped:
                self.ctx.facts.set("sft.done", True)

    def _plot(self, event: Metrics) -> None:
        for key, value in event.values.items():
            plot = self.loss_plot if key.startswith("loss/") else self.eval_plot
            plot.append(key, event.step, value)

    def _publish(self, events: list[Metrics]) -> None:
        facts = self.ctx.facts
        facts.set("sft.step", events[-1].step)
        for key, fact in (("loss/train", "sft.loss"), ("loss/val", "sft.val_loss"),
                          ("eval/format_rate", "sft.format_rate"), ("eval/accuracy", "sft.accuracy"),
                          ("eval/true_reward", "sft.true_reward")):
            values = [e.values[key] for e in events if key in e.values]
            if values:
                facts.set(fact, values[-1])

    def _on_progress(self, event: Progress) -> None:
        self.progress.setMaximum(max(event.total, 1))
        self.progress.setValue(event.done)
        message = QCoreApplication.translate("job", event.message) if event.message else ""
        self.status.setText(self.tr("{message} · step {done} of {total}").format(
            message=message, done=event.done, total=event.total))

    def _on_failed(self, message: str) -> None:
        self._show_problem(message)

    def _on_finished(self, stopped: bool) -> None:
        self.handle = None
        self.ctx.facts.set("sft.running", False)
        self.runs.set_runs(self.ctx.workspace.read_state().get(STAGE, {}))
        self._update_buttons()

    def _draw_history(self) -> None:
        self.loss_plot.clear()
        self.eval_plot.clear()
        history = self.ctx.workspace.read_metrics(STAGE)
        for event in history:
            self._plot(event)
        if history:
            self._publish(history)
            self.ctx.facts.set("sft.done", self.ctx.workspace.has_checkpoint(STAGE))
        self.runs.set_runs(self.ctx.workspace.read_state().get(STAGE, {}))

    # --- state of the controls ---------------------------------------------------------------
    def _update_buttons(self, *_) -> None:
        ws = self.ctx.workspace
        has_base = ws.has_checkpoint("pretrain")
        busy = self.ctx.runner.is_busy()
        self.ctx.facts.set("sft.has_base", has_base)
        self.banner.setVisible(not has_base)
        self.banner.buttons["sft.quick_pretrain"].setEnabled(not busy)
        self.start_button.setEnabled(has_base and not busy)
        self.stop_button.setEnabled(self.handle is not None)
        self.form.set_enabled_editing(self.handle is None)
        self.mask.setEnabled(self.handle is None)
        self.compare.ask_button.setEnabled(has_base)

    def _show_problem(self, message: str, near: QWidget | None = None) -> None:
        """Under `near` or the setting the message names, or where the page keeps its problems."""
        if near is None and message:
            near = field_named_in(message, self.form)
        show_problem(self.problem, message, near)

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.banner.text.setText(self.tr("SFT starts from a pretrained model, and this workspace has none yet. "
                                         "Pretrain one on the Pretrain page, or run a short pretraining here."))
        self.banner.buttons["sft.goto_pretrain"].setText(self.tr("Go to Pretraining"))
        self.banner.buttons["sft.quick_pretrain"].setText(self.tr("Short pretraining"))
        self.data_box.setTitle(self.tr("Conversations"))
        index = self.source.currentIndex()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItems([self.tr("The world's conversations"), self.tr("My file (JSONL)")])
        self.source.setCurrentIndex(max(index, 0))
        self.source.blockSignals(False)
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("One conversation per line, in the common form: a \"messages\" list of "
                                            "turns, each with a \"role\" (user or assistant) and a \"content\"."))
        self.form_box.setTitle(self.tr("Fine-tuning settings"))
        self.mask.setText(self.tr("Loss on answers only"))
        self.mask.setToolTip(self.tr("On: only the assistant's tokens count in the loss. Off: every token counts, "
                                     "the questions too. Train once each way and compare."))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Fine-tune the pretrained model on the conversations."))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop and save the model as it is now."))
        self.template_box.setTitle(self.tr("Chat template: what the model reads, and what it learns"))
        self.loss_plot.rename_curve("loss/train", self.tr("training"))
        self.loss_plot.rename_curve("loss/val", self.tr("validation (answers)"))
        self.loss_plot.set_labels(self.tr("step"), self.tr("loss"))
        names = metric_names()
        for key, _ in EVAL_CURVES:
            self.eval_plot.rename_curve(key, escape(names[key]))  # the legend reads HTML: <|end|> must stay text
        self.eval_plot.set_labels(self.tr("step"), self.tr("share of probe answers"))
        self.template.retranslate()
        self.compare.retranslate()
        self.runs.retranslate()
        self._update_buttons()
