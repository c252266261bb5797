"""The RLHF page: tune the SFT model against the reward model with PPO (or GRPO, or offline RL).

Start runs `lab.jobs.ppo` (or `grpo`, `offline_rl`) through the job runner. The page
draws what the job reports and says in words what each chart shows: the reward
model's score and the rubric's (the human's, which the policy never sees), the KL to
the SFT model (which PPO pays for inside the reward, token by token), the policy's
entropy, the two rewards against the KL (where reward hacking shows), and the
answers streaming in with their scores. The β slider sets the KL penalty; the
sandbox button loads the documented reward-hacking setting (`lab.jobs.ppo.SANDBOX`:
β = 0, the reward model's learned head alone). Without an SFT model or a reward model,
a banner says so and offers to go and train one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
)

from lab.align import checkpoint_meta
from lab.config import with_values
from lab.events import Artifact, Metrics
from lab.i18n import QT_TRANSLATE_NOOP
from lab.stages import stage as stage_row
from ui.context import AppContext
from ui.pages.base import TextAbove, scrolling, split
from ui.pages.job_page import Curve, JobPage, note_label
from ui.pages.posttrain_common import number, percent
from ui.pages.rlhf_runs import EarlierRuns
from ui.palette import series
from ui.state import stage_watch
from ui.widgets.config_form import ConfigForm
from ui.widgets.dual_axis_plot import DualAxisPlot
from ui.widgets.flip_splitter import FlipSplitter
from ui.widgets.scored_samples import ScoredSamples

METHODS = ("ppo", "grpo", "offline_rl")
CONFIGS = {m: stage_row(m).config for m in METHODS}  # from the registry, like the job each method runs
BETAS = (0.0, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0)
PLOT_MIN_WIDTH, PLOT_MIN_HEIGHT = 300, 190  # narrower than this, a pair of plots stacks and the column scrolls
SAMPLES_MIN_HEIGHT = 150  # a few rows of the scored answers, even when the plots stack above them
RM_COLOR, TRUE_COLOR = series("reward_model"), series("rubric")
METHOD_FACTS = (("reward/rm", "reward_rm"), ("reward/true", "reward_true"), ("kl/ref", "kl"),  # `<method>.<name>`
                ("policy/entropy", "entropy"), ("eval/true_reward", "eval_true_reward"),
                ("eval/rude_rate", "eval_rude_rate"), ("eval/kl_ref", "eval_kl"))
JOB_NAMES = {"ppo": QT_TRANSLATE_NOOP("job", "PPO"), "grpo": QT_TRANSLATE_NOOP("job", "GRPO"),
             "offline_rl": QT_TRANSLATE_NOOP("job", "Offline RL")}


class RLHFPage(JobPage):
    key = "rlhf"
    CURVES = (Curve("kl_plot", "kl/ref", series("kl")), Curve("entropy_plot", "policy/entropy", series("entropy")),
              Curve("entropy_plot", "loss/train", series("loss")), Curve("reward_plot", "reward/rm", RM_COLOR),
              Curve("reward_plot", "reward/true", TRUE_COLOR, right=True))
    FACTS = ("rlhf.method", "ppo.beta", "ppo.sandbox")
    RESULT_KEY = "eval/true_reward"

    @classmethod
    def declared_facts(cls) -> tuple[str, ...]:
        """Each method publishes its own run's facts: `ppo.step`, `grpo.kl`, `offline_rl.done`, …"""
        per_method = ("running", "done", "step", "samples", *(name for _, name in METHOD_FACTS))
        return (*cls.FACTS, *(f"{m}.{name}" for m in METHODS for name in per_method))

    @property
    def stage(self) -> str:
        """The method whose facts the page sets: the one running, else the one chosen."""
        return self.running_method or self.current()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.running_method = ""
        self.sandbox_mode = False  # PPO runs go to their own run, "ppo-sandbox"
        self.run_label = ""  # what the run on the charts was, for its legend once it is an earlier run
        self._build_widgets()
        self.runs = EarlierRuns(self)
        self._build_layout()
        self.method.currentIndexChanged.connect(self._on_method_changed)
        self.beta.valueChanged.connect(self._on_beta_changed)
        self.controls.start_button.clicked.connect(lambda: self._start(go_on=True))
        self.controls.start_over_button.clicked.connect(lambda: self._start(go_on=False))
        stage_watch(ctx).changed.connect(self._on_stages_changed)
        self.retranslate()
        self._set_beta_slider(self.forms["ppo"].value().beta)
        self._on_method_changed(0)

    # --- building -------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.banner = self.make_banner("rlhf.missing", goto=("sft", "reward"))
        self.method = QComboBox(objectName="rlhf.method")
        self.method.addItems(["", "", ""])
        self.beta = QSlider(Qt.Orientation.Horizontal, objectName="rlhf.beta")
        self.beta.setRange(0, len(BETAS) - 1)
        self.beta.setPageStep(1)
        self.beta.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.beta_label, self.beta_value = QLabel(), QLabel(objectName="rlhf.beta_value")
        self.sandbox = QPushButton(objectName="rlhf.sandbox", checkable=True, clicked=self._on_sandbox)
        self.forms = {m: ConfigForm(CONFIGS[m], "classroom", hidden=("beta",)) for m in METHODS}
        self.form_stack = QStackedWidget(objectName="rlhf.settings")
        for m in METHODS:
            self.form_stack.addWidget(self.forms[m])
        self.make_controls()
        self.result = note_label("rlhf.result")
        self.explain = note_label("rlhf.explain")
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        for name in ("kl_plot", "entropy_plot"):
            self.make_plot(name).plot.getAxis("left").enableAutoSIPrefix(False)
        self.reward_plot = self.make_plot("reward_plot", two_scales=True)
        self.hacking_plot = DualAxisPlot(self.ctx.theme, scatter=True)  # rewards against KL: drawn in `plot`
        self.hacking_plot.setObjectName("rlhf.hacking_plot")
        self.hacking_plot.add_curve("reward/rm", "", RM_COLOR)
        self.hacking_plot.add_curve("reward/true", "", TRUE_COLOR, right=True)
        self.samples = ScoredSamples()
        self.samples.setObjectName("rlhf.samples")

    def _build_layout(self) -> None:
        beta_row = QHBoxLayout()
        beta_row.addWidget(self.beta_label)
        beta_row.addWidget(self.beta, 1)
        beta_row.addWidget(self.beta_value)
        self.settings_box = QGroupBox()
        settings = QVBoxLayout(self.settings_box)
        settings.addWidget(self.method)
        settings.addLayout(beta_row)
        settings.addWidget(self.sandbox)
        settings.addWidget(self.form_stack)
        rows = []
        for pair in ((self.reward_plot, self.hacking_plot), (self.plots["kl_plot"], self.plots["entropy_plot"])):
            row = FlipSplitter()  # two plots side by side, one above the other beside the lesson panel
            for plot in pair:
                plot.setMinimumSize(PLOT_MIN_WIDTH, PLOT_MIN_HEIGHT)
                row.addWidget(plot)
            rows.append(row)
        self.samples.setMinimumHeight(SAMPLES_MIN_HEIGHT)
        plots = TextAbove(self.explain, split(True, (*rows, self.samples), (260, 180, 200)))
        self.place_columns((self.banner, self.settings_box, self.controls, self.result), 390, scrolling(plots))

    def title(self) -> str:
        return self.tr("RLHF")

    def current(self) -> str:
        return METHODS[max(self.method.currentIndex(), 0)]

    @property
    def form(self):
        """The chosen method's settings form: a problem naming one of its settings shows under it."""
        return self.forms[self.current()]

    # --- settings ---------------------------------------------------------------------------
    def _on_method_changed(self, index: int) -> None:
        method = self.current()
        self.form_stack.setCurrentIndex(max(index, 0))
        self.beta.setEnabled(method != "offline_rl")
        if method != "offline_rl":
            self._set_beta_slider(self.forms[method].value().beta)
        self.ctx.facts.set("rlhf.method", method)
        self.replay_history()
        self.update_state()

    def beta_value_now(self) -> float:
        return BETAS[self.beta.value()]

    def _set_beta_slider(self, beta: float) -> None:
        nearest = min(range(len(BETAS)), key=lambda i: abs(BETAS[i] - beta))
        self.beta.setValue(nearest)
        self._on_beta_changed(nearest)

    def _on_stages_changed(self) -> None:
        """A run finished elsewhere (Run everything, a lesson, a bundle): show what the workspace holds."""
        if self.handle is None:
            self.replay_history()
            self.update_state()

    def _on_beta_changed(self, index: int) -> None:
        beta = BETAS[index]
        self.beta_value.setText(QLocale().toString(beta, "g", 3))
        self.ctx.facts.set("ppo.beta", beta)

    def config(self):
        """The chosen method's settings, with β from the slider."""
        cfg = self.forms[self.current()].value()
        return cfg if self.current() == "offline_rl" else with_values(cfg, beta=self.beta_value_now())

    def run_stage(self) -> str:
        """Where the chosen method's run is saved: its own stage, or "ppo-sandbox" in the sandbox."""
        from lab.jobs.ppo import SANDBOX_STAGE

        return SANDBOX_STAGE if self.sandbox_mode and self.current() == "ppo" else self.current()

    def _on_sandbox(self, checked: bool = True) -> None:
        """Load the documented reward-hacking setting: PPO with β = 0, scored by the reward model's head alone,
        saved as its own run; pressed again, the next run is the class's PPO model again."""
        from lab.jobs.ppo import SANDBOX

        self.sandbox_mode = checked
        self.sandbox.setChecked(checked)
        self.ctx.facts.set("ppo.sandbox", checked)
        if not checked:
            self.controls.status.setText(self.tr("Sandbox off: the next run trains the class's PPO model."))
            self.replay_history()
            return
        self.method.setCurrentIndex(0)
        form = self.forms["ppo"]
        form.set_value(with_values(form.value(), **{k: v for k, v in SANDBOX.items() if k != "beta"}))
        self._set_beta_slider(SANDBOX["beta"])
        self.replay_history()
        self.controls.status.setText(self.tr("Sandbox loaded: β = 0 and the knowledge prior off, so nothing holds "
                                             "the model near the SFT model. Press Start and watch the two rewards "
                                             "part ways; then set β to 0.1 and start again. Sandbox runs are saved "
                                             "apart: the class's PPO model is not touched."))

    # --- running ------------------------------------------------------------------------------
    def _start(self, go_on: bool) -> None:
        import importlib

        method, ws, cfg, stage = self.current(), self.ctx.workspace, self.config(), self.run_stage()
        module = importlib.import_module(f"lab.jobs.{stage_row(method).job}")
        extra = {"stage": stage} if method == "ppo" else {}
        self.running_method, resume = method, self.will_resume(go_on)
        if self.start_run(lambda: module.run(ws, cfg, resume=resume, **extra), resume,
                          name=JOB_NAMES[method]) is None:
            self.running_method = ""

    def saved_stage(self) -> str:
        return self.run_stage()

    def forget_run(self) -> None:
        """A fresh run: the one on the charts stays as an earlier run, in a new colour."""
        self.runs.keep(self.run_label)
        self._clear()
        self.run_label = self._label(self.run_stage(), getattr(self.config(), "beta", None))

    def on_metrics(self, events: list[Metrics]) -> None:
        if self.stage == self.current():  # the charts show the chosen method's run
            self.draw(events)
        self.publish(events)

    def on_artifact(self, event: Artifact) -> None:
        if event.kind.endswith("/samples"):
            self.samples.add(event.data.get("iteration", 0), event.data.get("rows", []))
            self.ctx.facts.add(f"{self.stage}.samples", len(event.data.get("rows", [])))

    def on_finished(self, stopped: bool) -> None:
        super().on_finished(stopped)
        self.running_method = ""

    def draw(self, events: list[Metrics]) -> None:
        super().draw(events)
        for event in events:
            kl = event.values.get("kl/ref")
            for key in ("reward/rm", "reward/true"):
                if key in event.values and kl is not None:
                    self.hacking_plot.append(key, kl, event.values[key])

    def publish(self, events: list[Metrics]) -> None:
        steps = [e.step for e in events if "loss/train" in e.values or "reward/rm" in e.values]
        if steps:
            self.set_fact("step", steps[-1])
        for key, name in METHOD_FACTS:
            values = [e.values[key] for e in events if key in e.values]
            if values:
                self.set_fact(name, values[-1])

    def clear_plots(self) -> None:
        for plot in (*self.plots.values(), self.hacking_plot):
            plot.clear()
        self.runs.redraw()  # the earlier runs stay

    def _clear(self) -> None:
        self.clear_plots()
        self.samples.setRowCount(0)
        self.result.setText("")

    def _label(self, stage: str, beta: float | None) -> str:
        what = self.tr("sandbox") if stage.endswith("sandbox") else QCoreApplication.translate("job", JOB_NAMES.get(
            stage, stage))
        return what if beta is None else f"{what}, β = {QLocale().toString(beta, 'g', 3)}"

    def replay_history(self) -> list[Metrics]:
        """The chosen method's saved run (the sandbox's, in the sandbox), with the earlier runs beside it."""
        self._clear()
        stage = self.run_stage()
        history = self.ctx.workspace.read_metrics(stage)
        self.draw(history)
        meta = checkpoint_meta(self.ctx.workspace, stage) or {}
        self.run_label = self._label(stage, (meta.get("config") or {}).get("beta"))
        if meta.get("samples"):
            self.samples.add(int(meta.get("iteration", 0)), meta["samples"])
        if history:
            self.publish(history)
        self.replay_result(history)
        return history

    def on_result(self, values: dict) -> None:
        sft = self._sft_true_reward()
        self.result.setText(self.tr("Held-out questions: rubric reward {reward} (SFT model: {sft}), rude answers "
                                    "{rude}, KL to the SFT model {kl} nats per answer.").format(
            reward=number(values["eval/true_reward"]), sft=number(sft), rude=percent(values.get("eval/rude_rate")),
            kl=number(values.get("eval/kl_ref"))))

    def _sft_true_reward(self) -> float | None:
        from lab.compare import final_eval

        values = final_eval(self.ctx.workspace, "sft")
        return values.get("eval/true_reward") if values else None

    def can_start(self) -> bool:
        ws = self.ctx.workspace
        return ws.has_checkpoint("sft") and (ws.has_checkpoint("reward") or self.current() == "offline_rl")

    def update_state(self, *_) -> None:
        super().update_state()
        ws = self.ctx.workspace
        has_sft, has_rm = ws.has_checkpoint("sft"), ws.has_checkpoint("reward")
        needs_rm = self.current() != "offline_rl"
        self.banner.buttons["rlhf.goto_sft"].setVisible(not has_sft)
        self.banner.buttons["rlhf.goto_reward"].setVisible(has_sft and needs_rm and not has_rm)
        self.banner.text.setText(self.tr("RLHF starts from the SFT model, and this workspace has none yet. "
                                         "Fine-tune one on the SFT page first.") if not has_sft else
                                 self.tr("There is no reward model yet, and PPO and GRPO need one to score the "
                                         "answers. Train one on the Reward page first."))
        editing = self.handle is None
        for widget in (self.method, self.beta, self.sandbox):
            widget.setEnabled(editing and (widget is not self.beta or self.current() != "offline_rl"))
        for form in self.forms.values():
            form.set_enabled_editing(editing)

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        for i, m in enumerate(METHODS):
            self.method.setItemText(i, {"ppo": self.tr("PPO (RLHF with a value model)"),
                                        "grpo": self.tr("GRPO (groups of answers, no value model)"),
                                        "offline_rl": self.tr("Offline RL (stored answers, no generation)")}[m])
        self.settings_box.setTitle(self.tr("Method and settings"))
        self.beta_label.setText(self.tr("KL penalty β"))
        self.beta.setToolTip(self.tr("How much each token of an answer pays for moving away from the SFT model. "
                                     "Small β: higher reward-model scores, and the risk of reward hacking."))
        self.sandbox.setText(self.tr("Reward-hacking sandbox (β = 0)"))
        self.sandbox.setToolTip(self.tr("Load the setting where the reward model's score keeps rising while the "
                                        "rubric's falls: PPO with no KL penalty, scored by the reward model's "
                                        "learned head without its knowledge prior."))
        self.explain.setText(self.tr(
            "<b>Top left:</b> the reward model's score (blue, left scale), which the policy is trained to raise, and "
            "the rubric's score (green, right scale), the human's opinion, which it never sees. <b>Top right:</b> the "
            "same two rewards against the KL to the SFT model: when blue keeps climbing while green falls, the model "
            "is hacking the reward. <b>Below:</b> the KL in nats per answer, and the entropy of the policy (how "
            "unsure it is per token). In PPO the KL is <i>inside the reward</i>: every token pays β × its log-ratio "
            "to the SFT model, so a larger β keeps answers close to the SFT model. GRPO puts the KL in the loss "
            "instead, and offline RL only re-weights answers stored earlier."))
        for plot, bottom in ((self.reward_plot, self.tr("iteration")),
                             (self.hacking_plot, self.tr("KL to the SFT model (nats per answer)"))):
            plot.rename_curve("reward/rm", self.tr("reward model"))
            plot.rename_curve("reward/true", self.tr("rubric (the human)"))
            plot.set_labels(bottom, self.tr("reward model"), self.tr("rubric"))
        self.plots["kl_plot"].rename_curve("kl/ref", self.tr("KL to the SFT model"))
        self.plots["kl_plot"].set_labels(self.tr("iteration"), self.tr("nats per answer"))
        self.plots["entropy_plot"].rename_curve("policy/entropy", self.tr("entropy per token"))
        self.plots["entropy_plot"].rename_curve("loss/train", self.tr("loss (offline RL)"))
        self.plots["entropy_plot"].set_labels(self.tr("iteration"), self.tr("nats"))
        self.samples.set_headers([self.tr("Iteration"), self.tr("Prompt"), self.tr("Answer"),
                                  self.tr("Reward model"), self.tr("Rubric"), self.tr("KL")])
        self.controls.retranslate()
        self.update_state()
