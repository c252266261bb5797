"""Every alignment method on one chart: reward against KL to the SFT model.

Each method's final evaluation is a labelled point (x: KL per answer in nats, y: the
chosen reward), and Best-of-N is a line over N = 1, 2, 4, … with its analytic KL.
The y axis shows either the rubric's reward (the human) or the reward model's. Each
method has its stage's colour (`ui.palette`), as on Home and in the report, and its
name written beside its point: no legend box sits on the data.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lab.stages import AFTER_SFT
from ui import palette
from ui.theme import Theme
from ui.widgets.full_screen import FullScreenSwitch
from ui.widgets.plot_style import PlotStyle

# every stage after SFT that answers prompts, and SFT itself: the points the chart can show
COLORS = {stage: palette.stage_colour(stage) for stage in ("sft", *AFTER_SFT)}


class RewardKLChart(QWidget):
    """`set_data(data, names, y_key)` with data from `lab.compare.reward_kl_points`."""

    def __init__(self, theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.plot = pg.PlotWidget()
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        for axis in ("bottom", "left"):
            self.plot.getAxis(axis).enableAutoSIPrefix(False)
        self._theme = theme
        self.shown: dict[str, tuple[float, float]] = {}  # stage → (kl, reward) of its point
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.plot_style = PlotStyle(self.plot, theme)
        self.full_screen = FullScreenSwitch(self.plot)

    def set_labels(self, bottom: str, left: str) -> None:
        self.plot.setLabel("bottom", bottom)
        self.plot.setLabel("left", left)

    def set_data(self, data: dict, names: dict[str, str], y_key: str = "true") -> None:
        self.plot.clear()
        self.shown = {}
        size = self._theme.point_size(9) if self._theme else 9
        for stage, rows in data.get("curves", {}).items():
            xs = [r["kl"] for r in rows if r.get(y_key) is not None]
            ys = [r[y_key] for r in rows if r.get(y_key) is not None]
            if xs:
                colour = COLORS.get(stage, palette.series("unknown"))
                pen = pg.mkPen(colour, width=1.5 if stage == "bon" else 1)
                symbol = "t" if stage == "bon" else None
                self.plot.plot(xs, ys, pen=pen, symbol=symbol, symbolSize=6, symbolBrush=colour)
        for stage, point in data.get("points", {}).items():
            if point.get(y_key) is None:
                continue
            x, y = float(point["kl"]), float(point[y_key])
            self.shown[stage] = (x, y)
            color = COLORS.get(stage, palette.series("unknown"))
            self.plot.plot([x], [y], pen=None, symbol="o", symbolSize=12, symbolBrush=color,
                           name=names.get(stage, stage))
            label = pg.TextItem(names.get(stage, stage), color=color, anchor=(0, 1))
            font = QFont()
            font.setPointSizeF(size)
            label.setFont(font)
            label.setPos(x, y)
            self.plot.addItem(label)
