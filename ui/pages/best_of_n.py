"""The Best-of-N page: sample N answers, let the reward model pick one.

Above, one question: "Sample" draws up to 16 answers from the SFT model, each scored
by the reward model and by the rubric; the N slider shows the first N of them and
highlights the one Best-of-N returns (the reward model's favourite), so moving the
slider shows the pick improving, or not, as N grows. Below, "Measure" runs
`lab.jobs.best_of_n` on every held-out question: the picks' rewards against N, and the
analytic KL log N − (N − 1)/N that puts Best-of-N on the same axes as PPO and DPO.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lab.config import BestOfNConfig
from lab.events import Artifact
from lab.i18n import QT_TRANSLATE_NOOP
from ui import palette
from ui.context import AppContext
from ui.pages.base import group, problem_label, split
from ui.pages.job_page import Curve, JobPage, note_label
from ui.pages.posttrain_common import number, percent
from ui.palette import series
from ui.widgets.config_form import ConfigForm

STAGE = "bon"
N_MAX = 16
PICK_COLOR = palette.BEST_PICK


class BestOfNPage(JobPage):
    key = stage = STAGE
    job_name = QT_TRANSLATE_NOOP("job", "Best-of-N")
    RESULT_KEY = "eval/true_reward"
    CURVES = (Curve("plot", "reward/rm", series("reward_model")),
              Curve("plot", "reward/true", series("rubric"), right=True),
              Curve("kl_plot", "kl/ref", series("kl")))
    FACTS = ("bon.n", "bon.sampled", "bon.pick_rm", "bon.pick_true", "bon.eval_true_reward")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.candidates: list[dict] = []
        self._build_widgets()
        self._build_layout()
        self.n.valueChanged.connect(self._on_n_changed)
        self.controls.start_button.clicked.connect(self._on_measure)
        self.retranslate()
        self._fill_prompts()
        self.replay_history()
        self._on_n_changed(self.n.value())

    def _build_widgets(self) -> None:
        self.banner = self.make_banner("bon.missing", goto=("reward",))
        self.prompt = QComboBox(objectName="bon.prompt", editable=True)
        self.n = QSlider(Qt.Orientation.Horizontal, objectName="bon.n")
        self.n.setRange(1, N_MAX)
        self.n.setValue(4)
        self.n.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.n_label, self.n_value = QLabel(), QLabel(objectName="bon.n_value")
        self.sample_button = QPushButton(objectName="bon.sample", clicked=self._on_sample)
        self.pick = note_label("bon.pick")
        self.form = ConfigForm(BestOfNConfig, "classroom")
        self.make_controls(start_over=False)
        self.problem = problem_label("bon.problem")  # below Sample; a problem of Measure moves next to it
        self.result = note_label("bon.result")
        self.explain = note_label("bon.explain")
        self.answers = QTableWidget(0, 4, objectName="bon.answers")
        self.answers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.answers.verticalHeader().hide()
        self.answers.setWordWrap(True)
        header = self.answers.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.plot = self.make_plot("plot", two_scales=True)
        self.kl_plot = self.make_plot("kl_plot")

    def _build_layout(self) -> None:
        n_row = QHBoxLayout()
        n_row.addWidget(self.n_label)
        n_row.addWidget(self.n, 1)
        n_row.addWidget(self.n_value)
        self.try_box = QGroupBox(objectName="bon.try")
        box = QVBoxLayout(self.try_box)
        box.addWidget(self.prompt)
        box.addLayout(n_row)
        for widget in (self.sample_button, self.pick, self.problem):
            box.addWidget(widget)
        self.measure_box = group("bon.measure", self.form, self.controls, self.result)
        plots = split(False, (self.plot, self.kl_plot), (520, 300))
        self.place_columns((self.banner, self.try_box, self.measure_box), 380,
                           split(True, (self.explain, self.answers, plots), (90, 360, 300)))

    def title(self) -> str:
        return self.tr("Best-of-N")

    def _fill_prompts(self) -> None:
        from lab import posttrain_data

        self.prompt.clear()
        self.prompt.addItems([p.prompt for p in posttrain_data.probes(self.ctx.workspace)])

    # --- one question, N answers -------------------------------------------------------------
    def _on_sample(self) -> None:
        from lab.jobs.best_of_n import sample_job

        ws, prompt = self.ctx.workspace, self.prompt.currentText().strip()
        seed = int(self.ctx.facts.get("bon.sampled", 0))
        if self.run_job(lambda: sample_job(ws, prompt, N_MAX, seed=seed), near=self.sample_button,
                        events=self._on_sample_events):
            self.pick.setText(self.tr("Sampling {n} answers…").format(n=N_MAX))

    def _on_sample_events(self, batch: list) -> None:
        for event in batch:
            if isinstance(event, Artifact) and event.kind == "bon/candidates":
                self.candidates = list(event.data["answers"])
                self.ctx.facts.add("bon.sampled")
                self._show_candidates()

    def _on_n_changed(self, n: int) -> None:
        self.n_value.setText(str(n))
        self.ctx.facts.set("bon.n", n)
        self._show_candidates()

    def best_index(self) -> int | None:
        """The reward model's favourite among the first N candidates (the first on ties)."""
        shown = self.candidates[: self.n.value()]
        return max(range(len(shown)), key=lambda i: shown[i]["rm"]) if shown else None

    def _show_candidates(self) -> None:
        shown = self.candidates[: self.n.value()]
        best = self.best_index()
        self.answers.setRowCount(len(shown))
        for row, cand in enumerate(shown):
            cells = ("★" if row == best else str(row + 1), cand["text"], number(cand["rm"]), number(cand["true"]))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row == best:
                    item.setBackground(QBrush(QColor(PICK_COLOR)))
                    item.setForeground(QBrush(QColor(palette.INK)))  # dark on the light pick colour, in any theme
                    font = QFont()
                    font.setBold(True)
                    item.setFont(font)
                self.answers.setItem(row, col, item)
        self.answers.resizeRowsToContents()
        if best is None:
            self.pick.setText("")
            return
        chosen = shown[best]
        self.ctx.facts.set("bon.pick_rm", chosen["rm"])
        self.ctx.facts.set("bon.pick_true", chosen["true"])
        self.pick.setText(self.tr("Best of {n}: answer {i}, reward model {rm}, rubric {true}.").format(
            n=len(shown), i=best + 1, rm=number(chosen["rm"]), true=number(chosen["true"])))

    # --- every question, every N ----------------------------------------------------------
    def _on_measure(self) -> None:
        from lab.jobs import best_of_n

        ws = self.ctx.workspace
        self.start_with(self.form, lambda cfg: best_of_n.run(ws, cfg))

    def replay_history(self) -> list:
        history = super().replay_history()
        self._show_saved_example()
        return history

    def _show_saved_example(self) -> None:
        """The N answers to the first question of the last measurement, so the page is never blank."""
        from lab.jobs.best_of_n import load_results

        examples = (load_results(self.ctx.workspace) or {}).get("examples") or []
        if examples and not self.candidates:
            self.prompt.setCurrentText(examples[0]["prompt"])
            self.candidates = list(examples[0]["answers"])

    def on_result(self, values: dict) -> None:
        self.ctx.facts.set("bon.eval_true_reward", values["eval/true_reward"])
        self.result.setText(self.tr("Held-out questions, best of {n}: rubric reward {reward}, rude answers "
                                    "{rude}, KL {kl} nats per answer (analytic).").format(
            n=self.form.value().n, reward=number(values["eval/true_reward"]),
            rude=percent(values.get("eval/rude_rate")), kl=number(values.get("eval/kl_ref"))))

    def can_start(self) -> bool:
        ws = self.ctx.workspace
        return ws.has_checkpoint("sft") and ws.has_checkpoint("reward")

    def update_state(self, *_) -> None:
        super().update_state()
        self.sample_button.setEnabled(self.can_start() and not self.ctx.runner.is_busy())
        self.form.set_enabled_editing(self.handle is None)

    # --- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.banner.text.setText(self.tr("Best-of-N needs an SFT model to sample answers and a reward model to "
                                         "pick one. Train them on the SFT and Reward pages first."))
        self.try_box.setTitle(self.tr("One question, N answers"))
        self.n_label.setText(self.tr("N"))
        self.n.setToolTip(self.tr("How many of the sampled answers the reward model chooses from."))
        self.sample_button.setText(self.tr("Sample {n} answers").format(n=N_MAX))
        self.sample_button.setToolTip(self.tr("The SFT model answers the question {n} times; the slider shows the "
                                              "first N and the pick among them.").format(n=N_MAX))
        self.measure_box.setTitle(self.tr("Every held-out question, every N"))
        self.explain.setText(self.tr(
            "Best-of-N trains nothing: the SFT model answers N times and the reward model keeps its favourite. A "
            "bigger N finds answers the reward model likes more, at N times the cost. Its distance from the SFT "
            "model is known without measuring it: KL = log N − (N − 1)/N nats per answer. The rubric column "
            "shows whether the reward model's favourite is also the human's."))
        self.answers.setHorizontalHeaderLabels([self.tr("#"), self.tr("Answer"), self.tr("Reward model"),
                                                self.tr("Rubric")])
        self.plot.rename_curve("reward/rm", self.tr("reward model"))
        self.plot.rename_curve("reward/true", self.tr("rubric (the human)"))
        self.plot.set_labels(self.tr("N"), self.tr("reward model"), self.tr("rubric"))
        self.kl_plot.rename_curve("kl/ref", self.tr("log N − (N − 1)/N"))
        self.kl_plot.set_labels(self.tr("N"), self.tr("KL (nats per answer)"))
        self.controls.retranslate()
        self.controls.start_button.setText(self.tr("Measure"))
        self.controls.start_button.setToolTip(self.tr("Sample answers to every held-out question and measure the "
                                                      "picks for N = 1, 2, 4, …"))
        self.update_state()

