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
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QSplitter, QVBoxLayout

from lab.config import DPOConfig
from lab.events import Done, Metrics, Sample
from lab.i18n import QT_TRANSLATE_NOOP
from ui.context import AppContext
from ui.pages.align_common import RunControls, note_label
from ui.pages.base import Page
from ui.pages.posttrain_common import Banner, go_to_page, number, percent
from ui.palette import series
from ui.widgets.config_form import ConfigForm
from ui.widgets.dual_axis_plot import DualAxisPlot
from ui.widgets.live_plot import LivePlot

STAGE = "dpo"
REWARD_CURVES = (("rewards/chosen", series("chosen")), ("rewards/rejected", series("rejected")),
                 ("rewards/margins", series("margin")))
LOSS_CURVES = (("loss/train", series("loss")), ("rewards/accuracy", series("accuracy")))
EVAL_CURVES = (("reward/true", series("rubric")), ("kl/ref", series("kl")))
FACTS = (("rewards/margins", "margin"), ("rewards/chosen", "chosen"), ("rewards/rejected", "rejected"),
         ("rewards/accuracy", "accuracy"), ("loss/train", "loss"), ("reward/true", "reward_true"),
         ("kl/ref", "kl"), ("eval/true_reward", "eval_true_reward"), ("eval/rude_rate", "eval_rude_rate"))


class DPOPage(Page):
    key = "dpo"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._build_widgets()
        self._build_layout()
        self.controls.start_button.clicked.connect(lambda: self._start(resume=True))
        self.controls.start_over_button.clicked.connect(lambda: self._start(resume=False))
        self.controls.events.connect(self._on_events)
        self.controls.finished.connect(self._on_finished)
        ctx.runner.busy_changed.connect(lambda _name: self._update_state())
        self.retranslate()
        self._draw_history()

    def _build_widgets(self) -> None:
        self.banner = Banner("dpo.missing", [("dpo.goto_sft", lambda: go_to_page(self, "sft"))])
        self.form = ConfigForm(DPOConfig, "classroom")
        self.controls = RunControls(self.ctx, STAGE)
        self.controls.form_of = lambda: self.form
        self.result = note_label("dpo.result")
        self.sample = note_label("dpo.sample")
        self.note = note_label("dpo.note")
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.rewards_plot = self._plot_of("dpo.rewards_plot", REWARD_CURVES)
        self.loss_plot = self._plot_of("dpo.loss_plot", LOSS_CURVES)
        self.eval_plot = DualAxisPlot(self.ctx.theme)
        self.eval_plot.setObjectName("dpo.eval_plot")
        self.eval_plot.add_curve("reward/true", "", series("rubric"))
        self.eval_plot.add_curve("kl/ref", "", series("kl"), right=True)

    def _plot_of(self, name: str, curves) -> LivePlot:
        plot = LivePlot(self.ctx.theme)
        plot.setObjectName(name)
        for key, color in curves:
            plot.add_curve(key, "", color, dashed=key == "rewards/rejected")
        return plot

    def _build_layout(self) -> None:
        self.form_box = QGroupBox(objectName="dpo.settings")
        QVBoxLayout(self.form_box).addWidget(self.form)
        left = QVBoxLayout()
        for widget in (self.banner, self.form_box, self.controls, self.result, self.sample):
            left.addWidget(widget)
        left.addStretch(1)
        column = self.side_column(left, 360)
        self.rewards_box = QGroupBox(objectName="dpo.rewards_box")
        box = QVBoxLayout(self.rewards_box)
        box.addWidget(self.rewards_plot, 1)
        box.addWidget(self.note)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.loss_plot)
        bottom.addWidget(self.eval_plot)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.rewards_box)
        right.addWidget(bottom)
        right.setSizes([460, 280])
        row = QHBoxLayout(self)
        row.addWidget(column)
        row.addWidget(right, 1)

    def title(self) -> str:
        return self.tr("DPO")

    # --- running --------------------------------------------------------------------------
    def _start(self, resume: bool) -> None:
        from lab.jobs import dpo

        ws, cfg = self.ctx.workspace, self.form.value()
        if not self.controls.run(QT_TRANSLATE_NOOP("job", "DPO"), lambda: dpo.run(ws, cfg, resume=resume)):
            return
        if not resume:
            self._clear()
        self.ctx.facts.set("dpo.running", True)
        self.ctx.facts.set("dpo.done", False)
        self._update_state()

    def _on_events(self, batch: list) -> None:
        metrics = [e for e in batch if isinstance(e, Metrics)]
        for event in metrics:
            self._plot(event)
        self._publish(metrics)
        for event in batch:
            if isinstance(event, Sample):
                self.sample.setText(self.tr("Step {step}: {prompt} ▸ {text}").format(
                    step=event.step, prompt=event.prompt, text=event.text))
            elif isinstance(event, Done) and not event.stopped:
                self.ctx.facts.set("dpo.done", True)
                self._show_result(event.summary)

    def _on_finished(self, stopped: bool) -> None:
        self.ctx.facts.set("dpo.running", False)
        self._update_state()

    def _plot(self, event: Metrics) -> None:
        for plot, curves in ((self.rewards_plot, REWARD_CURVES), (self.loss_plot, LOSS_CURVES),
                             (self.eval_plot, EVAL_CURVES)):
            for key, _ in curves:
                if key in event.values:
                    plot.append(key, event.step, event.values[key])

    def _publish(self, events: list[Metrics]) -> None:
        facts = self.ctx.facts
        steps = [e.step for e in events if "loss/train" in e.values]
        if steps:
            facts.set("dpo.step", steps[-1])
        for key, name in FACTS:
            values = [e.values[key] for e in events if key in e.values]
            if values:
                facts.set(f"dpo.{name}", values[-1])

    def _clear(self) -> None:
        for plot in (self.rewards_plot, self.loss_plot, self.eval_plot):
            plot.clear()
        self.result.setText("")

    def _draw_history(self) -> None:
        self._clear()
        history = self.ctx.workspace.read_metrics(STAGE)
        for event in history:
            self._plot(event)
        if history:
            self._publish(history)
            final = [e.values for e in history if "eval/true_reward" in e.values]
            if final:
                self._show_result(final[-1])

    def _show_result(self, values: dict) -> None:
        if "eval/true_reward" in values:
            self.result.setText(self.tr("Held-out questions: rubric reward {reward}, rude answers {rude}, KL to the "
                                        "SFT model {kl} nats per answer.").format(
                reward=number(values["eval/true_reward"]), rude=percent(values.get("eval/rude_rate")),
                kl=number(values.get("eval/kl_ref"))))

    def _update_state(self) -> None:
        has_sft = self.ctx.workspace.has_checkpoint("sft")
        self.banner.setVisible(not has_sft)
        self.controls.set_can_start(has_sft)
        self.form.set_enabled_editing(not self.controls.running())

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.banner.text.setText(self.tr("DPO starts from the SFT model, and this workspace has none yet. "
                                         "Fine-tune one on the SFT page first."))
        self.banner.buttons["dpo.goto_sft"].setText(self.tr("Go to SFT"))
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
                 "rewards/accuracy": self.tr("pairs ranked right"), "reward/true": self.tr("rubric reward"),
                 "kl/ref": self.tr("KL to the SFT model")}
        for plot, curves in ((self.rewards_plot, REWARD_CURVES), (self.loss_plot, LOSS_CURVES),
                             (self.eval_plot, EVAL_CURVES)):
            for key, _ in curves:
                plot.rename_curve(key, names[key])
        self.rewards_plot.set_labels(self.tr("step"), self.tr("implicit reward"))
        self.loss_plot.set_labels(self.tr("step"), self.tr("loss, share"))
        self.eval_plot.set_labels(self.tr("step"), self.tr("rubric reward"), self.tr("nats per answer"))
        self.controls.retranslate()
        self._update_state()

