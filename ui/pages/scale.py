"""The Scale page: parameters, tokens and FLOPs; a live scaling sweep; energy.

Top right, the compute frontier: every (N, D) a budget buys lies on one iso-FLOP line;
Chinchilla's frontier (20 tokens per parameter) crosses it at the best split; famous
runs and the learner's own models sit on the same log-log chart. The left column picks
the budget and the device and says what the run would take in time, energy and money.

"Run sweep" trains tiny models of growing size on the same data (`lab.jobs.sweep`)
through the job runner; each finished model becomes a point of loss against N, and
the fitted law L(N) = a·N^−α + c shows its exponent with its uncertainty. A finished
sweep is kept in the workspace and drawn again on the next start. The energy meter
measures every job the app runs.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lab import scaling
from lab.config import SweepConfig, to_dict
from lab.errors import LabError
from lab.events import Artifact, Done, Metrics, Progress
from lab.i18n import QT_TRANSLATE_NOOP
from lab.scaling_refs import FAMOUS_RUNS
from ui.context import AppContext
from ui.pages.base import Page
from ui.pages.scale_parts import BudgetPanel, EnergyPanel, FamousRunsTable, sci
from ui.palette import set_role
from ui.runner import RunHandle
from ui.widgets.config_form import ConfigForm
from ui.widgets.inline_error import field_named_in, show_problem
from ui.widgets.live_plot import LivePlot
from ui.widgets.scale_charts import N_RANGE, FrontierChart, LawChart

SWEEP_TAB, ENERGY_TAB = 0, 1

HIDDEN_SWEEP_FIELDS = ("batch_size", "block_size", "lr", "warmup_steps")
LABEL_SIDES = {"chinchilla": "left", "deepseek_v3": "left", "llama4_behemoth": "above"}  # where labels don't collide
COLUMN_WIDTH = 390


class ScalePage(Page):
    key = "scale"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.handle: RunHandle | None = None
        self.results: dict = {}
        self._curve_keys: set[str] = set()
        self.budget = BudgetPanel(ctx)
        self.energy = EnergyPanel(ctx)
        self.frontier = FrontierChart(ctx.theme)
        self.frontier.setObjectName("scale.chart")
        self.law = LawChart(ctx.theme)
        self.law.setObjectName("scale.law")
        self.curves = LivePlot(ctx.theme)
        self.curves.setObjectName("scale.curves")
        self.form = ConfigForm(SweepConfig, "classroom", hidden=HIDDEN_SWEEP_FIELDS)
        self._build_sweep_box()
        self._build_layout()
        self.budget.changed.connect(self._on_budget_changed)
        ctx.runner.busy_changed.connect(self._update_buttons)
        ctx.theme.changed.connect(self._fit_column)
        self.retranslate()
        self._load_results()
        self._update_buttons()

    def _build_sweep_box(self) -> None:
        self.sweep_box = QGroupBox(objectName="scale.sweep_box")
        self.sweep_button = QPushButton(objectName="scale.sweep", clicked=self._on_run_sweep)
        self.stop_button = QPushButton(objectName="scale.stop", clicked=self.ctx.runner.stop)
        self.progress = QProgressBar(objectName="scale.sweep_progress")
        self.alpha_label = QLabel(objectName="scale.alpha", wordWrap=True)
        self.alpha_label.setTextFormat(Qt.TextFormat.RichText)
        self.problem = QLabel(objectName="scale.problem", wordWrap=True)
        set_role(self.problem, "error")
        self.problem.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.sweep_button)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self.sweep_box)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        for widget in (self.progress, self.alpha_label, self.problem):
            layout.addWidget(widget)

    def _build_layout(self) -> None:
        column = QWidget()
        left = QVBoxLayout(column)
        for widget in (self.budget, self.sweep_box, self.energy):
            left.addWidget(widget)
        left.addStretch(1)
        self.column = column
        self.scroll = scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sweep_charts = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.law, self.curves):
            sweep_charts.addWidget(widget)
        self.tabs = QTabWidget(objectName="scale.tabs")
        self.tabs.addTab(sweep_charts, "")
        self.tabs.addTab(self.energy.chart, "")
        self.famous = FamousRunsTable()
        self.tabs.addTab(self.famous, "")
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.frontier)
        right.addWidget(self.tabs)
        right.setSizes([460, 320])
        row = QHBoxLayout(self)
        row.addWidget(scroll)
        row.addWidget(right, 1)

    def title(self) -> str:
        return self.tr("Scale")

    # --- the calculator -----------------------------------------------------------
    def _on_budget_changed(self) -> None:
        n_opt, d_opt = self.budget.refresh()
        budget = self.budget.budget()
        ns, ds = scaling.iso_flop_line(budget, *N_RANGE)
        self.frontier.set_budget(ns, ds, n_opt, d_opt, self.tr("your budget"))
        self.ctx.facts.set("scale.budget_flops", budget)
        self.ctx.facts.set("scale.optimal_params", n_opt)

    def _draw_frontier(self) -> None:
        lines = scaling.budget_lines(*N_RANGE)
        self.frontier.set_grid(lines, scaling.frontier(1e6, 1e29), self.tr("compute-optimal (20 tokens per parameter)"))
        famous = [(r.name, r.params, r.tokens, LABEL_SIDES.get(r.key, "right")) for r in FAMOUS_RUNS]
        yours = [("", p["params"], p["tokens"], "right") for p in self.results.get("points", [])]
        if yours:
            yours[-1] = (self.tr("your sweep"), *yours[-1][1:])
        self.frontier.set_runs(famous, yours, self.tr("famous runs"), self.tr("your models"))
        self._on_budget_changed()

    # --- the sweep ------------------------------------------------------------------
    def _on_run_sweep(self) -> None:
        from lab.jobs import sweep

        ws = self.ctx.workspace
        try:
            cfg = self.form.value()
            self.handle = self.ctx.runner.start(QT_TRANSLATE_NOOP("job", "Scaling sweep"), lambda: sweep.run(ws, cfg))
        except LabError as err:
            self._show_problem(err.message(QCoreApplication.translate))
            return
        self._show_problem("")
        self.results = {"points": [], "fit": None, "curves": {}, "config": to_dict(cfg)}
        self.curves.clear()
        self._draw_results()
        self.handle.events.connect(self._on_events)
        self.handle.failed.connect(self._show_problem)
        self.handle.finished.connect(self._on_finished)
        self.ctx.facts.set("sweep.running", True)
        self.tabs.setCurrentIndex(SWEEP_TAB)
        self.ctx.facts.set("sweep.done", False)
        self._update_buttons()

    def _on_events(self, batch: list) -> None:
        changed = False
        for event in batch:
            if isinstance(event, Metrics) and "sweep/model" in event.values:
                index = int(event.values["sweep/model"])
                self._curve(index).append(f"m{index}", event.values["sweep/tokens"], event.values["loss/train"])
            elif isinstance(event, Progress):
                self.progress.setMaximum(max(event.total, 1))
                self.progress.setValue(event.done)
            elif isinstance(event, Artifact) and event.kind == "sweep/plan":
                self._name_curves(event.data["models"])
            elif isinstance(event, Artifact) and event.kind == "sweep/point":
                self.results["points"].append(dict(event.data))
                changed = True
            elif isinstance(event, Artifact) and event.kind == "sweep/fit":
                self.results["fit"] = dict(event.data)
                changed = True
            elif isinstance(event, Done) and not event.stopped:
                self.ctx.facts.set("sweep.done", True)
        if changed:
            self._draw_results()

    def _curve(self, index: int) -> LivePlot:
        if f"m{index}" not in self._curve_keys:
            self._curve_keys.add(f"m{index}")
            self.curves.add_curve(f"m{index}", f"#{index + 1}")
        return self.curves

    def _name_curves(self, models: list[dict]) -> None:
        for m in models:
            self._curve(m["index"]).rename_curve(f"m{m['index']}", f"N = {sci(m['params'])}")

    def _on_finished(self, stopped: bool) -> None:
        self.handle = None
        self.ctx.facts.set("sweep.running", False)
        self._load_results()
        self._update_buttons()

    def _load_results(self) -> None:
        """Draw the sweep saved in the workspace (points, fit, curves), if any."""
        from lab.jobs.sweep import load_results

        self.results = load_results(self.ctx.workspace) or {}
        self.curves.clear()
        points = self.results.get("points", [])
        self._name_curves(points)
        for key, curve in self.results.get("curves", {}).items():
            for tokens, loss in curve:
                self._curve(int(key)).append(f"m{key}", tokens, loss)
        summary = self.results.get("summary", {})
        if points:
            seconds = sum(p["seconds"] for p in points)
            watts = summary.get("energy/watts") if summary.get("energy/measured") else None
            self.budget.set_machine(sum(p["flops"] for p in points) / max(seconds, 1e-9), watts)
            self.budget.retranslate()
        if points and not self.results.get("stopped", False):
            self.ctx.facts.set("sweep.done", True)
        if not points and self.handle is None:
            self.tabs.setCurrentIndex(ENERGY_TAB)  # no sweep yet: open on the runs this workspace holds
        self._draw_results()

    def _draw_results(self) -> None:
        points = self.results.get("points", [])
        self.law.set_points([p["params"] for p in points], [p["loss_val"] for p in points])
        fit = self.results.get("fit") or {}
        title = self.tr("Scaling law")
        if points and fit.get("alpha") is not None:
            ns = np.logspace(np.log10(min(p["params"] for p in points)), np.log10(max(p["params"] for p in points)))
            self.law.set_fit(ns, fit["a"] * ns ** -fit["alpha"] + fit["c"])
            title = f"{title}<br>{self._alpha_text(fit, plain=True)}"
            self.ctx.facts.set("sweep.alpha", float(fit["alpha"]))
        else:
            self.law.set_fit(None, None)
        self.law.set_labels(self.tr("non-embedding parameters N"), self.tr("validation loss"), title)
        self.ctx.facts.set("sweep.models", len(points))
        self.alpha_label.setText(self._alpha_text(fit) if fit.get("alpha") is not None else self._sweep_hint(points))
        self._draw_frontier()

    def _alpha_text(self, fit: dict, plain: bool = False) -> str:
        err, loc = fit.get("alpha_err"), QLocale()
        alpha = loc.toString(float(fit["alpha"]), "f", 3)
        if err is not None:
            alpha = f"{alpha} ± {loc.toString(float(err), 'f', 3)}"
        if plain:
            return f"α = {alpha}"
        return self.tr("Fitted scaling law: L(N) = {a}·N<sup>−α</sup> + {c}, with <b>α = {alpha}</b>. "
                       "Each tenfold increase in parameters multiplies the reducible loss by {factor}.").format(
            a=sci(fit["a"]), c=loc.toString(float(fit["c"]), "f", 2), alpha=alpha, factor=sci(10 ** -fit["alpha"]))

    def _sweep_hint(self, points: list) -> str:
        best = (self.results.get("fit") or {}).get("optimal_params")
        if best:
            return self.tr("With the same budget, the best size in this sweep is about {n} parameters.").format(
                n=sci(best))
        if points and self.results.get("config", {}).get("same_budget"):
            return self.tr("No bottom yet: with this budget, the best size lies outside the sweep.")
        if points:
            return self.tr("{n} models trained; a law needs at least 4.").format(n=len(points))
        return self.tr("Train models of growing size on the same data and watch the loss follow a power law.")

    # --- controls ---------------------------------------------------------------------
    def _update_buttons(self, *_) -> None:
        ours = self.handle is not None
        self.sweep_button.setEnabled(not self.ctx.runner.is_busy())
        self.stop_button.setEnabled(ours)
        self.form.set_enabled_editing(not ours)

    def _show_problem(self, message: str, near: QWidget | None = None) -> None:
        """Under `near` or the setting the message names, or where the page keeps its problems."""
        if near is None and message:
            near = field_named_in(message, self.form)
        show_problem(self.problem, message, near)

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.budget.retranslate()
        self.energy.retranslate()
        self.sweep_box.setTitle(self.tr("Scaling sweep"))
        self.sweep_button.setText(self.tr("Run sweep"))
        self.sweep_button.setToolTip(self.tr("Train the models one after another; on 2 cores the classroom "
                                             "sweep takes a few minutes."))
        self.stop_button.setText(self.tr("Stop"))
        self.tabs.setTabText(0, self.tr("Scaling sweep"))
        self.tabs.setTabText(1, self.tr("Energy: your runs and famous ones"))
        self.tabs.setTabText(2, self.tr("Famous runs"))
        self.famous.retranslate()
        self.frontier.set_labels(self.tr("parameters N"), self.tr("training tokens D"),
                                 self.tr("Every dotted line spends the same FLOPs (6·N·D)"))
        self.curves.set_labels(self.tr("tokens seen"), self.tr("training loss"))
        self.curves.set_title(self.tr("Each model learning"))
        if self.results:
            self._draw_results()
        else:
            self._draw_frontier()
        self._fit_column()

    def _fit_column(self) -> None:
        """As wide as the left column's content in this language (and font size), never clipped."""
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        width = int(COLUMN_WIDTH * self.ctx.theme.scale)
        frame = 2 * self.scroll.frameWidth()
        self.scroll.setFixedWidth(max(width, self.column.minimumSizeHint().width() + bar + frame + 4))
