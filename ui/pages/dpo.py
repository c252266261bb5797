"""The DPO page: align the SFT model straight from the preference pairs.

Start runs `lab.jobs.dpo`. The main chart is DPO's implicit rewards: the chosen
answers', the rejected answers' and their margin, with a note saying why the chosen
reward may fall while the margin rises (users of other tools often read that as a
bug). Beside it, the loss and the share of pairs ranked right; below, what the model
answers to held-out questions as it trains: the rubric's reward and the KL to the
SFT model. Without an SFT model, a banner offers to go and train one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from lab.config import DPOConfig
from lab.events import Sample
from lab.i18n import QT_TRANSLATE_NOOP
from ui.context import AppContext
from ui.pages.base import group, split
from ui.pages.job_page import Curve, JobPage, note_label
from ui.pages.posttrain_common import number, percent
from ui.palette import series
from ui.widgets.config_form import ConfigForm

STAGE = "dpo"
FACT_NAMES = (("rewards/margins", "margin"), ("rewards/chosen", "chosen"), ("rewards/rejected", "rejected"),
              ("rewards/accuracy", "accuracy"), ("loss/train", "loss"), ("reward/true", "reward_true"),
              ("kl/ref", "kl"), ("eval/true_reward", "eval_true_reward"), ("eval/rude_rate", "eval_rude_rate"))


class DPOPage(JobPage):
    key = stage = STAGE
    job_name = QT_TRANSLATE_NOOP("job", "DPO")
    RESULT_KEY = "eval/true_reward"
    CURVES = (Curve("rewards_plot", "rewards/chosen", series("chosen")),
              Curve("rewards_plot", "rewards/rejected", series("rejected"), dashed=True),
              Curve("rewards_plot", "rewards/margins", series("margin")),
              Curve("loss_plot", "loss/train", series("loss")),
              Curve("loss_plot", "rewards/accuracy", series("accuracy")),
              Curve("eval_plot", "reward/true", series("rubric")),
              Curve("eval_plot", "kl/ref", series("kl"), right=True))
    METRIC_FACTS = tuple((key, f"dpo.{name}") for key, name in FACT_NAMES)
    STEP_KEY = "loss/train"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._build_widgets()
        self._build_layout()
        self.controls.start_button.clicked.connect(lambda: self._start(go_on=True))
        self.controls.start_over_button.clicked.connect(lambda: self._start(go_on=False))
        self.retranslate()
        self.replay_history()

    def _build_widgets(self) -> None:
        self.banner = self.make_banner("dpo.missing", goto=("sft",))
        self.form = ConfigForm(DPOConfig, "classroom")
        self.make_controls()
        self.result = note_label("dpo.result")
        self.sample = note_label("dpo.sample")
        self.note = note_label("dpo.note")
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.rewards_plot = self.make_plot("rewards_plot")
        self.loss_plot = self.make_plot("loss_plot")
        self.eval_plot = self.make_plot("eval_plot", two_scales=True)

    def _build_layout(self) -> None:
        self.form_box = group("dpo.settings", self.form)
        self.rewards_box = group("dpo.rewards_box", self.rewards_plot, self.note)
        self.rewards_box.layout().setStretch(0, 1)
        bottom = split(False, (self.loss_plot, self.eval_plot))
        self.place_columns((self.banner, self.form_box, self.controls, self.result, self.sample), 360,
                           split(True, (self.rewards_box, bottom), (460, 280)))

    def title(self) -> str:
        return self.tr("DPO")

    # --- running --------------------------------------------------------------------------
    def _start(self, go_on: bool) -> None:
        from lab.jobs import dpo

        ws = self.ctx.workspace
        self.start_or_resume(self.form, lambda cfg, resume: dpo.run(ws, cfg, resume=resume), go_on)

    def forget_run(self) -> None:
        super().forget_run()
        self.result.setText("")

    def on_sample(self, event: Sample) -> None:
        self.sample.setText(self.tr("Step {step}: {prompt} ▸ {text}").format(
            step=event.step, prompt=event.prompt, text=event.text))

    def replay_history(self) -> list:
        self.result.setText("")  # a run without a final evaluation yet shows none
        return super().replay_history()

    def on_result(self, values: dict) -> None:
        self.result.setText(self.tr("Held-out questions: rubric reward {reward}, rude answers {rude}, KL to the "
                                    "SFT model {kl} nats per answer.").format(
            reward=number(values["eval/true_reward"]), rude=percent(values.get("eval/rude_rate")),
            kl=number(values.get("eval/kl_ref"))))

    def can_start(self) -> bool:
        return self.ctx.workspace.has_checkpoint("sft")

    def update_state(self, *_) -> None:
        super().update_state()
        self.form.set_enabled_editing(self.handle is None)

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        from lab.jobs.dpo import EVAL_PROMPTS  # pages import jobs when they need them (see `_start`)

        self.banner.text.setText(self.tr("DPO starts from the SFT model, and this workspace has none yet. "
                                         "Fine-tune one on the SFT page first."))
        self.form_box.setTitle(self.tr("DPO settings"))
        self.rewards_box.setTitle(self.tr("DPO's implicit rewards: β × how much more likely the model makes an "
                                          "answer than the SFT model does"))
        self.note.setText(self.tr(
            "<b>Why can the chosen reward fall while the margin rises?</b> The loss only asks the chosen answer to "
            "gain <i>on the rejected one</i>. Pushing the rejected answer down is often the easier way, and the "
            "probability both answers lose goes to other answers the model could write. So the green line may "
            "sink below zero while the blue margin keeps growing: that is DPO working, not a bug. Watch the "
            "held-out chart below to see whether the answers themselves got better."))
        names = {"rewards/chosen": self.tr("chosen"), "rewards/rejected": self.tr("rejected"),
                 "rewards/margins": self.tr("margin (chosen − rejected)"), "loss/train": self.tr("loss"),
                 "rewards/accuracy": self.tr("pairs ranked right"),
                 # not the result line's figure: a few probes, sampled, where the result is every probe, greedy
                 "reward/true": self.tr("rubric ({n} samples)").format(n=EVAL_PROMPTS),
                 "kl/ref": self.tr("KL to the SFT model")}
        for curve in self.CURVES:
            self.plots[curve.plot].rename_curve(curve.key, names[curve.key])
        self.rewards_plot.set_labels(self.tr("step"), self.tr("implicit reward"))
        self.loss_plot.set_labels(self.tr("step"), self.tr("loss, share"))
        self.eval_plot.set_labels(self.tr("step"), self.tr("rubric reward"), self.tr("nats per answer"))
        self.controls.retranslate()
        self.update_state()

