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
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lab import scaling
from lab.config import SweepConfig, to_dict
from lab.events import Artifact, Metrics
from lab.i18n import QT_TRANSLATE_NOOP
from lab.scaling_refs import FAMOUS_RUNS
from ui.context import AppContext
from ui.pages.job_page import JobPage
from ui.pages.scale_parts import BudgetPanel, EnergyPanel, FamousRunsTable, sci
from ui.widgets.config_form import ConfigForm
from ui.widgets.live_plot import LivePlot
from ui.widgets.scale_charts import N_RANGE, FrontierChart, LawChart

SWEEP_TAB, ENERGY_TAB = 0, 1

HIDDEN_SWEEP_FIELDS = ("batch_size", "block_size", "lr", "warmup_steps")
LABEL_SIDES = {"chinchilla": "left", "deepseek_v3": "left", "llama4_behemoth": "above"}  # where labels don't collide
COLUMN_WIDTH = 390


class ScalePage(JobPage):
    key, stage = "scale", "sweep"
    job_name = QT_TRANSLATE_NOOP("job", "Scaling sweep")
    RUN_FACTS = ("running", "done")
    FACTS = ("scale.budget_flops", "scale.optimal_params", "sweep.alpha", "sweep.models")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
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
        ctx.theme.changed.connect(self._fit_column)
        self.retranslate()
        self._load_results()
        self.update_state()

    def _build_sweep_box(self) -> None:
        self.sweep_box = QGroupBox(objectName="scale.sweep_box")
        controls = self.make_controls(start_over=False, start_name="sweep")
        self.sweep_button = controls.start_button
        self.sweep_button.clicked.connect(self._on_run_sweep)
        controls.status.hide()  # the fitted law below says how the sweep went
        self.alpha_label = QLabel(objectName="scale.alpha", wordWrap=True)
        self.alpha_label.setTextFormat(Qt.TextFormat.RichText)
        controls.rows.insertWidget(2, self.alpha_label)  # under the progress bar, above any problem
        layout = QVBoxLayout(self.sweep_box)
        layout.addWidget(self.form)
        layout.addWidget(controls)

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
        if self.start_with(self.form, lambda cfg: sweep.run(ws, cfg), fresh=False) is None:
            return
        self.results = {"points": [], "fit": None, "curves": {}, "config": to_dict(self.form.value())}
        self.curves.clear()
        self._draw_results()
        self.tabs.setCurrentIndex(SWEEP_TAB)

    def on_metrics(self, events: list[Metrics]) -> None:
        """Each model's training loss on its own curve, against the tokens it has seen."""
        for event in events:
            if "sweep/model" in event.values:
                index = int(event.values["sweep/model"])
                self._curve(index).append(f"m{index}", event.values["sweep/tokens"], event.values["loss/train"])

    def on_artifact(self, event: Artifact) -> None:
        if event.kind == "sweep/plan":
            self._name_curves(event.data["models"])
        elif event.kind in ("sweep/point", "sweep/fit"):
            if event.kind == "sweep/point":
                self.results["points"].append(dict(event.data))
            else:
                self.results["fit"] = dict(event.data)
            self._draw_results()

    def _curve(self, index: int) -> LivePlot:
        if f"m{index}" not in self._curve_keys:
            self._curve_keys.add(f"m{index}")
            self.curves.add_curve(f"m{index}", f"#{index + 1}")
        return self.curves

    def _name_curves(self, models: list[dict]) -> None:
        for m in models:
            self._curve(m["index"]).rename_curve(f"m{m['index']}", f"N = {sci(m['params'])}")

    def on_finished(self, stopped: bool) -> None:
        self._load_results()

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
            self.set_fact("done", True)
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
    def update_state(self, *_) -> None:
        super().update_state()
        self.form.set_enabled_editing(self.handle is None)


    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.budget.retranslate()
        self.energy.retranslate()
        self.sweep_box.setTitle(self.tr("Scaling sweep"))
        self.controls.retranslate()
        self.sweep_button.setText(self.tr("Run sweep"))
        self.sweep_button.setToolTip(self.tr("Train the models one after another; on 2 cores the classroom "
                                             "sweep takes a few minutes."))
        self.controls.stop_button.setToolTip("")  # a stopped sweep keeps the models it finished, nothing more
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
