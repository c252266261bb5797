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
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from lab import posttrain_data
from lab.config import RewardConfig
from lab.errors import LabError
from lab.events import Artifact, Metrics
from lab.i18n import QT_TRANSLATE_NOOP
from lab.preferences import PreferenceStore
from ui.context import AppContext
from ui.pages.base import group, scrolling, split
from ui.pages.job_page import Curve, JobPage
from ui.pages.posttrain_common import (
    go_to_page,
    number,
    percent,
    saved_model,
    tokenizer,
)
from ui.pages.preferences_parts import CRITERIA, criterion_names
from ui.palette import series, set_role
from ui.widgets.config_form import ConfigForm
from ui.widgets.flip_splitter import FlipSplitter
from ui.widgets.score_histogram import ScoreHistogram

STAGE = "reward"


def kind_names() -> dict[str, str]:
    """The world's kinds of rejected answer, as the learner reads them (context `RewardPage`)."""
    return {"rude": QCoreApplication.translate("RewardPage", "rude"),
            "wrong": QCoreApplication.translate("RewardPage", "wrong fact"),
            "other_language": QCoreApplication.translate("RewardPage", "other language"),
            "rambling": QCoreApplication.translate("RewardPage", "rambling"),
            "abstain": QCoreApplication.translate("RewardPage", "needless \"I don't know\""),
            "guess": QCoreApplication.translate("RewardPage", "made-up fact"),
            "other_fact": QCoreApplication.translate("RewardPage", "another subject"),
            "sampled": QCoreApplication.translate("RewardPage", "the SFT model's own mistake")}


class RewardPage(JobPage):
    key = stage = STAGE
    job_name = QT_TRANSLATE_NOOP("job", "Reward model")
    CURVES = (Curve("loss_plot", "loss/train", series("train")),
              Curve("loss_plot", "loss/val", series("validation"), points=True),
              Curve("accuracy_plot", "eval/pair_accuracy", series("rubric")),
              Curve("accuracy_plot", "train/pair_accuracy", series("earlier"), dashed=True))
    METRIC_FACTS = (("loss/train", "reward.loss"), ("eval/pair_accuracy", "reward.accuracy"),
                    ("reward/margin", "reward.margin"))
    FACTS = ("reward.has_sft", "reward.last_score", "reward.scored")
    PROGRESS_IN_STEPS = True

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._build_widgets()
        self._build_layout()
        self.retranslate()
        self.replay_history()

    def _build_widgets(self) -> None:
        self.banner = self.make_banner("reward.no_sft", goto=("sft",))
        self.data_info = QLabel(objectName="reward.data_info", wordWrap=True)
        self.label_button = QPushButton(objectName="reward.goto_preferences",
                                        clicked=lambda: go_to_page(self, "preferences"))
        self.form = ConfigForm(RewardConfig, "classroom")
        self.make_controls(start_over=True)
        self.controls.start_button.clicked.connect(lambda: self._on_start(go_on=True))
        self.controls.start_over_button.clicked.connect(lambda: self._on_start(go_on=False))
        self.loss_plot = self.make_plot("loss_plot")
        self.accuracy_plot = self.make_plot("accuracy_plot")
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
        self.data_box = group("reward.data", self.data_info, self.label_button)
        self.form_box = group("reward.settings", self.form)
        plots = split(False, (self.loss_plot, self.accuracy_plot))
        self.histogram_box = group("reward.histogram_box", self.histogram, self.kinds)
        self.histogram_box.layout().setStretch(0, 1)
        bottom = FlipSplitter()  # one above the other on a small screen
        bottom.addWidget(self.histogram_box)
        bottom.addWidget(scrolling(self._score_box()))  # in a short window it scrolls: no row of the verdict is cut
        bottom.setSizes([420, 480])
        self.place_columns((self.banner, self.data_box, self.form_box, self.controls), 380,
                           split(True, (plots, bottom), (320, 420)))

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
    def _on_start(self, go_on: bool) -> None:
        from lab.jobs import reward

        ws = self.ctx.workspace
        self.start_or_resume(self.form, lambda cfg, resume: reward.run(ws, cfg, resume=resume), go_on)

    def on_artifact(self, event: Artifact) -> None:
        if event.kind == "reward/scores":
            self.histogram.set_scores(event.data.get("chosen", []), event.data.get("rejected", []))

    def draw(self, events: list[Metrics]) -> None:
        super().draw(events)
        for event in events:
            kinds = {k.removeprefix("pair_accuracy/"): v for k, v in event.values.items()
                     if k.startswith("pair_accuracy/")}
            if kinds:
                self._kinds = kinds
                self._show_kinds()

    def replay_history(self) -> list[Metrics]:
        """The curves, and the scores' histogram and the done fact from the saved model."""
        history = super().replay_history()
        if self.ctx.workspace.has_checkpoint(STAGE):
            try:
                _, meta = self.ctx.workspace.load_checkpoint(STAGE)
            except LabError:
                return history
            scores = meta.get("scores", {})
            self.histogram.set_scores(scores.get("chosen", []), scores.get("rejected", []))
            self.set_fact("done", bool(meta.get("finished")))
        return history

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
    def can_start(self) -> bool:
        return self.ctx.workspace.has_checkpoint("sft")

    def update_state(self, *_) -> None:
        super().update_state()
        has_sft = self.can_start()
        self.ctx.facts.set("reward.has_sft", has_sft)
        self.form.set_enabled_editing(self.handle is None)
        self._show_data()

    def _show_data(self) -> None:
        store = PreferenceStore(self.ctx.workspace)
        pairs = store.dataset(posttrain_data.rubric_pairs(self.ctx.workspace))
        mine = sum(p.source != "rubric" for p in pairs)
        sampled = sum(p.kind == "sampled" and p.source == "rubric" for p in pairs)
        text = self.tr("{n} preference pairs: {rubric} from the rubric, {mine} yours.").format(
            n=len(pairs), rubric=len(pairs) - mine, mine=mine)
        if sampled:
            text += " " + self.tr("{sampled} of the rubric's compare the SFT model's own answers (sampled when the "
                                  "reward model starts training).").format(sampled=sampled)
        if store.replace:
            text += " " + self.tr("Only your labels are used (see Preferences).")
        self.data_info.setText(text)


    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.banner.text.setText(self.tr("The reward model starts from the SFT model, and this workspace has none "
                                         "yet. Run SFT first."))
        self.data_box.setTitle(self.tr("Preference pairs"))
        self.label_button.setText(self.tr("Label pairs yourself"))
        self.form_box.setTitle(self.tr("Training settings"))
        self.controls.retranslate()
        self.controls.start_button.setToolTip(self.tr("Train the reward model from the SFT model on the preference "
                                                      "pairs."))
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
        self.update_state()
