"""Pieces of the Scale page: numbers in words, the budget calculator panel, the energy meter panel.

`BudgetPanel` holds the compute-budget slider, the device choice and what the budget
costs on it. `EnergyPanel` watches the job runner: every job the app runs gets a wall
time and an energy reading (`lab.energy`), written to the workspace's energy log and
drawn beside the famous runs.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lab import energy, scaling
from lab.scaling_refs import ACCELERATORS, FAMOUS_RUNS
from lab.stages import LABELS
from ui.context import AppContext
from ui.runner import job_title
from ui.widgets.scale_charts import EnergyChart

SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
SLIDER_STEPS = 10  # slider units per decade of FLOPs
BUDGET_RANGE = (9, 27)  # 10^9 … 10^27 FLOPs
DEFAULT_BUDGET_EXP = 21
ENERGY_ROWS = 4  # the learner's most recent runs shown in the chart


def sci(value: float) -> str:
    """2.9e9 → '2.9·10⁹' (numbers under 10 000 as they are), in the learner's decimal format."""
    value = float(value)
    if value == 0 or not math.isfinite(value):
        return QLocale().toString(value, "g", 3)
    exp = math.floor(math.log10(abs(value)))
    if -2 <= exp < 4:
        return QLocale().toString(value, "g", max(3, exp + 2))  # 3 significant digits or more: 999.9 stays whole
    mantissa = QLocale().toString(value / 10**exp, "f", 1)
    return f"{mantissa}·10{str(exp).translate(SUPERSCRIPT)}"


def duration(seconds: float) -> str:
    units = ((3.156e7, QCoreApplication.translate("ScalePage", "years")),
             (86400, QCoreApplication.translate("ScalePage", "days")),
             (3600, QCoreApplication.translate("ScalePage", "hours")),
             (60, QCoreApplication.translate("ScalePage", "minutes")))
    for size, unit in units:
        if seconds >= size:
            return f"{sci(seconds / size)} {unit}"
    unit = QCoreApplication.translate("ScalePage", "seconds")
    return f"{sci(seconds)} {unit}"


def energy_text(kwh: float) -> str:
    for size, unit in ((1e6, "GWh"), (1e3, "MWh"), (1.0, "kWh")):
        if kwh >= size:
            return f"{sci(kwh / size)} {unit}"
    return f"{sci(kwh * 1000)} Wh"


class BudgetPanel(QGroupBox):
    """The compute budget, its optimal split, and its time, energy and cost on the chosen device."""

    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(objectName="scale.budget_box")
        self.ctx = ctx
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="scale.budget")
        self.slider.setRange(BUDGET_RANGE[0] * SLIDER_STEPS, BUDGET_RANGE[1] * SLIDER_STEPS)
        self.slider.setValue(DEFAULT_BUDGET_EXP * SLIDER_STEPS)
        self.device = QComboBox(objectName="scale.hardware")
        self.device.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.device.setMinimumContentsLength(16)  # long device names must not widen the column
        self.devices = QSpinBox(objectName="scale.devices", minimum=1, maximum=100_000)
        self.names = {k: QLabel() for k in ("budget", "optimal", "device", "devices", "time", "energy", "cost",
                                             "context")}
        self.values = {k: QLabel(objectName=f"scale.{k}", wordWrap=True) for k in
                       ("budget", "optimal", "time", "energy", "cost", "context")}
        form = QFormLayout(self)
        form.addRow(self.names["budget"], self.values["budget"])
        form.addRow(self.slider)
        form.addRow(self.names["optimal"], self.values["optimal"])
        row = QHBoxLayout()
        row.addWidget(self.device, 1)
        row.addWidget(self.names["devices"])
        row.addWidget(self.devices)
        form.addRow(self.names["device"], row)
        for key in ("time", "energy", "cost", "context"):
            form.addRow(self.names[key], self.values[key])
        self._machine: scaling.Hardware | None = None
        for widget in (self.slider, self.devices):
            widget.valueChanged.connect(self.changed)
        self.device.currentIndexChanged.connect(self.changed)

    def budget(self) -> float:
        return 10 ** (self.slider.value() / SLIDER_STEPS)

    def set_machine(self, achieved_flops: float | None, watts: float | None) -> None:
        """This computer's speed: measured by the last sweep, else by a matrix product."""
        self._machine = scaling.this_machine(achieved_flops, watts)

    def hardware(self) -> list[scaling.Hardware]:
        if self._machine is None:
            self.set_machine(None, None)
        return [self._machine, *ACCELERATORS]

    def chosen(self) -> scaling.Hardware:
        return self.hardware()[max(0, self.device.currentIndex())]

    def refresh(self) -> tuple[float, float]:
        """Write every figure for the current budget and device; returns the optimal (N, D)."""
        budget = self.budget()
        n_opt, d_opt = scaling.optimal_allocation(budget)
        self.values["budget"].setText(self.tr("{flops} FLOPs").format(flops=sci(budget)))
        self.values["optimal"].setText(self.tr("{n} parameters trained on {d} tokens (20 tokens per parameter)").format(
            n=sci(n_opt), d=sci(d_opt)))
        hw = self.chosen()
        cost = scaling.run_cost(budget, hw, self.devices.value())
        self.values["time"].setText(duration(cost.seconds))
        self.values["energy"].setText(self.tr("{energy} (at {watts} W per device{pue})").format(
            energy=energy_text(cost.energy_kwh), watts=f"{hw.power_w:.0f}",
            pue=self.tr(", plus {p} % for the data centre").format(p=round((hw.pue - 1) * 100)) if hw.pue > 1 else ""))
        kind = self.tr("renting the devices") if hw.price_per_hour else self.tr("electricity at {p} US$/kWh").format(
            p=sci(scaling.ELECTRICITY_USD_PER_KWH))
        self.values["cost"].setText(self.tr("{usd} US$ ({kind})").format(usd=sci(cost.cost_usd), kind=kind))
        self.values["context"].setText(self.tr(
            "{homes} years of a home's electricity; {share} % of the world's electricity in a year. "
            "Data centres use 1–2 % of it today; projections for 2030 span 4–20 %.").format(
            homes=sci(scaling.household_years(cost.energy_kwh)),
            share=sci(100 * scaling.share_of_world_electricity(cost.energy_kwh))))
        return n_opt, d_opt

    def retranslate(self) -> None:
        self.setTitle(self.tr("Compute budget"))
        for key, text in (("budget", self.tr("Budget")), ("optimal", self.tr("Best split")), ("device", self.tr("On")),
                          ("devices", self.tr("×")), ("time", self.tr("Time")), ("energy", self.tr("Energy")),
                          ("cost", self.tr("Cost")), ("context", self.tr("In context"))):
            self.names[key].setText(text)
        self.slider.setToolTip(self.tr("Drag to choose how many FLOPs the training run may use."))
        self.devices.setToolTip(self.tr("How many devices share the work (data parallelism)."))
        index = max(0, self.device.currentIndex())
        self.device.blockSignals(True)
        self.device.clear()
        for hw in self.hardware():
            label = QCoreApplication.translate("scaling", hw.name)
            self.device.addItem(self.tr("{name} · {peak} FLOP/s peak, {use} % used").format(
                name=label, peak=sci(hw.peak_flops), use=round(hw.utilisation * 100)))
        self.device.setCurrentIndex(index)
        self.device.blockSignals(False)


class EnergyPanel(QGroupBox):
    """The energy meter: every job the app runs, its wall time and energy, beside famous runs."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(objectName="scale.energy")
        self.ctx = ctx
        self.last = QLabel(objectName="scale.energy_last", wordWrap=True)
        self.source = QLabel(objectName="scale.energy_source", wordWrap=True)
        self.bundled = QLabel(objectName="scale.energy_bundled", wordWrap=True)
        self.chart = EnergyChart(ctx.theme)  # the page shows it in a tab beside the sweep's charts
        self.chart.setObjectName("scale.energy_chart")
        layout = QVBoxLayout(self)
        for widget in (self.last, self.bundled, self.source):
            layout.addWidget(widget)
        self._meter: tuple[str, energy.EnergyMeter] | None = None
        ctx.runner.busy_changed.connect(self._on_busy_changed)

    def _on_busy_changed(self, name: str) -> None:
        if name and self._meter is None:
            self._meter = (name, energy.EnergyMeter())
        elif not name and self._meter is not None:
            job, meter = self._meter
            self._meter = None
            energy.record(self.ctx.workspace, job, meter.read())
            self.refresh()

    def refresh(self) -> None:
        rows = energy.history(self.ctx.workspace)
        bundled = [r for r in rows if r.get("bundled")]
        runs = [r for r in rows if not r.get("bundled")][-ENERGY_ROWS:]
        if runs:
            r = runs[-1]
            self.last.setText(self.tr("Last run: {name} · {time} · {energy}").format(
                name=job_title(r["name"]), time=duration(r["seconds"]),
                energy=energy_text(r["joules"] / 3.6e6)))
        else:
            self.last.setText(self.tr("No run yet: every job you start is measured here."))
        self._show_bundled(bundled)
        measured = bool(energy.rapl_packages())
        self.source.setText(self.tr("Measured by the CPU's own energy counter (RAPL).") if measured else self.tr(
            "Estimated: this system does not report CPU energy, so the CPU is assumed to draw {w} W.").format(
            w=f"{energy.cpu_power_watts():g}"))
        self.source.setToolTip(self.tr("Set the environment variable LLM_LAB_CPU_WATTS to your CPU's power "
                                       "to change the assumption."))
        chart_rows = [(job_title(r["name"])[:18], r["joules"] / 3.6e6, True) for r in runs]
        if bundled:
            chart_rows.insert(0, (self.tr("Bundled stages")[:18], sum(r["joules"] for r in bundled) / 3.6e6, True))
        chart_rows += [(run.name, run.energy_kwh, False) for run in FAMOUS_RUNS if run.energy_kwh]
        self.chart.set_rows(chart_rows)

    def _show_bundled(self, bundled: list[dict]) -> None:
        """The stages installed from the bundle, each with its time and estimated energy."""
        self.bundled.setVisible(bool(bundled))
        items = [self.tr("{stage} {time} ({energy})").format(
            stage=QCoreApplication.translate("stage", LABELS.get(r["stage"], r["stage"])),
            time=duration(r["seconds"]), energy=energy_text(r["joules"] / 3.6e6)) for r in bundled]
        self.bundled.setText(self.tr("Bundled stages, trained in advance (energy estimated at {w} W): {runs}.").format(
            w=f"{energy.ASSUMED_TDP_W:g}", runs=" · ".join(items)))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Energy meter"))
        self.chart.set_labels(self.tr("energy per run (log scale)"), "")
        self.refresh()


class FamousRunsTable(QTableWidget):
    """Famous training runs with their published numbers; the source of each is in its tooltip."""

    def __init__(self) -> None:
        super().__init__(len(FAMOUS_RUNS), 6, objectName="scale.famous")
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Run"), self.tr("Parameters N"), self.tr("Tokens D"),
                                        self.tr("FLOPs C"), self.tr("Energy"), self.tr("Note")])
        for row, run in enumerate(FAMOUS_RUNS):
            energy_cell = energy_text(run.energy_kwh) if run.energy_kwh else self.tr("not published")
            note = QCoreApplication.translate("scaling", run.note) if run.note else ""
            cells = (f"{run.name} ({run.year})", sci(run.params), sci(run.tokens), sci(run.flops), energy_cell, note)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(self.tr("Source: {source}").format(source=run.source))
                self.setItem(row, col, item)
        self.resizeColumnsToContents()
