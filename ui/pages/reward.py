"""The Reward page: train the reward model on the preferences, and ask it what it thinks.

Start runs `lab.jobs.reward`: the SFT model with a scalar head learns from the
preference pairs (the rubric's and yours, as chosen on the Preferences page) with the
Bradley–Terry loss. Live plots show the loss and the share of held-out pairs it ranks
the right way round; the histogram shows its scores of chosen and rejected answers
drifting apart. The score box scores any answer to any prompt, with the rubric's
per-criterion verdict beside it, so the learner can look for where the two disagree.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lab import posttrain_data
from lab.config import RewardConfig
from lab.errors import LabError
from lab.events import Artifact, Done, Metrics, Progress
from lab.i18n import QT_TRANSLATE_NOOP
from lab.preferences import PreferenceStore
from ui.context import AppContext
from ui.pages.base import Page
from ui.pages.posttrain_common import (
    Banner,
    go_to_page,
    number,
    percent,
    saved_model,
    tokenizer,
)
from ui.pages.preferences_parts import CRITERIA, criterion_names
from ui.palette import series, set_role
from ui.runner import RunHandle
from ui.widgets.config_form import ConfigForm
from ui.widgets.flip_splitter import FlipSplitter
from ui.widgets.inline_error import field_named_in, show_problem
from ui.widgets.live_plot import LivePlot
from ui.widgets.score_histogram import ScoreHistogram

STAGE = "reward"


def kind_names() -> dict[str, str]:
    """The world's kinds of rejected answer, as the learner reads them (context `RewardPage`)."""
    return {"rude": QCoreApplication.translate("RewardPage", "rude"),
            "wrong": QCoreApplication.translate("RewardPage", "wrong fact"),
            "other_language": QCoreApplication.translate("RewardPage", "other language"),
            "rambling": QCoreApplication.translate("RewardPage", "rambling")}


class RewardPage(Page):
    key = "reward"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.handle: RunHandle | None = None
        self._build_widgets()
        self._build_layout()
        ctx.runner.busy_changed.connect(self._update_buttons)
        self.retranslate()
        self._draw_history()

    def _build_widgets(self) -> None:
        self.banner = Banner("reward.no_sft", [("reward.goto_sft", lambda: go_to_page(self, "sft"))])
        self.data_info = QLabel(objectName="reward.data_info", wordWrap=True)
        self.label_button = QPushButton(objectName="reward.goto_preferences",
                                        clicked=lambda: go_to_page(self, "preferences"))
        self.form = ConfigForm(RewardConfig, "classroom")
        self.start_button = QPushButton(objectName="reward.start", clicked=self._on_start)
        self.stop_button = QPushButton(objectName="reward.stop", clicked=self.ctx.runner.stop)
        self.progress = QProgressBar(objectName="reward.progress")
        self.status = QLabel(objectName="reward.status", wordWrap=True)
        self.problem = QLabel(objectName="reward.problem", wordWrap=True)
        set_role(self.problem, "error")
        self.problem.hide()
        self.loss_plot = LivePlot(self.ctx.theme)
        self.loss_plot.setObjectName("reward.loss_plot")
        self.loss_plot.add_curve("loss/train", "", series("train"))
        self.loss_plot.add_curve("loss/val", "", series("validation"), points=True)
        self.accuracy_plot = LivePlot(self.ctx.theme)
        self.accuracy_plot.setObjectName("reward.accuracy_plot")
        self.accuracy_plot.add_curve("eval/pair_accuracy", "", series("rubric"))
        self.accuracy_plot.add_curve("train/pair_accuracy", "", series("earlier"), dashed=True)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.plot.getAxis("left").enableAutoSIPrefix(False)
        self.histogram = ScoreHistogram(self.ctx.theme)
        self.histogram.setObjectName("reward.histogram")
        self.kinds = QLabel(objectName="reward.kinds", wordWrap=True)
        self._kinds: dict[str, float] = {}
        self.score_prompt = QComboBox(objectName="reward.score_prompt", editable=True)
        self.score_response = QPlainTextEdit(objectName="reward.score_response")
        self.score_button = QPushButton(objectName="reward.score_button", clicked=self.score)
        self.rm_score = QLabel(objectName="reward.rm_score", wordWrap=True)
        self.rm_score.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.breakdown = QLabel(objectName="reward.breakdown")
        self.breakdown.setTextFormat(Qt.TextFormat.RichText)
        self._verdict = None
        self.score_note = QLabel(objectName="reward.score_note", wordWrap=True)
        set_role(self.score_note, "note")

    def _build_layout(self) -> None:
        self.data_box = QGroupBox(objectName="reward.data")
        data = QVBoxLayout(self.data_box)
        data.addWidget(self.data_info)
        data.addWidget(self.label_button)
        self.form_box = QGroupBox(objectName="reward.settings")
        QVBoxLayout(self.form_box).addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        left = QVBoxLayout()
        for widget in (self.banner, self.data_box, self.form_box):
            left.addWidget(widget)
        left.addLayout(buttons)
        for widget in (self.progress, self.status, self.problem):
            left.addWidget(widget)
        left.addStretch(1)
        column = self.side_column(left, 380)
        plots = QSplitter(Qt.Orientation.Horizontal)
        plots.addWidget(self.loss_plot)
        plots.addWidget(self.accuracy_plot)
        self.histogram_box = QGroupBox(objectName="reward.histogram_box")
        box = QVBoxLayout(self.histogram_box)
        box.addWidget(self.histogram, 1)
        box.addWidget(self.kinds)
        bottom = FlipSplitter()  # one above the other on a small screen
        bottom.addWidget(self.histogram_box)
        bottom.addWidget(self._score_box())
        bottom.setSizes([420, 480])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(plots)
        right.addWidget(bottom)
        right.setSizes([320, 420])
        row = QHBoxLayout(self)
        row.addWidget(column)
        row.addWidget(right, 1)

    def _score_box(self) -> QGroupBox:
        self.score_box = QGroupBox(objectName="reward.score_box")
        layout = QVBoxLayout(self.score_box)
        self.prompt_label, self.response_label = QLabel(), QLabel()
        for widget in (self.prompt_label, self.score_prompt, self.response_label, self.score_response,
                       self.score_button, self.rm_score, self.breakdown, self.score_note):
            layout.addWidget(widget)
        self.score_response.setMaximumHeight(70)
        return self.score_box

    def title(self) -> str:
        return self.tr("Reward model")

    # --- running -------------------------------------------------------------------------
    def _on_start(self) -> None:
        from lab.jobs import reward

        ws = self.ctx.workspace
        try:
            cfg = self.form.value()
            self.handle = self.ctx.runner.start(QT_TRANSLATE_NOOP("job", "Reward model"), lambda: reward.run(ws, cfg))
        except LabError as err:
            self._show_problem(err.message(QCoreApplication.translate))
            return
        self._show_problem("")
        self.loss_plot.clear()
        self.accuracy_plot.clear()
        self.handle.events.connect(self._on_events)
        self.handle.failed.connect(self._show_problem)
        self.handle.finished.connect(self._on_finished)
        self.ctx.facts.set("reward.running", True)
        self.ctx.facts.set("reward.done", False)
        self._update_buttons()

    def _on_events(self, batch: list) -> None:
        metrics = [e for e in batch if isinstance(e, Metrics)]
        for event in metrics:
            self._plot(event)
        if metrics:
            self._publish(metrics)
        for event in batch:
            if isinstance(event, Progress):
                self.progress.setMaximum(max(event.total, 1))
                self.progress.setValue(event.done)
                message = QCoreApplication.translate("job", event.message) if event.message else ""
                self.status.setText(self.tr("{message} · step {done} of {total}").format(
                    message=message, done=event.done, total=event.total))
            elif isinstance(event, Artifact) and event.kind == "reward/scores":
                self.histogram.set_scores(event.data.get("chosen", []), event.data.get("rejected", []))
            elif isinstance(event, Done) and not event.stopped:
                self.ctx.facts.set("reward.done", True)

    def _plot(self, event: Metrics) -> None:
        kinds = {k.removeprefix("pair_accuracy/"): v for k, v in event.values.items() if k.startswith("pair_accuracy/")}
        if kinds:
            self._kinds = kinds
            self._show_kinds()
        for key, value in event.values.items():
            plot = self.loss_plot if key.startswith("loss/") else self.accuracy_plot
            plot.append(key, event.step, value)

    def _publish(self, events: list[Metrics]) -> None:
        facts = self.ctx.facts
        facts.set("reward.step", events[-1].step)
        for key, fact in (("loss/train", "reward.loss"), ("eval/pair_accuracy", "reward.accuracy"),
                          ("reward/margin", "reward.margin")):
            values = [e.values[key] for e in events if key in e.values]
            if values:
                facts.set(fact, values[-1])

    def _on_finished(self, stopped: bool) -> None:
        self.handle = None
        self.ctx.facts.set("reward.running", False)
        self._update_buttons()

    def _draw_history(self) -> None:
        history = self.ctx.workspace.read_metrics(STAGE)
        for event in history:
            self._plot(event)
        if history:
            self._publish(history)
        if self.ctx.workspace.has_checkpoint(STAGE):
            try:
                _, meta = self.ctx.workspace.load_checkpoint(STAGE)
            except LabError:
                return
            scores = meta.get("scores", {})
            self.histogram.set_scores(scores.get("chosen", []), scores.get("rejected", []))
            self.ctx.facts.set("reward.done", bool(meta.get("finished")))

    def _show_kinds(self) -> None:
        """Held-out accuracy per kind of rejected answer: where the reward model is still fooled."""
        if not self._kinds:
            self.kinds.setText("")
            return
        names = kind_names()
        parts = [f"{names.get(k, k)} {percent(v)}" for k, v in self._kinds.items()]
        self.kinds.setText(self.tr("Held-out pairs ranked right, by what is wrong with the rejected answer: "
                                   "{parts}.").format(parts=", ".join(parts)))

    # --- the score box ---------------------------------------------------------------------
    def score(self) -> None:
        """Score the answer in the box with the reward model and with the rubric."""
        prompt, response = self.score_prompt.currentText().strip(), self.score_response.toPlainText().strip()
        self._verdict = posttrain_data.judge(prompt, response)
        self._show_breakdown()
        model, tok = saved_model(self.ctx.workspace, STAGE), tokenizer(self.ctx.workspace)
        if model is None or tok is None:
            self.rm_score.setText(self.tr("No reward model yet: train it (Start), then score again."))
        else:
            from lab.reward_model import score

            value = score(model, tok, prompt, response)
            self.rm_score.setText(self.tr("Reward model: {score}").format(score=number(value)))
            self.ctx.facts.set("reward.last_score", value)
        self.ctx.facts.add("reward.scored")

    def _show_breakdown(self) -> None:
        """The rubric's criteria, with the last answer's scores when there is one."""
        names, v = criterion_names(), self._verdict
        rows = []
        for key in (*CRITERIA, "total"):
            value = "–" if v is None else number(v.total if key == "total" else v.breakdown.get(key, 0.0))
            weight = "<b>" if key == "total" else ""
            rows.append(f"<tr><td>{weight}{escape(names[key])}</td><td align='right'>{weight}{value}</td></tr>")
        title = escape(self.tr("Rubric"))
        self.breakdown.setText(f"<b>{title}</b><table cellspacing='4'>{''.join(rows)}</table>")

    def showEvent(self, event) -> None:
        """The first time the page shows, score the example answer in the box."""
        super().showEvent(event)
        if self._verdict is None and self.score_response.toPlainText().strip():
            self.score()

    def _fill_examples(self) -> None:
        pairs = posttrain_data.rubric_pairs(self.ctx.workspace)
        self.score_prompt.addItems(sorted({p.prompt for p in pairs})[:200])
        if pairs:
            self.score_prompt.setCurrentText(pairs[0].prompt)
            self.score_response.setPlainText(pairs[0].chosen)

    # --- state of the controls -------------------------------------------------------------
    def _update_buttons(self, *_) -> None:
        ws = self.ctx.workspace
        has_sft = ws.has_checkpoint("sft")
        busy = self.ctx.runner.is_busy()
        self.ctx.facts.set("reward.has_sft", has_sft)
        self.banner.setVisible(not has_sft)
        self.start_button.setEnabled(has_sft and not busy)
        self.stop_button.setEnabled(self.handle is not None)
        self.form.set_enabled_editing(self.handle is None)
        self._show_data()

    def _show_data(self) -> None:
        store = PreferenceStore(self.ctx.workspace)
        pairs = store.dataset(posttrain_data.rubric_pairs(self.ctx.workspace))
        mine = sum(p.source != "rubric" for p in pairs)
        text = self.tr("{n} preference pairs: {rubric} from the rubric, {mine} yours.").format(
            n=len(pairs), rubric=len(pairs) - mine, mine=mine)
        if store.replace:
            text += " " + self.tr("Only your labels are used (see Preferences).")
        self.data_info.setText(text)

    def _show_problem(self, message: str, near: QWidget | None = None) -> None:
        """Under `near` or the setting the message names, or where the page keeps its problems."""
        if near is None and message:
            near = field_named_in(message, self.form)
        show_problem(self.problem, message, near)

    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.banner.text.setText(self.tr("The reward model starts from the SFT model, and this workspace has none "
                                         "yet. Run SFT first."))
        self.banner.buttons["reward.goto_sft"].setText(self.tr("Go to SFT"))
        self.data_box.setTitle(self.tr("Preference pairs"))
        self.label_button.setText(self.tr("Label pairs yourself"))
        self.form_box.setTitle(self.tr("Training settings"))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Train the reward model from the SFT model on the preference pairs."))
        self.stop_button.setText(self.tr("Stop"))
        self.loss_plot.rename_curve("loss/train", self.tr("training"))
        self.loss_plot.rename_curve("loss/val", self.tr("held-out pairs"))
        self.loss_plot.set_labels(self.tr("step"), self.tr("Bradley–Terry loss"))
        self.accuracy_plot.rename_curve("eval/pair_accuracy", self.tr("held-out pairs"))
        self.accuracy_plot.rename_curve("train/pair_accuracy", self.tr("training batch"))
        self.accuracy_plot.set_labels(self.tr("step"), self.tr("pairs ranked right"))
        self.histogram_box.setTitle(self.tr("Scores of held-out answers"))
        self.histogram.set_texts(self.tr("chosen"), self.tr("rejected"), self.tr("reward model score"),
                                 self.tr("answers"))
        self._show_kinds()
        self.score_box.setTitle(self.tr("Score any answer"))
        self.prompt_label.setText(self.tr("Prompt"))
        self.response_label.setText(self.tr("Answer"))
        self.score_button.setText(self.tr("Score"))
        self.score_note.setText(self.tr("Only differences between reward-model scores mean something: compare two "
                                        "answers to the same prompt."))
        if self.score_prompt.count() == 0:
            self._fill_examples()
        self._show_breakdown()
        self._update_buttons()
