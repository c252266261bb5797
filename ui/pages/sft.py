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

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from lab import chat
from lab.config import SFTConfig
from lab.errors import LabError
from lab.events import Progress, Sample
from lab.i18n import QT_TRANSLATE_NOOP
from ui.context import AppContext
from ui.pages.base import group, split
from ui.pages.job_page import Curve, JobPage
from ui.pages.posttrain_common import tokenizer
from ui.pages.sft_parts import ComparePanel, RunsTable, metric_names
from ui.palette import series, set_role
from ui.widgets.chat_template_view import ChatTemplateView
from ui.widgets.config_form import ConfigForm

STAGE = "sft"
EVAL_CURVES = (("eval/format_rate", series("format")), ("eval/accuracy", series("correct")),
               ("eval/rude_rate", series("rude")), ("eval/language_match", series("language")),
               ("eval/true_reward", series("true_reward")))


class SFTPage(JobPage):
    key = stage = STAGE
    job_name = QT_TRANSLATE_NOOP("job", "SFT")
    CURVES = (Curve("loss_plot", "loss/train", series("train"), spikes=True),
              Curve("loss_plot", "loss/val", series("validation"), points=True),
              *(Curve("eval_plot", key, colour) for key, colour in EVAL_CURVES))
    METRIC_FACTS = (("loss/train", "sft.loss"), ("loss/val", "sft.val_loss"), ("eval/format_rate", "sft.format_rate"),
                    ("eval/accuracy", "sft.accuracy"), ("eval/true_reward", "sft.true_reward"))
    FACTS = ("sft.masked", "sft.compared", "sft.has_base")
    PROGRESS_IN_STEPS = True

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.data_path: Path | None = None
        self._conversations: list | None = None
        self._problems: list[str] = []
        self._world: list | None = None  # the world's conversations, read once
        self._build_widgets()
        self._build_layout()
        self.retranslate()
        self._refresh_data()
        self.replay_history()
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
        self.banner = self.make_banner("sft.no_base", goto=("pretrain",),
                                       buttons=(("sft.quick_pretrain", self._on_quick_pretrain),))
        self.source = QComboBox(objectName="sft.data_source")
        self.source.currentIndexChanged.connect(self._on_source_changed)
        self.open_button = QPushButton(objectName="sft.open_file", clicked=self._on_open_file)
        self.data_info = QLabel(objectName="sft.data_info", wordWrap=True)
        set_role(self.data_info, "note")
        self.form = ConfigForm(SFTConfig, "classroom", hidden=("mask_prompt",))
        self.mask = QCheckBox(objectName="sft.mask", checked=True)
        self.mask.toggled.connect(self._on_mask_toggled)
        self.make_controls(start_over=True)
        self.controls.start_button.clicked.connect(lambda: self._on_start(go_on=True))
        self.controls.start_over_button.clicked.connect(lambda: self._on_start(go_on=False))
        self.template = ChatTemplateView()
        self.loss_plot = self.make_plot("loss_plot")
        self.eval_plot = self.make_plot("eval_plot")
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
        self.form_box = group("sft.settings", self.mask, self.form)
        left = QVBoxLayout()
        for widget in (self.banner, self.data_box, self.form_box, self.controls):
            left.addWidget(widget)
        left.addWidget(self.runs, 1)
        self.template_box = group("sft.template", self.template)
        plots = split(False, (self.loss_plot, self.eval_plot))
        self.place_columns(left, 380, split(True, (self.template_box, plots, self.compare), (150, 280, 300)))

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
            self.show_problem(err, near=self.open_button)
            self.source.setCurrentIndex(0)
            return
        self.data_path, self._conversations = path, loaded.items
        self._problems = [p.message(QCoreApplication.translate) for p in loaded.problems]
        self.source.blockSignals(True)
        self.source.setCurrentIndex(1)
        self.source.blockSignals(False)
        self.show_problem("")
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
    def _on_start(self, go_on: bool) -> None:
        from dataclasses import replace

        from lab.jobs import sft

        ws, convos = self.ctx.workspace, None
        if self.source.currentIndex() == 1 and self._conversations:
            convos = self._conversations
        mask = self.mask.isChecked()
        self.start_or_resume(self.form, lambda cfg, resume: sft.run(
            ws, replace(cfg, mask_prompt=mask), conversations=convos, resume=resume), go_on)

    def _on_quick_pretrain(self) -> None:
        from lab.jobs.sft import pretrain_first

        ws = self.ctx.workspace
        handle = self.run_job(lambda: pretrain_first(ws), name=QT_TRANSLATE_NOOP("job", "Short pretraining"),
                              events=self._on_pretrain_events)
        if handle is None:
            return
        handle.finished.connect(lambda _stopped: self._after_pretrain())
        self.banner.text.setText(self.tr("Pretraining a base model for a few minutes…"))

    def _on_pretrain_events(self, batch: list) -> None:
        for event in batch:
            if isinstance(event, Progress):
                self.on_progress(event)

    def _after_pretrain(self) -> None:
        self._refresh_data()
        self.update_state()

    # --- job events --------------------------------------------------------------------------
    def on_sample(self, event: Sample) -> None:
        self.controls.status.setText(self.tr("Step {step}: {prompt} ▸ {text}").format(
            step=event.step, prompt=event.prompt, text=event.text))

    def on_finished(self, stopped: bool) -> None:
        self.runs.set_runs(self.ctx.workspace.read_state().get(STAGE, {}))

    def replay_history(self) -> list:
        history = super().replay_history()
        if history:
            self.set_fact("done", self.ctx.workspace.has_checkpoint(STAGE))
        self.runs.set_runs(self.ctx.workspace.read_state().get(STAGE, {}))
        return history

    # --- state of the controls ---------------------------------------------------------------
    def can_start(self) -> bool:
        return self.ctx.workspace.has_checkpoint("pretrain")

    def update_state(self, *_) -> None:
        super().update_state()
        has_base = self.can_start()
        self.ctx.facts.set("sft.has_base", has_base)
        self.banner.buttons["sft.quick_pretrain"].setEnabled(not self.ctx.runner.is_busy())
        self.form.set_enabled_editing(self.handle is None)
        self.mask.setEnabled(self.handle is None)
        self.compare.ask_button.setEnabled(has_base)

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.banner.text.setText(self.tr("SFT starts from a pretrained model, and this workspace has none yet. "
                                         "Pretrain one on the Pretrain page, or run a short pretraining here."))
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
        self.controls.retranslate()
        self.controls.start_over_button.setToolTip(self.tr("Begin again from the pretrained model, forgetting a "
                                                           "stopped run."))
        self.controls.start_button.setToolTip(self.tr("Fine-tune the pretrained model on the conversations."))
        self.controls.stop_button.setToolTip(self.tr("Stop and save the model as it is now."))
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
        self.update_state()
