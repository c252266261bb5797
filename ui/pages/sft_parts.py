"""Pieces of the SFT page: the before/after panel and the table of runs.

The before/after panel puts one question to the base model and to the SFT model. The
base model only ever learnt to continue text, so it is given the bare question and
continues it (often with more questions, or a forum reply); the SFT model is given
the chat template and answers, then stops at `<|end|>`. The rubric scores both.

The runs table sets the final evaluation of the base model (measured before the first
SFT step), the masked run and the unmasked run side by side, with a sentence saying
what the comparison shows, whichever way it came out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lab.workspace import Workspace
from ui.pages.posttrain_common import number, percent, saved_model, tokenizer
from ui.palette import set_role

ANSWER_TOKENS = 40
RUN_KEYS = ("base", "masked", "unmasked")
ROWS = ("eval/format_rate", "eval/accuracy", "eval/accuracy_known", "eval/rude_rate", "eval/language_match",
        "eval/true_reward")


def metric_names() -> dict[str, str]:
    """The evaluation metrics as the learner reads them (context `SFTPage`)."""
    return {"eval/format_rate": QCoreApplication.translate("SFTPage", "Format (stops with <|end|>)"),
            "eval/accuracy": QCoreApplication.translate("SFTPage", "Accuracy (all probes)"),
            "eval/accuracy_known": QCoreApplication.translate("SFTPage", "Accuracy (known facts)"),
            "eval/rude_rate": QCoreApplication.translate("SFTPage", "Rude answers"),
            "eval/language_match": QCoreApplication.translate("SFTPage", "Same language"),
            "eval/true_reward": QCoreApplication.translate("SFTPage", "Rubric reward")}


def short_metric_names() -> dict[str, str]:
    """The same metrics in a few words, for the narrow table of runs."""
    return {"eval/format_rate": QCoreApplication.translate("SFTPage", "Format"),
            "eval/accuracy": QCoreApplication.translate("SFTPage", "Accuracy"),
            "eval/accuracy_known": QCoreApplication.translate("SFTPage", "Accuracy, known"),
            "eval/rude_rate": QCoreApplication.translate("SFTPage", "Rude"),
            "eval/language_match": QCoreApplication.translate("SFTPage", "Same language"),
            "eval/true_reward": QCoreApplication.translate("SFTPage", "Reward")}


class ComparePanel(QGroupBox):
    """One question, two models: the base model's completion beside the SFT model's answer."""

    asked = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("sft.compare")
        self.prompt = QComboBox(objectName="sft.compare_prompt", editable=True)
        # A long question must not widen the page past a small screen: the box shows 20 characters and scrolls.
        self.prompt.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.prompt.setMinimumContentsLength(20)
        self.ask_button = QPushButton(objectName="sft.compare_ask", clicked=self.ask)
        self.base_title, self.sft_title = QLabel(wordWrap=True), QLabel(wordWrap=True)
        self.base_answer = QTextBrowser(objectName="sft.base_answer")
        self.sft_answer = QTextBrowser(objectName="sft.sft_answer")
        self.base_score = QLabel(objectName="sft.base_score", wordWrap=True)
        self.sft_score = QLabel(objectName="sft.sft_score", wordWrap=True)
        for label in (self.base_score, self.sft_score):
            set_role(label, "note")
        grid = QGridLayout(self)
        grid.addWidget(self.prompt, 0, 0)
        grid.addWidget(self.ask_button, 0, 1)
        for col, (title, answer, score) in enumerate(((self.base_title, self.base_answer, self.base_score),
                                                       (self.sft_title, self.sft_answer, self.sft_score))):
            grid.addWidget(title, 1, col)
            grid.addWidget(answer, 2, col)
            grid.addWidget(score, 3, col)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._results: tuple[str, str] | None = None

    def set_prompts(self, prompts: list[str]) -> None:
        current = self.prompt.currentText()
        self.prompt.clear()
        self.prompt.addItems(prompts)
        if current:
            self.prompt.setCurrentText(current)

    def ask(self) -> None:
        from lab import evaluate, posttrain_data

        question = self.prompt.currentText().strip()
        tok = tokenizer(self.ws)
        base, sft = saved_model(self.ws, "pretrain"), saved_model(self.ws, "sft")
        if not question or tok is None or base is None:
            self.base_answer.setPlainText(self.tr("Pretrain a model first."))
            return
        completion = evaluate.complete(base, tok, question, ANSWER_TOKENS)
        self.base_answer.setPlainText(question + completion)
        self.base_score.setText(self._score_text(posttrain_data.judge(question, completion)))
        if sft is None:
            self.sft_answer.setPlainText(self.tr("Fine-tune the model (Start) to see its answer here."))
            self.sft_score.setText("")
        else:
            reply = evaluate.answer(sft, tok, [question], ANSWER_TOKENS)[0]
            ending = "" if reply.ended else " " + self.tr("[no <|end|>: cut at the length limit]")
            self.sft_answer.setPlainText(reply.text + ending)
            self.sft_score.setText(self._score_text(posttrain_data.judge(question, reply.text)))
        self._results = (self.base_answer.toPlainText(), self.sft_answer.toPlainText())
        self.asked.emit()

    def _score_text(self, verdict) -> str:
        return self.tr("Rubric: {total} · correct: {correct} · rude: {rude}").format(
            total=number(verdict.total), correct=self.tr("yes") if verdict.correct else self.tr("no"),
            rude=self.tr("yes") if verdict.rude else self.tr("no"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Before and after: the same question to both models"))
        self.ask_button.setText(self.tr("Ask both"))
        self.prompt.setToolTip(self.tr("Choose a held-out probe question or write your own."))
        self.base_title.setText(self.tr("Base model: continues the text"))
        self.sft_title.setText(self.tr("SFT model: answers in the chat template"))


class RunsTable(QGroupBox):
    """The last evaluation of the base model, the masked run and the unmasked run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sft.runs")
        self.table = QTableWidget(len(ROWS), len(RUN_KEYS), objectName="sft.runs_table")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.note = QLabel(objectName="sft.runs_note", wordWrap=True)
        set_role(self.note, "note")
        self.table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._runs: dict[str, dict] = {}

    def set_runs(self, runs: dict) -> None:
        self._runs = {k: v for k, v in runs.items() if isinstance(v, dict)} if isinstance(runs, dict) else {}
        for col, key in enumerate(RUN_KEYS):
            values = self._runs.get(key, {})
            for row, metric in enumerate(ROWS):
                value = values.get(metric)
                text = number(value) if metric == "eval/true_reward" else percent(value)
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.note.setText(self._verdict())

    def _verdict(self) -> str:
        masked, unmasked = self._runs.get("masked"), self._runs.get("unmasked")
        if not masked or not unmasked:
            return self.tr("Run SFT once with loss masking and once without it (same steps) to compare them here.")
        if masked.get("step") != unmasked.get("step"):
            return self.tr("The two runs have different numbers of steps, so the comparison is not fair yet.")
        gains = [masked.get(k, 0.0) - unmasked.get(k, 0.0) for k in ("eval/format_rate", "eval/accuracy")]
        if max(gains) > 0.005:
            return self.tr("With the same steps, the masked run answers better: every update went to learning the "
                      "answers, none to copying questions.")
        if min(gains) < -0.005:
            return self.tr("Here the unmasked run came out ahead. With short questions that resemble the answers, "
                      "learning the questions too can help a little; the masked run spent no effort on them.")
        return self.tr("Both runs reach the same figures: on this data, learning the questions too neither helps nor "
                  "hurts the answers. Masking matters more when prompts are long or unlike the answers.")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Loss masking: compare the runs"))
        self.table.setHorizontalHeaderLabels([self.tr("Base"), self.tr("Masked"), self.tr("Unmasked")])
        names, full = short_metric_names(), metric_names()
        self.table.setVerticalHeaderLabels([names[k] for k in ROWS])
        for row, key in enumerate(ROWS):
            self.table.verticalHeaderItem(row).setToolTip(full[key])
        self.set_runs(self._runs)
