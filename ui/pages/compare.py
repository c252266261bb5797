"""The Compare page: one question answered by every stage, and every method on one chart.

"Ask" runs `lab.compare.answers`: the base model, the SFT model, PPO, DPO, GRPO,
offline RL and Best-of-N answer the same question side by side, each with the reward
model's score and the rubric's, and each token shaded by the probability its model
gave it (hover an answer to read them). Stages not trained yet say so. Below, the
reward-vs-KL chart puts every method's final evaluation on one pair of axes, with
Best-of-N's curve over N; the y axis shows the rubric's reward or the reward model's.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lab.compare import METHODS
from lab.errors import LabError
from lab.events import Artifact, Done
from lab.i18n import QT_TRANSLATE_NOOP
from ui import palette
from ui.context import AppContext
from ui.pages.align_common import method_names
from ui.pages.base import Page
from ui.pages.compare_parts import GROUP_NOTES, chosen_prompt, fill_grouped, how_answered
from ui.pages.job_page import note_label
from ui.pages.posttrain_common import number
from ui.state import stage_watch
from ui.widgets.reward_kl_chart import RewardKLChart

COLUMNS = 4  # method, answer, reward model, rubric


def shade(prob: float) -> str:
    """A background from red (the model thought this token unlikely) to green (sure of it)."""
    hue = int(120 * max(0.0, min(1.0, prob)))
    return f"hsl({hue}, 70%, 85%)"


def token_html(tokens: list) -> str:
    spans = [f'<span style="background:{shade(p)}; color:{palette.INK}">{escape(t)}</span>' for t, p in tokens]
    return "".join(spans)


class ComparePage(Page):
    key = "compare"
    FACTS = ("compare.prompt", "compare.asked", "compare.answered", "compare.methods_on_chart")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.results: dict[str, dict] = {}
        self.handle = None  # the Compare run in progress (tests wait on it)
        self._default_pending = True  # ask a first question by itself once the page is shown
        self._by_learner = False  # whether the run on show was asked by the learner (lessons count those)
        self._build_widgets()
        self._build_layout()
        self.y_axis.currentIndexChanged.connect(lambda _i: self.refresh_chart())
        ctx.facts.changed.connect(self._on_fact_changed)
        stage_watch(ctx).changed.connect(self._on_stages_changed)
        ctx.runner.busy_changed.connect(self._on_busy_changed)
        self.retranslate()
        self._fill_prompts()
        self.refresh_chart()

    def _build_widgets(self) -> None:
        self.prompt = QComboBox(objectName="compare.prompt", editable=True)
        self.n = QSpinBox(objectName="compare.n", minimum=1, maximum=64, value=8)
        self.n_label = QLabel()
        self.ask_button = QPushButton(objectName="compare.ask", clicked=self._on_ask)
        self.question_note = note_label("compare.question_note")
        self.scored_on = note_label("compare.scored_on")
        self.legend = note_label("compare.legend")
        self.table = QTableWidget(len(METHODS), COLUMNS, objectName="compare.answers")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in range(COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.chart = RewardKLChart(self.ctx.theme)
        self.chart.setObjectName("compare.chart")
        self.y_axis = QComboBox(objectName="compare.y_axis")
        self.y_axis.addItems(["", ""])
        self.explain = note_label("compare.explain")

    def _build_layout(self) -> None:
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.prompt, 1)
        ask_row.addWidget(self.n_label)
        ask_row.addWidget(self.n)
        ask_row.addWidget(self.ask_button)
        self.answers_box = QGroupBox(objectName="compare.answers_box")
        box = QVBoxLayout(self.answers_box)
        box.addLayout(ask_row)
        for widget in (self.question_note, self.problem, self.table, self.scored_on, self.legend):
            box.addWidget(widget)
        self.chart_box = QGroupBox(objectName="compare.chart_box")
        chart = QVBoxLayout(self.chart_box)
        chart.addWidget(self.y_axis)
        chart.addWidget(self.chart, 1)
        chart.addWidget(self.explain)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.answers_box)
        split.addWidget(self.chart_box)
        split.setSizes([420, 380])
        QVBoxLayout(self).addWidget(split)

    def title(self) -> str:
        return self.tr("Compare")

    def _fill_prompts(self) -> None:
        from lab import posttrain_data

        fill_grouped(self.prompt, posttrain_data.probes(self.ctx.workspace), QLocale().name()[:2])

    # --- one question, every model -------------------------------------------------------
    def _on_ask(self) -> None:
        self._ask(by_learner=True)

    def _ask(self, by_learner: bool) -> None:
        """Every model answers the chosen question; the lesson facts count only the learner's questions. The first
        question, asked by itself, is the workspace's showcase when it has one (`lab.compare.opening`)."""
        from lab.compare import answers, opening

        ws, n, lang = self.ctx.workspace, self.n.value(), QLocale().name()[:2]
        prompt, group = chosen_prompt(self.prompt)
        job = (lambda: answers(ws, prompt, n)) if by_learner else (lambda: opening(ws, lang, prompt, n))
        try:
            if not prompt:
                raise LabError(QT_TRANSLATE_NOOP("LabError", "The prompt is empty. Write a few words first."))
            handle = self.ctx.runner.start(QT_TRANSLATE_NOOP("job", "Compare"), job)
        except LabError as err:
            self.show_problem(err, near=None if prompt else self.prompt)
            return
        self.show_problem("")
        self._default_pending = False
        self.handle = handle
        self._by_learner = by_learner
        self.results = {}
        self._show_question_note(group)
        self._show_table()
        handle.events.connect(self._on_events)
        handle.failed.connect(self.show_problem)
        if by_learner:
            self.ctx.facts.set("compare.prompt", prompt)

    def _show_question_note(self, group: str) -> None:
        self.question_note.setText(QCoreApplication.translate("ComparePage", GROUP_NOTES[group]) if group else self.tr(
            "Your own question: the models may never have seen anything like it."))

    def _on_events(self, batch: list) -> None:
        for event in batch:
            if isinstance(event, Artifact) and event.kind == "compare/prompt":
                index = self.prompt.findText(event.data)
                if index >= 0 and index != self.prompt.currentIndex():
                    self.prompt.setCurrentIndex(index)
                    self._show_question_note(chosen_prompt(self.prompt)[1])
            elif isinstance(event, Artifact) and event.kind == "compare/answer":
                self.results[event.data["stage"]] = dict(event.data)
                self._show_table()
            elif isinstance(event, Done) and self._by_learner:
                self.ctx.facts.add("compare.asked")
                self.ctx.facts.set("compare.answered", sum(not r["missing"] for r in self.results.values()))

    def _show_table(self) -> None:
        names = method_names()
        for row, stage in enumerate(METHODS):
            result = self.results.get(stage)
            self.table.setItem(row, 0, QTableWidgetItem(f"{names[stage]}\n{how_answered(stage)}"))
            if result is None or result["missing"]:
                text = "" if result is None else self.tr("Not trained yet in this workspace.")
                self.table.setCellWidget(row, 1, QLabel(text))
                for col in (2, 3):
                    self.table.setItem(row, col, QTableWidgetItem("–"))
                continue
            label = QLabel(token_html(result["tokens"]) or escape(result["text"]), wordWrap=True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setToolTip(self._token_tip(result["tokens"]))
            self.table.setCellWidget(row, 1, label)
            self.table.setItem(row, 2, QTableWidgetItem(number(result["rm"])))
            self.table.setItem(row, 3, QTableWidgetItem(number(result["true"])))
        self.table.resizeRowsToContents()

    def _token_tip(self, tokens: list) -> str:
        locale = QLocale()
        return "\n".join(f"{t!r}: {locale.toString(100 * p, 'f', 1)} %" for t, p in tokens[:40])


    # --- the reward-vs-KL chart --------------------------------------------------------------
    def refresh_chart(self) -> None:
        from lab.compare import reward_kl_points

        y_key = "true" if self.y_axis.currentIndex() <= 0 else "rm"
        self.chart.set_data(reward_kl_points(self.ctx.workspace), method_names(), y_key)
        self.chart.set_labels(self.tr("KL to the SFT model (nats per answer)"),
                              self.tr("rubric") if y_key == "true" else self.tr("reward model"))
        self.ctx.facts.set("compare.methods_on_chart", len(self.chart.shown))

    def _on_fact_changed(self, name: str, value: object) -> None:
        if name.endswith(".done") and value is True:
            self.refresh_chart()

    def showEvent(self, event) -> None:
        self.refresh_chart()
        super().showEvent(event)
        self._ask_default()

    # --- a first question by itself ----------------------------------------------------------
    def _ask_default(self) -> None:
        """On open, a question is asked in the background, so the table is never blank: an unknown fact that the
        SFT model makes up and aligned models decline if there is one, else the chosen (first known) question. It
        waits for a running job to end, and needs at least one trained model."""
        ws = self.ctx.workspace
        if (not self._default_pending or self.ctx.runner.is_busy() or not self.isVisible()
                or not any(ws.has_checkpoint(s) for s in METHODS if s != "bon")):
            return
        self._ask(by_learner=False)

    def _on_busy_changed(self, name: str) -> None:
        if not name:
            QTimer.singleShot(0, self, self._ask_default)  # dropped if the page is gone

    def _on_stages_changed(self) -> None:
        self.refresh_chart()
        if not self.results:
            self._fill_prompts()

    # --- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.answers_box.setTitle(self.tr("One question, every model"))
        self.n_label.setText(self.tr("N for Best-of-N"))
        self.ask_button.setText(self.tr("Ask"))
        self.ask_button.setToolTip(self.tr("Every trained model answers the question (the base model continues "
                                           "it as plain text)."))
        self.table.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Answer"), self.tr("Reward model"),
                                              self.tr("Rubric")])
        self.scored_on.setText(self.tr(
            "What each score measures. Reward model: how much the learned judge likes this answer; PPO, GRPO and "
            "Best-of-N chase it, and it can be fooled. Rubric: the world's own check (the right fact, polite, in "
            "the question's language), the score a teacher would give."))
        for col, tip in ((2, self.tr("The reward model's score of this answer: what it prefers, not whether it "
                                     "is right.")),
                         (3, self.tr("The rubric: the right fact, polite, in the question's language."))):
            self.table.horizontalHeaderItem(col).setToolTip(tip)
        self.legend.setText(self.tr("Each token is shaded by the probability its model gave it: green when the "
                                    "model was sure, red when it was not. Hover an answer to read the numbers."))
        self.chart_box.setTitle(self.tr("Every method on one chart: reward against KL to the SFT model"))
        self.y_axis.setItemText(0, self.tr("Reward: the rubric (the human)"))
        self.y_axis.setItemText(1, self.tr("Reward: the reward model"))
        self.explain.setText(self.tr(
            "Each big dot is a method's final evaluation on the held-out questions; the line with triangles "
            "is Best-of-N for N = 1, 2, 4, … Up is better; right means further from the SFT model. A method that "
            "climbs on the reward model but not on the rubric is hacking the reward."))
        self._show_table()
        self.refresh_chart()
